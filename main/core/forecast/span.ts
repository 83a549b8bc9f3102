// A target over a span ("2021-2025年年均增长6%") is met by the span's average, not by its last year: the
// years already reported enter as they are, the remaining ones as the recommended method's forecasts, and
// the probability is that of the whole span's average.
import { acceptedRange } from '../score/attainment';
import { parsePeriod } from '../types';
import type { Pt } from './methods';
import { averageSpread } from './predictive';
import { tCdf, tMultiplier } from './student-t';
import type { ForecastInputs, Interval, SpanForecast } from './types';

type SpanModel = 'naive' | 'drift' | 'linear_trend';
const SPAN_MODELS: readonly string[] = ['naive', 'drift', 'linear_trend'];

/** Whether the target is an average over several years: a growth or change stated for a span. */
export function isSpanAverage(inputs: Pick<ForecastInputs, 'targetPeriod' | 'measure'>): boolean {
  const p = parsePeriod(inputs.targetPeriod);
  return !!p && p.endYear > p.year && (inputs.measure === 'growth' || inputs.measure === 'change');
}

export interface SpanArgs {
  inputs: ForecastInputs;
  method: string;
  predict: (t: number) => number;
  /** History the method was fitted on. */
  ps: readonly Pt[];
  /** The recommended method's recalibration factor on its spread (1 when none). */
  scale: number;
  pFloor: number;
}

export function spanForecast({ inputs, method, predict, ps, scale, pFloor }: SpanArgs): SpanForecast | null {
  const p = parsePeriod(inputs.targetPeriod)!;
  const years: number[] = [];
  for (let y = p.year; y <= p.endYear; y++) years.push(y);
  const last = ps.length ? ps[ps.length - 1]!.t : -Infinity;
  // Only what the method saw: a figure for the span's end year is the outcome, not an input.
  const known = inputs.series.filter((s) => s.t >= p.year && s.t <= Math.min(p.endYear, last));
  const remaining = years.filter((y) => y > last);
  const reportedSum = known.reduce((a, s) => a + s.value, 0);
  const gaps = years.filter((y) => y <= last && !known.some((s) => s.t === y));
  const goal = inputs.target ? (inputs.target.qualifier === 'range' && inputs.target.low !== null && inputs.target.high !== null ? (inputs.target.low + inputs.target.high) / 2 : inputs.target.value) : null;
  const counted = known.length + remaining.length;
  const base = {
    period: inputs.targetPeriod, method, reported: known.map((s) => ({ period: s.period, value: s.value })), remainingYears: remaining,
    missingYears: gaps,
    requiredAverageRemaining: goal === null || remaining.length === 0 ? null : (goal * counted - reportedSum) / remaining.length,
  };
  const points = remaining.map(predict);
  const average = (reportedSum + points.reduce((a, b) => a + b, 0)) / counted;
  if (remaining.length === 0) {
    return { ...base, averagePoint: average, intervals: [], basis: 'every year of the span is reported: the average is known', pMeet: null, pMeetOrWithin: null };
  }
  const spread = SPAN_MODELS.includes(method) ? averageSpread(method as SpanModel, ps, remaining) : null;
  if (!spread) return { ...base, averagePoint: average, intervals: [], basis: `${method} has no model for the average of several years`, pMeet: null, pMeetOrWithin: null };
  // The span's average moves by the remaining years' share of it.
  const se = Math.max(spread.se * scale, 1e-9) * (remaining.length / counted);
  const df = spread.df;
  const intervals: Interval[] = ([80, 95] as const).map((level) => ({ level, low: average - tMultiplier(level, df) * se, high: average + tMultiplier(level, df) * se }));
  const prob = (range: [number, number] | null) => {
    if (!range) return null;
    const at = (x: number) => (x === Infinity ? 1 : x === -Infinity ? 0 : tCdf((x - average) / se, df));
    return Math.min(1 - pFloor, Math.max(pFloor, at(range[1]) - at(range[0])));
  };
  const t = inputs.target;
  const basis = `average of ${known.length} reported and ${remaining.length} forecast year(s) (${remaining.join(', ')}); t(${df}) on ${method}'s spread of their mean${gaps.length ? `; not reported and left out: ${gaps.join(', ')}` : ''}`;
  return {
    ...base, averagePoint: average, intervals, basis,
    pMeet: t ? prob(acceptedRange(t, inputs.measure, inputs.direction, inputs.tolerance, false)) : null,
    pMeetOrWithin: t ? prob(acceptedRange(t, inputs.measure, inputs.direction, inputs.tolerance, true)) : null,
  };
}
