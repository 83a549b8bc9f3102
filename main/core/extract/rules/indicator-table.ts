// Tables of main indicators: five-year plans and some annual reports give their headline indicators as a table
// ("指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性"). Web pages carry a table's cells as <td>s, which normalization
// turns into tab-separated lines; a table copied out of a browser arrives the same way, and a table aligned
// with spaces (a PDF or plain-text copy) is given tabs by normalize/space-columns.ts. Each value cell is one
// fact: the row names the indicator (and often its unit), the column header its year and kind. A row is read
// only when its cells can be put under the header without guessing (SHORT_ROW, fits); otherwise it is skipped.
import { canonicalIndicator } from '../../catalog';
import type { FactKind, Measure, Period, Qualifier } from '../../types';
import type { Candidate, Extractor, ReportView } from '../types';
import { measureOf } from '../judge';
import { unitClassOf } from '../numbers';
import { NOT_INDICATOR_NOUN } from '../words';
import {
  ATTRIBUTE_CELL, CATEGORY_LINE, CELL_VALUE, UNIT_IN_NAME, VALUE, cellUnitOf, cellsOf, headerOf, isUpperHeader, periodAndKind, stackedHeader, twoRowHeader,
  type Cell, type Column,
} from './table-columns';
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
