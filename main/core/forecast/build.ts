// One forecast for one target: every method fitted and backtested on the same origins, ranked on those
// common errors, given a model-based predictive interval (t quantiles), the recommended one recalibrated on
// its own out-of-sample errors, and asked how likely the target is to be met.
import { PlanscopeError } from '../errors';
import { acceptedRange } from '../score/attainment';
import { parsePeriod } from '../types';
import { metrics, naiveScale, sigmaPerYear, type BacktestStep, type MetricOptions } from './backtest';
import { cagr, dampedHolt, drift, isFitted, linearTrend, naive, ses, theta, type Fit, type Pt } from './methods';
import { h1ToFullYear } from './partial-year';
import { chooseEts, ETS_OFFERED_FROM, etsFormText, etsPoint } from './ets';
import { driftSpread, ETS_FIT_FROM, etsSpread, naiveSpread, sesSpread, trendSpread, type Spread } from './predictive';
import { combinationOf, combinationSpread } from './combination';
import { conditionOnPartYear } from './conditioning';
import { reportingStep } from './resolution';
import { isSpanAverage, spanForecast } from './span';
import { tCdf, tMultiplier } from './student-t';
import { targetPath } from './target-path';
import { METHOD_NAMES, type ForecastInputs, type ForecastResult, type Interval, type KnownOutcome, type MethodForecast, type MethodName, type SpanForecast } from './types';
import { SPREAD_WORDS } from '../wording/terms';

/** Longest history used: older points describe a different economy and would swamp short-series methods. */
export const MAX_POINTS = 20;
/** Fewer backtest errors than this and the intervals are flagged as indicative only. */
export const MIN_ERRORS_FOR_INTERVALS = 3;
/** Methods are ranked only on at least this many common backtest errors; fewer, and the default method stands. */
export const MIN_ERRORS_TO_RANK = 2;
/** Every backtest origin fits every method on at least this many points (the trend line needs 3). */
export const MIN_TRAIN_POINTS = 3;
/** Damped trend is fitted only from this many points, as R's ets() refuses to damp shorter series. */
export const MIN_POINTS_DAMPED = 10;
/** P(meet) is kept inside [P_FLOOR, 1 − P_FLOOR]: a model fitted to a few points is never certain. */
export const P_FLOOR = 0.01;

type PointMethod = Exclude<MethodName, 'h1_to_full_year'>;

interface Working {
  isLevel: boolean;
  /** The scale the spread lives on: log for positive levels, the value itself otherwise. */
  w: (y: number) => number;
  unw: (z: number) => number;
}

const SPREADS: Record<PointMethod, ((ps: readonly Pt[], t: number) => Spread | null) | null> = {
  naive: naiveSpread, drift: driftSpread, linear_trend: trendSpread, ses: sesSpread, theta: sesSpread, ets: etsSpread, combination: combinationSpread, cagr: driftSpread, damped_holt: null,
};

/** What each method's spread is estimated from, as the interval basis says it (both languages: wording/terms.ts). */
const SPREAD_BASIS = (name: PointMethod): string => SPREAD_WORDS[name]!.en;

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
  const isLevel = (inputs.measure === 'level' || inputs.measure === 'count') && ps.length > 0 && ps.every((p) => p.y > 0);
  const work: Working = isLevel ? { isLevel, w: Math.log, unw: Math.exp } : { isLevel, w: (y) => y, unw: (z) => z };
  const ets = etsMethod(work);
  const members: Record<string, (train: readonly Pt[]) => Fit> = {
    naive, drift, linear_trend: linearTrend, ses, theta, cagr: (train) => cagr(train, inputs.measure === 'level' || inputs.measure === 'count'),
    ets: (train) => (train.length >= ETS_OFFERED_FROM ? ets(train) : { unavailable: 'not offered' }),
  };
  const fits: Record<PointMethod, (train: readonly Pt[]) => Fit> = {
    naive, drift, linear_trend: linearTrend, ses, theta, ets, damped_holt: dampedHolt, cagr: members.cagr!, combination: combinationOf(Object.values(members)),
  };
  const finals = new Map<PointMethod, Fit>();
  for (const name of METHOD_NAMES) {
    if (name === 'h1_to_full_year') continue;
    finals.set(name, tooShort(name, ps.length) ?? fits[name](ps));
  }
  const ranked = [...finals].filter(([, f]) => isFitted(f)).map(([n]) => n);
  const origins = commonOrigins(ps, ranked, fits);
  const metricOptions: MetricOptions = { naiveScale: naiveScale(ps), levelsOnlyMape: { isLevel: inputs.measure === 'level' || inputs.measure === 'count' } };
  const methods: MethodForecast[] = [];
  for (const name of METHOD_NAMES) {
    if (name === 'h1_to_full_year') {
      const h = h1ToFullYear(inputs);
      methods.push(h.fit ? partialYearMethod(inputs, h.fit.point, h.steps, h.fit.params) : unavailable(name, h.reason));
      continue;
    }
    const fit = finals.get(name)!;
    if (!isFitted(fit)) {
      methods.push(unavailable(name, fit.unavailable));
      continue;
    }
    const steps = origins.map((i) => step(ps, i, fits[name]));
    const spread = spreadOf(name, ps, T, work, steps);
    const m = finish(inputs, work, name, fit.predict(T), steps, spread, fit.params, metricOptions);
    methods.push(fit.form ? { ...m, form: fit.form } : m);
  }
  const best = rank(methods, origins.length, inputs, notes);
  const candidates = methods.filter((m) => m.rank !== null).length;
  const scale = best ? recalibrate(inputs, work, best, ps, origins, fits, candidates) : 1;
  if (best && !isSpanAverage(inputs)) conditionBest(inputs, work, best, ps, T, notes);
  const span = best && isSpanAverage(inputs) ? spanOf(inputs, best, finals, ps, scale, methods, notes) : null;
  const outcome = knownOutcome(inputs, T, best);
  if (outcome) notes.push(`outcome known: ${outcome.period} is ${outcome.value} (${outcome.kind}); the forecast is scored against it, not needed`);
  return { inputs, horizonYears: horizon, methods, best: best?.method ?? null, backtestPoints: origins.length, targetPath: targetPath(inputs, T), outcome, span, notes };
}

/**
 * ETS chosen by AICc on the working scale (logs of a positive level, as the spreads), its point taken back to the
 * value. A backtest origin with fewer points than ETS is offered from fits the level-only form ETS(A,N,N), so ETS is
 * scored on the same origins as every other method.
 */
function etsMethod(work: Working): (train: readonly Pt[]) => Fit {
  return (train) => {
    const c = chooseEts(onScale(train, work), ETS_FIT_FROM);
    if (!c) return { unavailable: `needs at least ${ETS_FIT_FROM} points` };
    const m = c.chosen;
    const params: Record<string, number> = { alpha: m.alpha, l0: m.l0, aicc: m.aicc, sigma2: m.sigma2 };
    if (m.form !== 'ANN') Object.assign(params, { beta: m.beta, b0: m.b0 });
    if (m.form === 'AAdN') params.phi = m.phi;
    return { predict: (t) => work.unw(etsPoint(m, t)), params, form: etsFormText(c) };
  };
}

/** Methods refused on the whole series although they fit shorter backtest windows (damped trend, ETS's choice of form). */
function tooShort(name: PointMethod, n: number): Fit | null {
  if (name === 'damped_holt' && n < MIN_POINTS_DAMPED) return { unavailable: `needs at least ${MIN_POINTS_DAMPED} points (damping a shorter series is guesswork)` };
  if (name === 'ets' && n < ETS_OFFERED_FROM) return { unavailable: `needs at least ${ETS_OFFERED_FROM} points (choosing an ETS form by AICc on fewer is guesswork)` };
  return null;
}

/** The part-year figure of the target year enters the recommended forecast (see conditioning.ts). */
function conditionBest(inputs: ForecastInputs, work: Working, best: MethodForecast, ps: readonly Pt[], T: number, notes: string[]): void {
  if (work.isLevel || best.intervalDf === null) return;
  const one = naiveSpread(ps, ps.length ? ps[ps.length - 1]!.t + 1 : T);
  if (!one) return;
  const c = conditionOnPartYear(inputs, best, one.se);
  if (!c) return;
  Object.assign(best, {
    point: c.point, seWorking: c.se, intervals: intervalsOf(work, c.point, c.se, best.intervalDf),
    intervalBasis: `${best.intervalBasis}; ${c.basis}`,
    ...targetProbs(inputs, work, c.point, c.se, best.intervalDf),
  });
  notes.push(`the ${inputs.partial!.period} figure ${inputs.partial!.value} enters the forecast with weight ${c.weight.toFixed(2)}`);
}

/** The target year's own figure, when the workspace has it (a span target: its end year). */
function knownOutcome(inputs: ForecastInputs, T: number, best: MethodForecast | null): KnownOutcome | null {
  const actual = inputs.series.find((p) => p.t === T);
  if (!actual) return null;
  const iv = (level: 80 | 95) => best?.intervals.find((i) => i.level === level);
  const within = (level: 80 | 95) => { const i = iv(level); return i ? actual.value >= i.low && actual.value <= i.high : null; };
  return {
    period: actual.period, value: actual.value, kind: actual.kind, factId: actual.factId,
    error: best?.point == null ? null : actual.value - best.point, inside80: within(80), inside95: within(95),
  };
}

/** The year a target period ends in: 2024 for "2024" and "2024H1", 2025 for "2021-2025". */
export function targetYear(period: string): number {
  const p = parsePeriod(period);
  if (!p) throw PlanscopeError.says('bad-input', 'period.invalid', { period });
  return p.endYear;
}

/**
 * Backtest origins shared by every method: index i forecasts point i from points 0..i−1. An origin counts only
 * when every method can fit there, so no method is scored on an easier or shorter window than another.
 */
function commonOrigins(ps: readonly Pt[], names: readonly PointMethod[], fits: Record<PointMethod, (train: readonly Pt[]) => Fit>): number[] {
  const out: number[] = [];
  for (let i = MIN_TRAIN_POINTS; i < ps.length; i++) {
    if (names.every((n) => isFitted(fits[n](ps.slice(0, i))))) out.push(i);
  }
  return out;
}

function step(ps: readonly Pt[], i: number, fit: (train: readonly Pt[]) => Fit): BacktestStep {
  const f = fit(ps.slice(0, i)) as Exclude<Fit, { unavailable: string }>;
  const p = ps[i]!;
  const prev = ps[i - 1]!;
  return { t: p.t, actual: p.y, forecast: f.predict(p.t), previous: prev.y, horizon: p.t - prev.t };
}

const onScale = (ps: readonly Pt[], work: Working): Pt[] => ps.map((p) => ({ t: p.t, y: work.w(p.y) }));

/** The method's own model spread; a method without one (damped Holt) uses its backtest errors with n df. */
function spreadOf(name: PointMethod, ps: readonly Pt[], T: number, work: Working, steps: readonly BacktestStep[]): (Spread & { basis: string }) | null {
  const model = SPREADS[name];
  const scale = work.isLevel ? ', on the log scale' : '';
  if (model) {
    const s = model(onScale(ps, work), T);
    return s && { ...s, basis: `t(${s.df}) on ${s.label ?? SPREAD_BASIS(name)}${scale}` };
  }
  if (steps.length < 2) return null;
  const h = T - ps[ps.length - 1]!.t;
  const se = Math.sqrt(steps.reduce((a, s) => a + (work.w(s.actual) - work.w(s.forecast)) ** 2 / s.horizon, 0) / steps.length) * Math.sqrt(h);
  return { se, df: steps.length, basis: `t(${steps.length}) on ${steps.length} backtest errors${scale}` };
}

function unavailable(method: MethodName, reason: string): MethodForecast {
  return {
    method, available: false, reason, point: null, intervals: [], intervalNote: null, intervalBasis: null, intervalDf: null, sigmaPerYear: null,
    metrics: metrics([]), pMeet: null, pMeetOrWithin: null, rank: null, params: {},
  };
}

/** The spread is never below one reporting step of the data: a flat series is not a certain one. */
function floored(inputs: ForecastInputs, work: Working, point: number, se: number): number {
  const stepSize = reportingStep(inputs.series.map((p) => p.value));
  const floor = work.isLevel ? stepSize / Math.abs(point || 1) : stepSize;
  return Math.max(se, floor);
}

function intervalsOf(work: Working, point: number, se: number, df: number): Interval[] {
  return ([80, 95] as const).map((level) => {
    const q = tMultiplier(level, df) * se;
    return { level, low: work.unw(work.w(point) - q), high: work.unw(work.w(point) + q) };
  });
}

/** P(low ≤ Y ≤ high) under the location-scale t on the working scale, kept off 0 and 1. */
function probOf(work: Working, point: number, se: number, df: number, range: [number, number]): number {
  const at = (x: number) => {
    if (x === Infinity) return 1;
    if (x === -Infinity || (work.isLevel && x <= 0)) return 0;
    return tCdf((work.w(x) - work.w(point)) / se, df);
  };
  const p = at(range[1]) - at(range[0]);
  return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));
}

function targetProbs(inputs: ForecastInputs, work: Working, point: number, se: number, df: number): { pMeet: number | null; pMeetOrWithin: number | null } {
  if (!inputs.target) return { pMeet: null, pMeetOrWithin: null };
  const strict = acceptedRange(inputs.target, inputs.measure, inputs.direction, inputs.tolerance, false);
  const loose = acceptedRange(inputs.target, inputs.measure, inputs.direction, inputs.tolerance, true);
  return {
    pMeet: strict ? probOf(work, point, se, df, strict) : null,
    pMeetOrWithin: loose ? probOf(work, point, se, df, loose) : null,
  };
}

function finish(inputs: ForecastInputs, work: Working, method: MethodName, point: number, steps: BacktestStep[], spread: (Spread & { basis: string }) | null, params: Record<string, number>, opts: MetricOptions = {}): MethodForecast {
  const m = metrics(steps, opts);
  const base: MethodForecast = {
    method, available: true, reason: null, point, intervals: [], intervalNote: null, intervalBasis: null, intervalDf: null,
    sigmaPerYear: sigmaPerYear(steps), metrics: m, pMeet: null, pMeetOrWithin: null, rank: null, params,
  };
  if (!spread) return { ...base, intervalNote: 'no interval: the series is too short to estimate this method\'s error' };
  const se = floored(inputs, work, point, spread.se);
  return {
    ...base, intervals: intervalsOf(work, point, se, spread.df), intervalBasis: spread.basis, intervalDf: spread.df, seWorking: se,
    intervalNote: spread.df < MIN_ERRORS_FOR_INTERVALS ? `indicative only: the error scale rests on ${spread.df} degree(s) of freedom` : null,
    ...targetProbs(inputs, work, point, se, spread.df),
  };
}

/** H1→full-year: its leave-one-year-out errors are all it has, on the value's own scale. */
function partialYearMethod(inputs: ForecastInputs, point: number, steps: BacktestStep[], params: Record<string, number>): MethodForecast {
  const plain: Working = { isLevel: false, w: (y) => y, unw: (z) => z };
  const se = steps.length ? Math.sqrt(steps.reduce((a, s) => a + (s.actual - s.forecast) ** 2, 0) / steps.length) : null;
  const opts: MetricOptions = { levelsOnlyMape: { isLevel: inputs.measure === 'level' || inputs.measure === 'count' } };
  return finish(inputs, plain, 'h1_to_full_year', point, steps, se === null ? null : { se, df: steps.length, basis: `t(${steps.length}) on ${steps.length} leave-one-year-out error(s)` }, params, opts);
}

/** Without enough common errors the method follows the measure: levels grow, rates and growth stay put. */
const DEFAULT_METHOD = (inputs: ForecastInputs): PointMethod => (inputs.measure === 'level' || inputs.measure === 'count' ? 'cagr' : 'naive');

/**
 * Rank by RMSE on the common origins, on the working scale (relative errors for levels), then MAE, then the
 * fixed method order. Too few common errors: no ranking, and the measure's default method is recommended.
 */
function rank(methods: MethodForecast[], nErrors: number, inputs: ForecastInputs, notes: string[]): MethodForecast | null {
  const order = (m: MethodForecast) => METHOD_NAMES.indexOf(m.method);
  const pointMethods = methods.filter((m) => m.available && m.method !== 'h1_to_full_year');
  if (nErrors < MIN_ERRORS_TO_RANK) {
    notes.push(`not ranked: ${nErrors} common backtest point(s), ${MIN_ERRORS_TO_RANK} needed; the default method for a ${inputs.measure} is shown`);
    const preferred = pointMethods.find((m) => m.method === DEFAULT_METHOD(inputs) && m.intervals.length) ?? pointMethods.find((m) => m.intervals.length) ?? pointMethods[0];
    return preferred ?? methods.find((m) => m.available) ?? null;
  }
  const score = (m: MethodForecast) => m.metrics.rmse!;
  const sorted = [...pointMethods].sort((a, b) => score(a) - score(b) || a.metrics.mae! - b.metrics.mae! || order(a) - order(b));
  sorted.forEach((m, i) => (m.rank = i + 1));
  return sorted.find((m) => m.intervals.length > 0) ?? sorted[0] ?? null;
}

/**
 * The winner's curse: the method with the smallest backtest errors looks better than it is. Its interval is
 * recalibrated on its own out-of-sample errors, standardized by the spread the model claimed at each origin;
 * the in-sample and out-of-sample variance are pooled by their degrees of freedom, and never narrowed.
 */
function recalibrate(inputs: ForecastInputs, work: Working, best: MethodForecast, ps: readonly Pt[], origins: readonly number[], fits: Record<PointMethod, (train: readonly Pt[]) => Fit>, candidates: number): number {
  const name = best.method as PointMethod;
  const model = SPREADS[name];
  if (!model || best.point === null || best.intervalDf === null || best.seWorking === undefined || origins.length === 0) return 1;
  const scaled = onScale(ps, work);
  const u2: number[] = [];
  for (const i of origins) {
    const s = model(scaled.slice(0, i), scaled[i]!.t);
    if (!s || s.se <= 0) continue;
    const f = fits[name](ps.slice(0, i)) as Exclude<Fit, { unavailable: string }>;
    u2.push(((work.w(ps[i]!.y) - work.w(f.predict(ps[i]!.t))) / s.se) ** 2);
  }
  if (u2.length === 0) return 1;
  const df = best.intervalDf;
  const k2 = Math.max(1, (df + u2.reduce((a, b) => a + b, 0)) / (df + u2.length));
  const sel = selectionWidening(candidates, origins.length);
  const se = best.seWorking * Math.sqrt(k2) * sel;
  // The winner's own errors chose it as well as scaling it: each counts as half a degree of freedom.
  const dfAll = df + Math.floor(u2.length / 2);
  Object.assign(best, {
    intervals: intervalsOf(work, best.point, se, dfAll), intervalDf: dfAll, seWorking: se,
    intervalBasis: `${best.intervalBasis}, recalibrated on its ${u2.length} out-of-sample error(s) (scale × ${Math.sqrt(k2).toFixed(2)}) and widened × ${sel.toFixed(2)} for having been picked among ${candidates} methods on ${origins.length} backtest points`,
    ...targetProbs(inputs, work, best.point, se, dfAll),
  });
  return Math.sqrt(k2) * sel;
}

/**
 * The winner of M methods scored on n errors looks better than it is by roughly its share of the noise in
 * that comparison: variance × (1 + (M − 1)/(2M·n)). Heuristic, checked by the calibration simulation
 * (tests/core/forecast-calibration.test.ts): 4 methods on 2 errors widen by 9%, on 7 errors by 3%.
 */
export function selectionWidening(candidates: number, errors: number): number {
  if (candidates < 2 || errors === 0) return 1;
  return Math.sqrt(1 + (candidates - 1) / (2 * candidates * errors));
}

/**
 * A span-average target: P is about the span's average, so the end-year probabilities of every method are
 * withdrawn and the recommended method's P is that of the average.
 */
function spanOf(inputs: ForecastInputs, best: MethodForecast, finals: Map<PointMethod, Fit>, ps: readonly Pt[], scale: number, methods: MethodForecast[], notes: string[]): SpanForecast | null {
  const fit = finals.get(best.method as PointMethod);
  if (!fit || !isFitted(fit)) return null;
  const span = spanForecast({ inputs, method: best.method, predict: (t) => fit.predict(t), ps, scale, pFloor: P_FLOOR });
  for (const m of methods) Object.assign(m, { pMeet: null, pMeetOrWithin: null });
  if (span) {
    Object.assign(best, { pMeet: span.pMeet, pMeetOrWithin: span.pMeetOrWithin });
    notes.push(`${inputs.targetPeriod} is an average over the span: P(meet) is about the span's average (${span.basis})`);
  }
  return span;
}
