// What the scorecard and the plan tracker read: statements in best-value order (the first of each point is the
// one that counts), checked as they are decoded.
import type { SqlValue } from 'sql.js';
import type { Fact, FactKind } from '../../types';
import { bestValueOrder, reportDateSql, type Workspace } from '../workspace';
import { cellsReader, FACT_KINDS, MEASURES, QUALIFIERS, read, REVIEW_STATUSES } from './decode';

/** The columns of a stored fact the scorecard and the plan tracker read. */
type StatedValue = Pick<Fact, 'id' | 'documentId' | 'region' | 'indicator' | 'measure' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'period' | 'tier'>;

export interface TargetStatement extends StatedValue {
  /** The period of the report the target was stated in. */
  documentPeriod: string | null;
}

/** Every target not rejected, by series and period, best statement first. */
export function targetsInBestOrder(ws: Workspace): TargetStatement[] {
  return ws.all(
    `SELECT f.id, f.document_id, f.region, f.indicator, f.measure, f.value, f.low, f.high, f.unit, f.qualifier, f.period, f.tier,
            d.period AS document_period
     FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.kind = 'target' AND f.status <> 'rejected'
     ORDER BY f.region, f.indicator, f.measure, f.period, ${bestValueOrder}`,
  ).map((row) => {
    const r = read('facts', row);
    return {
      id: r.num('id'), documentId: r.numOrNull('document_id'), region: r.text('region'), indicator: r.text('indicator'),
      measure: r.oneOf('measure', MEASURES), value: r.numOrNull('value'), low: r.numOrNull('low'), high: r.numOrNull('high'), unit: r.textOrNull('unit'),
      qualifier: r.oneOf('qualifier', QUALIFIERS), period: r.text('period'), tier: r.numOrNull('tier'), documentPeriod: r.textOrNull('document_period'),
    };
  });
}

export interface YearOutcome {
  region: string;
  indicator: string;
  measure: string;
  value: number;
  unit: string | null;
  period: string;
}

/** Full-year outcomes (actual or estimate, exact or approximate), by series and year, best statement first. */
export function yearOutcomesInBestOrder(ws: Workspace): YearOutcome[] {
  return ws.all(
    `SELECT f.id, f.region, f.indicator, f.measure, f.value, f.unit, f.period
     FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.kind IN ('actual', 'estimate') AND f.status <> 'rejected' AND f.value IS NOT NULL AND f.qualifier IN ('exact', 'approx')
       AND length(f.period) = 4
     ORDER BY f.region, f.indicator, f.measure, f.period, ${bestValueOrder}`,
  ).map((row) => {
    const r = read('facts', row);
    return { region: r.text('region'), indicator: r.text('indicator'), measure: r.text('measure'), value: r.num('value'), unit: r.textOrNull('unit'), period: r.text('period') };
  });
}

export interface ScoredStatement extends StatedValue {
  kind: FactKind;
  /** Only for shares: read to recognise a report's own completion share ("完成年度计划50.4%"). */
  quote: string | null;
  start: number | null;
  status: string;
  published: string | null;
}

const COLUMNS = ['id', 'document_id', 'region', 'indicator', 'measure', 'value', 'low', 'high', 'unit', 'qualifier', 'period', 'kind', 'quote', 'status', 'published', 'span_start', 'tier'] as const;

/**
 * Every statement not rejected, by series and period, best statement first; with `asOfReport`, only what that
 * report knew (its own statements and those of reports dated no later). Read as arrays (db.exec), not one object
 * per row: on 100k+ facts building row objects costs more than the query; each cell is still checked.
 */
export function statementsInBestOrder(ws: Workspace, asOfReport?: number): ScoredStatement[] {
  const result = ws.db.exec(
    `SELECT f.id, f.document_id, f.region, f.indicator, f.measure, f.value, f.low, f.high, f.unit, f.qualifier, f.period,
            f.kind, CASE WHEN f.measure = 'share' THEN f.quote END, f.status, d.published, f.span_start, f.tier
     FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.status <> 'rejected'${asOfReport === undefined ? '' : `
       AND (f.document_id = ? OR (d.id IS NOT NULL AND ${reportDateSql('d')} <= (SELECT ${reportDateSql('r')} FROM documents r WHERE r.id = ?)))`}
     ORDER BY f.region, f.indicator, f.measure, f.period, ${bestValueOrder}`,
    asOfReport === undefined ? undefined : [asOfReport, asOfReport],
  )[0];
  return (result?.values ?? []).map(statementOf);
}

const statementCells = cellsReader('facts', COLUMNS);

function statementOf(cells: readonly SqlValue[]): ScoredStatement {
  const r = statementCells(cells);
  return {
    id: r.num('id'), documentId: r.numOrNull('document_id'), region: r.text('region'), indicator: r.text('indicator'),
    measure: r.oneOf('measure', MEASURES), value: r.numOrNull('value'), low: r.numOrNull('low'), high: r.numOrNull('high'), unit: r.textOrNull('unit'),
    qualifier: r.oneOf('qualifier', QUALIFIERS), period: r.text('period'), kind: r.oneOf('kind', FACT_KINDS), quote: r.textOrNull('quote'),
    status: r.oneOf('status', REVIEW_STATUSES), published: r.textOrNull('published'), start: r.numOrNull('span_start'), tier: r.numOrNull('tier'),
  };
}
