// PivotSpec -> one GROUP BY query over the finest cells (all row and column fields). Totals and subtotals are
// merged from these partial aggregates in JS (SQLite has no ROLLUP), which keeps a mean total the mean of
// all statements rather than a mean of means.
import type { SqlValue } from 'sql.js';
import { bestValueOrder, reportDateSql, rowToFact, type Workspace } from '../workspace';
import type { Fact } from '../../types';
import { read } from './decode';
import type { PivotCoordinates, PivotField, PivotSpec } from '../../pivot/spec';

/** The column each field reads from `facts f` (report = document id as text; '' = not from a report). */
export const FIELD_SQL: Record<PivotField, string> = {
  indicator: 'f.indicator',
  region: 'f.region',
  period: 'f.period',
  kind: 'f.kind',
  measure: 'f.measure',
  report: "COALESCE(CAST(f.document_id AS TEXT), '')",
  unit: "COALESCE(f.unit, '')",
  status: 'f.status',
};

/**
 * A sortable number for a period with the same order as comparePeriods: end year, then the part of the year
 * (Q1 < Q2 < H1 < Q3 < H2 < Q4 < year), then span length; text that is not a period sorts last.
 */
export const PERIOD_ORDER_SQL = `CASE
  WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(f.period AS INTEGER) * 1000 + 500
  WHEN f.period GLOB '[0-9][0-9][0-9][0-9][HQ][1-4]' THEN CAST(substr(f.period, 1, 4) AS INTEGER) * 1000 +
    CASE substr(f.period, 5) WHEN 'Q1' THEN 100 WHEN 'Q2' THEN 200 WHEN 'H1' THEN 250 WHEN 'Q3' THEN 300
      WHEN 'H2' THEN 400 WHEN 'Q4' THEN 450 ELSE 900 END
  WHEN f.period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]' THEN CAST(substr(f.period, 6, 4) AS INTEGER) * 1000 + 500 +
    (CAST(substr(f.period, 6, 4) AS INTEGER) - CAST(substr(f.period, 1, 4) AS INTEGER))
  ELSE 999999999 END`;

/** The newest statement first: the report's date (the store's rule), then insertion order. */
const REPORT_DATE_KEY = `COALESCE(${reportDateSql('d')}, f.created_at) || '|' || printf('%012d', f.id)`;
const PERIOD_KEY = `printf('%010d|%012d', ${PERIOD_ORDER_SQL}, f.id)`;

/** Up to this many filter values are bound one by one (SQLite can then use an index on the column). */
const PLACEHOLDER_LIMIT = 500;

/**
 * `expr IN (…values)`. SQLite takes at most 32,766 bound values in one statement: a longer list (a filter on
 * every report's every indicator) is bound once, as a JSON array read with json_each.
 */
export function oneOf(expr: string, values: readonly string[]): { sql: string; params: SqlValue[] } {
  if (values.length <= PLACEHOLDER_LIMIT) return { sql: `${expr} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
  return { sql: `${expr} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] };
}

/** The WHERE clause shared by the pivot query and drilling: value present, status rule, filters, coordinates. */
export function whereClause(spec: PivotSpec, coords: PivotCoordinates = {}): { sql: string; params: SqlValue[] } {
  const parts = ['f.value IS NOT NULL'];
  const params: SqlValue[] = [];
  const statusFilter = spec.filters.status;
  if (spec.acceptedOnly) parts.push(`f.status = 'accepted'`);
  // A rejected statement never counts, unless the user asked to see rejected ones by filtering on status.
  // The term is kept literally whenever it holds, so SQLite can use the partial index pivot_facts_cover.
  if (!statusFilter?.includes('rejected')) parts.push(`f.status <> 'rejected'`);
  for (const [field, values] of Object.entries(spec.filters) as [PivotField, string[] | undefined][]) {
    if (!values || values.length === 0) continue;
    const term = oneOf(FIELD_SQL[field], values);
    parts.push(term.sql);
    params.push(...term.params);
  }
  for (const [field, value] of Object.entries(coords) as [PivotField, string | undefined][]) {
    if (value === undefined) continue;
    parts.push(`${FIELD_SQL[field]} = ?`);
    params.push(value);
  }
  return { sql: parts.join(' AND '), params };
}

/** Whether the query needs the documents table (report dates for `latest`). */
function needsDocuments(spec: PivotSpec): boolean {
  return spec.value.aggregation === 'latest';
}

export interface CellQuery {
  sql: string;
  params: SqlValue[];
  /** Result columns 0..N-1 hold the group values in the order rows then columns. */
  groupFields: PivotField[];
  /** Names of the aggregate columns that follow the group values, in order. */
  measures: string[];
}

/**
 * The finest-cell query, computing only what the aggregation needs (every extra aggregate costs per row):
 * n (statements), s (sum), lo/hi, and the units seen as u_lo/u_hi/u_n (min and max unit and how many carry
 * one: a cell mixes units when u_lo <> u_hi, or when some statements have a unit and others none).
 * first/last/latest use SQLite's bare-column rule (the value of the row holding the single max()/min() key),
 * so their units come as a distinct list instead.
 */
export function cellQuery(spec: PivotSpec): CellQuery {
  const groupFields = [...spec.rows, ...spec.columns];
  const groups = groupFields.map((f, i) => `${FIELD_SQL[f]} AS g${i}`);
  const where = whereClause(spec);
  const agg = spec.value.aggregation;
  const m: [string, string][] = [['n', 'count(*)']];
  const units: [string, string][] = [['u_lo', 'min(f.unit)'], ['u_hi', 'max(f.unit)'], ['u_n', 'count(f.unit)']];
  if (agg === 'first' || agg === 'last' || agg === 'latest') {
    const key = agg === 'latest' ? REPORT_DATE_KEY : PERIOD_KEY;
    m.push(['k', `${agg === 'first' ? 'min' : 'max'}(${key})`], ['pick', 'f.value'], ['units', `group_concat(DISTINCT COALESCE(f.unit, ''))`]);
  } else if (agg === 'sum' || agg === 'mean') m.push(['s', 'sum(f.value)'], ...units);
  else if (agg === 'min') m.push(['lo', 'min(f.value)'], ...units);
  else if (agg === 'max') m.push(['hi', 'max(f.value)'], ...units);
  const from = needsDocuments(spec) ? 'facts f LEFT JOIN documents d ON d.id = f.document_id' : 'facts f';
  const select = [...groups, ...m.map(([name, expr]) => `${expr} AS ${name}`)].join(', ');
  const groupBy = groupFields.length ? `GROUP BY ${groupFields.map((_, i) => `g${i}`).join(', ')}` : '';
  return { sql: `SELECT ${select} FROM ${from} WHERE ${where.sql} ${groupBy}`, params: where.params, groupFields, measures: m.map(([name]) => name) };
}

/** The statements behind one cell (drill), with the sentence they were read from. */
export function drillQuery(spec: PivotSpec, coords: PivotCoordinates): { sql: string; params: SqlValue[] } {
  const where = whereClause(spec, coords);
  return {
    sql: `SELECT f.*, d.title AS document_title, d.file_name AS document_file, d.published AS document_published
          FROM facts f LEFT JOIN documents d ON d.id = f.document_id
          WHERE ${where.sql}
          ORDER BY ${PERIOD_ORDER_SQL}, COALESCE(${reportDateSql('d')}, f.created_at), f.id`,
    params: where.params,
  };
}

/** The same finest-cell query answered from temp.pivot_summary (see summary.ts); same result columns. */
export function summaryCellQuery(spec: PivotSpec): CellQuery {
  const groupFields = [...spec.rows, ...spec.columns];
  const col = (f: PivotField) => `f.${f}`; // summary columns are named after the fields; unit is already '' for none
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (spec.acceptedOnly) parts.push(`f.status = 'accepted'`);
  for (const [field, values] of Object.entries(spec.filters) as [PivotField, string[] | undefined][]) {
    if (!values || values.length === 0) continue;
    const term = oneOf(col(field), values);
    parts.push(term.sql);
    params.push(...term.params);
  }
  const agg = spec.value.aggregation;
  const m: [string, string][] = [['n', 'sum(f.n)']];
  const units: [string, string][] = [['u_lo', `min(NULLIF(f.unit, ''))`], ['u_hi', `max(NULLIF(f.unit, ''))`], ['u_n', `sum(CASE WHEN f.unit <> '' THEN f.n ELSE 0 END)`]];
  if (agg === 'sum' || agg === 'mean') m.push(['s', 'sum(f.s)'], ...units);
  else if (agg === 'min') m.push(['lo', 'min(f.lo)'], ...units);
  else if (agg === 'max') m.push(['hi', 'max(f.hi)'], ...units);
  const select = [...groupFields.map((f, i) => `${col(f)} AS g${i}`), ...m.map(([name, expr]) => `${expr} AS ${name}`)].join(', ');
  const groupBy = groupFields.length ? `GROUP BY ${groupFields.map((_, i) => `g${i}`).join(', ')}` : '';
  return {
    sql: `SELECT ${select} FROM temp.pivot_summary f ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ${groupBy}`,
    params, groupFields, measures: m.map(([name]) => name),
  };
}

/** Runs a built query row by row as arrays (a pivot reads up to a million rows: no object per row). */
export function eachRowAsArray(ws: Workspace, q: { sql: string; params: SqlValue[] }, onRow: (values: SqlValue[]) => void): void {
  const stmt = ws.db.prepare(q.sql);
  try {
    stmt.bind(q.params);
    while (stmt.step()) onRow(stmt.get());
  } finally {
    stmt.free();
  }
}

/** Runs a built query row by row as column → value objects. */
export function eachRowAsObject(ws: Workspace, q: { sql: string; params: SqlValue[] }, onRow: (row: Record<string, SqlValue>) => void): void {
  const stmt = ws.db.prepare(q.sql);
  try {
    stmt.bind(q.params);
    while (stmt.step()) onRow(stmt.getAsObject());
  } finally {
    stmt.free();
  }
}

/** How many statements with a value take each value of `field` (status counts rejected ones too, so they can be filtered in). */
export function fieldValueCounts(ws: Workspace, field: PivotField): { value: string; count: number }[] {
  const where = field === 'status' ? 'f.value IS NOT NULL' : `f.value IS NOT NULL AND f.status <> 'rejected'`;
  return ws.all(`SELECT ${FIELD_SQL[field]} AS v, count(*) AS n FROM facts f WHERE ${where} GROUP BY v`).map((row) => {
    const r = read('facts', row);
    return { value: r.textOrNull('v') ?? '', count: r.num('n') };
  });
}

export interface SeriesFilter {
  indicator: string;
  measure?: string;
  region?: string;
  /** Only accepted statements (else any not rejected). */
  acceptedOnly: boolean;
  periods?: readonly string[];
}

/** One best statement (bestValueOrder) per series, period and target-or-outcome, with its report's title. */
export function bestSeriesPoints(ws: Workspace, key: SeriesFilter): { fact: Fact; documentTitle: string | null }[] {
  const where = ['f.indicator = ?', 'f.value IS NOT NULL', key.acceptedOnly ? `f.status = 'accepted'` : `f.status <> 'rejected'`];
  const params: string[] = [key.indicator];
  if (key.measure) {
    where.push('f.measure = ?');
    params.push(key.measure);
  }
  if (key.region) {
    where.push('f.region = ?');
    params.push(key.region);
  }
  if (key.periods?.length) {
    where.push(`f.period IN (${key.periods.map(() => '?').join(', ')})`);
    params.push(...key.periods);
  }
  const rows = ws.all(
    `SELECT * FROM (
       SELECT f.*, d.title AS document_title, row_number() OVER (
         PARTITION BY f.region, f.measure, COALESCE(f.unit, ''), f.period, f.kind = 'target' ORDER BY ${bestValueOrder}) AS rn
       FROM facts f LEFT JOIN documents d ON d.id = f.document_id WHERE ${where.join(' AND ')})
     WHERE rn = 1`,
    params,
  );
  return rows.map((row) => ({ fact: rowToFact(row), documentTitle: read('documents', row).textOrNull('document_title') }));
}
