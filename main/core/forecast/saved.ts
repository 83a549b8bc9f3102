// Saved forecasts: what was forecast, by which method, from which inputs, on which day. A saved forecast is
// never edited; its outcome is worked out whenever it is read, from the best actual the workspace holds for
// the target period, so it is scored as soon as a later report brings the actual (and re-scored if that
// actual is revised).
import { PlanscopeError } from '../errors';
import { attain } from '../score/attainment';
import { bestValueOrder, type Workspace } from '../store/workspace';
import type { FactKind, Measure } from '../types';
import { METHOD_NAMES, type ForecastInputs, type ForecastResult, type MethodForecast, type MethodName, type SavedForecast, type SavedForecastOutcome } from './types';

interface StoredResult {
  forecast: MethodForecast;
  ranking: { method: MethodName; rank: number | null; rmse: number | null }[];
}

/** Saves the chosen method's forecast (the best-ranked one unless told otherwise); returns its id. */
export function saveForecast(ws: Workspace, result: ForecastResult, createdAt: string, method?: MethodName): number {
  const chosen = method ?? result.best;
  const forecast = result.methods.find((m) => m.method === chosen);
  if (!chosen || !forecast || !forecast.available) {
    throw PlanscopeError.says('bad-input', 'forecast.cannot-save', { method: chosen ?? '—', indicator: result.inputs.indicator, period: result.inputs.targetPeriod });
  }
  const stored: StoredResult = { forecast, ranking: result.methods.map((m) => ({ method: m.method, rank: m.rank, rmse: m.metrics.rmse })) };
  const i = result.inputs;
  ws.run(
    `INSERT INTO forecasts(region, indicator, measure, target_period, method, inputs, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [i.region, i.indicator, i.measure, i.targetPeriod, chosen, JSON.stringify(i), JSON.stringify(stored), createdAt],
  );
  return Number(ws.one('SELECT last_insert_rowid() AS id')!.id);
}

export function deleteForecast(ws: Workspace, id: number): boolean {
  const had = ws.one('SELECT id FROM forecasts WHERE id = ?', [id]);
  ws.run('DELETE FROM forecasts WHERE id = ?', [id]);
  return had !== undefined;
}

export function listSavedForecasts(ws: Workspace): SavedForecast[] {
  return ws.all('SELECT * FROM forecasts ORDER BY created_at, id').map((r) => {
    const inputs = JSON.parse(String(r.inputs)) as ForecastInputs;
    const stored = JSON.parse(String(r.result)) as StoredResult;
    const f = stored.forecast;
    const method = String(r.method);
    const saved: Omit<SavedForecast, 'outcome'> = {
      id: Number(r.id), createdAt: String(r.created_at), region: String(r.region), indicator: String(r.indicator),
      measure: String(r.measure) as Measure, targetPeriod: String(r.target_period),
      method: METHOD_NAMES.find((m) => m === method) ?? 'naive', point: f.point, intervals: f.intervals, pMeet: f.pMeet, pMeetOrWithin: f.pMeetOrWithin,
    };
    return { ...saved, outcome: outcomeOf(ws, saved, inputs) };
  });
}

function outcomeOf(ws: Workspace, s: Omit<SavedForecast, 'outcome'>, inputs: ForecastInputs): SavedForecastOutcome | null {
  const r = ws.one(
    `SELECT f.id, f.value, f.kind, f.unit, f.qualifier FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.region = ? AND f.indicator = ? AND f.measure = ? AND f.period = ? AND f.kind <> 'target' AND f.status <> 'rejected' AND f.value IS NOT NULL
     ORDER BY ${bestValueOrder} LIMIT 1`,
    [s.region, s.indicator, s.measure, s.targetPeriod],
  );
  if (!r) return null;
  const actual = Number(r.value);
  const inside = (level: 80 | 95) => {
    const iv = s.intervals.find((x) => x.level === level);
    return iv ? actual >= iv.low && actual <= iv.high : null;
  };
  const kind = String(r.kind) as FactKind;
  const verdict = inputs.target
    ? attain(inputs.target, { factId: Number(r.id), value: actual, qualifier: 'exact', unit: r.unit == null ? null : String(r.unit), period: s.targetPeriod, kind, documentId: null },
      s.measure, inputs.direction, inputs.tolerance).status
    : null;
  const met = verdict === 'met' ? 1 : verdict === 'missed' || verdict === 'within_tolerance' ? 0 : null;
  return {
    actualFactId: Number(r.id), actual, kind,
    error: s.point === null ? null : actual - s.point,
    absError: s.point === null ? null : Math.abs(actual - s.point),
    inside80: inside(80), inside95: inside(95), targetStatus: verdict,
    brier: s.pMeet === null || met === null ? null : (s.pMeet - met) ** 2,
  };
}
