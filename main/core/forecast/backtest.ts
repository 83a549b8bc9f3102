// Backtests: how each method would have done on this series had it been used in past years. Rolling
// origin: fit on the points before each year, forecast that year, record the error. The errors rank the
// methods and give the width of their prediction intervals.
import { isFitted, type Fit, type Pt } from './methods';
import type { Metrics } from './types';

export interface BacktestStep {
  t: number;
  actual: number;
  forecast: number;
  /** The value the forecast was made from (the previous point): the base for Theil's U2 and direction. */
  previous: number;
  /** Years between the previous point and this one. */
  horizon: number;
}

/** One-step-ahead forecasts of every point that has enough points before it for the method. */
export function backtest(ps: readonly Pt[], fit: (train: readonly Pt[]) => Fit): BacktestStep[] {
  const steps: BacktestStep[] = [];
  for (let i = 1; i < ps.length; i++) {
    const f = fit(ps.slice(0, i));
    if (!isFitted(f)) continue;
    const p = ps[i]!;
    const prev = ps[i - 1]!;
    steps.push({ t: p.t, actual: p.y, forecast: f.predict(p.t), previous: prev.y, horizon: p.t - prev.t });
  }
  return steps;
}

/** A value counts as near zero when it is below a tenth of the typical size of the values compared. */
function nearZero(xs: readonly number[]): boolean {
  const scale = xs.reduce((s, x) => s + Math.abs(x), 0) / xs.length;
  return xs.some((x) => x === 0 || Math.abs(x) < 0.1 * scale);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * ME, MAE, RMSE on errors e = actual − forecast. MAPE = mean |e / actual| × 100, refused when an actual is near
 * zero. Theil's U2 = √Σ((f−y)/y₋₁)² ÷ √Σ((y−y₋₁)/y₋₁)², the classic form against the no-change forecast,
 * refused when a base y₋₁ is near zero. Directional accuracy counts a step as right when the forecast moved
 * the same way from y₋₁ as the actual did (a no-change forecast is right only when nothing changed).
 */
export interface MetricOptions {
  /** The in-sample mean absolute one-year change of the series: MASE's denominator. */
  naiveScale?: number | null;
  /** MAPE only means something for levels; for growth rates and shares it is withheld. */
  levelsOnlyMape?: { isLevel: boolean };
}

/** Mean absolute change per year between consecutive points (a gap of h years counts as h years of change). */
export function naiveScale(ps: readonly { t: number; y: number }[]): number | null {
  if (ps.length < 2) return null;
  let sum = 0;
  for (let i = 1; i < ps.length; i++) sum += Math.abs(ps[i]!.y - ps[i - 1]!.y) / (ps[i]!.t - ps[i - 1]!.t);
  return sum / (ps.length - 1);
}

export function metrics(steps: readonly BacktestStep[], opts: MetricOptions = {}): Metrics {
  const n = steps.length;
  if (n === 0) return { n: 0, me: null, mae: null, rmse: null, mape: null, mapeNote: 'no backtest: the series is too short for this method', mase: null, theilU2: null, directionalAccuracy: null };
  const e = steps.map((s) => s.actual - s.forecast);
  const actuals = steps.map((s) => s.actual);
  const bases = steps.map((s) => s.previous);
  const notLevel = opts.levelsOnlyMape !== undefined && !opts.levelsOnlyMape.isLevel;
  const mapeOk = !notLevel && !nearZero(actuals);
  const mae = mean(e.map(Math.abs));
  const mape = mapeOk ? mean(steps.map((s) => Math.abs((s.actual - s.forecast) / s.actual))) * 100 : null;
  let theilU2: number | null = null;
  if (!nearZero(bases)) {
    const num = steps.reduce((s, x) => s + ((x.forecast - x.actual) / x.previous) ** 2, 0);
    const den = steps.reduce((s, x) => s + ((x.actual - x.previous) / x.previous) ** 2, 0);
    theilU2 = den > 0 ? Math.sqrt(num) / Math.sqrt(den) : null;
  }
  const right = steps.filter((s) => Math.sign(s.forecast - s.previous) === Math.sign(s.actual - s.previous)).length;
  return {
    n,
    me: mean(e),
    mae,
    rmse: Math.sqrt(mean(e.map((x) => x * x))),
    mape,
    mapeNote: mapeOk ? null : notLevel ? 'not shown: percentage errors of a rate or share mean nothing (see MASE)' : 'not shown: an actual value is zero or near zero',
    mase: opts.naiveScale ? mae / opts.naiveScale : null,
    theilU2,
    directionalAccuracy: right / n,
  };
}

/**
 * The one-year error scale: errors over a longer step (a gap of h years) are scaled by 1/√h, as for a random
 * walk, so that a 3-year gap does not pass for a one-year miss. sigma over H years is then this × √H.
 */
export function sigmaPerYear(steps: readonly BacktestStep[]): number | null {
  if (steps.length === 0) return null;
  return Math.sqrt(mean(steps.map((s) => (s.actual - s.forecast) ** 2 / Math.max(1, s.horizon))));
}
