// Periods on a time axis. A categorical axis puts 2021, 2023 and 2024H1 at equal steps: a missing year vanishes
// and a half-year figure looks like a year of its own. Here each period sits at the date its figure refers to,
// so the gaps stay and 2024H1 stands half-way into 2024.
//
// The date is the period's end. The reports' sub-annual figures are cumulative from January (H1 = Jan–Jun,
// Q3 = the first three quarters, "1-6月"), so what they measure is "the year so far, at the end of June": the
// end is the one date that figure belongs to. A year stands at 31 December, under its year's tick, and a span
// (a five-year plan's 2021-2025) at the end of its last year. Ticks mark the ends of years, labelled by year.
import { parsePeriod } from '../../../main/core/types';

/** Month and day a sub-annual period ends (cumulative quarters end with the last quarter they include). */
const END_OF: Record<string, [number, number]> = {
  Y: [12, 31], Q4: [12, 31], H2: [12, 31], Q3: [9, 30], H1: [6, 30], Q2: [6, 30], Q1: [3, 31],
};

/** Months as some workbooks write them ('2024M06'): not in main's period grammar, placed at the month's end. */
const MONTH = /^(\d{4})M(0[1-9]|1[0-2])$/;

const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/** The date a period's figure refers to ('2024H1' → '2024-06-30'); null for text that is not a period. */
export function periodDate(period: string): string | null {
  const month = MONTH.exec(period);
  // Day 0 of the next month is the last day of this one (29 February included).
  if (month) return iso(Number(month[1]), Number(month[2]) + 1, 0);
  const p = parsePeriod(period);
  if (!p) return null;
  const [m, d] = END_OF[p.sub] ?? [12, 31];
  return iso(p.endYear, m, d);
}

/** Shifts an ISO date by whole days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** How far a target's band reaches either side of its date: a year's band is wide, a half-year's half as wide. */
export function bandHalfWidthDays(period: string): number {
  const p = parsePeriod(period);
  return p && p.sub !== 'Y' && p.sub !== 'Q4' ? 60 : 120;
}

/** More year labels than this crowd a narrow chart: beyond it only every second (third…) year is labelled. */
const MAX_YEAR_LABELS = 8;

export interface TimeAxis {
  /** One tick at the end of every year from the first period's to the last's, years without data included. */
  tickvals: string[];
  /** The year, or '' on a tick left unlabelled (counted back from the last year, which is always labelled). */
  ticktext: string[];
  /** Room either side for the bands around the first and last points. */
  range: [string, string];
}

export function timeAxis(periods: readonly string[]): TimeAxis | null {
  const dates = periods.map(periodDate).filter((d): d is string => d !== null).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return null;
  const from = Number(first.slice(0, 4));
  const to = Number(last.slice(0, 4));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return {
    tickvals: years.map((y) => iso(y, 12, 31)),
    ticktext: years.map((y) => ((to - y) % Math.ceil(years.length / MAX_YEAR_LABELS) === 0 ? String(y) : '')),
    range: [addDays(first, -180), addDays(last, 180)],
  };
}
