// Model-based predictive spread of each method, as R's forecast package forms it: the random walk's
// residual scale (rwf), drift with its slope's standard error (rwf(drift = TRUE)), the regression's
// prediction standard error with n − 2 degrees of freedom (tslm). Level series are taken on the log scale
// (the errors of a level grow with the level), so their spread is relative: the interval is point × e^(±q·se).
import { chooseEts, etsFormText, etsVariance } from './ets';
import { sesAlpha, sesState, type Pt } from './methods';

export interface Spread {
  /** Standard error of the forecast on the working scale (the value itself, or its log for levels). */
  se: number;
  /** Degrees of freedom of the residual scale behind se. */
  df: number;
  /** What the spread rests on, when the model says more than its method's name (ETS: the form chosen). */
  label?: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface Step {
  d: number;
  h: number;
}

const steps = (ps: readonly Pt[]): Step[] => ps.slice(1).map((p, i) => ({ d: p.y - ps[i]!.y, h: p.t - ps[i]!.t }));

/** Random walk: a gap of h years counts as h one-year shocks. */
export function naiveSpread(ps: readonly Pt[], t: number): Spread | null {
  const s = steps(ps);
  if (s.length < 1) return null;
  const s2 = sum(s.map((x) => (x.d * x.d) / x.h)) / s.length;
  return { se: Math.sqrt(s2 * (t - ps[ps.length - 1]!.t)), df: s.length };
}

/** Random walk with drift: the shocks around the mean change, plus the drift's own uncertainty over h years. */
export function driftSpread(ps: readonly Pt[], t: number): Spread | null {
  const s = steps(ps);
  if (s.length < 2) return null;
  const span = ps[ps.length - 1]!.t - ps[0]!.t;
  const b = (ps[ps.length - 1]!.y - ps[0]!.y) / span;
  const s2 = sum(s.map((x) => (x.d - b * x.h) ** 2 / x.h)) / (s.length - 1);
  const h = t - ps[ps.length - 1]!.t;
  return { se: Math.sqrt(s2 * (h + (h * h) / span)), df: s.length - 1 };
}

/** Least-squares line: se = s·√(1 + 1/n + (t − t̄)²/Sxx), s² = SSE/(n − 2). */
export function trendSpread(ps: readonly Pt[], t: number): Spread | null {
  const n = ps.length;
  if (n < 3) return null;
  const mt = sum(ps.map((p) => p.t)) / n;
  const my = sum(ps.map((p) => p.y)) / n;
  const sxx = sum(ps.map((p) => (p.t - mt) ** 2));
  const slope = sum(ps.map((p) => (p.t - mt) * (p.y - my))) / sxx;
  const sse = sum(ps.map((p) => (p.y - my - slope * (p.t - mt)) ** 2));
  return { se: Math.sqrt((sse / (n - 2)) * (1 + 1 / n + (t - mt) ** 2 / sxx)), df: n - 2 };
}

/**
 * The standard error of the mean of the forecasts at years ts (a span's remaining years), with the
 * covariance each model implies: a random walk's shocks carry forward (cov = σ²·min(hᵢ, hⱼ)), the drift's
 * error grows with both horizons (+ σ²hᵢhⱼ/span), and a trend line's noise is independent from year to year
 * while its fitted line is shared.
 */
export function averageSpread(model: 'naive' | 'drift' | 'linear_trend', ps: readonly Pt[], ts: readonly number[]): Spread | null {
  const m = ts.length;
  if (m === 0) return null;
  const last = ps[ps.length - 1]!.t;
  const hs = ts.map((t) => t - last);
  if (model === 'linear_trend') {
    const one = trendSpread(ps, last + 1);
    if (!one) return null;
    const n = ps.length;
    const mt = sum(ps.map((p) => p.t)) / n;
    const sxx = sum(ps.map((p) => (p.t - mt) ** 2));
    const s2 = one.se ** 2 / (1 + 1 / n + (last + 1 - mt) ** 2 / sxx);
    const tf = sum(ts) / m;
    return { se: Math.sqrt(s2 * (1 / m + 1 / n + (tf - mt) ** 2 / sxx)), df: one.df };
  }
  const unit = model === 'naive' ? naiveSpread(ps, last + 1) : driftSpread(ps, last + 1);
  if (!unit) return null;
  const span = last - ps[0]!.t;
  const s2 = model === 'naive' ? unit.se ** 2 : unit.se ** 2 / (1 + 1 / span);
  let cov = 0;
  for (const a of hs) for (const b of hs) cov += Math.min(a, b) + (model === 'drift' ? (a * b) / span : 0);
  return { se: Math.sqrt((s2 * cov) / (m * m)), df: unit.df };
}

/** ETS(A,N,N): se_h = σ·√(1 + (h − 1)α²), σ² = SSE/(n − 2) over the n − 1 one-step errors less α's degree. */
export function sesSpread(ps: readonly Pt[], t: number): Spread | null {
  if (ps.length < 3) return null;
  const alpha = sesAlpha(ps);
  const { sse } = sesState(ps, alpha);
  const df = ps.length - 2;
  const h = t - ps[ps.length - 1]!.t;
  return { se: Math.sqrt((sse / df) * (1 + (h - 1) * alpha * alpha)), df };
}

/** Backtest origins shorter than ETS's own minimum still fit its level-only form, ETS(A,N,N), from this many points. */
export const ETS_FIT_FROM = 3;

/**
 * ETS chosen by AICc: its analytic h-step variance σ²·(1 + Σcⱼ²) with σ² = SSE/(n − parameters), the
 * denominator R's ets() uses, so df = n − parameters.
 */
export function etsSpread(ps: readonly Pt[], t: number): Spread | null {
  const c = chooseEts(ps, ETS_FIT_FROM);
  if (!c) return null;
  const df = c.chosen.n - c.chosen.params;
  if (df < 1) return null;
  return { se: Math.sqrt(etsVariance(c.chosen, t)), df, label: `${etsFormText(c)}: its analytic variance by maximum likelihood` };
}
