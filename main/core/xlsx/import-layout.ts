// How a government statistical sheet is laid out around its table: a title row merged across the top, a header
// that may take two rows (指标名称 merged down beside 年份 merged across 2023年 | 2024年), the data, then notes
// (注:2023年为初步统计数。 资料来源:…) that are text, not rows of data. And cells that say "no figure here"
// (—, -, …, 待统计) rather than a number. Each rule is named data with its own examples.
import { cellText, isBlank, readPeriod, type CellValue, type Read } from './cell-values';

export interface LayoutRule {
  id: string;
  /** Cells (or a row's first text) the rule matches, as written in real sheets. */
  examples: string[];
  test: RegExp;
}

/** A cell that says there is no figure: skipped, counted in the preview, never an error. */
export const NO_DATA_MARKS: LayoutRule[] = [
  { id: 'dash', examples: ['—', '-', '－', '–', '——', '--'], test: /^[-－–—―]{1,3}$/ },
  { id: 'ellipsis', examples: ['…', '……', '...'], test: /^(…{1,2}|\.{3,6}|…)$/ },
  { id: 'slash', examples: ['/', '／'], test: /^[/／]$/ },
  { id: 'not-yet-counted', examples: ['待统计', '暂无', '暂无数据', '无数据', '未统计'], test: /^(待统计|暂无(数据)?|无数据|未统计)$/ },
  { id: 'not-applicable', examples: ['不适用', 'N/A', 'n.a.'], test: /^(不适用|n\/?a\.?|n\.a\.)$/i },
];

/** The first text of a row that ends the table: everything from it down is notes, not data. */
export const NOTE_ROWS: LayoutRule[] = [
  { id: 'note', examples: ['注:2023年为初步统计数。', '注：', '注1:', '注 :本表'], test: /^注\s*[\d①-⑩]*\s*[:：]/ },
  { id: 'notes-word', examples: ['注释:', '备注:', '附注：'], test: /^(注释|备注|附注)\s*[:：]/ },
  { id: 'source', examples: ['资料来源:区统计局', '数据来源：国家统计局'], test: /^(资料|数据)来源\s*[:：]?/ },
  { id: 'explanation', examples: ['说明:1.本表', '说明：'], test: /^说明\s*[:：]/ },
];

/**
 * A month range written with another dash (2024年1—9月, 1～9月, 1至9月) reads as 1-9月, the cumulative quarter or
 * half-year the period vocabulary knows (2024Q3, 2024H1); nothing else about the text changes.
 */
export function periodCell(v: CellValue): Read<string> {
  return readPeriod(typeof v === 'string' ? v.replace(/(\d{1,2})\s*[—–－~～至到]\s*(\d{1,2})\s*月/, '$1-$2月') : v);
}

const trimmed = (v: CellValue | undefined) => cellText(v).replace(/\s+/g, '');

export function isNoData(v: CellValue | undefined): boolean {
  if (isBlank(v)) return true;
  if (typeof v !== 'string') return false;
  const s = trimmed(v);
  return NO_DATA_MARKS.some((r) => r.test.test(s));
}

/** The note rule a row starts with, or null: its first non-blank cell is what counts. */
export function noteRule(row: readonly CellValue[]): LayoutRule | null {
  const first = row.find((v) => !isBlank(v));
  if (typeof first !== 'string') return null;
  const s = first.trim();
  return NOTE_ROWS.find((r) => r.test.test(s)) ?? null;
}

/** Where a sheet's data ends: the first note row at or after `from` (0-based), or the end of the sheet. */
export function tableEnd(rows: readonly (readonly CellValue[])[], from: number): { end: number; note: { row: number; text: string; rule: string } | null } {
  for (let r = from; r < rows.length; r++) {
    const rule = noteRule(rows[r] ?? []);
    if (rule) return { end: r, note: { row: r + 1, text: cellText(rows[r]!.find((v) => !isBlank(v))).slice(0, 200), rule: rule.id } };
  }
  return { end: rows.length, note: null };
}

const distinctTexts = (row: readonly CellValue[]) => new Set(row.filter((v) => !isBlank(v)).map(trimmed));

/** A header cell: text, or a year written as a number (2023 across the top of a wide table). */
const headerCell = (v: CellValue | undefined) => isBlank(v) || (typeof v === 'string' && !isNoData(v)) || (typeof v === 'number' && readPeriod(v).ok);

/**
 * A row that reads as a header: two or more different cells, each text or a year. A title merged across the sheet
 * repeats one text in every cell (or stands alone), so it is not one.
 */
function looksLikeHeader(row: readonly CellValue[]): boolean {
  return distinctTexts(row).size >= 2 && row.every(headerCell) && !noteRule(row);
}

/**
 * A second header row continues the first when its first column is merged down (the same text, or blank where a
 * reader did not fill the merge): a data row names its indicator there.
 */
function continuesHeader(above: readonly CellValue[], row: readonly CellValue[]): boolean {
  return looksLikeHeader(row) && (isBlank(row[0]) || trimmed(row[0]) === trimmed(above[0]));
}

/** 0-based index of the header row: the last row of the first header block in the top 20 rows (0 when none). */
export function detectHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  const top = Math.min(rows.length, 20);
  for (let r = 0; r < top; r++) {
    if (!looksLikeHeader(rows[r] ?? [])) continue;
    let last = r;
    while (last + 1 < rows.length && continuesHeader(rows[last]!, rows[last + 1]!)) last++;
    return last;
  }
  return 0;
}

/**
 * The header as the table means it: each blank cell of the header row takes the text above it in the header
 * block (a merge a reader did not fill: 指标名称 merged down over two header rows).
 */
export function resolvedHeader(rows: readonly (readonly CellValue[])[], headerIndex: number): CellValue[] {
  const header = [...(rows[headerIndex] ?? [])];
  const above = rows[headerIndex - 1];
  if (!above || !looksLikeHeader(above)) return header;
  const width = Math.max(header.length, above.length);
  for (let c = 0; c < width; c++) if (isBlank(header[c]) && !isBlank(above[c])) header[c] = above[c] ?? null;
  return header;
}
