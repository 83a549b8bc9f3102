// Forecast service: build a forecast for one series, save it with its inputs, list saved forecasts with
// their scores once the actual is in.
import type { forecastsMethods } from '../contract/forecasts';
import { PlanscopeError } from '../contract/errors';
import { worded } from '../contract/messages';
import { MEASURE_WORDS } from '../core/wording/terms';
import { buildForecast } from '../core/forecast/build';
import { listSavedForecasts, saveForecast } from '../core/forecast/saved';
import { forecastableSeries, forecastInputs, type ForecastQuery } from '../core/forecast/series';
import type { ForecastResult } from '../core/forecast/types';
import { deleteForecast } from '../core/store/queries/forecasts';
import type { Workspace } from '../core/store/workspace';
import { type HandlersFor, workspaceChanged } from './context';

export function forecastFor(ws: Workspace, q: ForecastQuery): ForecastResult {
  const inputs = forecastInputs(ws, q);
  if (!inputs) {
    throw PlanscopeError.says('not-found', 'forecast.no-series', { measure: MEASURE_WORDS[q.measure] ?? worded(q.measure, q.measure), indicator: q.indicator, region: q.region });
  }
  return buildForecast(inputs);
}

export const forecastsHandlers: HandlersFor<typeof forecastsMethods> = {
  'forecasts.series': (_args, ctx) => forecastableSeries(ctx.session.current()),
  'forecasts.build': (q, ctx) => forecastFor(ctx.session.current(), q),
  'forecasts.save': ({ method, ...q }, ctx) => {
    const ws = ctx.session.current();
    const result = forecastFor(ws, q);
    const chosen = result.methods.find((m) => m.method === (method ?? result.best));
    if (!chosen?.available) {
      throw PlanscopeError.says('bad-input', 'forecast.method-unavailable', {
        method: method ?? worded('（最佳）', '(best)'), indicator: q.indicator, period: q.targetPeriod,
        reason: chosen?.reason ?? worded('这个序列没有可用的方法', 'no method is available for this series'),
      });
    }
    const id = saveForecast(ws, result, ctx.clock(), chosen.method);
    workspaceChanged(ctx, ['forecasts']);
    return listSavedForecasts(ws).find((f) => f.id === id)!;
  },
  'forecasts.list': (_args, ctx) => listSavedForecasts(ctx.session.current()),
  'forecasts.delete': ({ id }, ctx) => {
    const deleted = deleteForecast(ctx.session.current(), id);
    if (!deleted) throw PlanscopeError.says('not-found', 'forecast.not-found', { id });
    workspaceChanged(ctx, ['forecasts']);
    return { deleted };
  },
};
