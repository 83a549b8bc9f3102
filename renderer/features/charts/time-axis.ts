// The pivot chart's time axis. A categorical axis puts 2021, 2023 and 2024H1 at equal steps: a missing year vanishes
// and a half-year figure looks like a year of its own. Here each period sits at its date (format/period-dates.ts, the
// same placing as the forecast's fan chart: the middle of the months it covers, so 2024H1 stands inside 2024 and a
// year without figures keeps its place). Ticks mark each year's middle, under which its points stand, labelled by year.
import { parsePeriod } from '../../../main/core/types';
import { periodDate, shiftDays, targetDate } from '../../format/period-dates';

/** How far a target's band reaches either side of its date: a year's band is wide, a half-year's half as wide. */
export function bandHalfWidthDays(period: string): number {
  const p = parsePeriod(period);
  return p && p.sub !== 'Y' && p.sub !== 'Q4' ? 60 : 120;
}

/** More year labels than this crowd a narrow chart: beyond it only every second (third…) year is labelled. */
const MAX_YEAR_LABELS = 8;

export interface TimeAxis {
  /** One tick in the middle of every year from the first period's to the last's, years without data included. */
  tickvals: string[];
  /** The year, or '' on a tick left unlabelled (counted back from the last year, which is always labelled). */
  ticktext: string[];
  /** Room either side for the bands around the first and last points. */
  range: [string, string];
}

export function timeAxis(periods: readonly string[]): TimeAxis | null {
  // A span is drawn mid-span as an outcome and at its last year as a target: the axis takes in both.
  const dates = periods.flatMap((p) => [periodDate(p), targetDate(p)]).filter((d): d is string => d !== null).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return null;
  const from = Number(first.slice(0, 4));
  const to = Number(last.slice(0, 4));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return {
    tickvals: years.map((y) => `${y}-07-01`),
    ticktext: years.map((y) => ((to - y) % Math.ceil(years.length / MAX_YEAR_LABELS) === 0 ? String(y) : '')),
    range: [shiftDays(first, -180), shiftDays(last, 180)],
  };
}
