// Tables of main indicators: five-year plans and some annual reports give their headline indicators as a table
// ("指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性"). Web pages carry a table's cells as <td>s, which normalization
// turns into tab-separated lines; a table copied out of a browser arrives the same way, and a table aligned
// with spaces (a PDF or plain-text copy) is given tabs by normalize/space-columns.ts. Each value cell is one
// fact: the row names the indicator (and often its unit), the column header its year and kind. A row is read
// only when its cells can be put under the header without guessing (SHORT_ROW, fits); otherwise it is skipped.
import { canonicalIndicator } from '../../catalog';
import type { FactKind, Measure, Period, Qualifier } from '../../types';
import type { ReportMeta } from '../meta';
import type { Candidate, Extractor, ReportView } from '../types';
import { measureOf } from '../judge';
import { unitClassOf } from '../numbers';
import { NOT_INDICATOR_NOUN } from '../words';
import { FALL_ROW, LAYOUT_DEBRIS_LINE, SIDE_LETTER, WORDED_TARGET, boundBeforeBracket, industryValueAdded, isFiveYearTotal } from './table-cells';

/** Row names that are works (a road, a school's rebuilding), not indicators. */
const WORKS_NAME = /(工程|项目|改造|建设|新建|扩建|道路|学校|医院)$/;

/**
 * A row that names its indicator's growth ("地区生产总值增长(%)  6.5  5.5左右"): every value in it is a
 * growth of the indicator before 增长. A rate named with 增长率 (人口自然增长率) is an indicator of its own.
 */
export const GROWTH_ROW = {
  id: 'indicator-table.growth-row',
  pattern: /^(.{2,}?)(?:年均)?(?:增长|增速|增幅)$/,
  examples: [['地区生产总值增长', '地区生产总值'], ['居民人均可支配收入增速', '居民人均可支配收入']] as const,
  counterExamples: ['人口自然增长率', '地区生产总值'],
};

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
const ATTRIBUTE_CELL = /^(预期性|约束性|预期|约束|指导性)$/;

interface Column {
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

interface Cell {
  text: string;
  start: number;
}

const UNIT_WORDS = /^(单位|计量单位)$/;
const NAME_WORDS = /(指标|名称|项目)/;
const OTHER_WORDS = /^(序号|类别|分类|领域|属性|指标属性|备注|说明|类型)$/;
const UNIT_IN_NAME = /[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$/;
const VALUE = /^(>=|<=|≥|≤|>|<|约|超过|不低于|不少于|不超过|控制在)?\s*([[［〔【])?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:%\s*)?(?:[-~～—–至]\s*(\d+(?:\.\d+)?))?\s*(%)?\s*[\]］〕】]?\s*(左右|以上|以下|以内)?$/;
/**
 * A value cell that carries its own unit ("6.8万元", "85岁", "9万元左右"): CELL_UNIT. Names and unit cells are
 * still tested against VALUE, so "5G基站数" stays a name.
 */
const CELL_VALUE = new RegExp(VALUE.source.replace(String.raw`\s*(%)?\s*[\]］〕】]?`, String.raw`\s*(%)?\s*([^\d\s%\]］〕】.,]{1,6}?)??\s*[\]］〕】]?`));
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

function cellsOf(report: ReportView, lineIndex: number): Cell[] {
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
function kindSaid(header: string): FactKind | null {
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

function columnOf(header: string): Column {
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
function headerOf(cells: readonly Cell[]): Column[] | null {
  if (cells.length < 3 || cells.some((c) => PROJECT_TABLE.test(c.text.replace(/\s/g, '')))) return null;
  const columns = cells.map((c) => columnOf(c.text));
  const values = columns.filter((c) => c.role === 'value');
  if (values.length < 2 || !values.some((c) => c.year !== null || c.planPoint !== null)) return null;
  if (cells.some((c) => /^-?\d+(\.\d+)?%?$/.test(c.text))) return null;
  return columns;
}

function periodAndKind(column: Column, columns: readonly Column[], index: number, meta: ReportMeta): { period: string; kind: FactKind } | null {
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

function qualifierOf(word: string | undefined, after: string | undefined, range: boolean, kind: FactKind): Qualifier {
  if (range) return 'range';
  if (after === '左右' || word === '约') return 'approx';
  if (/^(>=|≥|不低于|不少于)$/.test(word ?? '') || after === '以上') return kind === 'target' ? 'at_least' : 'more_than';
  if (/^(>|超过)$/.test(word ?? '')) return kind === 'target' ? 'at_least' : 'more_than';
  if (/^(<=|≤|<|不超过|控制在)$/.test(word ?? '') || after === '以下' || after === '以内') return 'at_most';
  return 'exact';
}

/** A column's measure: growth columns and a percent in a row counted in money are growths; else as in prose. */
function measureIn(column: Column, name: string, unit: string | null, rowUnit: string | null): Measure {
  // "6%左右" in the row of an indicator counted in 亿元: a growth target.
  if (column.growth || (unit === '%' && rowUnit !== null && !/%|百分/.test(rowUnit))) return 'growth';
  return measureOf({ unit, unitClass: unit === '%' ? 'percent' : unitClassOf(unit) }, name, false, false);
}

/** The indicator's cell of a row whose k-th column holds `at(k)`. */
function nameCellOf(columns: readonly Column[], at: (k: number) => Cell | undefined): Cell | undefined {
  const nameIndex = columns.findIndex((c, k) => c.role === 'name' && at(k));
  const firstValue = columns.findIndex((c) => c.role === 'value');
  // Without a 指标 header, the indicator is the last text cell before the first value column.
  let nameCell = nameIndex >= 0 ? at(nameIndex) : undefined;
  for (let k = firstValue - 1; !nameCell && k >= 0; k--) if (columns[k]!.role !== 'unit' && /[\u4e00-\u9fffA-Za-z]/.test(at(k)?.text ?? '')) nameCell = at(k);
  return nameCell && /[\u4e00-\u9fffA-Za-z]{2}/.test(nameCell.text) && !VALUE.test(nameCell.text) ? nameCell : undefined;
}

/**
 * Whether cells sit under columns of their kind: a number is never a unit or a name, and a 预期性/约束性 cell
 * sits under the attribute column (属性) — a row that lost an inner empty cell fails here and is skipped.
 */
function fits(columns: readonly Column[], at: (k: number) => Cell | undefined): boolean {
  return columns.every((c, k) => {
    const text = at(k)?.text ?? '';
    if (ATTRIBUTE_CELL.test(text)) return c.role === 'other';
    if (c.role === 'unit' || c.role === 'name') return !VALUE.test(text);
    return true;
  });
}

/**
 * A row may lack the cells of some columns only where a merged cell explains it (SHORT_ROW): leading
 * category/序号 columns (a rowspan from above) or trailing attribute columns (属性 spanning rows). A row whose
 * tabs show it whole (its trailing cells written empty) lacks nothing.
 */
export const SHORT_ROW = {
  id: 'indicator-table.short-row',
  /** [header, row, read?]: the row under the header is read, or skipped. */
  examples: [
    ['类别\t序号\t指标\t单位\t2020年\t2025年', '2\t规模以上工业增加值\t亿元\t650\t900', true],
    ['指标\t单位\t2020年\t2025年\t属性', '地区生产总值\t亿元\t801\t1200', true],
    ['指标\t单位\t2020年\t2025年\t年均增长\t属性', '地区生产总值\t亿元\t801\t1200\t\t', true],
    ['指标\t单位\t2020年\t2025年\t年均增长\t属性', '地区生产总值\t亿元\t1800\t7%左右', false],
    ['指标\t单位\t2020年\t2025年', '地区生产总值\t亿元\t801\t1200\t1500', false],
  ] as const,
};

function missesLeading(columns: readonly Column[], shift: number): boolean {
  return columns.slice(0, shift).every((c) => c.role === 'other');
}

function missesTrailing(columns: readonly Column[], written: number): boolean {
  return columns.slice(written).every((c) => c.role === 'other');
}

/**
 * How a row's cells sit under the header's columns. A category cell spanning several rows (rowspan) is
 * missing from all rows but its first, so cells usually align from the right; but a copied row may also
 * have lost its trailing empty cells, so it aligns from the left. The alignment that puts a name under the
 * indicator column and the most numbers under value columns wins; from the right on a tie.
 */
function alignmentOf(cells: readonly Cell[], columns: readonly Column[], written: number, spilled = false): ((k: number) => Cell | undefined) | null {
  let best: ((k: number) => Cell | undefined) | null = null;
  let bestScore = 0;
  const anyWorded = spilled || cells.some((c) => WORDED_TARGET.pattern.test(c.text));
  if (cells.length > columns.length) return null;
  for (const shift of new Set([columns.length - cells.length, 0])) {
    if (shift < 0 || shift > 2 || !(shift > 0 ? missesLeading(columns, shift) : missesTrailing(columns, written))) continue;
    const at = (k: number): Cell | undefined => cells[k - shift];
    if (!nameCellOf(columns, at) || !fits(columns, at)) continue;
    // Numbers under value columns, and targets in words under value or blank columns (BETWEEN_COLUMNS).
    const score = columns.filter((c, k) => (c.role === 'value' && CELL_VALUE.test(boundBeforeBracket(at(k)?.text ?? ''))) ||
      ((c.role === 'value' || c.blank) && WORDED_TARGET.pattern.test(at(k)?.text ?? ''))).length;
    // A row whose only values are said in words (WORDED_TARGET) is read like one with numbers.
    if (score > bestScore || (anyWorded && score === bestScore && !best)) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A cell under no header, between two value columns (a PDF export's cell drawn across two columns, "高于GDP增长"
 * half under 2030年 and half under 年均, both empty): it belongs to the left one, or in a row named by its growth
 * to the growth or span column.
 */
export const BETWEEN_COLUMNS = {
  id: 'indicator-table.between-columns',
  examples: [['指标\t2030年\t\t年均增长', '全员劳动生产率增长(%)\t\t高于GDP增长\t', '年均增长']] as const,
};

function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || cell.text === '' || /^[—–-]+$/.test(cell.text);
}

/** The value cells of a row, with the column each belongs to (BETWEEN_COLUMNS for cells under no header). */
function valueCells(columns: readonly Column[], at: (k: number) => Cell | undefined, growthRow: boolean): Array<[number, Cell]> {
  const out: Array<[number, Cell]> = [];
  columns.forEach((column, k) => {
    const cell = at(k);
    if (!cell || cell.text === '') return;
    if (column.role === 'value') {
      out.push([k, cell]);
      return;
    }
    if (!column.blank || ATTRIBUTE_CELL.test(cell.text)) return;
    let left = k - 1;
    while (left >= 0 && columns[left]!.blank && columns[left]!.role !== 'value') left--;
    let right = k + 1;
    while (right < columns.length && columns[right]!.blank && columns[right]!.role !== 'value') right++;
    const sides = [left, right].filter((j) => columns[j]?.role === 'value' && isEmptyCell(at(j)));
    // Only a cell that straddles two empty value cells; one beside a filled cell may be that cell's overflow.
    if (sides.length < 2 || left < 0 || columns[left]!.role !== 'value' || columns[right]?.role !== 'value') return;
    const growthSide = sides.find((j) => columns[j]!.growth || columns[j]!.span);
    out.push([growthRow && growthSide !== undefined ? growthSide : sides[0]!, cell]);
  });
  return out;
}

/** A row's indicator, read from its name cell (number, side letter, footnote marks and unit bracket removed). */
function rowName(text: string): string {
  return text.replace(SIDE_LETTER.pattern, '').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*※①-⑳]+/g, '').replace(UNIT_IN_NAME, '').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*※①-⑳]+/g, '').replace(/\[\d{1,2}\]|［\d{1,2}］/g, '')
    .replace(/^\d+[.、．]\s*/, '').replace(/^(其中|含|包括)[:：]\s*/, '').trim();
}

/** The facts of one data row under `columns`; `underGdp` when the table's rows so far began with 地区生产总值. */
function rowFacts(report: ReportView, cells: readonly Cell[], columns: readonly Column[], written: number, underGdp = false, spilled?: Cell): Candidate[] {
  const at = alignmentOf(cells, columns, written, spilled !== undefined);
  if (!at) return [];
  const nameCell = nameCellOf(columns, at)!;
  const unitIndex = columns.findIndex((c) => c.role === 'unit');
  const inName = UNIT_IN_NAME.exec(nameCell.text.replace(/\[\d{1,2}\]|［\d{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹⁰*※①-⑳]+$/g, ''));
  const named = rowName(nameCell.text);
  const growthOf = GROWTH_ROW.pattern.exec(named)?.[1];
  const rowUnit = (unitIndex >= 0 ? at(unitIndex)?.text : undefined) || inName?.[1] || null;
  // "生产安全事故死亡人数下降(%)": a row named by a fall, in percent, is the indicator's (negative) change.
  const fallOf = growthOf === undefined && /^%$|百分/.test(rowUnit ?? '') ? FALL_ROW.pattern.exec(named)?.[1] : undefined;
  const name = growthOf ?? fallOf ?? (underGdp ? industryValueAdded(named) : null) ?? named;
  // "地区生产总值增速 | % | 6左右": a row named by its growth is the indicator's growth, as the target list says it.
  const growthRow = /^(.{2,}?)(?:增速|增长率|增幅)$/.exec(name);
  const indicator = canonicalIndicator(growthRow ? growthRow[1]! : name);
  if (!indicator || indicator.length > 30 || NOT_INDICATOR_NOUN.test(name) || WORKS_NAME.test(name)) return [];
  const out: Candidate[] = [];
  for (const [k, cell] of valueCells(columns, at, growthOf !== undefined)) {
    const base = columns[k]!;
    const total = isFiveYearTotal(cell.text);
    const column = total || !base.average ? base : { ...base, growth: true };
    // "〔4.3〕" in the row of a rate or share (%): its change over the span, in points.
    const rateTotal = total && growthOf === undefined && /^%$|百分/.test(rowUnit ?? '');
    const when = periodAndKind(total ? { ...column, span: true } : column, columns, k, report.meta);
    if (!when) continue;
    const m = CELL_VALUE.exec(boundBeforeBracket(cell.text));
    if (!m) {
      if (when.kind === 'target' && WORDED_TARGET.pattern.test(cell.text)) out.push(wordedTarget(indicator, name, growthOf !== undefined, fallOf !== undefined, rowUnit, column, cell, when));
      continue;
    }
    // A trailing word that is no unit ("6.5预期性") makes the cell unreadable, not a bare number.
    const ownUnit = cellUnitOf(cell.text);
    if (m[6] !== undefined && !ownUnit) continue;
    // "12,345.6": a table's thousands separators.
    const sign = fallOf !== undefined ? -1 : 1;
    const first = sign * Number(m[3]!.replace(/,/g, ''));
    const low = m[4] !== undefined ? first : null;
    const high = m[4] !== undefined ? sign * Number(m[4]) : null;
    if (low !== null && high !== null && !(sign * high > sign * low)) continue;
    const range = low !== null && high !== null ? { low: Math.min(low, high), high: Math.max(low, high) } : { low: null, high: null };
    const value = low !== null && high !== null ? Math.round(((low + high) / 2) * 1e9) / 1e9 : first;
    const percent = m[5] !== undefined || /%/.test(cell.text) || column.growth || growthOf !== undefined || /^%$|百分/.test(rowUnit ?? '') ||
      (!rowUnit && !ownUnit && column.unit === '%');
    const unit = percent ? '%' : ownUnit ?? rowUnit ?? column.unit;
    const digit = cell.start + cell.text.search(/-?\d/);
    out.push({
      indicator, measure: fallOf !== undefined || rateTotal ? 'change' : growthOf !== undefined || (growthRow && unit === '%') ? 'growth' : measureIn(column, name, unit, rowUnit),
      value, ...range, unit,
      qualifier: qualifierOf(m[1], m[7], low !== null, when.kind),
      period: when.period as Period, kind: when.kind, tier: 1,
      start: cell.start, end: cell.start + cell.text.length, anchor: digit,
    });
  }
  // SPILLED_TARGET: a worded target written around a row with no values goes into its one empty value column.
  const open = columns.flatMap((c, k) => (c.role === 'value' && (at(k)?.text ?? '') === '' ? [k] : []));
  if (out.length === 0 && spilled && open.length === 1 && !columns.some((c, k) => c.role === 'value' && CELL_VALUE.test(at(k)?.text ?? ''))) {
    const when = periodAndKind(columns[open[0]!]!, columns, open[0]!, report.meta);
    if (when?.kind === 'target') out.push(wordedTarget(indicator, name, growthOf !== undefined, fallOf !== undefined, rowUnit, columns[open[0]!]!, spilled, when));
  }
  return out;
}

/**
 * A PDF cell taller than its row: a worded target ("完成经国家审核衔接后确定的目标") printed half on the line above
 * the row and half on the line below, the row's own cells empty or dashes. The two halves make a WORDED_TARGET
 * and belong to the row's one empty value column.
 */
export const SPILLED_TARGET = {
  id: 'indicator-table.spilled-target',
  examples: [['完成经国家审核衔', '非化石能源占能源消费总量比重(%)\t\t\t—\t约束性', '接后确定的目标']] as const,
};

/**
 * A row whose name cell is empty or one letter of a side label ("境"), right under a line of text that is no
 * row (a PDF export that set the name apart from its cells): the text is the row's name, with the next line
 * when the name leaves a bracket open ("地级及以上城市细颗粒物(PM2.5)浓度(微" / "克/立方米)").
 */
export const NAME_ABOVE_ROW = {
  id: 'indicator-table.name-above-row',
  examples: [['地级及以上城市细颗粒物(PM2.5)浓度(微', '境\t\t完成国家下达指标\t—\t约束性', '克/立方米)']] as const,
};

interface Fragment {
  text: string;
  start: number;
}

/** The row with the name NAME_ABOVE_ROW gives it, or null. */
function namedFromAbove(cells: readonly Cell[], columns: readonly Column[], before: Fragment | undefined, after: Fragment | undefined): Cell[] | null {
  const firstValue = columns.findIndex((c) => c.role === 'value');
  if (!before || firstValue <= 0 || !/[\u4e00-\u9fff]{2}/.test(before.text) || WORDED_TARGET.pattern.test(before.text)) return null;
  if (cells.slice(0, firstValue).some((c) => c.text.length > 1)) return null;
  const open = /[(（][^)）]*$/.test(before.text) && after && /^[^(（]*[)）]/.test(after.text);
  const name = { text: open ? before.text + after.text : before.text, start: before.start };
  return columns.map((_, k) => (k === 0 ? name : cells[k] ?? { text: '', start: name.start }));
}

/** A worded target split around a row (SPILLED_TARGET), as one cell at its upper half. */
function spilledTarget(before: Fragment | undefined, after: Fragment | undefined): Cell | undefined {
  if (!before || !after) return undefined;
  const text = before.text + after.text;
  return WORDED_TARGET.pattern.test(text) ? { text, start: before.start } : undefined;
}

/** A target said in words (WORDED_TARGET): the row's indicator and measure, no value. */
function wordedTarget(indicator: string, name: string, growth: boolean, fall: boolean, rowUnit: string | null, column: Column, cell: Cell,
  when: { period: string; kind: FactKind }): Candidate {
  const unit = growth || fall || /^%$|百分/.test(rowUnit ?? '') ? '%' : rowUnit;
  return {
    indicator, measure: fall ? 'change' : growth ? 'growth' : measureIn(column, name, unit, rowUnit), value: null, low: null, high: null, unit,
    qualifier: 'exact', period: when.period as Period, kind: when.kind, tier: 1,
    start: cell.start, end: cell.start + cell.text.length, anchor: cell.start,
  };
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
function isUpperHeader(cells: readonly string[]): boolean {
  // A data row's cells can hold header words too ("增长(%)" in a name, 预期性): a header cell is short and no
  // row number, attribute or target.
  const headerCell = (t: string) => isHeaderWord(t) && t.length <= 8 && !/^\d+[.、．]/.test(t) && !ATTRIBUTE_CELL.test(t) && !WORDED_TARGET.pattern.test(t);
  return cells.some((t) => t !== '' && headerCell(t)) && cells.every((t) => t === '' || headerCell(t) || /^[\u4e00-\u9fff]$/.test(t));
}

export function stackedHeader(upper: readonly string[], lower: readonly string[]): string[] | null {
  if (upper.length !== lower.length || !isUpperHeader(upper) || !isUpperHeader(lower)) return null;
  return lower.map((t, k) => upper[k]! + t);
}

/**
 * A row with no name, right under a named row (a PDF export's row whose values were set a line lower than its
 * name, "| 4.每万人口高价值发明专利拥有量(件) | | 预期性 |" then "| | 43 | — | |"): it continues that row.
 */
export const CONTINUED_ROW = {
  id: 'indicator-table.continued-row',
  examples: [['指标\t2030年\t属性', '13.3岁以下婴幼儿入托率(%)\t\t预期性', '\t20\t', 20]] as const,
};

/** The row `cells` with the name cell of the row above put in, when it has no name of its own. */
function continuedRow(cells: readonly Cell[], columns: readonly Column[], above: { index: number; cell: Cell } | null): Cell[] | null {
  const firstValue = columns.findIndex((c) => c.role === 'value');
  if (!above || firstValue <= above.index || cells.length > columns.length) return null;
  if (cells.slice(0, firstValue).some((c) => c.text !== '') || !cells.some((c) => c.text !== '')) return null;
  return cells.map((c, k) => (k === above.index ? above.cell : c));
}

/** The index and cell of a row's name, when the row is read under `columns` as written (no shift). */
function namedAt(cells: readonly Cell[], columns: readonly Column[]): { index: number; cell: Cell } | null {
  const cell = nameCellOf(columns, (k) => cells[k]);
  return cell ? { index: cells.indexOf(cell), cell } : null;
}

export const indicatorTables: Extractor = {
  name: 'indicator-table',
  order: 5,
  extract(report) {
    const out: Candidate[] = [];
    let columns: Column[] | null = null;
    // The last row of header words seen (STACKED_HEADER), the last named row (CONTINUED_ROW), and whether the
    // table's first row was 地区生产总值 (GDP_BY_INDUSTRY).
    let upper: { cells: Cell[]; line: number } | null = null;
    let above: { index: number; cell: Cell } | null = null;
    let underGdp = false;
    let rows = 0;
    // The text line just above the current row, when it is no row (NAME_ABOVE_ROW, SPILLED_TARGET).
    let before: Fragment | undefined;
    const fragmentAfter = (i: number): Fragment | undefined => {
      let j = i + 1;
      while (j < report.lines.length && !report.lines[j]!.text.trim()) j++;
      const line = report.lines[j];
      if (!line || line.text.includes('\t') || !LAYOUT_DEBRIS_LINE.pattern.test(line.text.trim())) return undefined;
      const t = line.text.trim();
      return { text: t, start: line.start + line.text.indexOf(t) };
    };
    for (let i = 0; i < report.lines.length; i++) {
      const text = report.lines[i]!.text;
      if (!text.trim()) continue;
      // A line without a tab ends the table (blank lines between rows do not), except a category label
      // between rows (CATEGORY_LINE) or the page layout's debris (LAYOUT_DEBRIS_LINE).
      if (!text.includes('\t')) {
        const t = text.trim();
        if (!(CATEGORY_LINE.pattern.test(t) || LAYOUT_DEBRIS_LINE.pattern.test(t))) columns = upper = null;
        above = null;
        before = { text: t, start: report.lines[i]!.start + text.indexOf(t) };
        continue;
      }
      const cells = cellsOf(report, i);
      const written = text.split('\t');
      const stacked = upper && i - upper.line <= 12 ? stackedHeader(upper.cells.map((c) => c.text), written.map((t) => t.trim())) : null;
      const header = (stacked ? headerOf(stacked.map((t) => ({ text: t, start: 0 }))) : null) ?? headerOf(cells);
      if (header) {
        columns = header;
        upper = null;
        above = null;
        underGdp = false;
        rows = 0;
        // The header's second row, if it has one, completes it (TWO_ROW_HEADER).
        let j = i + 1;
        while (j < report.lines.length && !report.lines[j]!.text.trim()) j++;
        const lower = j < report.lines.length && report.lines[j]!.text.includes('\t') ? cellsOf(report, j) : [];
        const both = twoRowHeader(cells.map((c) => c.text), lower.map((c) => c.text));
        // Or a row of header words under it, cell for cell (STACKED_HEADER: "基期值" over "2025年").
        const under = !both && lower.length > 0 ? stackedHeader(written.map((t) => t.trim()), report.lines[j]!.text.split('\t').map((t) => t.trim())) : null;
        const composed = both ?? under ? headerOf((both ?? under)!.map((text) => ({ text, start: 0 }))) : null;
        if (composed) {
          columns = composed;
          i = j;
        }
        continue;
      }
      const words = written.map((t) => t.trim());
      if (isUpperHeader(words)) {
        upper = { cells: written.map((t) => ({ text: t.trim(), start: 0 })), line: i };
        continue;
      }
      if (!columns) continue;
      const whole = written.map((t, k) => cells[k] ?? { text: t.trim(), start: report.lines[i]!.start });
      const fragment = before;
      before = undefined;
      const after = fragmentAfter(i);
      const continued = continuedRow(whole, columns, above);
      const fromAbove = continued || nameCellOf(columns, (k) => whole[k]) ? null : namedFromAbove(whole, columns, fragment, after);
      const row = continued ?? fromAbove ?? cells;
      const facts = rowFacts(report, row, columns, written.length, underGdp, spilledTarget(fragment, after));
      out.push(...facts);
      if (!continued) above = namedAt(whole, columns);
      if (rows++ === 0) underGdp = facts.some((f) => f.indicator === '地区生产总值');
    }
    return out;
  },
};
