// A PDF's text layer is a bag of positioned strings, not a text: this rebuilds the reading order a person sees.
// Items become lines by their baseline, a page printed in two columns is read left column then right, running
// heads, footers and page numbers that repeat across pages are dropped, and a line that runs to the column's edge
// continues on the next line (so "地区生产总值5.2" + "万亿元" is one sentence again). Pure: positions in, text out.
import type { PagedText, PageSpan } from './paged-text';
import { typedText } from './glyph-text';

/** One string of a page's text layer; x/y is the start of its baseline in PDF units (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size (em height) the string is drawn at. */
  size: number;
}

export interface PdfPageItems {
  page: number;
  width: number;
  height: number;
  items: readonly PdfTextItem[];
}

interface Line {
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

/** A run of lines read as one column, with the edges its full lines reach. */
interface Column {
  lines: Line[];
  left: number;
  right: number;
}

function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}
const median = (xs: readonly number[]) => quantile(xs, 0.5);

const LATIN_LETTER = /[A-Za-z]/;
/** The number or Latin word a line starts with ("1.31 亿元", "GDP 比重"). */
const LEADING_WORD = /^[A-Za-z0-9.%+\-]+/;

/** Items on one baseline, left to right; a gap wider than a third of the font is a space, one wider than the font a cell break (no word space is that wide). */
function joinItems(items: readonly PdfTextItem[]): Line {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const size = median(sorted.map((i) => i.size)) || 10;
  let text = '';
  let end = sorted[0]!.x;
  for (const it of sorted) {
    const gap = it.x - end;
    if (text && gap > size) text += '\t';
    else if (text && gap > size / 3) text += ' ';
    text += typedText(it.str);
    end = Math.max(end, it.x + it.width);
  }
  return { y: sorted[0]!.y, x0: sorted[0]!.x, x1: end, size, text };
}

/** Rows of items whose baselines lie within half a font size of each other, top of the page first. */
function rowsOf(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) <= Math.max(row.size, it.size) * 0.5) row.items.push(it);
    else rows.push({ y: it.y, size: it.size, items: [it] });
  }
  return rows.map((r) => r.items);
}

/**
 * The x of a gutter between two columns: a band in the middle of the page that (nearly) no item crosses, with at
 * least a quarter of the text on each side of it. Null for a one-column page (its long lines cross the middle).
 */
export function findGutter(rows: readonly PdfTextItem[][], pageWidth: number): number | null {
  if (rows.length < 6) return null;
  // How many items cover each unit of x: +1 where an item starts, -1 after it ends, then a running sum (one pass
  // over the items and one over the width, not one step per unit an item spans).
  const bins = new Int32Array(Math.ceil(pageWidth) + 2);
  for (const row of rows) {
    for (const it of row) {
      const from = Math.max(0, Math.floor(it.x));
      const to = Math.min(bins.length - 2, Math.ceil(it.x + it.width));
      if (from > to) continue;
      bins[from]!++;
      bins[to + 1]!--;
    }
  }
  for (let x = 1; x < bins.length; x++) bins[x]! += bins[x - 1]!;
  // A title over both columns, a centred running head or page number crosses the gutter; a tenth of the rows may.
  const crossing = Math.max(2, Math.floor(rows.length / 10));
  let best: { from: number; to: number } | null = null;
  let from = -1;
  for (let x = Math.floor(pageWidth * 0.3); x <= Math.ceil(pageWidth * 0.7); x++) {
    const free = bins[x]! <= crossing;
    if (free && from < 0) from = x;
    if ((!free || x === Math.ceil(pageWidth * 0.7)) && from >= 0) {
      if (!best || x - from > best.to - best.from) best = { from, to: x };
      from = -1;
    }
  }
  if (!best || best.to - best.from < 6) return null;
  const gutter = (best.from + best.to) / 2;
  // The two columns' baselines need not line up (a heading shifts one of them), so compare how much text lies on
  // each side, not rows: a page with a narrow right-hand note is still one column.
  let left = 0;
  let right = 0;
  for (const i of rows.flat()) {
    if (i.x + i.width <= gutter) left += i.width;
    else if (i.x >= gutter) right += i.width;
  }
  return Math.min(left, right) >= (left + right) / 4 ? gutter : null;
}

/**
 * The page's lines in reading order, grouped in columns: rows that cross the gutter (a title over both columns)
 * are read where they stand; between them the left column's lines come before the right column's.
 */
function columnsOf(page: PdfPageItems): Column[] {
  const items = page.items.filter((i) => i.str.trim() !== '');
  const rows = rowsOf(items);
  const gutter = findGutter(rows, page.width);
  const columns: Column[] = [];
  // The page's text block, for a run of one or two lines (a title) whose own edges say nothing.
  let pageLeft = Infinity;
  let pageRight = -Infinity;
  for (const i of items) {
    pageLeft = Math.min(pageLeft, i.x);
    pageRight = Math.max(pageRight, i.x + i.width);
  }
  const push = (lines: Line[]) => {
    if (!lines.length) return;
    if (lines.length < 3) return void columns.push({ lines, left: pageLeft, right: pageRight });
    // The right margin is where the longest lines end; a few may overhang it (a closing quote), so not the maximum.
    columns.push({ lines, left: lines.reduce((m, l) => Math.min(m, l.x0), Infinity), right: quantile(lines.map((l) => l.x1), 0.9) });
  };
  let wide: Line[] = [];
  let left: PdfTextItem[] = [];
  let right: PdfTextItem[] = [];
  // Each column's lines are found in its own items: its baselines need not be the other column's.
  const flushColumns = () => {
    push(rowsOf(left).map(joinItems));
    push(rowsOf(right).map(joinItems));
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (gutter === null || row.some((i) => i.x < gutter && i.x + i.width > gutter)) {
      flushColumns();
      wide.push(joinItems(row));
      continue;
    }
    push(wide);
    wide = [];
    for (const i of row) {
      if (i.x < gutter) left.push(i);
      else right.push(i);
    }
  }
  flushColumns();
  push(wide);
  return columns;
}

/** A row that is nothing but a page number: "3", "- 3 -", "第3页", "第 3 页 共 9 页", "3/9". */
const PAGE_NUMBER = /^[\s\-—–·]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+(?:\s*\/\s*\d+)?|page\s*\d+(?:\s*of\s*\d+)?)[\s\-—–·]*$/i;

/** A head or footer, compared across pages with its numbers blanked ("2024年报告 3" and "… 4" are the same). */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines this near the top or bottom edge (as a share of the page height) may be running heads or footers. */
const MARGIN_SHARE = 0.12;

/**
 * Drops running heads, footers and page numbers: one of a page's outermost lines that is a page number, or whose
 * text (numbers blanked) recurs among the outermost lines of at least 40% of the pages (and of two or more).
 */
function dropFurniture(pages: readonly PdfPageItems[], columns: Column[][]): void {
  const candidates = pages.map((p, i) => outermostLines(p, columns[i]!));
  const seen = new Map<string, number>();
  for (const lines of candidates) for (const k of new Set([...lines].map((l) => furnitureKey(l.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeats = (k: string) => (seen.get(k) ?? 0) >= Math.max(2, pages.length * 0.4);
  pages.forEach((_p, i) => {
    const isFurniture = (l: Line) => candidates[i]!.has(l) && (PAGE_NUMBER.test(l.text) || repeats(furnitureKey(l.text)));
    columns[i] = columns[i]!.map((c) => ({ ...c, lines: c.lines.filter((l) => !isFurniture(l)) })).filter((c) => c.lines.length > 0);
  });
}

/** Heads and footers are the two top-most and two bottom-most lines of a page, and only within its margins. */
function outermostLines(p: PdfPageItems, columns: readonly Column[]): Set<Line> {
  const byHeight = columns.flatMap((c) => c.lines).sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, 2).filter((l) => l.y > p.height * (1 - MARGIN_SHARE));
  const bottom = byHeight.slice(-2).filter((l) => l.y < p.height * MARGIN_SHARE);
  return new Set([...top, ...bottom]);
}

/** Sentence ends after which a line that reaches the edge still ends its paragraph. */
const PARAGRAPH_END = /[。！？；：!?;:]$/;

/**
 * A line that starts like a heading or a list item starts its own paragraph even when the line before runs to the
 * edge: "（一）", "一、", "1.", "第三章", "——", "•".
 */
export const PARAGRAPH_START = {
  id: 'pdf.paragraph-start-marker',
  pattern: /^(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+、|\d+[.、．](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分篇]|——|[-•●■◆▲])/,
  examples: ['（一）经济增长', '二、主要目标', '3.深化改革', '第二章 发展环境', '——地区生产总值增长6%'],
  keeps: ['6%左右。', '1.5万亿元', '万亿元，增长'],
};

/** A line set in the middle of its column (a title): as far from the left edge as from the right, and not close to either. */
function centred(l: Line, c: Column): boolean {
  const before = l.x0 - c.left;
  const after = c.right - l.x1;
  return before > l.size * 2 && after > l.size * 2 && Math.abs(before - after) < l.size * 2;
}

/** Whether `next` continues the paragraph `prev` is in: prev runs to the column's edge, next is not indented. */
function continues(prev: Line, prevColumn: Column, next: Line, nextColumn: Column): boolean {
  const room = prevColumn.right - prev.x1;
  // A number or Latin word is not broken: a writer moves all of "1.31" to the next line, leaving room for it here.
  const wrappedWord = LEADING_WORD.exec(next.text)?.[0];
  const reachesEdge = room <= prev.size * 1.5 || (wrappedWord !== undefined && room <= (wrappedWord.length * 0.6 + 2) * prev.size);
  const indented = next.x0 > nextColumn.left + next.size * 1.2;
  const sameColumnGap = prevColumn === nextColumn ? prev.y - next.y <= Math.max(prev.size, next.size) * 2.2 : true;
  return reachesEdge && !indented && sameColumnGap && !PARAGRAPH_END.test(prev.text) && !prev.text.includes('\t')
    && !PARAGRAPH_START.pattern.test(next.text) && !centred(prev, prevColumn);
}

/** How two lines of one paragraph meet: two Latin words with a space, anything else (Chinese, a split number) directly. */
function glue(prev: string, next: string): string {
  return LATIN_LETTER.test(prev.slice(-1)) && LATIN_LETTER.test(next.slice(0, 1)) ? ' ' : '';
}

/** Pages whose text layer has fewer characters than this are images of text (a scan), not text. */
export const MIN_TEXT_CHARS_PER_PAGE = 10;

/** How many pages have (next to) no text layer: a scanned report's pages are images. */
export function pagesWithoutText(pages: readonly PdfPageItems[]): number {
  return pages.filter((p) => p.items.reduce((n, i) => n + i.str.replace(/\s+/g, '').length, 0) < MIN_TEXT_CHARS_PER_PAGE).length;
}

/** The report's text in reading order, and which page every offset of it is on. */
export function layoutPdfText(pages: readonly PdfPageItems[]): PagedText {
  const columns = pages.map(columnsOf);
  dropFurniture(pages, columns);
  let text = '';
  const spans: PageSpan[] = [];
  let prev: { line: Line; column: Column } | null = null;
  pages.forEach((p, i) => {
    let start = -1;
    for (const column of columns[i]!) {
      for (const line of column.lines) {
        if (prev && continues(prev.line, prev.column, line, column)) text += glue(prev.line.text, line.text);
        else if (text) text += '\n';
        if (start < 0) start = text.length;
        text += line.text;
        prev = { line, column };
      }
    }
    spans.push({ page: p.page, start: start < 0 ? text.length : start, end: text.length });
  });
  return { text, pages: spans };
}
