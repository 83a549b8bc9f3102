// Attainment: judging one outcome against one target, by the target's qualifier and the indicator's
// direction. Pure: numbers in, verdict out; the scorecard decides which facts to compare.
import type { Direction, Measure } from '../types';
import type { ActualRef, Gap, ScoreStatus, TargetRef, Tolerance } from './types';

export interface Verdict {
  status: ScoreStatus;
  reason: string | null;
  gap: Gap | null;
}

/** Growth rates, shares and rates are compared in percentage points; levels and counts relative to the target. */
export function isPercentMeasure(measure: Measure, unit: string | null): boolean {
  return unit === '%' || measure === 'growth' || measure === 'share' || measure === 'rate' || measure === 'change';
}

/** The tolerance for this target, in the target's own unit. */
export function toleranceFor(target: number, percent: boolean, tol: Tolerance): number {
  return percent ? tol.pp : (Math.abs(target) * tol.pct) / 100;
}

/** Which bound the outcome is measured from: the point, or the nearer bound of a range (0 gap inside it). */
function reference(t: TargetRef, a: number): number | null {
  if (t.qualifier === 'range') {
    const lo = t.low ?? t.value;
    const hi = t.high ?? t.value;
    if (lo === null || hi === null) return null;
    return a < lo ? lo : a > hi ? hi : a;
  }
  return t.value;
}

function gapOf(a: number, ref: number, unit: string | null, percent: boolean, favourable: boolean): Gap {
  const value = round(a - ref);
  const relative = percent ? value : ref === 0 ? null : round(((a - ref) / Math.abs(ref)) * 100);
  return { value, unit, relative, relativeUnit: percent ? 'pp' : '%', favourable };
}

/** Rounds away binary noise (6.0 - 5.9 = 0.10000000000000053) without hiding real digits. */
export function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * The verdict for an outcome `actual` against `target`.
 * - exact / 左右: on the good side of the value (per direction) is met; short by no more than the tolerance is
 *   within_tolerance; further is missed. A neutral indicator is met within the tolerance on either side.
 * - at_least (以上, 不低于) / more_than: at or above is met, otherwise missed. at_most (以内): at or below is met.
 *   These are hard bounds the report chose, so no tolerance applies.
 * - range: inside is met; beyond the good end is met too (exceeding a growth range is not a failure);
 *   short of the near end by at most the tolerance is within_tolerance.
 * An outcome only known as a bound (超过 2400, 不足 31) is met when even the bound meets the target, and not
 * comparable when the bound cannot decide.
 */
export function attain(target: TargetRef, actual: ActualRef, measure: Measure, direction: Direction, tol: Tolerance): Verdict {
  if (direction === 'unknown') return attainEitherWay(target, actual, measure, tol);
  const a = actual.value;
  if (target.value === null && (target.low === null || target.high === null)) {
    return { status: 'not_comparable', reason: 'the target is stated in words, not as a number', gap: null };
  }
  if (a === null) return { status: 'not_comparable', reason: 'the outcome is stated in words, not as a number', gap: null };
  if (target.unit && actual.unit && target.unit !== actual.unit) {
    return { status: 'not_comparable', reason: `units differ: target in ${target.unit}, outcome in ${actual.unit}`, gap: null };
  }
  const ref = reference(target, a);
  if (ref === null) return { status: 'not_comparable', reason: 'the target range has no bounds', gap: null };
  const percent = isPercentMeasure(measure, target.unit ?? actual.unit);
  const tolerance = toleranceFor(ref, percent, tol);
  const status = judge(target, a, direction, tolerance);
  const favourable = status === 'met';
  const gap = gapOf(a, ref, target.unit ?? actual.unit, percent, favourable);
  // A bound-only outcome decides the verdict only when the unknown remainder cannot change it.
  const bound = actual.qualifier === 'more_than' || actual.qualifier === 'at_least' ? 'lower' : actual.qualifier === 'at_most' ? 'upper' : null;
  if (bound) {
    const good = sideOf(target, direction);
    // The true value lies beyond the bound: towards the good side only a met verdict is safe, towards the
    // bad side only a missed one.
    const towardsGood = (bound === 'lower' && good === 'higher') || (bound === 'upper' && good === 'lower');
    const towardsBad = (bound === 'lower' && good === 'lower') || (bound === 'upper' && good === 'higher');
    const safe = (towardsGood && status === 'met') || (towardsBad && status === 'missed');
    if (!safe) {
      const words = bound === 'lower' ? `only known to exceed ${a}` : `only known to be below ${a}`;
      return { status: 'not_comparable', reason: `the outcome is ${words}`, gap };
    }
  }
  return { status, reason: null, gap };
}

/** Why a score with an unknown direction is not given; the renderer shows it as 方向未定，未评分. */
export const DIRECTION_UNKNOWN_REASON = 'the catalogue does not know whether higher or lower is better for this indicator';

/**
 * An indicator whose better side is unknown: the verdict is given only when it is the same whichever side is better
 * (a bound the report chose, 以上/以内; an outcome inside the range or on the point). Otherwise the outcome is
 * reported with its gap but not scored.
 */
function attainEitherWay(target: TargetRef, actual: ActualRef, measure: Measure, tol: Tolerance): Verdict {
  const up = attain(target, actual, measure, 'higher', tol);
  const down = attain(target, actual, measure, 'lower', tol);
  if (up.status === down.status) return up;
  return { status: 'direction_unknown', reason: DIRECTION_UNKNOWN_REASON, gap: up.gap && { ...up.gap, favourable: false } };
}

/** Which side of the target is good: the qualifier decides for bounds, the direction for points and ranges. */
function sideOf(t: TargetRef, direction: Exclude<Direction, 'unknown'>): 'higher' | 'lower' | 'both' {
  if (t.qualifier === 'at_least' || t.qualifier === 'more_than') return 'higher';
  if (t.qualifier === 'at_most') return 'lower';
  return direction === 'neutral' ? 'both' : direction;
}

function judge(t: TargetRef, a: number, direction: Exclude<Direction, 'unknown'>, tolerance: number): ScoreStatus {
  const eps = 1e-9;
  switch (t.qualifier) {
    case 'at_least':
      return a >= t.value! - eps ? 'met' : 'missed';
    case 'more_than':
      return a > t.value! + eps ? 'met' : 'missed';
    case 'at_most':
      return a <= t.value! + eps ? 'met' : 'missed';
    case 'range': {
      const lo = t.low ?? t.value!;
      const hi = t.high ?? t.value!;
      if (a >= lo - eps && a <= hi + eps) return 'met';
      if (direction === 'higher' && a > hi) return 'met';
      if (direction === 'lower' && a < lo) return 'met';
      const short = a < lo ? lo - a : a - hi;
      return short <= tolerance + eps ? 'within_tolerance' : 'missed';
    }
    case 'exact':
    case 'approx': {
      const v = t.value!;
      if (direction === 'neutral') return Math.abs(a - v) <= tolerance + eps ? 'met' : 'missed';
      const ahead = direction === 'higher' ? a - v : v - a;
      if (ahead >= -eps) return 'met';
      return -ahead <= tolerance + eps ? 'within_tolerance' : 'missed';
    }
  }
}

/**
 * The outcomes a target accepts, as an interval [low, high]: `met` only, or met-or-within-tolerance. The same
 * rules as `attain`, solved for the outcome, so a forecast's probability of meeting the target is
 * P(low ≤ outcome ≤ high). Null when the target has no number, or when a point or range target's indicator has an
 * unknown direction.
 */
export function acceptedRange(t: TargetRef, measure: Measure, direction: Direction, tol: Tolerance, withTolerance: boolean): [number, number] | null {
  const lo = t.qualifier === 'range' ? (t.low ?? t.value) : t.value;
  const hi = t.qualifier === 'range' ? (t.high ?? t.value) : t.value;
  if (lo === null || hi === null) return null;
  const percent = isPercentMeasure(measure, t.unit);
  switch (t.qualifier) {
    case 'at_least':
    case 'more_than':
      return [lo, Infinity];
    case 'at_most':
      return [-Infinity, hi];
    default: {
      // Which outcomes meet a point or a range depends on the better side: with it unknown there is no answer.
      if (direction === 'unknown') return null;
      const slackLo = withTolerance || direction === 'neutral' ? toleranceFor(lo, percent, tol) : 0;
      const slackHi = withTolerance || direction === 'neutral' ? toleranceFor(hi, percent, tol) : 0;
      // A neutral point target is met within the tolerance itself; a neutral range within its bounds.
      const neutralPoint = direction === 'neutral' && t.qualifier !== 'range';
      if (direction === 'higher') return [lo - slackLo, Infinity];
      if (direction === 'lower') return [-Infinity, hi + slackHi];
      return neutralPoint || withTolerance ? [lo - slackLo, hi + slackHi] : [lo, hi];
    }
  }
}
