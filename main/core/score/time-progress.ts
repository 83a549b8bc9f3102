// 时序进度 (time progress): a cumulative figure for part of the year judged against the share of the year
// that has passed. "固定资产投资完成194.7亿元 (目标410亿元)" at mid-year is 47.5% of the plan with 50% of
// the year gone: behind.
import type { Direction } from '../types';
import { parsePeriod } from '../types';
import { round } from './attainment';
import type { TimeProgress } from './types';

/**
 * Share of the year elapsed at the end of a cumulative sub-annual period, in percent; null for periods that
 * are not a cumulative part of a year (a full year, a span, or 2024H2, which is the second half alone).
 */
export function elapsedPct(period: string): number | null {
  const p = parsePeriod(period);
  if (!p || p.year !== p.endYear) return null;
  switch (p.sub) {
    case 'Q1':
      return 25;
    case 'Q2':
    case 'H1':
      return 50;
    case 'Q3':
      return 75;
    default:
      return null;
  }
}

/** Within this many points of the pro-rata path counts as on track (rounding in reports is ±0.05). */
const ON_TRACK_BAND = 0.05;

/**
 * Time progress from a cumulative actual and the year's target.
 *
 * Negative targets. Some targets are negative (a planned net outflow, a deficit, a reduction stated as a
 * level). The usual ratio actual ÷ target then reads backwards: with a target of -100 and -30 reached at
 * mid-year the ratio is 30%, "behind" the 50% mark, yet the district is better off than the pro-rata path
 * (-50) when higher is better. So the verdict is not taken from the ratio. It is taken from the distance to
 * the pro-rata path, expected = target × elapsed, measured in percent of |target| and oriented by the
 * indicator's direction:
 *     aheadBy = sign(direction) × (actual − target × elapsed) ÷ |target| × 100.
 * For a positive target and higher-is-better this is exactly achieved% − expected%, the textbook reading.
 * achievedPct still reports the plain ratio so the number matches what the report would print, and the
 * note says why it must not be read on its own. A zero target has no scale: null (not comparable). Nor has an
 * indicator whose better side is unknown: ahead of the path might be behind.
 */
export function timeProgress(actual: number, target: number, period: string, direction: Direction): TimeProgress | null {
  const expected = elapsedPct(period);
  if (expected === null || target === 0 || direction === 'unknown') return null;
  const sign = direction === 'lower' ? -1 : 1;
  const aheadBy = round((sign * (actual - (target * expected) / 100) * 100) / Math.abs(target));
  const achieved = round((actual / target) * 100);
  const note = target < 0
    ? `negative target: ${achieved}% of it reached reads backwards; judged by the distance to the pro-rata path (${round((target * expected) / 100)})`
    : direction === 'neutral' ? 'neutral indicator: read as higher is better for time progress' : null;
  return { expectedPct: expected, achievedPct: achieved, aheadByPct: aheadBy, verdict: verdictOf(aheadBy), source: 'computed', note };
}

/** A completion share the report states itself ("完成年度计划的44.3%"), taken as is. */
export function statedProgress(statedPct: number, period: string): TimeProgress | null {
  const expected = elapsedPct(period);
  if (expected === null) return null;
  const aheadBy = round(statedPct - expected);
  return { expectedPct: expected, achievedPct: statedPct, aheadByPct: aheadBy, verdict: verdictOf(aheadBy), source: 'stated', note: 'completion share as stated in the report' };
}

function verdictOf(aheadBy: number): TimeProgress['verdict'] {
  if (Math.abs(aheadBy) < ON_TRACK_BAND) return 'on_track';
  return aheadBy > 0 ? 'ahead' : 'behind';
}
