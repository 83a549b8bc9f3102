// Forecast service: build a forecast for one series, save it with its inputs, list saved forecasts with
// their scores once the actual is in.
import type { forecastsMethods } from '../contract/forecasts';
import { PlanscopeError } from '../contract/errors';
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
    throw new PlanscopeError('not-found', `The workspace has no ${q.measure} figures and no target for ${q.indicator} (${q.region}); import a report that states it first.`);
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
      throw new PlanscopeError('bad-input', `Method ${method ?? '(best)'} cannot forecast ${q.indicator} ${q.targetPeriod}: ${chosen?.reason ?? 'no method is available for this series'}.`);
    }
    const id = saveForecast(ws, result, ctx.clock(), chosen.method);
    workspaceChanged(ctx, ['forecasts']);
    return listSavedForecasts(ws).find((f) => f.id === id)!;
  },
  'forecasts.list': (_args, ctx) => listSavedForecasts(ctx.session.current()),
  'forecasts.delete': ({ id }, ctx) => {
    const deleted = deleteForecast(ctx.session.current(), id);
    if (!deleted) throw new PlanscopeError('not-found', `There is no saved forecast with id ${id}.`);
    workspaceChanged(ctx, ['forecasts']);
    return { deleted };
  },
};
