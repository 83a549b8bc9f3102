// What the charts draw for the indicators selected in a pivot: per period, the best target and the best
// outcome (the store's best-value rule: actual over estimate, accepted over unreviewed, newest report first),
// with the target's band (range / 左右 / at least / at most) and half-year figures flagged.
import { bestValueOrder, type Workspace } from '../store/workspace';
import { comparePeriods, parsePeriod, type Measure, type Qualifier } from '../types';

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
function sourceOf(title: unknown, origin: unknown): string | null {
  if (title != null && String(title)) return String(title);
  try {
    const file = (JSON.parse(String(origin ?? 'null')) as { file?: unknown } | null)?.file;
    return typeof file === 'string' && file ? file : null;
  } catch {
    return null;
  }
}

/** `periods`: the pivot's period filter, so the chart shows the periods the grid beside it shows (all when absent). */
export function chartSeries(ws: Workspace, keys: readonly SeriesKey[], acceptedOnly = false, periods?: readonly string[]): ChartSeries[] {
  const out = new Map<string, ChartSeries>();
  // Keys may overlap (an indicator everywhere and the same indicator in one region); the filters are partition
  // columns, so an overlapping key picks the same best statements, which must be drawn once.
  const drawn = new Set<number>();
  for (const key of keys.slice(0, MAX_SERIES)) {
    const where = ['f.indicator = ?', 'f.value IS NOT NULL', acceptedOnly ? `f.status = 'accepted'` : `f.status <> 'rejected'`];
    const params: string[] = [key.indicator];
    if (key.measure) {
      where.push('f.measure = ?');
      params.push(key.measure);
    }
    if (key.region) {
      where.push('f.region = ?');
      params.push(key.region);
    }
    if (periods?.length) {
      where.push(`f.period IN (${periods.map(() => '?').join(', ')})`);
      params.push(...periods);
    }
    // One best statement per (series, period, target-or-outcome).
    const rows = ws.all(
      `SELECT * FROM (
         SELECT f.*, d.title AS document_title, row_number() OVER (
           PARTITION BY f.region, f.measure, COALESCE(f.unit, ''), f.period, f.kind = 'target' ORDER BY ${bestValueOrder}) AS rn
         FROM facts f LEFT JOIN documents d ON d.id = f.document_id WHERE ${where.join(' AND ')})
       WHERE rn = 1`,
      params,
    );
    for (const r of rows) {
      if (drawn.has(Number(r.id))) continue;
      drawn.add(Number(r.id));
      const unit = r.unit == null ? '' : String(r.unit);
      const id = JSON.stringify([r.region, r.indicator, r.measure, unit]);
      let s = out.get(id);
      if (!s) out.set(id, (s = { region: String(r.region), indicator: String(r.indicator), measure: String(r.measure) as Measure, unit, targets: [], outcomes: [], sources: [] }));
      const source = sourceOf(r.document_title, r.origin);
      if (source && !s.sources.includes(source)) s.sources.push(source);
      const period = String(r.period);
      const sub = parsePeriod(period)?.sub;
      const point: ChartPoint = {
        period, value: r.value == null ? null : Number(r.value), low: r.low == null ? null : Number(r.low), high: r.high == null ? null : Number(r.high),
        qualifier: String(r.qualifier) as Qualifier, kind: String(r.kind) as ChartPoint['kind'], factId: Number(r.id),
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
  /** For a part-of-year amount (level) against the year's target: the share of the year gone (时序进度), else null. */
  timeProgress: number | null;
  note: string | null;
}

const TIME_PROGRESS: Record<string, number> = { Q1: 25, Q2: 50, H1: 50, Q3: 75, H2: 100, Q4: 100, Y: 100 };

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
    const sub = parsePeriod(outcome.period)?.sub ?? 'Y';
    let percent: number | null = null;
    let note: string | null = null;
    if (base === null || base <= 0) note = '目标为零或负数，完成率无意义 / target is zero or negative: no percentage';
    else percent = (outcome.value / base) * 100;
    bars.push({ indicator: s.indicator, measure: s.measure, unit: s.unit, target, outcome, percent, timeProgress: outcome.partOfYear && s.measure === 'level' ? (TIME_PROGRESS[sub] ?? null) : null, note });
  }
  return bars;
}
