// The reading of one forecast an economist takes away (what `forecast --all` prints as its summary and the
// briefing workbook's 预测 sheet shows, row for row): the target and its wording, the method chosen, the point
// and intervals of what the target is about (the year, or a span's average), P(meet target), what the interval
// rests on, how many backtest points, and whether the outcome is already known. One function for both, so the
// CLI and the sheet cannot drift apart.
import { periodsStated } from '../store/queries/forecasts';
import type { Workspace } from '../store/workspace';
import type { Tolerance } from '../score/types';
import type { Qualifier } from '../types';
import { comparePeriods, parsePeriod } from '../types';
import { forecastAll } from './batch';
import type { ForecastResult, Interval, MethodName } from './types';

export interface ForecastSummary {
  region: string;
  indicator: string;
  measure: string;
  unit: string | null;
  targetPeriod: string;
  target: { value: number | null; low: number | null; high: number | null; qualifier: Qualifier } | null;
  method: MethodName | null;
  /** The form the method chose (ETS), in words. */
  methodForm: string | null;
  /** What point, intervals and P are about: the target year's figure, or the average over a span target's years. */
  subject: 'year' | 'span_average';
  point: number | null;
  interval80: [number, number] | null;
  interval95: [number, number] | null;
  pMeet: number | null;
  pMeetOrWithin: number | null;
  basis: string | null;
  backtestPoints: number;
  outcomeKnown: { period: string; value: number; error: number | null; inside80: boolean | null; inside95: boolean | null } | null;
}

const pair = (ivs: readonly Interval[], level: 80 | 95): [number, number] | null => {
  const i = ivs.find((x) => x.level === level);
  return i ? [i.low, i.high] : null;
};

export function forecastSummary(r: ForecastResult): ForecastSummary {
  const i = r.inputs;
  const best = r.methods.find((m) => m.method === r.best) ?? null;
  const span = r.span && r.span.intervals.length > 0 ? r.span : null;
  return {
    region: i.region, indicator: i.indicator, measure: i.measure, unit: i.unit, targetPeriod: i.targetPeriod,
    target: i.target && { value: i.target.value, low: i.target.low, high: i.target.high, qualifier: i.target.qualifier },
    method: best?.method ?? null, methodForm: best?.form ?? null,
    subject: span ? 'span_average' : 'year',
    point: span ? span.averagePoint : best?.point ?? null,
    interval80: pair(span ? span.intervals : best?.intervals ?? [], 80),
    interval95: pair(span ? span.intervals : best?.intervals ?? [], 95),
    pMeet: best?.pMeet ?? null, pMeetOrWithin: best?.pMeetOrWithin ?? null,
    basis: span ? span.basis : best?.intervalBasis ?? null,
    backtestPoints: r.backtestPoints,
    outcomeKnown: r.outcome && { period: r.outcome.period, value: r.outcome.value, error: r.outcome.error, inside80: r.outcome.inside80, inside95: r.outcome.inside95 },
  };
}

/** Every series' summary for one target period: the batch behind `forecast --all` and the 预测 sheet. */
export function forecastSummaries(ws: Workspace, targetPeriod: string, tolerance?: Partial<Tolerance>): ForecastSummary[] {
  return forecastAll(ws, targetPeriod, tolerance).map(forecastSummary);
}

const WORDING: Record<'zh' | 'en', Record<Qualifier, (v: string) => string>> = {
  zh: { exact: (v) => v, approx: (v) => `${v}左右`, at_least: (v) => `${v}以上`, at_most: (v) => `${v}以内`, range: (v) => v, more_than: (v) => `超过${v}` },
  en: { exact: (v) => v, approx: (v) => `about ${v}`, at_least: (v) => `at least ${v}`, at_most: (v) => `at most ${v}`, range: (v) => v, more_than: (v) => `more than ${v}` },
};

/** The target as a report words it: 6%左右, 7%以上, 5–6%, 超过 300 (the unit after the number, as stated). */
export function targetWording(t: ForecastSummary['target'], unit: string | null, lang: 'zh' | 'en'): string | null {
  if (!t) return null;
  const u = unit ?? '';
  const sep = u && !/^[%‰]/.test(u) && lang === 'en' ? ' ' : '';
  const num = (x: number) => `${x}`;
  if (t.qualifier === 'range' && t.low !== null && t.high !== null) return `${num(t.low)}–${num(t.high)}${sep}${u}`;
  if (t.value === null) return null;
  return WORDING[lang][t.qualifier](`${num(t.value)}${sep}${u}`);
}

/**
 * The period the briefing forecasts for: the year under way when the workspace's newest outcome is a part-year
 * figure (2024H1 → 2024), else the year after the newest full-year outcome (2022 → 2023); with no outcome at all,
 * the newest year a target is stated for. Null when the workspace holds neither.
 */
export function briefingForecastPeriod(ws: Workspace): string | null {
  const periods = (what: 'outcomes' | 'targets') => periodsStated(ws, what).filter((p) => { const q = parsePeriod(p); return q !== null && q.year === q.endYear; });
  const outcomes = periods('outcomes');
  const newest = outcomes.sort(comparePeriods).at(-1);
  if (newest) {
    const p = parsePeriod(newest)!;
    return String(p.sub === 'Y' ? p.year + 1 : p.year);
  }
  const targets = periods('targets').sort(comparePeriods);
  const last = targets.at(-1);
  return last ? String(parsePeriod(last)!.year) : null;
}
