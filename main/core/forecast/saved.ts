// Saved forecasts: what was forecast, by which method, from which inputs, on which day. A saved forecast is
// never edited; its outcome is worked out whenever it is read, from the best actual the workspace holds for
// the target period, so it is scored as soon as a later report brings the actual (and re-scored if that
// actual is revised).
import { PlanscopeError } from '../errors';
import { attain } from '../score/attainment';
import { bestOutcome, insertForecast, storedForecasts } from '../store/queries/forecasts';
import type { Workspace } from '../store/workspace';
import type { ForecastInputs, ForecastResult, MethodForecast, MethodName, SavedForecast, SavedForecastOutcome } from './types';

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
  return insertForecast(ws, {
    region: i.region, indicator: i.indicator, measure: i.measure, targetPeriod: i.targetPeriod, method: chosen,
    inputs: JSON.stringify(i), result: JSON.stringify(stored), createdAt,
  });
}

export function listSavedForecasts(ws: Workspace): SavedForecast[] {
  return storedForecasts(ws).map((r) => {
    const inputs = JSON.parse(r.inputs) as ForecastInputs;
    const f = (JSON.parse(r.result) as StoredResult).forecast;
    const saved: Omit<SavedForecast, 'outcome'> = {
      id: r.id, createdAt: r.createdAt, region: r.region, indicator: r.indicator, measure: r.measure, targetPeriod: r.targetPeriod,
      method: r.method, point: f.point, intervals: f.intervals, pMeet: f.pMeet, pMeetOrWithin: f.pMeetOrWithin,
    };
    return { ...saved, outcome: outcomeOf(ws, saved, inputs) };
  });
}

function outcomeOf(ws: Workspace, s: Omit<SavedForecast, 'outcome'>, inputs: ForecastInputs): SavedForecastOutcome | null {
  const r = bestOutcome(ws, s, s.targetPeriod);
  if (!r) return null;
  const actual = r.value;
  const inside = (level: 80 | 95) => {
    const iv = s.intervals.find((x) => x.level === level);
    return iv ? actual >= iv.low && actual <= iv.high : null;
  };
  const kind = r.kind;
  const verdict = inputs.target
    ? attain(inputs.target, { factId: r.id, value: actual, qualifier: 'exact', unit: r.unit, period: s.targetPeriod, kind, documentId: null },
      s.measure, inputs.direction, inputs.tolerance).status
    : null;
  const met = verdict === 'met' ? 1 : verdict === 'missed' || verdict === 'within_tolerance' ? 0 : null;
  return {
    actualFactId: r.id, actual, kind,
    error: s.point === null ? null : actual - s.point,
    absError: s.point === null ? null : Math.abs(actual - s.point),
    inside80: inside(80), inside95: inside(95), targetStatus: verdict,
    brier: s.pMeet === null || met === null ? null : (s.pMeet - met) ** 2,
  };
}
