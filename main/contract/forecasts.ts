// Forecast builder: one indicator's series, every method backtested and ranked, the chance of meeting the
// target; forecasts saved with their inputs and scored once the actual arrives.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import type { ForecastResult, SavedForecast } from '../core/forecast/types';
import { readPeriodText, type Measure } from '../core/types';
import { toleranceSchema } from './scores';

export type { ForecastInputs, ForecastResult, Interval, MethodForecast, MethodName as ForecastMethod, Metrics, SavedForecast, SavedForecastOutcome, SeriesPoint, TargetPath } from '../core/forecast/types';

export interface ForecastableSeries {
  region: string;
  indicator: string;
  measure: Measure;
  points: number;
  targetPeriods: string[];
}

const text = z.string().trim().min(1).max(200);
const query = {
  region: text,
  indicator: text,
  measure: z.enum(['level', 'growth', 'share', 'rate', 'count', 'change']),
  targetPeriod: z.string().trim().refine((p) => readPeriodText(p) === p, 'a period looks like 2024, 2024H1, 2024Q3 or 2021-2025'),
  tolerance: toleranceSchema.optional(),
};
const methodName = z.enum(['naive', 'drift', 'linear_trend', 'ses', 'theta', 'ets', 'combination', 'damped_holt', 'cagr', 'h1_to_full_year']);

export const forecastsMethods = {
  'forecasts.series': method<ForecastableSeries[]>()(z.object({})),
  'forecasts.build': method<ForecastResult>()(z.object(query)),
  'forecasts.save': method<SavedForecast>()(z.object({ ...query, method: methodName.optional() })),
  'forecasts.list': method<SavedForecast[]>()(z.object({})),
  'forecasts.delete': method<{ deleted: boolean }>()(z.object({ id: z.number().int().positive() })),
} satisfies MethodMap;
