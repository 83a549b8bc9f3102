// What the scorecard and the plan tracker read: statements in best-value order (the first of each point is the
// one that counts), checked as they are decoded.
import type { SqlValue } from 'sql.js';
import type { Fact, FactKind } from '../../types';
import { bestValueOrder, reportDateSql, type Workspace } from '../workspace';
import { damagedRow, FACT_KINDS, HOLDS, MEASURES, QUALIFIERS, read, REVIEW_STATUSES } from './decode';
import type { Worded } from '../../messages';

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

function statementOf(v: SqlValue[]): ScoredStatement {
  const bad = (i: number, expected: Worded) => damagedRow('facts', Object.fromEntries(COLUMNS.map((c, j) => [c, v[j] ?? null])), COLUMNS[i]!, expected);
  const num = (i: number): number | null => {
    const x = v[i];
    if (x == null) return null;
    if (typeof x === 'number' && Number.isFinite(x)) return x;
    throw bad(i, HOLDS.number);
  };
  const text = (i: number): string | null => {
    const x = v[i];
    if (x == null) return null;
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return String(x);
    throw bad(i, HOLDS.text);
  };
  const must = <T>(i: number, x: T | null, expected: Worded): T => {
    if (x === null) throw bad(i, expected);
    return x;
  };
  const oneOf = <T extends string>(i: number, allowed: readonly T[]): T => {
    const x = v[i];
    if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return x as T;
    throw bad(i, HOLDS.oneOf(allowed));
  };
  return {
    id: must(0, num(0), HOLDS.number), documentId: num(1), region: must(2, text(2), HOLDS.text), indicator: must(3, text(3), HOLDS.text),
    measure: oneOf(4, MEASURES), value: num(5), low: num(6), high: num(7), unit: text(8), qualifier: oneOf(9, QUALIFIERS),
    period: must(10, text(10), HOLDS.text), kind: oneOf(11, FACT_KINDS), quote: text(12), status: oneOf(13, REVIEW_STATUSES),
    published: text(14), start: num(15), tier: num(16),
  };
}
