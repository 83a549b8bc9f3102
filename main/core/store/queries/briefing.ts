// What the briefing workbook's facts sheet reads: the statements behind a pivot (its filters and status rule,
// the same as its cells), every column the sheet shows, in series order, each with the report it came from.
import type { PivotSpec } from '../../pivot/spec';
import type { Fact, FactOrigin } from '../../types';
import type { Workspace } from '../workspace';
import { cellsReader, FACT_KINDS, MEASURES, QUALIFIERS, REVIEW_STATUSES, type RowReader } from './decode';
import { reportHeaders } from './documents';
import { whereClause } from './pivot-sql';

export interface StatementBehindPivot extends Pick<Fact, 'id' | 'indicator' | 'region' | 'measure' | 'period' | 'kind' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'status' | 'quote' | 'origin'> {
  reportTitle: string | null;
  reportPeriod: string | null;
}

interface Report {
  title: string;
  period: string;
}

const COLUMNS = ['id', 'indicator', 'region', 'measure', 'period', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'status', 'quote', 'origin', 'document_id'] as const;

/**
 * The statements a pivot is made of (with no pivot, every statement not rejected). Read positionally from one
 * prepared statement: an export can hold 100,000 facts, and a keyed object per row would cost more than the query.
 */
export function statementsBehindPivot(ws: Workspace, spec: PivotSpec | null): StatementBehindPivot[] {
  const where = spec ? whereClause(spec) : { sql: "f.status <> 'rejected'", params: [] };
  // Reports are few: looked up from a map rather than joined into each of (possibly) 100,000 rows.
  const reports = new Map(reportHeaders(ws).map((d) => [d.id, d] as const));
  const cells = cellsReader('facts', COLUMNS);
  const stmt = ws.db.prepare(`SELECT ${COLUMNS.map((c) => `f.${c}`).join(', ')} FROM facts f WHERE ${where.sql} ORDER BY f.region, f.indicator, f.measure, f.period, f.kind`);
  const out: StatementBehindPivot[] = [];
  try {
    stmt.bind(where.params);
    while (stmt.step()) out.push(statementOf(cells(stmt.get()), reports));
  } finally {
    stmt.free();
  }
  return out;
}

function statementOf(r: RowReader, reports: ReadonlyMap<number, Report>): StatementBehindPivot {
  const documentId = r.numOrNull('document_id');
  const report = documentId === null ? undefined : reports.get(documentId);
  return {
    id: r.num('id'), indicator: r.text('indicator'), region: r.text('region'), measure: r.oneOf('measure', MEASURES), period: r.text('period'),
    kind: r.oneOf('kind', FACT_KINDS), value: r.numOrNull('value'), low: r.numOrNull('low'), high: r.numOrNull('high'), unit: r.textOrNull('unit'),
    qualifier: r.oneOf('qualifier', QUALIFIERS), status: r.oneOf('status', REVIEW_STATUSES), quote: r.textOrNull('quote'),
    origin: originOf(r.textOrNull('origin')), reportTitle: report?.title ?? null, reportPeriod: report?.period ?? null,
  };
}

/** An origin that does not parse shows as none: the export copies what it can rather than refuse the whole workbook. */
function originOf(text: string | null): FactOrigin | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as FactOrigin;
  } catch {
    return null;
  }
}
