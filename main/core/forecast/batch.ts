// Every series of a workspace forecast for one target period: the batch behind `forecast --all` and the
// briefing workbook's 预测 sheet, so both show the same figures.
import type { Tolerance } from '../score/types';
import type { Workspace } from '../store/workspace';
import { buildForecast, targetYear } from './build';
import { profileLookup } from '../score/profile';
import { allSeriesRows, forecastableSeries, forecastInputs, seriesKey } from './series';
import type { ForecastResult } from './types';

/** Forecasts of every (region, indicator, measure) with at least one figure before the target period's end year. */
export function forecastAll(ws: Workspace, targetPeriod: string, tolerance?: Partial<Tolerance>): ForecastResult[] {
  const T = targetYear(targetPeriod);
  const out: ForecastResult[] = [];
  const rows = allSeriesRows(ws);
  const profile = profileLookup(ws);
  for (const s of forecastableSeries(ws)) {
    if (s.points === 0) continue;
    const own = rows.get(seriesKey(s.region, s.indicator, s.measure));
    if (!own) continue;
    const inputs = forecastInputs(ws, { region: s.region, indicator: s.indicator, measure: s.measure, targetPeriod, tolerance }, own, profile);
    if (!inputs || !inputs.series.some((p) => p.t < T)) continue;
    out.push(buildForecast(inputs));
  }
  return out;
}
