// Tables whose columns are aligned with runs of spaces: a table copied out of a PDF (pdftotext -layout), a
// plain-text page, or typed by hand ("地区生产总值    亿元    1230.5    1800    7%左右    预期性"). The spacing
// step removes every space around Chinese text, which would glue such a row's cells into one string of
// numbers; this step, which runs before it, turns the column gaps of a recognised table into tabs, the form
// an HTML table or a spreadsheet copy already has, so the indicator-table reader reads all three alike.
//
// Only a block anchored by a header line is touched (rules below, each with examples in the tests), so a
// stray double space in prose ("企业  家,完成产值  亿元" template blanks, "广东省省长  孟凡利") stays prose.
// A row with fewer cells than the header (an empty cell is just a wider gap) is placed under the header by
// its position and written whole (every column, empty ones as empty cells); if its cells do not sit under the
// header's columns it is written with one tab per gap, shorter than the header, and the table reader skips it
// unless a merged cell explains the missing cells (indicator-table SHORT_ROW): no cell is guessed into place.
// A name cell wrapped onto a line of its own is joined to its row when the wrap is unambiguous (wrap rule).
import { MappedTextBuilder, type MappedText } from './mapped-text';

/** A blank that can separate columns: ASCII and no-break spaces, the ideographic space, typographic spaces. */
const BLANK = /[ \u00a0\u3000\u2000-\u200a\u202f\u205f]/;
/** A column gap: two or more blanks, or any run holding an ideographic (full-width) space. */
const GAP = /[ \u00a0\u2000-\u200a\u202f\u205f]{2,}|[ \u00a0\u3000\u2000-\u200a\u202f\u205f]*\u3000[ \u00a0\u3000\u2000-\u200a\u202f\u205f]*/g;

const HAS_GAP = /\S(?:[ \u00a0\u2000-\u200a\u202f\u205f]{2,}|[ \u00a0\u3000\u2000-\u200a\u202f\u205f]*\u3000)\S/;

export interface SpaceTableRule {
  id: string;
  /** Lines the rule accepts (or cells, for cell rules), quoted in the tests. */
  examples: readonly string[];
  counterExamples: readonly string[];
}

const YEAR = String.raw`\d{4}\s*年?(?:底|末)?`;
/** "十四五", "“十三五”": a five-year plan's span by its ordinal. */
const PLAN_SPAN = String.raw`[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末)?`;
const KIND = '(?:基期|基数|现状|目标|规划|预期|预计|完成|实际|实绩|计划|累计|绝对数|绝对值|总量|数值)';
const FIXED = '(?:序号|类别|分类|领域|指标(?:名称|属性)?|名称|项目|单位|计量单位|属性|备注|说明|类型)';
const GROWTH = '(?:比上年|同比|较上年|年均|五年)?(?:增长|增速|增幅|增减)率?';
/** "年均/累计", "年均增长/累计", "累计": a column of averages or five-year totals (a plan table's last value column). */
const SPAN_COLUMN = '(?:年均(?:增长|增速)?|累计|五年累计)(?:[/／、](?:年均(?:增长|增速)?|累计|五年累计))?';
/** A header's unit: "(%)", "%", "(亿元)", "(累计)" after the header word. */
const UNIT_MARK = String.raw`\s*(?:[(（[［]\s*(?:%|[^()（）[\]［］\d\s%]{1,4})?\s*[)）\]］]|%)?`;

/** Words a header cell of an indicator table is made of. */
export const HEADER_CELL: SpaceTableRule & { pattern: RegExp } = {
  id: 'space-table.header-cell',
  pattern: new RegExp(`^(?:${FIXED}|${GROWTH}|${SPAN_COLUMN}|(?:${YEAR}|${PLAN_SPAN})(?:[(（]?${KIND}?(?:值|数|目标|完成|水平)?[)）]?)|(?:${PLAN_SPAN})?${KIND}(?:值|数|目标|完成|水平|年)?|五年累计)${UNIT_MARK}$`),
  examples: ['指标', '单位', '2020年', '2025年目标', '2025年(目标)', '基期值', '规划目标', '完成值', '预计', '年均增长(%)', '属性',
    '2023年完成', '2020年底', '“十四五”目标', '比上年增长(%)', '预期值', '现状值', '绝对数', '年均/累计', '年均增长/累计', '绝对数(亿元)', '比上年增长%', '年均增长(累计)'],
  counterExamples: ['地区生产总值', '1230.5', '预期性', '到2025年'],
};

/** Cells that say a column holds years or values (one of them makes a header, not a list of names). */
const VALUE_HEADER = new RegExp(`\\d{4}|十[一二三四五六七八九]五|${KIND}|增长|增速|增幅`);

/** A header line: three or more cells, each a header word, at least one naming a year or a kind of value. */
export const HEADER_LINE: SpaceTableRule = {
  id: 'space-table.header-line',
  examples: ['指标    单位    2020年    2025年    年均增长    属性', '指标名称　　2023年完成　　2024年目标'],
  counterExamples: ['发布日期：2026-01-31  浏览次数：-', '广东省省长  孟凡利', '指标  单位  名称'],
};

/**
 * A header set on two lines: a line of years or plan spans over the header ("        2023年            2024年"
 * over "指标  单位  目标  完成  目标"), or a line of header words and units under it ("年均增长" over "(%)").
 * Each lower cell joins the upper cell it sits under; an upper cell with nothing under it stays a column.
 */
export const TWO_LINE_HEADER: SpaceTableRule = {
  id: 'space-table.two-line-header',
  examples: ['2023年                  2024年', '(%)'],
  counterExamples: ['地区生产总值  亿元  801.05', '(万元)  801.05'],
};
const GROUP_CELL = new RegExp(`^(?:${YEAR}|${PLAN_SPAN})$`);
const UNIT_CELL = /^[(（[［]\s*[^()（）[\]［］\d]{1,6}\s*[)）\]］]$/;

/** A data row: two or more short cells, at least one holding a digit, none a sentence. */
export const DATA_ROW: SpaceTableRule = {
  id: 'space-table.data-row',
  examples: ['地区生产总值    亿元    1230.5    1800', '城镇登记失业率(%)  2.5  <3  —  约束性', '其中:工业投资    亿元    300    400'],
  counterExamples: ['企业  家,完成产值  亿元,正增长率达  %。', '日期:2020年 03月 19日    信息来源: 光明区'],
};

/**
 * A name wrapped onto a line of its own ("战略性新兴产业增加值占地区" / "生产总值比重"): a one-cell line without
 * sentence punctuation, starting where the name column starts. It continues the row above when a bracket is
 * left open across the break, or when the row above's name reaches the column's right edge (it was cut there)
 * and does not end with its unit bracket; it starts the row below when the fragment itself reaches the edge
 * and the row above's name does not. Otherwise it is a category label (经济发展), and when a table opens with
 * such a label, its one-line fragments are all labels unless a bracket says otherwise.
 */
export const WRAPPED_NAME: SpaceTableRule = {
  id: 'space-table.wrapped-name',
  examples: ['生产总值比重', '年均浓度'],
  counterExamples: ['注:带[]的为五年累计数。', '1800'],
};

interface Cell {
  /** The cell as written, and with full-width digits and signs folded (what the rules read). */
  text: string;
  key: string;
  /** Code-unit offsets in the text. */
  start: number;
  end: number;
  /** Display columns (CJK two wide) and code-point columns from the line start: a PDF copy aligns by either. */
  wide: [number, number];
  narrow: [number, number];
  /** A header cell read from two lines ("2023年" over "完成"): the source pieces, in reading order. */
  pieces?: readonly Cell[];
}

interface SourceLine {
  start: number;
  end: number;
  /** Where the next line starts (past this line's break, CRLF included). */
  next: number;
  cells: Cell[];
}

type Metric = 'wide' | 'narrow';

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
}

/** Full-width digits, signs and brackets as ASCII: this step runs before spacing folds them. */
function foldDigits(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const line = text.slice(start, end);
  const cells: Cell[] = [];
  let wide = 0;
  let narrow = 0;
  let at = 0;
  const advance = (to: number) => {
    for (const ch of line.slice(at, to)) {
      const code = ch.codePointAt(0) ?? 0;
      wide += ch === '\t' ? 4 : isWide(code) ? 2 : 1;
      narrow += 1;
    }
    at = to;
  };
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && BLANK.test(line[s]!)) s++;
    while (e > s && BLANK.test(line[e - 1]!)) e--;
    if (s >= e) return;
    advance(s);
    const w0 = wide;
    const n0 = narrow;
    advance(e);
    const cellText = line.slice(s, e);
    cells.push({ text: cellText, key: foldDigits(cellText), start: start + s, end: start + e, wide: [w0, wide], narrow: [n0, narrow] });
  };
  let from = 0;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return joinSpacedWords(cells, text);
}

/**
 * A header word spaced out to fill its cell ("指  标", "单  位", "属  性"): two one-letter cells side by side that
 * together make a fixed header word are one cell.
 */
export const SPACED_HEADER_WORD: SpaceTableRule = {
  id: 'space-table.spaced-header-word',
  examples: ['指  标', '单　位', '属    性'],
  counterExamples: ['经  济', '地区生产总值  亿元'],
};
const SPACED_WORD = /^(?:指标|单位|属性|类别|序号|备注|项目|名称)$/;

function joinSpacedWords(cells: Cell[], text: string): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const prev = out[out.length - 1];
    if (prev && prev.key.length === 1 && cell.key.length === 1 && SPACED_WORD.test(prev.key + cell.key)) {
      out[out.length - 1] = { text: text.slice(prev.start, cell.end), key: prev.key + cell.key, start: prev.start, end: cell.end,
        wide: [prev.wide[0], cell.wide[1]], narrow: [prev.narrow[0], cell.narrow[1]] };
    } else out.push(cell);
  }
  return out;
}

const SENTENCE = /[。；;！？!?]|[，,].*[，,]/;
const NUMBER = /^[<>≤≥约]?\s*[-—–]?\d[\d.,]*\s*%?$/;

function isHeader(cells: readonly Cell[]): boolean {
  if (cells.length < 3) return false;
  const words = cells.filter((c) => HEADER_CELL.pattern.test(c.key));
  return words.length === cells.length && cells.some((c) => VALUE_HEADER.test(c.key) && !/^(?:比上年|同比|较上年)?(?:增长|增速|增幅|增减)/.test(c.key));
}

function isGroupLine(cells: readonly Cell[]): boolean {
  return cells.length >= 1 && cells.every((c) => GROUP_CELL.test(c.key));
}

function isHeaderContinuation(cells: readonly Cell[]): boolean {
  return cells.length >= 1 && cells.every((c) => HEADER_CELL.pattern.test(c.key) || UNIT_CELL.test(c.key));
}

const FIXED_CELL = new RegExp(`^${FIXED}$`);

/** Columns between two cells: 0 when they overlap. */
function distance(a: Cell, b: Cell, metric: Metric): number {
  return Math.max(0, a[metric][0] - b[metric][1], b[metric][0] - a[metric][1]);
}

/**
 * The header cells of `upper` over `lower` (TWO_LINE_HEADER): each lower cell joins the nearest upper cell
 * (the one it overlaps, or else the closest: a group label may sit centred over its columns or at their left).
 */
function composeHeader(upper: readonly Cell[], lower: readonly Cell[], metric: Metric): Cell[] | null {
  // 指标, 单位, 属性 … name their own column: no year is put in front of them, but a fixed word split over the
  // two lines ("指标" over "属性") is one word.
  const joined = new Map<Cell, Cell[]>(upper.map((u) => [u, []]));
  const splitWord = (l: Cell) => upper.find((u) => distance(u, l, metric) === 0 && FIXED_CELL.test(u.key + l.key));
  const out: Cell[] = lower.filter((l) => FIXED_CELL.test(l.key) && !splitWord(l));
  for (const l of lower) {
    const split = FIXED_CELL.test(l.key) ? splitWord(l) : undefined;
    if (split) joined.get(split)!.push(l);
    if (FIXED_CELL.test(l.key)) continue;
    let best = upper[0]!;
    for (const u of upper) if (distance(u, l, metric) < distance(best, l, metric)) best = u;
    // A kind word (目标, 完成) sits under a year or plan span; a unit mark ("(%)") under any header word.
    if (!UNIT_CELL.test(l.key) && !GROUP_CELL.test(best.key)) return null;
    joined.get(best)!.push(l);
  }
  for (const [u, under] of joined) {
    if (under.length === 0) out.push(u);
    for (const l of under) out.push({ ...l, text: u.text + l.text, key: u.key + l.key, pieces: [u, l] });
  }
  return out.sort((a, b) => a[metric][0] - b[metric][0]);
}

function isRow(cells: readonly Cell[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.key.length > 40 || SENTENCE.test(c.key))) return false;
  // A line of labels and dates ("日期:2020年 03月 19日    信息来源: 光明区") is page furniture, not a row;
  // a sub-row's "其中:" is a row.
  if (cells.some((c) => /[:：]/.test(c.key) && !/^(其中|含|包括)[:：]/.test(c.key))) return false;
  return cells.some((c) => /\d/.test(c.key)) || cells.length >= 3;
}

function isFragment(cells: readonly Cell[]): boolean {
  if (cells.length !== 1) return false;
  const t = cells[0]!.key;
  return t.length <= 24 && !SENTENCE.test(t) && !/[:：]/.test(t) && !NUMBER.test(t) && !/^(注|备注|说明|资料来源|来源)/.test(t);
}

/**
 * The header column of each cell of a row with fewer or more cells than the header, by position: a cell sits
 * under the one header cell it overlaps, or, overlapping none, in the zone between the neighbouring gaps'
 * midpoints. Null when a cell overlaps two header cells or two cells fall in one column.
 */
function placeByPosition(row: readonly Cell[], header: readonly Cell[], metric: Metric): Array<Cell | null> | null {
  const placed: Array<Cell | null> = header.map(() => null);
  let last = -1;
  for (const cell of row) {
    const [s, e] = cell[metric];
    const overlapping = header.map((h, i) => (s < h[metric][1] && h[metric][0] < e ? i : -1)).filter((i) => i >= 0);
    let column = overlapping.length === 1 ? overlapping[0]! : -1;
    if (overlapping.length === 0) {
      const centre = (s + e) / 2;
      column = header.findIndex((h, i) => {
        const next = header[i + 1];
        const prev = header[i - 1];
        const left = prev ? (prev[metric][1] + h[metric][0]) / 2 : -Infinity;
        const right = next ? (h[metric][1] + next[metric][0]) / 2 : Infinity;
        return centre >= left && centre < right;
      });
    }
    if (column <= last) return null;
    placed[column] = cell;
    last = column;
  }
  return placed;
}

interface Block {
  /** The header, its cells composed from every line in `headerLines` (a two-line header is one row). */
  header: SourceLine;
  headerLines: SourceLine[];
  /** Data rows and fragments in order (blank lines left out). */
  lines: SourceLine[];
}

/** The metric under which more of a block's uneven rows sit under the header: how this copy was aligned. */
function metricOf(block: Block): Metric {
  const uneven = block.lines.filter((l) => l.cells.length > 1 && l.cells.length !== block.header.cells.length);
  const placed = (m: Metric) => uneven.filter((l) => placeByPosition(l.cells, block.header.cells, m)).length;
  return placed('narrow') > placed('wide') ? 'narrow' : 'wide';
}

/** The cells of a data row under the header's columns, or the row's own cells when they cannot be placed. */
function columnsOf(row: SourceLine, block: Block, metric: Metric): Array<Cell | null> {
  if (row.cells.length === block.header.cells.length) return row.cells;
  return placeByPosition(row.cells, block.header.cells, metric) ?? row.cells;
}

/** The fragments joined before and after one cell of a data row. */
interface Wrap {
  before: Cell[];
  after: Cell[];
}

/** The cell of `row` that starts where `frag` starts (same column), when it is text. */
function cellUnder(row: SourceLine | undefined, frag: Cell, metric: Metric): Cell | undefined {
  if (!row || isFragment(row.cells)) return undefined;
  return row.cells.find((c) => Math.abs(c[metric][0] - frag[metric][0]) <= 2 && !NUMBER.test(c.key));
}

const OPENS_BRACKET = /[(（[［][^)）\]］]*$/;
const CLOSES_NAME = /[)）\]］]$/;
const STARTS_BRACKET = /^[(（[［]/;

/** Applies the wrap rule to a block: which fragments join which cells, and the fragment lines so used. */
function wrapsOf(block: Block, metric: Metric): { joined: Map<Cell, Wrap>; used: Set<SourceLine> } {
  const joined = new Map<Cell, Wrap>();
  const used = new Set<SourceLine>();
  const texts = block.lines.flatMap((l) => l.cells).filter((c) => !NUMBER.test(c.key));
  // A column's right edge: the farthest any text starting in that column reaches.
  const edges = new Map<number, number>();
  const edgeAt = (frag: Cell) => {
    const at = frag[metric][0];
    let edge = edges.get(at);
    if (edge === undefined) {
      edge = -Infinity;
      for (const c of texts) if (Math.abs(c[metric][0] - at) <= 2) edge = Math.max(edge, c[metric][1]);
      edges.set(at, edge);
    }
    return edge;
  };
  const full = (c: Cell, edge: number) => c[metric][1] >= edge - 1;
  const entry = (cell: Cell) => {
    let e = joined.get(cell);
    if (!e) joined.set(cell, (e = { before: [], after: [] }));
    return e;
  };
  // A table whose first line under the header is a short label groups its rows under such labels.
  const first = block.lines[0];
  const labelled = first !== undefined && isFragment(first.cells) && !full(first.cells[0]!, edgeAt(first.cells[0]!));
  block.lines.forEach((line, k) => {
    if (!isFragment(line.cells)) return;
    const frag = line.cells[0]!;
    const edge = edgeAt(frag);
    // Only a line right above or below (no blank line between) can be the rest of a wrapped name.
    const prev = block.lines[k - 1];
    const next = block.lines[k + 1];
    const above = prev && prev.next === line.start ? cellUnder(prev, frag, metric) : undefined;
    const below = next && line.next === next.start ? cellUnder(next, frag, metric) : undefined;
    // A bracket left open above, or one opening the fragment, is a name cut mid-word; a name closed by its
    // unit bracket is complete. Else the edge decides, unless the table groups its rows under labels.
    const continuesAbove = above !== undefined && (OPENS_BRACKET.test(above.key) || STARTS_BRACKET.test(frag.key) ||
      (!CLOSES_NAME.test(above.key) && !labelled && full(above, edge) && !(below && full(frag, edge))));
    const startsBelow = !continuesAbove && below !== undefined && !CLOSES_NAME.test(frag.key) && !labelled &&
      full(frag, edge) && !(above && full(above, edge));
    if (continuesAbove) entry(above).after.push(frag);
    else if (startsBelow) entry(below).before.push(frag);
    else return;
    used.add(line);
  });
  return { joined, used };
}

function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previous: SourceLine | null = null; // the line just before, when not blank
  let blank = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const raw = text.slice(start, lineEnd);
    if (raw.includes('\t')) current = previous = null; // already a tab table: left to the table reader as it is
    else if (raw.trim() === '') {
      previous = null;
      if (current && ++blank > 1) current = null;
    } else if (!current && !HAS_GAP.test(raw)) {
      previous = null; // a line without a column gap, outside a table, is prose: not worth cutting into cells
    } else {
      const line: SourceLine = { start, end: lineEnd, next: end + 1, cells: cellsOf(text, start, lineEnd) };
      blank = 0;
      const open = current as Block | null;
      const last: SourceLine | undefined = open?.headerLines[open.headerLines.length - 1];
      const continued = open && open.lines.length === 0 && last === previous && last.next === line.start && isHeaderContinuation(line.cells)
        ? composeHeader(open.header.cells, line.cells, 'wide') : null;
      if (open && continued) {
        open.header = { ...open.header, cells: continued };
        open.headerLines.push(line);
      } else if (isHeader(line.cells)) {
        const grouped: Cell[] | null = previous && !current && previous.next === line.start && isGroupLine(previous.cells) ? composeHeader(previous.cells, line.cells, 'wide') : null;
        const group: SourceLine | null = grouped ? previous : null;
        const header: SourceLine = grouped ? { ...line, cells: grouped } : line;
        current = { header, headerLines: group ? [group, line] : [line], lines: [] };
        blocks.push(current);
      } else if (current && (isRow(line.cells) || isFragment(line.cells))) current.lines.push(line);
      else current = null;
      previous = line;
    }
    start = end + 1;
  }
  // Fragments after a table's last row that no row claims are the prose after it.
  return blocks.filter((b) => b.lines.some((l) => !isFragment(l.cells)));
}

/**
 * Writes one row: cells separated by tabs, an empty column as an empty cell. A row placed under the header
 * keeps its trailing empty columns (it is whole); a row that could not be placed has only its own cells.
 * The map back to the original stays in order: text moved here from another line (a wrapped name's tail, the
 * year of a two-line header) points at the place it was moved to, and each value cell at itself.
 */
function writeRow(out: MappedTextBuilder, text: string, line: SourceLine, columns: ReadonlyArray<Cell | null>, wraps?: ReadonlyMap<Cell, Wrap>): void {
  let last = -1; // source index the last character written points at
  const put = (piece: Cell) => {
    if (piece.start > last) {
      out.copy(piece.start, piece.end);
      last = piece.end - 1;
    } else out.emit(text.slice(piece.start, piece.end), last);
  };
  let gapAt = line.start;
  for (let k = 0; k < columns.length; k++) {
    if (k > 0) {
      last = Math.max(Math.min(gapAt, text.length - 1), last); // a trailing empty column of the text's last line
      out.emit('\t', last);
    }
    const cell = columns[k];
    if (!cell) continue;
    const wrap = wraps?.get(cell); // a wrapped name's pieces, in reading order, written as one cell
    for (const piece of wrap?.before ?? []) put(piece);
    for (const piece of cell.pieces ?? [cell]) put(piece);
    for (const piece of wrap?.after ?? []) out.emit(text.slice(piece.start, piece.end), cell.end - 1);
    gapAt = cell.end;
  }
}

export function alignSpaceColumns(input: MappedText): MappedText {
  const text = input.text;
  if (!/[ \u00a0\u3000]{2}|\u3000/.test(text)) return input;
  const blocks = findBlocks(text);
  if (blocks.length === 0) return input;
  const out = new MappedTextBuilder(input);
  let copied = 0;
  for (const block of blocks) {
    const metric = metricOf(block);
    const { joined, used } = wrapsOf(block, metric);
    // A two-line header is written once, in place of its lines.
    const headerEnd = block.headerLines[block.headerLines.length - 1]!.end;
    out.copy(copied, block.headerLines[0]!.start);
    writeRow(out, text, block.header, block.header.cells);
    copied = headerEnd;
    for (const line of block.lines) {
      out.copy(copied, line.start);
      copied = line.end;
      if (used.has(line)) {
        // A fragment joined to its row: the line and its break go (the break before it, kept by the copy, stays).
        copied = Math.min(line.next, text.length);
        continue;
      }
      if (isFragment(line.cells)) out.copy(line.cells[0]!.start, line.cells[0]!.end);
      else writeRow(out, text, line, columnsOf(line, block, metric), joined);
    }
  }
  out.copy(copied, text.length);
  return out.finish();
}
