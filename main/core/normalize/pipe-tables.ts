// Tables whose cells are separated by vertical bars: a PDF or Word export converted to Markdown ("| 指标 | 2030年 |
// 属性 |" with "| --- | --- |" rules between rows), or a statistical bulletin's table pasted from a text page
// ("| 地区生产总值 | 2313.0 | 5.2 |"). The spacing step would glue such rows into one line of numbers and bars;
// this step, which runs before it, writes each bar between cells as a tab (the form an HTML table already has)
// and blanks the rule lines, so the indicator-table reader reads them like any other table. Empty cells stay
// empty cells: in a PDF export a cell's position is all that says which column it belongs to.
import { MappedTextBuilder, type MappedText } from './mapped-text';

export interface PipeTableRule {
  id: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}

/** ASCII and full-width vertical bars. */
const BAR = /[|｜]/g;

/**
 * A table row written with bars: at least three bars (two cells between them, or three cells with the outer
 * bars left out), no cell a sentence. A bar inside prose ("收入|支出") is one bar and stays.
 */
export const PIPE_ROW: PipeTableRule = {
  id: 'pipe-table.row',
  examples: ['| 地区生产总值 | 2313.0 | 5.2 |', '| 类   |     |     | 规划目标 | 属性  |', '指标 | 单位 | 2025年 | 2030年'],
  counterExamples: ['收入|支出', '注：【】内为5年累计数。', '见附件 | 下载 |', '首页 | 新闻中心 | 政务公开 | 办事服务', '| 全年全市实现地区生产总值2313亿元，比上年增长5.2%。 | 一 |'],
};

/** A Markdown rule between rows ("| --- | :---: |"): layout, not a row. */
export const PIPE_RULE: PipeTableRule = {
  id: 'pipe-table.rule',
  examples: ['| --- | --- | ---- |', '|:---|---:|', '| ------------------ | --- |'],
  counterExamples: ['| — | 5左右 |', '| - | 3 |'],
};

/**
 * A letter of a category label printed down a PDF table's left edge that the export put in a row's first cell,
 * before the row's name and apart from it ("| 文 新增人才数（万人） |", "| 经 4.每万人口高价值发明专利拥有量（件） |"):
 * one character, a blank, then a name of four or more characters. The letter is left out of the cell; a
 * header spelled with spaces ("指 标") has too short a rest to match.
 */
export const SIDE_LETTER: PipeTableRule = {
  id: 'pipe-table.side-letter',
  examples: ['文 新增人才数（万人）', '经 4.每万人口高价值发明专利拥有量（件）'],
  counterExamples: ['指 标', '类   别', '地区生产总值'],
};
const SIDE_LETTER_START = /^[\u4e00-\u9fff][ \u3000]+(?=[\u4e00-\u9fff\d][^ \u3000]{3,})/;

const RULE_CELL = /^\s*:?-{3,}:?\s*$/;
// An ASCII '?' is no question mark here: a copy that lost a character writes '?' ("指????标").
const SENTENCE_CELL = /[。；;！？!]|[，,].*[，,]/;

/** The cells of a barred line and where each bar sits, or null when the line is no table row. */
function barsOf(line: string): number[] | null {
  const bars: number[] = [];
  BAR.lastIndex = 0;
  for (let m = BAR.exec(line); m; m = BAR.exec(line)) bars.push(m.index);
  const outer = line.trimStart().startsWith('|') || line.trimStart().startsWith('｜');
  if (bars.length < (outer ? 3 : 2)) return null;
  return bars;
}

function cellTexts(line: string, bars: readonly number[]): string[] {
  const cuts = [-1, ...bars, line.length];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) out.push(line.slice(cuts[k]! + 1, cuts[k + 1]!));
  return out;
}

export function isPipeRule(line: string): boolean {
  const bars = barsOf(line);
  if (!bars) return false;
  const inner = cellTexts(line, bars).filter((c) => c.trim() !== '');
  return inner.length > 0 && inner.every((c) => RULE_CELL.test(c));
}

export function isPipeRow(line: string): boolean {
  const bars = barsOf(line);
  if (!bars) return false;
  const cells = cellTexts(line, bars).map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0 || cells.some((c) => c.length > 60 || SENTENCE_CELL.test(c))) return false;
  // "见附件 | 下载 |", "首页 | 新闻 | 政务公开": a line without outer bars needs three cells of its own, one a number.
  const outer = /^\s*[|｜]/.test(line);
  return outer || (filled.length >= 3 && filled.some((c) => /\d/.test(c)));
}

/** Writes one barred row as tab-separated cells: the outer bars go, each inner bar becomes a tab. */
function writeRow(out: MappedTextBuilder, text: string, start: number, line: string): void {
  const bars = barsOf(line)!;
  const trimmed = line.trimEnd();
  const first = bars[0]!;
  const last = bars[bars.length - 1]!;
  const leading = line.slice(0, first).trim() === '';
  const trailing = trimmed.length - 1 === last;
  const cuts = [leading ? first : -1, ...bars.filter((b) => (b !== first || !leading) && (b !== last || !trailing)), trailing ? last : line.length];
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (k > 0) out.emit('\t', start + cuts[k]!);
    let s = cuts[k]! + 1;
    let e = cuts[k + 1]!;
    while (s < e && /\s/.test(text[start + s]!)) s++;
    while (e > s && /\s/.test(text[start + e - 1]!)) e--;
    if (k === 0) s += SIDE_LETTER_START.exec(text.slice(start + s, start + e))?.[0].length ?? 0;
    out.copy(start + s, start + e);
  }
}

export function alignPipeTables(input: MappedText): MappedText {
  const text = input.text;
  if (text.indexOf('|') < 0 && text.indexOf('｜') < 0) return input;
  const out = new MappedTextBuilder(input);
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    if ((line.includes('|') || line.includes('｜')) && (isPipeRule(line) || isPipeRow(line))) {
      out.copy(copied, start);
      // A rule line is left blank: a blank line between rows does not end a table.
      if (!isPipeRule(line)) writeRow(out, text, start, line);
      copied = lineEnd;
    }
    start = end + 1;
  }
  out.copy(copied, text.length);
  return out.finish();
}
