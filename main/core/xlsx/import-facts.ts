// A colleague's sheet (plain rows from the isolated parser) + a mapping → facts, or the list of every cell
// that stops the import. All-or-nothing is the caller's transaction; this function only decides. Each fact
// carries its origin: file, sheet, and the cell its value came from.
import type { NewFact } from '../store/workspace';
import type { FactKind, Measure, Qualifier, ReviewStatus } from '../types';
import {
  cellText, isBlank, readKind, readMeasure, readNumber, readQualifier, readStatus, type CellValue, type Read,
} from './cell-values';
import { columnName, resolveColumn, type ImportMapping, type MappedField } from './import-mapping';
import { isNoData, periodCell, resolvedHeader, tableEnd } from './import-layout';
import { cellMessageZh, suggestFix } from './import-fix';
import type { CellFix } from './import-mapping';
import { sayIn, worded, type MessageId, type MessageParams, type Said } from '../messages';

export interface SheetRows {
  name: string;
  rows: CellValue[][];
  percentCells: string[];
}

export interface WorkbookRows {
  fileName: string;
  sheets: SheetRows[];
}

export interface CellError {
  /** 1-based position of the sheet, as "Sheet 2" in the message. */
  sheetIndex: number;
  sheet: string;
  /** A1 address; the header cell for a mapping problem. */
  cell: string;
  value: string;
  message: string;
  /** The same in Chinese, naming the sheet by its name: 工作表“数据”D14:… */
  messageZh: string;
  /** A value cell written in words ("约6%"): the fix the wizard offers in one click (mapping.fixes). */
  fix?: CellFix;
}

export interface ImportReading {
  facts: NewFact[];
  errors: CellError[];
  /** Errors beyond those listed (the list stops at MAX_ERRORS). */
  moreErrors: number;
  sheet: string;
  /** Value cells that say there is no figure (empty, —, -, …, 待统计): skipped, not errors. */
  noData: { count: number; cells: string[] };
  /** The note row the table stops at (注:…, 资料来源:…), 1-based; null when the data runs to the end. */
  stoppedAt: { row: number; text: string; rule: string } | null;
}

const MAX_ERRORS = 500;

/** A mapping that does not fit the sheet; `zh` says the same in Chinese for the wizard. */
/** A mapping that does not fit the sheet: the user's choice to correct, worded from the catalogue. */
export class MappingError extends Error {
  readonly say: Said;
  constructor(id: MessageId, params: MessageParams) {
    const say: Said = { id, params };
    super(sayIn('en', say));
    this.say = say;
  }
}

/** The mapped fields as the import wizard names them in Chinese; in English, by their own names. */
const FIELD_ZH: Record<MappedField, string> = {
  indicator: '指标', region: '地区', period: '期间', kind: '类型', measure: '口径', unit: '单位', value: '数值',
  low: '下限', high: '上限', qualifier: '限定', status: '审核状态', quote: '原文',
};

function findSheet(book: WorkbookRows, ref: string): { sheet: SheetRows; index: number } {
  let index = book.sheets.findIndex((s) => s.name === ref);
  if (index < 0 && /^\d+$/.test(ref)) index = Number(ref) - 1;
  const sheet = book.sheets[index];
  if (!sheet) {
    const sheets = worded(book.sheets.map((s) => `“${s.name}”`).join('、'), book.sheets.map((s) => `"${s.name}"`).join(', '));
    throw new MappingError('mapping.no-sheet', { file: book.fileName, sheet: ref, sheets });
  }
  return { sheet, index };
}

export function readImport(book: WorkbookRows, mapping: ImportMapping): ImportReading {
  const { sheet, index } = findSheet(book, mapping.sheet);
  const header = resolvedHeader(sheet.rows, mapping.headerRow - 1);
  const cols = new Map<MappedField, number>();
  for (const [field, ref] of Object.entries(mapping.columns) as [MappedField, string | null | undefined][]) {
    if (ref == null || ref === '') continue;
    const c = resolveColumn(ref, header);
    if (c === null) {
      throw new MappingError('mapping.no-column', { file: book.fileName, sheet: index + 1, sheetName: sheet.name, column: ref, field: worded(FIELD_ZH[field], field), row: mapping.headerRow });
    }
    cols.set(field, c);
  }
  if (mapping.form === 'long' && !cols.has('value') && !cols.has('low')) throw new MappingError('mapping.needs-value', {});
  if (mapping.form === 'long' && !cols.has('period')) throw new MappingError('mapping.needs-period', {});
  if (!cols.has('region') && !mapping.defaults.region) throw new MappingError('mapping.needs-region', { sheetName: sheet.name });

  const errors: CellError[] = [];
  let moreErrors = 0;
  const percent = new Set(sheet.percentCells);
  const noData = { count: 0, cells: [] as string[] };
  const skipped = (r: number, c: number) => {
    noData.count++;
    if (noData.cells.length < 50) noData.cells.push(`${columnName(c)}${r + 1}`);
  };
  const fail = (r: number, c: number, v: CellValue | undefined, why: string) => {
    if (errors.length >= MAX_ERRORS) {
      moreErrors++;
      return;
    }
    const cell = `${columnName(c)}${r + 1}`;
    const value = cellText(v);
    const fix = / is not a number/.test(why) ? suggestFix(value) : null;
    errors.push({ sheetIndex: index + 1, sheet: sheet.name, cell, value, message: `Sheet ${index + 1}, ${cell}: ${why}`, messageZh: cellMessageZh(book.fileName, sheet.name, cell, value, why), ...(fix ? { fix } : {}) });
  };
  const fixes = mapping.fixes ?? {};
  const fixAt = (r: number, c: number): CellFix | undefined => {
    const a1 = `${columnName(c)}${r + 1}`;
    return Object.hasOwn(fixes, a1) ? fixes[a1] : undefined;
  };
  /** Reads a mapped cell; a blank gives the fallback, a refusal is recorded and gives undefined. */
  const read = <T>(row: CellValue[], r: number, field: MappedField, parse: (v: CellValue) => Read<T>, fallback: T): T | undefined => {
    const c = cols.get(field);
    if (c === undefined || isBlank(row[c])) return fallback;
    const got = parse(row[c]!);
    if (got.ok) return got.value;
    fail(r, c, row[c], got.why);
    return undefined;
  };
  const text = (row: CellValue[], field: MappedField): string | null => {
    const c = cols.get(field);
    return c === undefined || isBlank(row[c]) ? null : cellText(row[c]);
  };
  /** A number from a cell; a percent-formatted cell (0.06 shown as 6%) becomes 6 in unit %. */
  const num = (row: CellValue[], r: number, c: number | undefined): { value: number | null; pct: boolean; fix?: CellFix } | undefined => {
    const fix = c === undefined ? undefined : fixAt(r, c);
    if (fix) return { value: fix.value ?? null, pct: false, fix };
    if (c === undefined || isNoData(row[c])) return { value: null, pct: false };
    const got = readNumber(row[c]!);
    if (!got.ok) {
      fail(r, c, row[c], got.why);
      return undefined;
    }
    const pct = percent.has(`${columnName(c)}${r + 1}`);
    return { value: pct ? Math.round(got.value * 100 * 1e9) / 1e9 : got.value, pct };
  };

  // Wide form: every header cell to the right that reads as a period is a column of values.
  const periodCols: { c: number; period: string }[] = [];
  if (mapping.form === 'wide') {
    const labelCols = new Set(cols.values());
    header.forEach((h, c) => {
      if (labelCols.has(c) || isBlank(h)) return;
      const p = periodCell(h);
      if (p.ok) periodCols.push({ c, period: p.value });
    });
    if (!periodCols.length) {
      // Headers as sheets write them, which are the same characters in either language.
      const examples = worded('2019、2024H1、2024年上半年、2024年前三季度', '2019, 2024H1, 2024年上半年 …');
      throw new MappingError('mapping.no-period-columns', { file: book.fileName, sheet: index + 1, sheetName: sheet.name, row: mapping.headerRow, examples });
    }
  }

  const facts: NewFact[] = [];
  const { end, note } = tableEnd(sheet.rows, mapping.headerRow);
  for (let r = mapping.headerRow; r < end; r++) {
    const row = sheet.rows[r]!;
    if (row.every(isBlank)) continue;
    const indicator = text(row, 'indicator');
    const indicatorCol = cols.get('indicator')!;
    const region = text(row, 'region') ?? mapping.defaults.region ?? null;
    const kind = read<FactKind>(row, r, 'kind', readKind, mapping.defaults.kind ?? 'actual');
    const unitText = text(row, 'unit') ?? mapping.defaults.unit ?? null;
    const measureIn = read<Measure | null>(row, r, 'measure', readMeasure, mapping.defaults.measure ?? null);
    const qualifierIn = read<Qualifier | null>(row, r, 'qualifier', readQualifier, null);
    const status: ReviewStatus = readStatus(text(row, 'status'));
    const quote = text(row, 'quote');
    if (!indicator) {
      fail(r, indicatorCol, row[indicatorCol], 'the indicator is empty; write its name (for example 地区生产总值)');
      continue;
    }
    if (!region) {
      fail(r, cols.get('region') ?? indicatorCol, null, 'the region is empty; write it or set a default region');
      continue;
    }
    if (kind === undefined || measureIn === undefined || qualifierIn === undefined) continue;

    const points: { period: string; c: number; value: number | null; low: number | null; high: number | null; pct: boolean; fix?: CellFix }[] = [];
    if (mapping.form === 'long') {
      const period = read<string | null>(row, r, 'period', periodCell, null);
      const valueCol = cols.get('value') ?? cols.get('low')!;
      const v = num(row, r, cols.get('value'));
      const lo = num(row, r, cols.get('low'));
      const hi = num(row, r, cols.get('high'));
      if (period === undefined || !v || !lo || !hi) continue;
      if (period === null) {
        fail(r, cols.get('period')!, null, 'the period is empty; write a year such as 2024 or 2024H1');
        continue;
      }
      const fix = v.fix;
      const [low, high] = fix?.low !== undefined && fix.high !== undefined ? [fix.low, fix.high] : [lo.value, hi.value];
      if (v.value === null && low === null && high === null) {
        skipped(r, valueCol);
        continue;
      }
      points.push({ period, c: valueCol, value: v.value, low, high, pct: v.pct || lo.pct || hi.pct, fix });
    } else {
      for (const { c, period } of periodCols) {
        const v = num(row, r, c);
        const ranged = v?.fix?.low !== undefined && v.fix.high !== undefined;
        if (v && (v.value !== null || ranged)) points.push({ period, c, value: v.value, low: ranged ? v.fix!.low! : null, high: ranged ? v.fix!.high! : null, pct: v.pct, fix: v.fix });
        else if (v) skipped(r, c);
      }
    }
    for (const p of points) {
      const unit = p.fix?.unit ?? unitText ?? (p.pct ? '%' : null);
      const measure: Measure = measureIn ?? (unit === '%' ? 'growth' : 'level');
      const qualifier: Qualifier = p.fix?.qualifier ?? qualifierIn ?? (p.low !== null && p.high !== null ? 'range' : 'exact');
      const value = p.value ?? (p.low !== null && p.high !== null ? (p.low + p.high) / 2 : null);
      facts.push({
        indicator, measure, value, low: p.low, high: p.high, unit, qualifier, period: p.period as NewFact['period'], kind, region,
        start: null, end: null, tier: null, quote, status, origin: { file: book.fileName, sheet: sheet.name, cell: `${columnName(p.c)}${r + 1}` },
      });
    }
  }
  return { facts, errors, moreErrors, sheet: sheet.name, noData, stoppedAt: note };
}
