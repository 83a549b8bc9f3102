// One forecast for one target: every method fitted, backtested, given intervals from its own backtest
// errors, ranked, and asked how likely the target is to be met.
import { acceptedRange } from '../score/attainment';
import { parsePeriod } from '../types';
import { backtest, metrics, sigmaPerYear, type BacktestStep } from './backtest';
import { cagr, dampedHolt, drift, isFitted, linearTrend, naive, type Fit, type Pt } from './methods';
import { probBetween, Z } from './normal';
import { h1ToFullYear } from './partial-year';
import { targetPath } from './target-path';
import { METHOD_NAMES, type ForecastInputs, type ForecastResult, type Interval, type MethodForecast, type MethodName } from './types';

/** Longest history used: older points describe a different economy and would swamp short-series methods. */
export const MAX_POINTS = 20;
/** Fewer backtest errors than this and the intervals are flagged as indicative only. */
export const MIN_ERRORS_FOR_INTERVALS = 3;

export function buildForecast(inputs: ForecastInputs): ForecastResult {
  const notes: string[] = [];
  const T = targetYear(inputs.targetPeriod);
  let series = inputs.series.filter((p) => p.t < T);
  if (series.length > MAX_POINTS) {
    notes.push(`using the latest ${MAX_POINTS} of ${series.length} points`);
    series = series.slice(-MAX_POINTS);
  }
  if (series.length < 3) notes.push(`the series has only ${series.length} point(s): methods that need 3 are unavailable and intervals are indicative at best`);
  const ps: Pt[] = series.map((p) => ({ t: p.t, y: p.value }));
  const lastT = ps.length ? ps[ps.length - 1]!.t : T;
  const horizon = T - lastT;
  const isLevel = inputs.measure === 'level' || inputs.measure === 'count';
  const fits: Record<Exclude<MethodName, 'h1_to_full_year'>, (train: readonly Pt[]) => Fit> = {
    naive, drift, linear_trend: linearTrend, damped_holt: dampedHolt, cagr: (train) => cagr(train, isLevel),
  };
  const methods: MethodForecast[] = [];
  for (const name of METHOD_NAMES) {
    if (name === 'h1_to_full_year') {
      const h = h1ToFullYear(inputs);
      methods.push(h.fit ? finish(inputs, name, h.fit.point, h.steps, 0, h.fit.params) : unavailable(name, h.reason));
      continue;
    }
    const fit = fits[name](ps);
    if (!isFitted(fit)) {
      methods.push(unavailable(name, fit.unavailable));
      continue;
    }
    methods.push(finish(inputs, name, fit.predict(T), backtest(ps, fits[name]), horizon, fit.params));
  }
  rank(methods);
  // In rank order: `methods` is in declaration order (naive first), which is not the ranking.
  const byRank = methods.filter((m) => m.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const best = byRank.find((m) => m.intervals.length > 0) ?? byRank[0];
  return { inputs, horizonYears: horizon, methods, best: best?.method ?? null, targetPath: targetPath(inputs, T), notes };
}

/** The year a target period ends in: 2024 for "2024" and "2024H1", 2025 for "2021-2025". */
export function targetYear(period: string): number {
  const p = parsePeriod(period);
  if (!p) throw new Error(`"${period}" is not a period (expected e.g. 2024, 2024H1 or 2021-2025)`);
  return p.endYear;
}

function unavailable(method: MethodName, reason: string): MethodForecast {
  return {
    method, available: false, reason, point: null, intervals: [], intervalNote: null, sigmaPerYear: null,
    metrics: metrics([]), pMeet: null, pMeetOrWithin: null, rank: null, params: {},
  };
}

/**
 * Intervals: point ± z × sigma, with sigma the per-year backtest error scale × √horizon (horizon 0, as for
 * H1→full-year, uses the errors as they are). Normal errors are assumed: with 3–20 points there are too few
 * errors for empirical quantiles.
 */
function finish(inputs: ForecastInputs, method: MethodName, point: number, steps: BacktestStep[], horizon: number, params: Record<string, number>): MethodForecast {
  const m = metrics(steps);
  const perYear = sigmaPerYear(steps);
  const sd = perYear === null ? null : perYear * Math.sqrt(Math.max(1, horizon));
  const intervals: Interval[] = sd === null ? [] : ([80, 95] as const).map((level) => ({ level, low: point - Z[level] * sd, high: point + Z[level] * sd }));
  const intervalNote = sd === null
    ? 'no interval: the series is too short to backtest this method'
    : m.n < MIN_ERRORS_FOR_INTERVALS ? `indicative only: the interval rests on ${m.n} backtest error(s); the series is too short for a reliable one` : null;
  let pMeet: number | null = null;
  let pMeetOrWithin: number | null = null;
  if (sd !== null && inputs.target) {
    const strict = acceptedRange(inputs.target, inputs.measure, inputs.direction, inputs.tolerance, false);
    const loose = acceptedRange(inputs.target, inputs.measure, inputs.direction, inputs.tolerance, true);
    if (strict) pMeet = probBetween(point, sd, strict[0], strict[1]);
    if (loose) pMeetOrWithin = probBetween(point, sd, loose[0], loose[1]);
  }
  return { method, available: true, reason: null, point, intervals, intervalNote, sigmaPerYear: perYear, metrics: m, pMeet, pMeetOrWithin, rank: null, params };
}

/**
 * Rank by backtest RMSE (then MAE, then the fixed method order). Methods that could not be backtested rank
 * after every backtested one: an untested forecast should not outrank a tested one.
 */
function rank(methods: MethodForecast[]): void {
  const order = (m: MethodForecast) => METHOD_NAMES.indexOf(m.method);
  const tested = methods.filter((m) => m.available && m.metrics.n > 0)
    .sort((a, b) => a.metrics.rmse! - b.metrics.rmse! || a.metrics.mae! - b.metrics.mae! || order(a) - order(b));
  const untested = methods.filter((m) => m.available && m.metrics.n === 0);
  [...tested, ...untested].forEach((m, i) => (m.rank = i + 1));
}
