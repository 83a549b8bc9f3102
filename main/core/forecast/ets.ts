// Exponential smoothing state-space models (Hyndman et al., "Forecasting with Exponential Smoothing", 2008) with
// additive errors and no season, fitted by maximum likelihood and chosen by AICc, as R's forecast::ets() does:
//   ETS(A,N,N)   ŷ = ℓ;         ℓ ← ℓ + αe
//   ETS(A,A,N)   ŷ = ℓ + b;     ℓ ← ℓ + b + αe;    b ← b + βe
//   ETS(A,Ad,N)  ŷ = ℓ + φb;    ℓ ← ℓ + φb + αe;   b ← φb + βe
// Errors are Gaussian, so the likelihood is n·log(SSE) up to constants (R's lik). For given α, β, φ the errors are
// linear in the initial states, so ℓ₀ and b₀ are solved by least squares and the simplex search runs over the
// smoothing parameters only, within R's "usual" bounds (mapped onto an unbounded search space). A year without a figure (a gap) moves the state by the
// model's forecast without an update, so a gap is a longer step, not a missing value.
import { nelderMead } from './nelder-mead';
import type { Pt } from './methods';

export type EtsForm = 'ANN' | 'AAN' | 'AAdN';

export const ETS_LABEL: Record<EtsForm, string> = { ANN: 'ETS(A,N,N)', AAN: 'ETS(A,A,N)', AAdN: 'ETS(A,Ad,N)' };

/**
 * Fewest points each form is fitted on: R's ets() skips a form unless n > parameters + 4 (α and ℓ₀; + β and b₀;
 * + φ), so a trend needs 9 points and a damped trend 10.
 */
export const ETS_MIN_POINTS: Record<EtsForm, number> = { ANN: 7, AAN: 9, AAdN: 10 };

/** ETS is offered as a method from this many points: fewer, and choosing among its forms by AICc is guesswork. */
export const ETS_OFFERED_FROM = 8;

/** R's "usual" bounds: 1e-4 ≤ α ≤ 0.9999, 1e-4 ≤ β ≤ α, 0.8 ≤ φ ≤ 0.98. */
export const ETS_BOUNDS = { low: 1e-4, high: 0.9999, phiLow: 0.8, phiHigh: 0.98 } as const;

export interface EtsModel {
  form: EtsForm;
  alpha: number;
  beta: number;
  phi: number;
  /** Initial states (before the first figure), as R's par l and b. */
  l0: number;
  b0: number;
  /** States after the last figure. */
  level: number;
  trend: number;
  lastT: number;
  /** Figures fitted (the likelihood's n) and parameters estimated (smoothing + initial states). */
  n: number;
  params: number;
  sse: number;
  /** R's sigma2: SSE / (n − parameters). */
  sigma2: number;
  loglik: number;
  aic: number;
  aicc: number;
}

export interface Smoothing {
  alpha: number;
  beta: number;
  phi: number;
}

const hasTrend = (form: EtsForm) => form !== 'ANN';
const paramCount = (form: EtsForm) => (form === 'ANN' ? 2 : form === 'AAN' ? 4 : 5);

/** One pass of the model over the years from the first figure to the last: the errors at each figure and the final state. */
function filter(ps: readonly Pt[], s: Smoothing, l0: number, b0: number): { errors: number[]; level: number; trend: number } {
  let level = l0;
  let trend = b0;
  const errors: number[] = [];
  let year = ps[0]!.t;
  for (const p of ps) {
    // Years without a figure: the state follows the model's own forecast.
    for (; year < p.t; year++) {
      level += s.phi * trend;
      trend *= s.phi;
    }
    const forecast = level + s.phi * trend;
    const e = p.y - forecast;
    errors.push(e);
    level = forecast + s.alpha * e;
    trend = s.phi * trend + s.beta * e;
    year = p.t + 1;
  }
  return { errors, level, trend };
}

/**
 * The initial states that minimise the SSE for given smoothing parameters, and that SSE. The errors are linear in
 * the initial states, e = e⁰ + ℓ₀·r_ℓ + b₀·r_b (e⁰: the errors from a zero start; r: the errors a unit start makes
 * on no data), so the three passes run side by side and the normal equations give ℓ₀, b₀ and SSE = e⁰·e⁰ − x·u.
 */
function concentrated(ps: readonly Pt[], s: Smoothing, trend: boolean): { l0: number; b0: number; sse: number } {
  // States of the three passes: data from a zero start (0), no data from ℓ₀ = 1 (l), no data from b₀ = 1 (b).
  let l0s = 0, b0s = 0, lls = 1, bls = 0, lbs = 0, bbs = 1;
  let ee = 0, le = 0, be = 0, ll = 0, lb = 0, bb = 0;
  let year = ps[0]!.t;
  const { alpha, beta, phi } = s;
  for (const p of ps) {
    for (; year < p.t; year++) {
      l0s += phi * b0s; b0s *= phi; lls += phi * bls; bls *= phi; lbs += phi * bbs; bbs *= phi;
    }
    const e0 = p.y - (l0s + phi * b0s);
    const rl = -(lls + phi * bls);
    const rb = -(lbs + phi * bbs);
    ee += e0 * e0; le += rl * e0; be += rb * e0; ll += rl * rl; lb += rl * rb; bb += rb * rb;
    l0s += phi * b0s + alpha * e0; b0s = phi * b0s + beta * e0;
    lls += phi * bls + alpha * rl; bls = phi * bls + beta * rl;
    lbs += phi * bbs + alpha * rb; bbs = phi * bbs + beta * rb;
    year = p.t + 1;
  }
  const [u, v] = [-le, -be];
  const det = ll * bb - lb * lb;
  if (!trend || Math.abs(det) < 1e-12 * Math.max(1, ll * bb)) {
    const l0 = ll > 0 ? u / ll : 0;
    return { l0, b0: 0, sse: Math.max(0, ee - l0 * u) };
  }
  const l0 = (u * bb - lb * v) / det;
  const b0 = (ll * v - lb * u) / det;
  return { l0, b0, sse: Math.max(0, ee - l0 * u - b0 * v) };
}

const sseOf = (errors: readonly number[]) => errors.reduce((a, e) => a + e * e, 0);

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The simplex searches an unbounded space mapped onto R's bounds by logistic curves: α = lo + (hi − lo)·σ(x₀),
 * β = lo + (α − lo)·σ(x₁), φ = φlo + (φhi − φlo)·σ(x₂). Every point it tries is admissible, and an optimum on a
 * bound (α = 1e-4, φ = 0.98) is approached smoothly instead of by bouncing off a wall of infinite values.
 */
function smoothingOf(form: EtsForm, x: readonly number[]): Smoothing {
  const { low, high, phiLow, phiHigh } = ETS_BOUNDS;
  const alpha = low + (high - low) * logistic(x[0]!);
  if (form === 'ANN') return { alpha, beta: 0, phi: 1 };
  const beta = low + (alpha - low) * logistic(x[1]!);
  return { alpha, beta, phi: form === 'AAdN' ? phiLow + (phiHigh - phiLow) * logistic(x[2]!) : 1 };
}

/** Starting points on a coarse grid of the search space (α from 0.05 to 0.998, β from 2% to 73% of α, φ 0.85 or 0.95). */
function grid(form: EtsForm): number[][] {
  const xs0 = [-3, -1.5, 0, 1.5, 3, 6];
  if (form === 'ANN') return xs0.map((a) => [a]);
  const out: number[][] = [];
  for (const a of xs0) {
    for (const b of [-4, -1.5, 1]) {
      if (form === 'AAN') out.push([a, b]);
      else for (const phi of [-0.7, 1.1]) out.push([a, b, phi]);
    }
  }
  return out;
}

/** ETS of the given form by maximum likelihood; null when the series is too short for the form's parameters. */
export function fitEts(ps: readonly Pt[], form: EtsForm, minPoints = ETS_MIN_POINTS[form]): EtsModel | null {
  const n = ps.length;
  const k = paramCount(form);
  if (n < Math.max(minPoints, k + 1)) return null;
  const scale = ps.reduce((a, p) => a + Math.abs(p.y), 0) / n;
  // A flat series fits exactly: the SSE is floored so its log (the likelihood) stays finite.
  const floor = n * (1e-9 * Math.max(1, scale)) ** 2;
  const objective = (x: readonly number[]) => {
    const s = smoothingOf(form, x);
    return Math.max(floor, concentrated(ps, s, hasTrend(form)).sse);
  };
  let start = grid(form)[0]!;
  let startValue = Infinity;
  for (const g of grid(form)) {
    const v = objective(g);
    if (v < startValue) [start, startValue] = [g, v];
  }
  const steps = new Array<number>(form === 'ANN' ? 1 : form === 'AAN' ? 2 : 3).fill(1);
  // Restarted once from its own answer: a simplex that collapsed early gets a fresh look around the optimum.
  let best = nelderMead(objective, start, { steps });
  best = nelderMead(objective, best.x, { steps: steps.map((s) => s / 2) });
  const s = smoothingOf(form, best.x);
  const { l0, b0 } = concentrated(ps, s, hasTrend(form));
  return etsWith(ps, form, s, l0, b0, floor);
}

/** The model at given parameters and initial states (R's par): its likelihood, AICc, σ² and final state. */
export function etsWith(ps: readonly Pt[], form: EtsForm, s: Smoothing, l0: number, b0: number, sseFloor = 0): EtsModel {
  const n = ps.length;
  const k = paramCount(form);
  const smoothing = form === 'ANN' ? { alpha: s.alpha, beta: 0, phi: 1 } : form === 'AAN' ? { ...s, phi: 1 } : s;
  const run = filter(ps, smoothing, l0, form === 'ANN' ? 0 : b0);
  const sse = Math.max(sseFloor, sseOf(run.errors));
  const lik = n * Math.log(sse);
  const np = k + 1; // and σ
  const aic = lik + 2 * np;
  return {
    form, ...smoothing, l0, b0: form === 'ANN' ? 0 : b0, level: run.level, trend: run.trend, lastT: ps[n - 1]!.t, n, params: k, sse,
    sigma2: sse / (n - k), loglik: -0.5 * lik, aic, aicc: n - np - 1 > 0 ? aic + (2 * np * (np + 1)) / (n - np - 1) : Infinity,
  };
}

/** The point forecast for year t: ℓ + (φ + φ² + … + φʰ)·b. */
export function etsPoint(m: EtsModel, t: number): number {
  const h = Math.round(t - m.lastT);
  let damp = 0;
  for (let j = 1; j <= h; j++) damp += m.phi ** j;
  return m.level + damp * m.trend;
}

/**
 * The h-step forecast variance of a model with additive errors (Hyndman et al. 2008, table 6.1, class 1):
 * σ²·(1 + Σⱼ₌₁ʰ⁻¹ cⱼ²), cⱼ = α (A,N,N); α + βj (A,A,N); α + βφ(1 − φʲ)/(1 − φ) (A,Ad,N).
 */
export function etsVariance(m: EtsModel, t: number): number {
  const h = Math.round(t - m.lastT);
  let sum = 1;
  for (let j = 1; j < h; j++) {
    const c = m.form === 'ANN' ? m.alpha : m.form === 'AAN' ? m.alpha + m.beta * j : m.alpha + (m.beta * m.phi * (1 - m.phi ** j)) / (1 - m.phi);
    sum += c * c;
  }
  return m.sigma2 * sum;
}

export interface EtsChoice {
  chosen: EtsModel;
  /** Every form fitted, in ETS_FORMS order, with its AICc. */
  candidates: EtsModel[];
}

const ETS_FORMS: readonly EtsForm[] = ['ANN', 'AAN', 'AAdN'];

const cache = new Map<string, EtsChoice | null>();
const CACHE_LIMIT = 2000;

/**
 * Every form the series has points for, the smallest AICc chosen (ties to the simpler form). `annFrom` lets a
 * backtest origin shorter than ETS_MIN_POINTS.ANN still fit the level-only form. Memoised on the points: the
 * backtest, the recalibration and the spread ask for the same fits.
 */
export function chooseEts(ps: readonly Pt[], annFrom = ETS_MIN_POINTS.ANN): EtsChoice | null {
  const key = `${annFrom}|${ps.map((p) => `${p.t}:${p.y}`).join(',')}`;
  if (cache.has(key)) return cache.get(key)!;
  const candidates = ETS_FORMS.map((f) => fitEts(ps, f, f === 'ANN' ? annFrom : ETS_MIN_POINTS[f])).filter((m): m is EtsModel => m !== null);
  let chosen: EtsModel | null = null;
  for (const m of candidates) if (!chosen || m.aicc < chosen.aicc - 1e-9) chosen = m;
  const out = chosen ? { chosen, candidates } : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/** "ETS(A,Ad,N), AICc 12.3": the chosen form as the economist reads it. */
export function etsFormText(c: EtsChoice): string {
  const others = c.candidates.filter((m) => m !== c.chosen).map((m) => `${ETS_LABEL[m.form]} ${m.aicc.toFixed(1)}`);
  return `${ETS_LABEL[c.chosen.form]}, AICc ${c.chosen.aicc.toFixed(1)}${others.length ? ` (over ${others.join(', ')})` : ''}`;
}
