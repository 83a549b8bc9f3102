// Queries the forecasts read and write: saved forecasts (stored whole, never edited), the statements a series is
// forecast from in best-value order, the series a forecast can be built for, the best actual a saved forecast is
// scored against, and which periods the workspace holds outcomes and targets for (the briefing's forecast period).
import { METHOD_NAMES, type MethodName } from '../../forecast/types';
import type { FactKind, Measure, Qualifier } from '../../types';
import { bestValueOrder, type Workspace } from '../workspace';
import { FACT_KINDS, MEASURES, QUALIFIERS, read, type Row } from './decode';

/** Distinct periods of outcomes (actuals and estimates with a value) or of targets, rejected facts left out. */
export function periodsStated(ws: Workspace, what: 'outcomes' | 'targets'): string[] {
  const sql = what === 'outcomes'
    ? "SELECT DISTINCT period FROM facts WHERE kind <> 'target' AND value IS NOT NULL AND status <> 'rejected'"
    : "SELECT DISTINCT period FROM facts WHERE kind = 'target' AND status <> 'rejected'";
  return ws.all(sql).map((row) => read('facts', row).text('period'));
}

/** Saved forecast id → the inputs JSON it was made from (its unit is read from there). */
export function savedForecastInputs(ws: Workspace): Map<string, string> {
  return new Map(ws.all('SELECT id, inputs FROM forecasts').map((row) => {
    const r = read('forecasts', row);
    return [r.text('id'), r.text('inputs')];
  }));
}

/** A saved forecast as stored: its inputs and result are JSON texts the forecast module reads. */
export interface StoredForecast {
  id: number;
  region: string;
  indicator: string;
  measure: Measure;
  targetPeriod: string;
  method: MethodName;
  inputs: string;
  result: string;
  createdAt: string;
}

/** Stores a forecast; returns its id. */
export function insertForecast(ws: Workspace, f: Omit<StoredForecast, 'id'>): number {
  ws.run(
    'INSERT INTO forecasts(region, indicator, measure, target_period, method, inputs, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [f.region, f.indicator, f.measure, f.targetPeriod, f.method, f.inputs, f.result, f.createdAt],
  );
  return read('forecasts', ws.one('SELECT last_insert_rowid() AS id')!).num('id');
}

/** Deletes a saved forecast; false when there was none with this id. */
export function deleteForecast(ws: Workspace, id: number): boolean {
  const had = ws.one('SELECT id FROM forecasts WHERE id = ?', [id]);
  ws.run('DELETE FROM forecasts WHERE id = ?', [id]);
  return had !== undefined;
}

/** Every saved forecast, oldest first. */
export function storedForecasts(ws: Workspace): StoredForecast[] {
  return ws.all('SELECT * FROM forecasts ORDER BY created_at, id').map((row) => {
    const r = read('forecasts', row);
    return {
      id: r.num('id'), region: r.text('region'), indicator: r.text('indicator'), measure: r.oneOf('measure', MEASURES),
      targetPeriod: r.text('target_period'), method: r.oneOf('method', METHOD_NAMES), inputs: r.text('inputs'), result: r.text('result'),
      createdAt: r.text('created_at'),
    };
  });
}

/** One series, named as the facts name it. */
export interface SeriesName {
  region: string;
  indicator: string;
  measure: Measure;
}

/** The best outcome (actual or estimate with a value, not rejected) a series states for a period. */
export function bestOutcome(ws: Workspace, s: SeriesName, period: string): { id: number; value: number; kind: FactKind; unit: string | null } | null {
  const row = ws.one(
    `SELECT f.id, f.value, f.kind, f.unit FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.region = ? AND f.indicator = ? AND f.measure = ? AND f.period = ? AND f.kind <> 'target' AND f.status <> 'rejected' AND f.value IS NOT NULL
     ORDER BY ${bestValueOrder} LIMIT 1`,
    [s.region, s.indicator, s.measure, period],
  );
  if (!row) return null;
  const r = read('facts', row);
  return { id: r.num('id'), value: r.num('value'), kind: r.oneOf('kind', FACT_KINDS), unit: r.textOrNull('unit') };
}

/** A statement of a series, as a forecast reads it. */
export interface SeriesStatement extends SeriesName {
  id: number;
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: FactKind;
  documentId: number | null;
}

const STATEMENT_COLUMNS = 'f.region, f.indicator, f.measure, f.id, f.period, f.value, f.low, f.high, f.unit, f.qualifier, f.kind, f.document_id';
// Outcomes before targets, then by period, best statement first: the first row of each (series, kind, period) counts.
const STATEMENT_ORDER = `CASE WHEN f.kind = 'target' THEN 1 ELSE 0 END, f.period, ${bestValueOrder}`;

function statementOf(row: Row): SeriesStatement {
  const r = read('facts', row);
  return {
    region: r.text('region'), indicator: r.text('indicator'), measure: r.oneOf('measure', MEASURES), id: r.num('id'), period: r.text('period'),
    value: r.numOrNull('value'), low: r.numOrNull('low'), high: r.numOrNull('high'), unit: r.textOrNull('unit'),
    qualifier: r.oneOf('qualifier', QUALIFIERS), kind: r.oneOf('kind', FACT_KINDS), documentId: r.numOrNull('document_id'),
  };
}

/** One series' statements not rejected: outcomes, then targets, by period, best first. */
export function seriesStatements(ws: Workspace, s: SeriesName): SeriesStatement[] {
  return ws.all(
    `SELECT ${STATEMENT_COLUMNS} FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.region = ? AND f.indicator = ? AND f.measure = ? AND f.status <> 'rejected' ORDER BY ${STATEMENT_ORDER}`,
    [s.region, s.indicator, s.measure],
  ).map(statementOf);
}

/** Every series' statements not rejected, series by series, in the order `seriesStatements` gives each. */
export function allSeriesStatements(ws: Workspace): SeriesStatement[] {
  return ws.all(
    `SELECT ${STATEMENT_COLUMNS} FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.status <> 'rejected' ORDER BY f.region, f.indicator, f.measure, ${STATEMENT_ORDER}`,
  ).map(statementOf);
}

/** Each series with statements not rejected: how many periods it has outcomes for, and its target periods. */
export function seriesWithStatements(ws: Workspace): (SeriesName & { points: number; targetPeriods: string[] })[] {
  return ws.all(
    `SELECT region, indicator, measure,
            count(DISTINCT CASE WHEN kind <> 'target' AND value IS NOT NULL THEN period END) AS points,
            group_concat(DISTINCT CASE WHEN kind = 'target' THEN period END) AS target_periods
     FROM facts WHERE status <> 'rejected' GROUP BY region, indicator, measure ORDER BY region, indicator, measure`,
  ).map((row) => {
    const r = read('facts', row);
    const targets = r.textOrNull('target_periods');
    return {
      region: r.text('region'), indicator: r.text('indicator'), measure: r.oneOf('measure', MEASURES), points: r.num('points'),
      targetPeriods: targets === null ? [] : targets.split(','),
    };
  });
}
