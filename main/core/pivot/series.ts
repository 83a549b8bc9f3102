// What the charts draw for the indicators selected in a pivot: per period, the best target and the best
// outcome (the store's best-value rule: actual over estimate, accepted over unreviewed, newest report first),
// with the target's band (range / 左右 / at least / at most) and half-year figures flagged.
import type { Workspace } from '../store/workspace';
import { bestSeriesPoints } from '../store/queries/pivot-sql';
import { comparePeriods, parsePeriod, type FactOrigin, type Measure, type Qualifier } from '../types';
import { readAttainment, type AttainmentReading } from './attainment';

export interface SeriesKey {
  indicator: string;
  measure?: Measure;
  region?: string;
}

export interface ChartPoint {
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: 'target' | 'actual' | 'estimate';
  factId: number;
  /** A half-year or quarter figure (cumulative), drawn marked, never joined as if it were the year. */
  partOfYear: boolean;
}

export interface ChartSeries {
  region: string;
  indicator: string;
  measure: Measure;
  unit: string;
  targets: ChartPoint[];
  outcomes: ChartPoint[];
  /** Where the drawn points come from: report titles (or workbook file names), for the exported chart's source line. */
  sources: string[];
}

const MAX_SERIES = 60;

/** A report's title, or the workbook a fact was imported from (its origin's file). */
function sourceOf(title: string | null, origin: FactOrigin | null): string | null {
  if (title) return title;
  return typeof origin?.file === 'string' && origin.file ? origin.file : null;
}

/** `periods`: the pivot's period filter, so the chart shows the periods the grid beside it shows (all when absent). */
export function chartSeries(ws: Workspace, keys: readonly SeriesKey[], acceptedOnly = false, periods?: readonly string[]): ChartSeries[] {
  const out = new Map<string, ChartSeries>();
  // Keys may overlap (an indicator everywhere and the same indicator in one region); the filters are partition
  // columns, so an overlapping key picks the same best statements, which must be drawn once.
  const drawn = new Set<number>();
  for (const key of keys.slice(0, MAX_SERIES)) {
    // One best statement per (series, period, target-or-outcome).
    const rows = bestSeriesPoints(ws, { ...key, acceptedOnly, ...(periods ? { periods } : {}) });
    for (const { fact: f, documentTitle } of rows) {
      if (drawn.has(f.id)) continue;
      drawn.add(f.id);
      const unit = f.unit ?? '';
      const id = JSON.stringify([f.region, f.indicator, f.measure, unit]);
      let s = out.get(id);
      if (!s) out.set(id, (s = { region: f.region, indicator: f.indicator, measure: f.measure, unit, targets: [], outcomes: [], sources: [] }));
      const source = sourceOf(documentTitle, f.origin);
      if (source && !s.sources.includes(source)) s.sources.push(source);
      const sub = parsePeriod(f.period)?.sub;
      const point: ChartPoint = {
        period: f.period, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, kind: f.kind, factId: f.id,
        partOfYear: sub !== undefined && sub !== 'Y',
      };
      (point.kind === 'target' ? s.targets : s.outcomes).push(point);
    }
  }
  const series = [...out.values()];
  for (const s of series) {
    s.targets.sort((a, b) => comparePeriods(a.period, b.period));
    s.outcomes.sort((a, b) => comparePeriods(a.period, b.period));
  }
  return series;
}

export interface AttainmentBar {
  indicator: string;
  measure: Measure;
  unit: string;
  target: ChartPoint;
  outcome: ChartPoint;
  /** outcome / target × 100 (target's lower bound for at-least, midpoint otherwise); null when not meaningful. */
  percent: number | null;
  /** What the pair can honestly show (attainment.ts): attainment, progress beside 时序进度, or why neither. */
  reading: AttainmentReading;
}

/**
 * Attainment across indicators for one year, computed only from the charted series (target and best outcome
 * for that year, or the latest part-of-year outcome against the year's target). The scorecard's own rules
 * (direction, negative targets) are richer; this is the picture of the pivot's selection.
 */
export function attainmentBars(series: readonly ChartSeries[], year: string): AttainmentBar[] {
  const bars: AttainmentBar[] = [];
  for (const s of series) {
    const target = s.targets.find((t) => t.period === year);
    if (!target) continue;
    const within = s.outcomes.filter((o) => o.period === year || (parsePeriod(o.period)?.year === Number(year) && o.partOfYear && !o.period.includes('-')));
    const outcome = within[within.length - 1];
    if (!outcome || outcome.value === null) continue;
    const base = target.qualifier === 'at_least' || target.qualifier === 'more_than' ? (target.low ?? target.value) : target.value;
    // A zero or negative target has no percentage (the reading says so).
    const percent = base === null || base <= 0 ? null : (outcome.value / base) * 100;
    bars.push({ indicator: s.indicator, measure: s.measure, unit: s.unit, target, outcome, percent, reading: readAttainment(s.measure, outcome, percent) });
  }
  return bars;
}
