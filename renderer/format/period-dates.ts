// Where a period sits on a time axis, for every chart (the pivot's and the forecast's). A figure is drawn at the middle of the months it covers, so every point sits
// inside the year it belongs to, under that year's label: a full year at 1 July, H1 (January–June) in April, H2 in
// October. Quarter periods are cumulative, as the reports state them (2024Q3 = January–September), so they sit in
// the middle of those months. A year that has no figure keeps its place on the axis instead of vanishing.
import { parsePeriod } from '../../main/core/types';

const DAY_MS = 86_400_000;

/** The first month covered and how many months, by the period's part of the year (quarters are cumulative). */
const MONTHS = { Y: [1, 12], H1: [1, 6], H2: [7, 6], Q1: [1, 3], Q2: [1, 6], Q3: [1, 9], Q4: [1, 12] } as const;

/** A calendar day as Plotly's date axis reads it: "2024-04-01". */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** What a period covers, in months: the year and month (1–12) it starts in and how many; null when it is not a period. */
export function periodMonths(period: string): { year: number; first: number; count: number } | null {
  // A month ("2024M06"): main's period grammar has none today, but a month is a month wherever it comes from.
  const month = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(period);
  if (month) return { year: Number(month[1]), first: Number(month[2]), count: 1 };
  const p = parsePeriod(period);
  if (!p) return null;
  if (p.endYear !== p.year) return { year: p.year, first: 1, count: 12 * (p.endYear - p.year + 1) };
  const [first, count] = MONTHS[p.sub];
  return { year: p.year, first, count };
}

/**
 * The day a period's figure is drawn at: the middle of the months it covers (2024 → 2024-07-01, 2024H1 →
 * 2024-04-01, 2024Q3 → 2024-05-16, 2021-2025 → 2023-07-01). Half a month is counted as 15 days.
 */
export function periodDate(period: string): string | null {
  const m = periodMonths(period);
  if (!m) return null;
  const whole = Math.floor(m.count / 2);
  const halfMonth = m.count % 2 === 1 ? 15 : 0;
  return isoDay(Date.UTC(m.year, m.first - 1 + whole, 1 + halfMonth));
}

/** A target stated for a span (2021-2025) is drawn at its last year, where the plan means it to be reached. */
export function targetDate(period: string): string | null {
  const span = /^\d{4}-(\d{4})$/.exec(period);
  return periodDate(span ? span[1]! : period);
}

/** A day moved by whole days ("2024-07-01", -110 → "2024-03-13"): for drawing a target's short bar around its point. */
export function shiftDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

export interface DatedValue {
  x: string;
  y: number | null;
  text: string;
}

/**
 * Annual figures in time order with a break where a year has none (2019, 2020, 2023 → a null between 2020 and
 * 2023): Plotly does not join a line across a null, so a missing year shows as a gap, not as a straight line that
 * pretends the figure was there.
 */
export function withMissingYears(points: readonly DatedValue[]): DatedValue[] {
  const sorted = [...points].sort((a, b) => a.x.localeCompare(b.x));
  const out: DatedValue[] = [];
  sorted.forEach((p, i) => {
    const before = sorted[i - 1];
    if (before && Number(p.x.slice(0, 4)) - Number(before.x.slice(0, 4)) > 1) {
      out.push({ x: `${Number(before.x.slice(0, 4)) + 1}-07-01`, y: null, text: '' });
    }
    out.push(p);
  });
  return out;
}
