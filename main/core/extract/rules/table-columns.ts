// A table of main indicators, its header side: which columns hold values and what each is (year, kind, base or
// end of a plan, average growth, unit), how a value cell and its unit are written, and how a header set on two
// rows (rowspan/colspan, stacked labels) becomes one. The rows under the header are read in indicator-table.ts.
import type { FactKind } from '../../types';
import type { ReportMeta } from '../meta';
import type { ReportView } from '../types';
import { unitClassOf } from '../numbers';
import { WORDED_TARGET } from './table-cells';
/**
 * A column header without a year in a five-year plan ("基期值", "规划目标", "目标值"): the plan's base year is
 * the year before its span, its target year the span's last; an annual report's yearless column says no year.
 */
export const YEARLESS_PLAN_COLUMN = {
  id: 'indicator-table.yearless-plan-column',
  examples: [['基期值', 'base'], ['现状值', 'base'], ['规划目标', 'end'], ['目标值', 'end'], ['2025年目标值', null]] as const,
};

/**
 * A category label on its own line between a table's rows (a merged cell across the row, or a space-aligned
 * table's group heading): short, no digits, no punctuation, no heading number. It does not end the table.
 */
export const CATEGORY_LINE = {
  id: 'indicator-table.category-line',
  pattern: /^[\u4e00-\u9fff]{2,10}(类|指标)?$/,
  examples: ['经济发展', '创新驱动', '民生福祉类', '绿色生态指标'],
  counterExamples: ['一、发展现状', '注:[]内为五年累计数', '到2025年,全区地区生产总值达到1200亿元。'],
};

/**
 * A header naming a five-year plan by its ordinal: the 十N五 plan runs from 1951+5N to 1955+5N (十四五:
 * 2021-2025), so "十三五末" is the year 2020 and "十三五累计" the span 2016-2020, whichever plan the report is.
 */
export const NAMED_PLAN_SPAN = {
  id: 'indicator-table.named-plan-span',
  examples: [['“十四五”目标', 2025], ['十三五末', 2020], ['十二五累计', 2015], ['2025年', null]] as const,
};
const CHINESE_DIGITS = '一二三四五六七八九';

export function planEndOf(header: string): number | null {
  const m = /十([一二三四五六七八九])五/.exec(header);
  return m ? 1955 + 5 * (10 + CHINESE_DIGITS.indexOf(m[1]!) + 1) : null;
}

/** Cells that say whether an indicator binds (属性 column): never a value, never a unit. */
export const ATTRIBUTE_CELL = /^(预期性|约束性|预期|约束|指导性)$/;

export interface Column {
  year: number | null;
  /** A yearless column of a plan's base (基期) or end-of-plan target (规划目标): YEARLESS_PLAN_COLUMN. */
  planPoint: 'base' | 'end' | 'report' | null;
  /** The last year of a five-year plan the header names ("十三五末", "“十四五”目标"): NAMED_PLAN_SPAN. */
  planEnd: number | null;
  /** Said by the header (目标, 预计, 基期 …); otherwise the year decides. */
  kind: FactKind | null;
  /** 增长/增速: a growth column (of the year to its left, or 年均 over the plan span). */
  growth: boolean;
  /** 年均 or 累计: over the plan's whole span. */
  span: boolean;
  /** 年均 (alone or in "年均/累计"): an unbracketed number is the span's average growth (AVERAGE_COLUMN). */
  average: boolean;
  role: 'value' | 'name' | 'unit' | 'other';
  /** The header cell is empty (a PDF export's column that only some rows' cells fall into). */
  blank: boolean;
  /** A unit the header gives its column ("绝对数(亿元)", "比上年增长%"): COLUMN_UNIT. */
  unit: string | null;
}

/**
 * A column of 年均 (or "年均/累计", a plan table's last column): a plain number in it is the average growth over
 * the plan span, in percent, whatever the row's unit ("地区生产总值 | 亿元 | 3200 | 4100 | 5左右"); a bracketed
 * one is the span's total (FIVE_YEAR_BRACKET), in the row's unit.
 */
export const AVERAGE_COLUMN = {
  id: 'indicator-table.average-column',
  examples: [['年均/累计', '5左右', 'growth'], ['年均/累计', '〔60〕', 'total'], ['年均增长', '7', 'growth']] as const,
};

/**
 * A unit in a value column's header ("绝对数(亿元)", "2030年(万人)", "比上年增长%"): every cell of the column is
 * in it unless the row names its own. A header's "(%)" is a percent.
 */
export const COLUMN_UNIT = {
  id: 'indicator-table.column-unit',
  examples: [['绝对数(亿元)', '亿元'], ['比上年增长%', '%'], ['2030年', null]] as const,
};

export function columnUnitOf(header: string): string | null {
  if (/%$|[(（]\s*%\s*[)）]/.test(header)) return '%';
  const m = /[(（]\s*([^()（）\d]{1,6}?)\s*[)）]/.exec(header);
  return m && unitClassOf(m[1]!) !== 'ignore' ? m[1]! : null;
}

export interface Cell {
  text: string;
  start: number;
}

const UNIT_WORDS = /^(单位|计量单位)$/;
const NAME_WORDS = /(指标|名称|项目)/;
const OTHER_WORDS = /^(序号|类别|分类|领域|属性|指标属性|备注|说明|类型)$/;
export const UNIT_IN_NAME = /[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$/;
export const VALUE = /^(>=|<=|≥|≤|>|<|约|超过|不低于|不少于|不超过|控制在)?\s*([[［〔【])?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:%\s*)?(?:[-~～—–至]\s*(\d+(?:\.\d+)?))?\s*(%)?\s*[\]］〕】]?\s*(左右|以上|以下|以内)?$/;
/**
 * A value cell that carries its own unit ("6.8万元", "85岁", "9万元左右"): CELL_UNIT. Names and unit cells are
 * still tested against VALUE, so "5G基站数" stays a name.
 */
export const CELL_VALUE = new RegExp(VALUE.source.replace(String.raw`\s*(%)?\s*[\]］〕】]?`, String.raw`\s*(%)?\s*([^\d\s%\]］〕】.,]{1,6}?)??\s*[\]］〕】]?`));
export const CELL_UNIT = {
  id: 'indicator-table.cell-unit',
  examples: [['6.8万元', '万元'], ['85岁', '岁'], ['9万元左右', '万元'], ['5.5左右', null]] as const,
  counterExamples: ['6.5预期性', '3年'],
};

/** The unit a value cell carries, when it is one: not an attribute word, not a span of time. */
export function cellUnitOf(cell: string): string | null {
  const unit = CELL_VALUE.exec(cell)?.[6];
  if (!unit || /[性期]/.test(unit) || unitClassOf(unit) === 'ignore') return null;
  return unit;
}

export function cellsOf(report: ReportView, lineIndex: number): Cell[] {
  const line = report.lines[lineIndex]!;
  const cells: Cell[] = [];
  let at = 0;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: line.start + at + lead });
    at += raw.length + 1;
  }
  // A row's trailing empty cells are layout, not columns.
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

/** The kind a header names, or null when only its year can tell. */
export function kindSaid(header: string): FactKind | null {
  if (/预计|预估/.test(header)) return 'estimate';
  if (/(目标|规划|计划|预期)/.test(header)) return 'target';
  if (/(基期|基数|现状|实际|完成|实绩|基础)/.test(header)) return 'actual';
  return null;
}

const PLAN_BASE = /^(基期|基数|现状|基础)(值|年|水平)?/;
const PLAN_END = /^(规划|目标|预期)(目标)?(值|水平)?$/;

const REPORT_YEAR = /^(绝对数|绝对值|总量|数值|本年|全年|当年|完成|完成值|完成数|实际|实际值|实际完成|实绩|预计|预计完成|预计数)$/;

/**
 * A yearless column of the report's own outcomes ("指标 | 单位 | 绝对数 | 比上年增长(%)" in a statistical
 * bulletin, "完成" in an execution report): its period is the one the report's title names, and a growth
 * column right of it is over that period too. Without a year in the title there is no period to give.
 */
export const REPORT_YEAR_COLUMN = {
  id: 'indicator-table.report-year-column',
  examples: ['绝对数', '完成', '预计完成', '实际值'],
  counterExamples: ['2023年完成', '目标', '基期值'],
};

export function planPointOf(h: string): 'base' | 'end' | 'report' | null {
  const bare = h.replace(/[(（[［].*$/, '');
  if (/\d{4}/.test(bare)) return null;
  return PLAN_BASE.test(bare) ? 'base' : PLAN_END.test(bare) ? 'end' : REPORT_YEAR.test(bare) ? 'report' : null;
}

export function columnOf(header: string): Column {
  const h = header.replace(/\s/g, '');
  const none = { year: null, planPoint: null, planEnd: null, kind: null, growth: false, span: false, average: false, unit: null, blank: h === '' } as const;
  if (UNIT_WORDS.test(h)) return { ...none, role: 'unit' };
  if (OTHER_WORDS.test(h)) return { ...none, role: 'other' };
  const year = /(\d{4})\s*年?/.exec(h);
  const growth = /(增长|增速|增幅)/.test(h);
  const span = /(年均|累计|五年)/.test(h);
  const planEnd = year ? null : planEndOf(h);
  const planPoint = year || growth || span || planEnd ? null : planPointOf(h);
  if (year || growth || span || planPoint || planEnd) {
    return { year: year ? Number(year[1]) : span ? null : planEnd, planPoint, planEnd, kind: kindSaid(h), growth, span, average: /年均/.test(h), role: 'value', unit: columnUnitOf(h), blank: false };
  }
  if (NAME_WORDS.test(h)) return { ...none, role: 'name' };
  return { ...none, role: 'other' };
}

// A table of projects (name, works, investment per year, who is responsible) lists works, not indicators.
const PROJECT_TABLE = /^(项目名称|建设内容|建设规模|建设年限|起止年限|责任单位|牵头单位|实施主体|建设地点|总投资.*)$/;

/** A header row: at least two value columns, one of them naming a year. */
export function headerOf(cells: readonly Cell[]): Column[] | null {
  if (cells.length < 3 || cells.some((c) => PROJECT_TABLE.test(c.text.replace(/\s/g, '')))) return null;
  const columns = cells.map((c) => columnOf(c.text));
  const values = columns.filter((c) => c.role === 'value');
  if (values.length < 2 || !values.some((c) => c.year !== null || c.planPoint !== null)) return null;
  if (cells.some((c) => /^-?\d+(\.\d+)?%?$/.test(c.text))) return null;
  return columns;
}

export function periodAndKind(column: Column, columns: readonly Column[], index: number, meta: ReportMeta): { period: string; kind: FactKind } | null {
  if (column.span && column.planEnd !== null) {
    const end = column.planEnd;
    return { period: `${end - 4}-${end}`, kind: column.kind ?? (end > meta.reviewYear ? 'target' : 'actual') };
  }
  if (column.span) {
    const span = meta.shape === 'five-year' ? meta.period : null;
    return span ? { period: span, kind: column.kind ?? 'target' } : null;
  }
  // The period the title names, for REPORT_YEAR_COLUMN (a five-year plan's own span is no single year).
  const reportPeriod = meta.shape !== 'five-year' && meta.title.includes(String(meta.reviewYear)) ? meta.period : null;
  if (column.planPoint === 'report') return reportPeriod ? { period: reportPeriod, kind: column.kind ?? 'actual' } : null;
  if (column.planPoint) {
    if (meta.shape !== 'five-year') return null;
    return column.planPoint === 'base' ? { period: String(meta.reviewYear), kind: 'actual' } : { period: String(meta.planYear), kind: 'target' };
  }
  // "2023年 | 增长(%)": a growth column belongs to the year column just before it.
  let year = column.year;
  let kind = column.kind;
  for (let k = index - 1; year === null && k >= 0; k--) {
    const left = columns[k]!;
    if (column.growth && left.planPoint === 'report') return reportPeriod ? { period: reportPeriod, kind: kind ?? left.kind ?? 'actual' } : null;
    if (columns[k]!.role === 'value' && columns[k]!.year !== null) {
      year = columns[k]!.year;
      kind ??= columns[k]!.kind;
    }
  }
  if (year === null) return null;
  kind ??= year > meta.reviewYear ? 'target' : 'actual';
  return { period: String(year), kind };
}

/**
 * A header on two rows (HTML rowspan/colspan, "指标 | 单位 | 2023年 (2 columns) | 2024年" over "目标 | 完成 | 目标"):
 * the second row sits under the first's value columns (the rowspanned 指标/单位 cells are missing from it),
 * and each of its cells takes the year of the group above it.
 */
export const TWO_ROW_HEADER = {
  id: 'indicator-table.two-row-header',
  examples: [[['指标', '单位', '2023年', '', '2024年'], ['目标', '完成', '目标'], ['指标', '单位', '2023年目标', '2023年完成', '2024年目标']]] as const,
};

const UNIT_MARK = /^[(（[［][^)）\]］]{1,6}[)）\]］]$/;

function isHeaderWord(text: string): boolean {
  const h = text.replace(/\s/g, '');
  if (!h || VALUE.test(h)) return false;
  return columnOf(h).role !== 'other' || OTHER_WORDS.test(h) || kindSaid(h) !== null || UNIT_MARK.test(h);
}

/** The header read from two rows (TWO_ROW_HEADER), or null when `lower` is not the rest of `upper`. */
export function twoRowHeader(upper: readonly string[], lower: readonly string[]): string[] | null {
  if (lower.length === 0 || !lower.every(isHeaderWord) || !upper.some((t) => /\d{4}|十[一二三四五六七八九]五/.test(t))) return null;
  const leading = (t: string) => t !== '' && columnOf(t).role !== 'value';
  // Without rowspan the second row repeats the leading cells (指标, 序号); with it, it starts under the values.
  const repeatsLeading = columnOf(lower[0]!).role === 'name' || OTHER_WORDS.test(lower[0]!);
  let shift = 0;
  if (!repeatsLeading) while (shift < upper.length && leading(upper[shift]!)) shift++;
  const width = Math.max(upper.length, shift + lower.length);
  const out: string[] = [];
  let group = '';
  for (let k = 0; k < width; k++) {
    const above = upper[k] ?? '';
    if (above) group = columnOf(above).year !== null || planEndOf(above) !== null ? above : '';
    const below = k >= shift ? (lower[k - shift] ?? '') : '';
    out.push((above || (below ? group : '')) + below);
  }
  return out;
}

/**
 * A header stacked on several rows of equal width (a PDF export's header cell split across lines: "类 | | 规划目标 |
 * 属性" over "别 | | 2030年 | "): a row of header words and empty cells just above the header row, with only
 * short layout lines between, is joined to it cell by cell ("类别", "规划目标2030年", "属性"); so is such a row
 * right under it ("基期值 | 目标值" over "2025年 | 2030年").
 */
export const STACKED_HEADER = {
  id: 'indicator-table.stacked-header',
  examples: [[['类', '', '规划目标', '', '属性'], ['别', '', '2030年', '年均/累计', ''], ['类别', '', '规划目标2030年', '年均/累计', '属性']]] as const,
};

/** Header words, empty cells and single letters of a header word split over lines ("类" over "别"), one a word. */
export function isUpperHeader(cells: readonly string[]): boolean {
  // A data row's cells can hold header words too ("增长(%)" in a name, 预期性): a header cell is short and no
  // row number, attribute or target.
  const headerCell = (t: string) => isHeaderWord(t) && t.length <= 8 && !/^\d+[.、．]/.test(t) && !ATTRIBUTE_CELL.test(t) && !WORDED_TARGET.pattern.test(t);
  return cells.some((t) => t !== '' && headerCell(t)) && cells.every((t) => t === '' || headerCell(t) || /^[\u4e00-\u9fff]$/.test(t));
}

export function stackedHeader(upper: readonly string[], lower: readonly string[]): string[] | null {
  if (upper.length !== lower.length || !isUpperHeader(upper) || !isUpperHeader(lower)) return null;
  return lower.map((t, k) => upper[k]! + t);
}
