// Which attainment a pair of figures can honestly show, for the pivot's attainment chart. 完成率 divides an outcome by
// its target, and only like with like: the year's outcome against the year's target. A half-year amount against the
// annual target is not attainment but progress, read beside the share of the year gone (时序进度, as the scorecard
// reads it: 47.5% of the plan with 50% of the year gone is behind). A half-year growth rate against the annual growth
// target is neither: 5.2% in the first half is not 87% of 6% for the year. Nor is a rate divided by a rate for the
// whole year: growth of 5.7% against a 6% target is 0.3 个百分点 short, as the scorecard reads it, not "95% attained".
import { parsePeriod, type Measure } from '../types';

export type AttainmentReading =
  /** The year's outcome against the year's target. */
  | { kind: 'attainment'; percent: number }
  /** A cumulative amount so far against the year's target, beside the share of the year gone by then. */
  | { kind: 'progress'; percent: number; elapsed: number }
  | { kind: 'not-comparable'; why: NotComparable };

export type NotComparable =
  /** A growth rate, share or rate for part of the year, against the year's target. */
  | 'part-year-rate'
  /** The second half alone (2024H2) is no share of the year's total. */
  | 'part-year-alone'
  /** The target is zero, negative or in words: a ratio means nothing. */
  | 'no-base'
  /** A growth rate, share or rate for the year: compared in percentage points, not divided. */
  | 'rate-in-points';

/** Measures that are rates: their outcome is compared with the target by the difference in points. */
export const RATE_MEASURES: readonly Measure[] = ['growth', 'share', 'rate'];

/** Share of the year gone at the end of a cumulative part of it (the scorecard's 时序进度). */
const ELAPSED: Partial<Record<string, number>> = { Q1: 25, Q2: 50, H1: 50, Q3: 75 };

/** The reading of an outcome against the year's target, given outcome ÷ target × 100 (null when it means nothing). */
export function readAttainment(measure: Measure, outcome: { period: string; partOfYear: boolean }, percent: number | null): AttainmentReading {
  if (percent === null) return { kind: 'not-comparable', why: 'no-base' };
  const sub = parsePeriod(outcome.period)?.sub ?? 'Y';
  // 1-12月 (Q4 cumulative) is the whole year.
  if (!outcome.partOfYear || sub === 'Q4') {
    return RATE_MEASURES.includes(measure) ? { kind: 'not-comparable', why: 'rate-in-points' } : { kind: 'attainment', percent };
  }
  const elapsed = ELAPSED[sub];
  if (elapsed === undefined) return { kind: 'not-comparable', why: 'part-year-alone' };
  // Only an amount adds up over the year towards its target; the store's `level` is that amount.
  if (measure !== 'level') return { kind: 'not-comparable', why: 'part-year-rate' };
  return { kind: 'progress', percent, elapsed };
}
