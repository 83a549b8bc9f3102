// Forecast methods for short series (3–20 points, possibly with missing years). Every method is
// deterministic: the same series gives the same forecast on every machine, so a saved forecast can be
// re-derived and audited. t is in years; a gap in the series is a longer step, not a missing value.

export interface Pt {
  t: number;
  y: number;
}

export interface Fitted {
  predict(t: number): number;
  params: Record<string, number>;
  /** The form a method chose among several (ETS), in words. */
  form?: string;
}

export type Fit = Fitted | { unavailable: string };

export const isFitted = (f: Fit): f is Fitted => 'predict' in f;

const last = (ps: readonly Pt[]) => ps[ps.length - 1]!;

/** No change: the last value carries forward. */
export function naive(ps: readonly Pt[]): Fit {
  if (ps.length < 1) return { unavailable: 'needs at least 1 point' };
  const y = last(ps).y;
  return { predict: () => y, params: {} };
}

/** The average change per year between the first and the last point, continued. */
export function drift(ps: readonly Pt[]): Fit {
  if (ps.length < 2) return { unavailable: 'needs at least 2 points' };
  const a = ps[0]!;
  const b = last(ps);
  const slope = (b.y - a.y) / (b.t - a.t);
  return { predict: (t) => b.y + slope * (t - b.t), params: { slopePerYear: slope } };
}

/** Least-squares straight line through all points (3 or more: through 2 it is the drift line). */
export function linearTrend(ps: readonly Pt[]): Fit {
  if (ps.length < 3) return { unavailable: 'needs at least 3 points' };
  const n = ps.length;
  const mt = ps.reduce((s, p) => s + p.t, 0) / n;
  const my = ps.reduce((s, p) => s + p.y, 0) / n;
  const sxy = ps.reduce((s, p) => s + (p.t - mt) * (p.y - my), 0);
  const sxx = ps.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mt;
  return { predict: (t) => intercept + slope * t, params: { slopePerYear: slope, intercept } };
}

/** Compound growth between the first and the last point, continued. Only for positive levels. */
export function cagr(ps: readonly Pt[], isLevel: boolean): Fit {
  if (!isLevel) return { unavailable: 'compound growth applies to levels and counts, not to rates' };
  if (ps.length < 2) return { unavailable: 'needs at least 2 points' };
  if (ps.some((p) => p.y <= 0)) return { unavailable: 'compound growth needs positive values' };
  const a = ps[0]!;
  const b = last(ps);
  const g = (b.y / a.y) ** (1 / (b.t - a.t)) - 1;
  return { predict: (t) => b.y * (1 + g) ** (t - b.t), params: { growthPerYear: g } };
}

export interface HoltParams {
  alpha: number;
  beta: number;
  phi: number;
}

/** Σ φ^k for k = 1..h: how much of the trend a damped model still adds over h years. */
const dampedSum = (phi: number, h: number) => {
  let s = 0;
  for (let k = 1; k <= h; k++) s += phi ** k;
  return s;
};

/**
 * Damped-trend Holt with given smoothing parameters. Starts from level = first value and trend = first
 * change per year; a step of h years (a gap) advances the level by the damped trend summed over h years.
 * Returns the final state and the one-step-ahead squared errors it made along the way.
 */
export function holtState(ps: readonly Pt[], { alpha, beta, phi }: HoltParams): { level: number; trend: number; sse: number } {
  let level = ps[0]!.y;
  let trend = (ps[1]!.y - ps[0]!.y) / (ps[1]!.t - ps[0]!.t);
  let sse = 0;
  for (let i = 1; i < ps.length; i++) {
    const h = ps[i]!.t - ps[i - 1]!.t;
    const forecast = level + trend * dampedSum(phi, h);
    sse += (ps[i]!.y - forecast) ** 2;
    const nextLevel = alpha * ps[i]!.y + (1 - alpha) * forecast;
    trend = (beta * (nextLevel - level)) / h + (1 - beta) * phi ** h * trend;
    level = nextLevel;
  }
  return { level, trend, sse };
}

export function holtWith(ps: readonly Pt[], p: HoltParams): Fitted {
  const { level, trend } = holtState(ps, p);
  const end = last(ps).t;
  return { predict: (t) => level + trend * dampedSum(p.phi, Math.round(t - end)), params: { ...p } };
}

const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const BETAS = [0.05, 0.1, 0.2, 0.3, 0.5];
const PHIS = [0.8, 0.85, 0.9, 0.95, 0.98];

/**
 * Damped Holt with α, β, φ chosen on a fixed grid by the smallest in-sample one-step squared error; ties go to
 * the earlier grid point, so the choice is reproducible. A grid (rather than an optimiser) keeps short series
 * from producing extreme parameters.
 */
export function dampedHolt(ps: readonly Pt[]): Fit {
  if (ps.length < 3) return { unavailable: 'needs at least 3 points' };
  let best: HoltParams = { alpha: ALPHAS[0]!, beta: BETAS[0]!, phi: PHIS[0]! };
  let bestSse = Infinity;
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const phi of PHIS) {
        const { sse } = holtState(ps, { alpha, beta, phi });
        if (sse < bestSse - 1e-12) {
          bestSse = sse;
          best = { alpha, beta, phi };
        }
      }
    }
  }
  return holtWith(ps, best);
}

/** Simple exponential smoothing with a given α, started at the first value: final level and one-step SSE. */
export function sesState(ps: readonly Pt[], alpha: number): { level: number; sse: number } {
  let level = ps[0]!.y;
  let sse = 0;
  for (let i = 1; i < ps.length; i++) {
    sse += (ps[i]!.y - level) ** 2;
    level = alpha * ps[i]!.y + (1 - alpha) * level;
  }
  return { level, sse };
}

const SES_ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** α on a fixed grid by the smallest one-step SSE (ties to the smaller α), as reproducible as Holt's grid. */
export function sesAlpha(ps: readonly Pt[]): number {
  let best = SES_ALPHAS[0]!;
  let bestSse = Infinity;
  for (const a of SES_ALPHAS) {
    const { sse } = sesState(ps, a);
    if (sse < bestSse - 1e-12) {
      bestSse = sse;
      best = a;
    }
  }
  return best;
}

/**
 * Simple exponential smoothing (ETS(A,N,N) with the first value as the initial level, R's
 * ses(initial = "simple")): a level that follows the data by α, forecast flat.
 */
export function ses(ps: readonly Pt[]): Fit {
  if (ps.length < 3) return { unavailable: 'needs at least 3 points' };
  const alpha = sesAlpha(ps);
  const { level } = sesState(ps, alpha);
  return { predict: () => level, params: { alpha } };
}

/**
 * The Theta method (Assimakopoulos & Nikolopoulos; R's thetaf as Hyndman & Billah show it): simple exponential
 * smoothing plus half the least-squares slope, with the drift built up as the smoothing would:
 * ŷ(n+h) = ℓₙ + (b/2)·(h − 1 + 1/α − (1 − α)ⁿ/α).
 */
export function theta(ps: readonly Pt[]): Fit {
  if (ps.length < 3) return { unavailable: 'needs at least 3 points' };
  const line = linearTrend(ps);
  if (!isFitted(line)) return line;
  const b = line.params.slopePerYear!;
  const alpha = sesAlpha(ps);
  const { level } = sesState(ps, alpha);
  const n = ps.length;
  const end = ps[n - 1]!.t;
  const carry = 1 / alpha - (1 - alpha) ** n / alpha;
  return { predict: (t) => level + (b / 2) * (t - end - 1 + carry), params: { alpha, slopePerYear: b } };
}
