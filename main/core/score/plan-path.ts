// Where a multi-year target stands: from the plan's base, through the latest outcome, to the target year.
// Pure arithmetic on one target; plan-targets.ts finds the numbers in a workspace.
//
// Three shapes of target, each read the way the plan means it:
// - a level or count ("到2025年地区生产总值达到3000亿元"): compound annual growth achieved since the base and still
//   required from the latest outcome;
// - a share or rate ("常住人口城镇化率达到75%", "城镇调查失业率控制在5.5%以内"): the change per year in percentage
//   points, achieved and required;
// - an average growth over a span ("2021-2025年年均增长6%"): the average of the annual growths reported so far,
//   and the average the remaining years need for the span to meet it;
// - a total over the plan's years ("引进持牌金融机构30家", "新增上市公司10家"): what the years reported so far add up
//   to, against the share of the plan's time gone, and the amount per year still required.
import { parsePeriod, type Direction, type Measure, type Qualifier } from '../types';
import { attain } from './attainment';
import { DEFAULT_TOLERANCE, type TargetRef } from './types';

export type PlanStatus = 'on_track' | 'off_track' | 'met' | 'no_actual' | 'not_judged';

export interface PlanTarget {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
  period: string;
}

export interface PlanPoint {
  value: number;
  period: string;
}

export interface PlanInput {
  measure: Measure;
  direction: Direction;
  target: PlanTarget;
  /** The plan's starting value (the year before its span, or the year of the report that set the target). */
  base: PlanPoint | null;
  /** The plan's base year, whether or not a value for it is known (the year before a span). */
  baseYear: number | null;
  /** Full-year outcomes after the base year up to the target year, oldest first; for a span average, the annual growths. */
  outcomes: readonly PlanPoint[];
  /** The target is a total over the plan's years (新增, 引进, 累计), so each year's outcome adds to it. */
  cumulative?: boolean;
}

export interface PlanPosition {
  latest: PlanPoint | null;
  /** Compound annual growth since the base, in percent (levels and counts). */
  achievedAnnualGrowthPct: number | null;
  requiredAnnualGrowthPct: number | null;
  /** Change per year in percentage points (shares and rates). */
  achievedAnnualChangePp: number | null;
  requiredAnnualChangePp: number | null;
  /** For a span average: the average growth of the years reported so far. */
  averageSoFarPct: number | null;
  /** For a total over the plan's years: the sum of the years reported so far, and the amount per year still needed. */
  totalSoFar: number | null;
  requiredPerYear: number | null;
  /** How far from the base to the target the latest outcome is, in percent of the way. */
  progressPct: number | null;
  /** How much of the time from the base year to the target year has passed, in percent. */
  timeElapsedPct: number | null;
  status: PlanStatus;
  /** Why a status is no_actual or not_judged, in the economist's words (zh). */
  reason: string | null;
}

type Shape = 'level' | 'points' | 'average' | 'total';

/**
 * Growth and change targets over a span are averages; shares and rates move in points; counts and amounts the
 * plan adds up over its years are totals; the rest are levels.
 */
export function shapeOf(measure: Measure, cumulative = false): Shape {
  if (measure === 'growth' || measure === 'change') return 'average';
  if (cumulative && (measure === 'count' || measure === 'level')) return 'total';
  if (measure === 'share' || measure === 'rate') return 'points';
  return 'level';
}

/** The number the outcome has to reach: the near end of a range on the good side, else the stated value. */
function barOf(t: PlanTarget, direction: Direction): number | null {
  if (t.qualifier !== 'range') return t.value;
  if (direction === 'lower') return t.high ?? t.value;
  return t.low ?? t.value;
}

/** Whether the target is a hard bound the latest outcome must keep (控制在…以内, …以上) rather than a point to reach. */
const isBound = (q: Qualifier) => q === 'at_most' || q === 'at_least' || q === 'more_than';

const targetRef = (t: PlanTarget): TargetRef => ({ ...t, factId: null, documentId: null });

/** Does `value` (the outcome, or the average so far) satisfy the target by its qualifier and direction? */
function satisfies(input: PlanInput, value: number, period: string): boolean {
  const verdict = attain(targetRef(input.target), { factId: null, value, qualifier: 'exact', unit: input.target.unit, period, kind: 'actual', documentId: null },
    input.measure, input.direction, DEFAULT_TOLERANCE);
  return verdict.status === 'met' || verdict.status === 'within_tolerance';
}

const yearOf = (period: string) => parsePeriod(period)?.endYear ?? NaN;

export function planPosition(input: PlanInput): PlanPosition {
  const shape = shapeOf(input.measure, input.cumulative);
  if (shape === 'average') return averagePosition(input);
  if (shape === 'total') return totalPosition(input);
  return pathPosition(input, shape);
}

const EMPTY = {
  achievedAnnualGrowthPct: null, requiredAnnualGrowthPct: null, achievedAnnualChangePp: null, requiredAnnualChangePp: null,
  averageSoFarPct: null, totalSoFar: null, requiredPerYear: null, progressPct: null, timeElapsedPct: null,
} as const;

function pathPosition(input: PlanInput, shape: 'level' | 'points'): PlanPosition {
  const { base, target, direction } = input;
  const latest = input.outcomes.at(-1) ?? null;
  const targetYear = yearOf(target.period);
  const bar = barOf(target, direction);
  const perYear = shape === 'level' ? annualGrowth : annualChange;
  if (!latest) {
    // Nothing reported since the base: what the target asks for is still the pace from the base year.
    const years = base ? targetYear - yearOf(base.period) : 0;
    const fromBase = base && bar !== null && years > 0 ? perYear(base.value, bar, years) : null;
    const required = shape === 'level' ? { requiredAnnualGrowthPct: fromBase } : { requiredAnnualChangePp: fromBase };
    return { ...EMPTY, ...required, latest, timeElapsedPct: base ? 0 : null, status: 'no_actual', reason: '尚无规划期内的实际数' };
  }
  const from = base ?? null;
  const yearsDone = from ? yearOf(latest.period) - yearOf(from.period) : NaN;
  const yearsLeft = targetYear - yearOf(latest.period);
  const achieved = from && yearsDone > 0 ? perYear(from.value, latest.value, yearsDone) : null;
  const required = bar !== null && yearsLeft > 0 ? perYear(latest.value, bar, yearsLeft) : null;
  const progressPct = from && bar !== null && bar !== from.value ? round2(((latest.value - from.value) / (bar - from.value)) * 100) : null;
  const timeElapsedPct = from && targetYear > yearOf(from.period) ? round2((yearsDone / (targetYear - yearOf(from.period))) * 100) : null;
  const judged = judgePath(input, latest, achieved, required, yearsLeft);
  return {
    ...EMPTY, latest, progressPct, timeElapsedPct,
    ...(shape === 'level'
      ? { achievedAnnualGrowthPct: achieved, requiredAnnualGrowthPct: required }
      : { achievedAnnualChangePp: achieved, requiredAnnualChangePp: required }),
    ...judged,
  };
}

/**
 * Met when the latest outcome already satisfies the target (a level reached early counts); a bound is on track
 * while the latest outcome keeps it; otherwise on track when the pace achieved since the base is at least the
 * pace still required (for lower-is-better indicators, at most).
 */
function judgePath(input: PlanInput, latest: PlanPoint, achieved: number | null, required: number | null, yearsLeft: number): Pick<PlanPosition, 'status' | 'reason'> {
  const { target, direction } = input;
  if (direction === 'unknown' && !isBound(target.qualifier)) return { status: 'not_judged', reason: '指标方向未知,不作判断' };
  const ok = satisfies(input, latest.value, latest.period);
  if (yearsLeft <= 0) return ok ? { status: 'met', reason: null } : { status: 'off_track', reason: '目标年已过,未达到目标' };
  if (isBound(target.qualifier)) return { status: ok ? 'on_track' : 'off_track', reason: null };
  if (ok && direction !== 'neutral') return { status: 'met', reason: '已提前达到目标' };
  if (achieved === null || required === null) return { status: 'not_judged', reason: '缺少基期值,无法比较进度' };
  if (direction === 'neutral') return { status: 'not_judged', reason: '指标无好坏方向,不作判断' };
  const onPace = direction === 'lower' ? achieved <= required + 1e-9 : achieved >= required - 1e-9;
  return { status: onPace ? 'on_track' : 'off_track', reason: null };
}

/** A span's average growth: the years reported so far, and what the years left need for the span to meet it. */
function averagePosition(input: PlanInput): PlanPosition {
  const { target, direction } = input;
  const span = parsePeriod(target.period);
  if (!span) return { ...EMPTY, latest: null, status: 'not_judged', reason: '目标期间无法识别' };
  const inSpan = input.outcomes.filter((o) => yearOf(o.period) >= span.year && yearOf(o.period) <= span.endYear);
  const latest = inSpan.at(-1) ?? null;
  const years = span.endYear - span.year + 1;
  const timeElapsedPct = round2((inSpan.length / years) * 100);
  if (!latest) return { ...EMPTY, latest, timeElapsedPct: 0, status: 'no_actual', reason: '尚无规划期内的实际数' };
  const growth = input.measure === 'growth';
  const average = growth ? compoundAverage(inSpan.map((o) => o.value)) : mean(inSpan.map((o) => o.value));
  const bar = barOf(target, direction);
  const left = years - inSpan.length;
  const required = bar === null || left <= 0 ? null : growth ? requiredCompound(bar, inSpan.map((o) => o.value), years) : (bar * years - sum(inSpan.map((o) => o.value))) / left;
  const base = { ...EMPTY, latest, averageSoFarPct: round2(average), timeElapsedPct,
    ...(growth ? { requiredAnnualGrowthPct: required === null ? null : round2(required) } : { requiredAnnualChangePp: required === null ? null : round2(required) }) };
  if (direction === 'unknown' && !isBound(target.qualifier)) return { ...base, status: 'not_judged', reason: '指标方向未知,不作判断' };
  const ok = satisfies(input, average, latest.period);
  if (left <= 0) return { ...base, status: ok ? 'met' : 'off_track', reason: ok ? null : '规划期已结束,平均增速未达到目标' };
  return { ...base, status: ok ? 'on_track' : 'off_track', reason: null };
}

/**
 * A total over the plan's years: on track while the sum so far is at least the target's share for the time gone
 * (5 years, 2 reported: 40% of the total); met once the sum reaches the target. The years are those after the
 * base year up to the target year.
 */
function totalPosition(input: PlanInput): PlanPosition {
  const { target, direction, baseYear } = input;
  const latest = input.outcomes.at(-1) ?? null;
  if (!latest) return { ...EMPTY, latest, status: 'no_actual', reason: '尚无规划期内的实际数' };
  const bar = barOf(target, direction);
  const firstYear = baseYear !== null ? baseYear + 1 : yearOf(input.outcomes[0]!.period);
  const years = yearOf(target.period) - firstYear + 1;
  const totalSoFar = round2(sum(input.outcomes.map((o) => o.value)));
  const elapsed = yearOf(latest.period) - firstYear + 1;
  const left = years - elapsed;
  const requiredPerYear = bar === null || left <= 0 ? null : round2((bar - totalSoFar) / left);
  const progressPct = bar ? round2((totalSoFar / bar) * 100) : null;
  const timeElapsedPct = years > 0 ? round2((elapsed / years) * 100) : null;
  const position = { ...EMPTY, latest, totalSoFar, requiredPerYear, progressPct, timeElapsedPct };
  if (bar === null) return { ...position, status: 'not_judged', reason: '目标不是数值' };
  if (totalSoFar >= bar - 1e-9) return { ...position, status: 'met', reason: null };
  if (left <= 0) return { ...position, status: 'off_track', reason: '目标年已过,累计未达到目标' };
  const onPace = progressPct !== null && timeElapsedPct !== null && progressPct >= timeElapsedPct - 1e-9;
  return { ...position, status: onPace ? 'on_track' : 'off_track', reason: null };
}

/** Compound annual growth in percent from `from` to `to` over `years`; null when the levels cannot be compounded. */
function annualGrowth(from: number, to: number, years: number): number | null {
  if (from <= 0 || to <= 0) return null;
  return round2((Math.pow(to / from, 1 / years) - 1) * 100);
}

function annualChange(from: number, to: number, years: number): number {
  return round2((to - from) / years);
}

/** The average annual growth (percent) of a run of annual growths, compounded. */
function compoundAverage(growths: readonly number[]): number {
  const product = growths.reduce((p, g) => p * (1 + g / 100), 1);
  return (Math.pow(product, 1 / growths.length) - 1) * 100;
}

/** The growth each remaining year needs for a span of `years` to average `target` percent, compounded. */
function requiredCompound(target: number, done: readonly number[], years: number): number {
  const need = Math.pow(1 + target / 100, years) / done.reduce((p, g) => p * (1 + g / 100), 1);
  return (Math.pow(need, 1 / (years - done.length)) - 1) * 100;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;
/** Two decimals: what a briefing prints, and enough to check 0.1-point figures. */
const round2 = (x: number) => Math.round(x * 100) / 100;
