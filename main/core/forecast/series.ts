// Reading a forecast's inputs out of a workspace: the series (one best value per period, by the store's
// rule), the target, the target year's latest part-year figure and the years that show how part-years relate
// to full years.
import { PlanscopeError } from '../errors';
import { profileLookup } from '../score/profile';
import { toleranceOf, type TargetRef, type Tolerance } from '../score/types';
import { bestValueOrder, type Workspace } from '../store/workspace';
import { comparePeriods, parsePeriod, type FactKind, type Measure, type Qualifier } from '../types';
import type { ForecastInputs, SeriesPoint } from './types';

export interface ForecastQuery {
  region: string;
  indicator: string;
  measure: Measure;
  targetPeriod: string;
  tolerance?: Partial<Tolerance>;
}

interface BestRow {
  id: number;
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: FactKind;
  documentId: number | null;
}

/** The best statement per period of one series: its outcomes and its targets. */
export interface SeriesRows {
  outcomes: Map<string, BestRow>;
  targets: Map<string, BestRow>;
}

const COLUMNS = 'f.region, f.indicator, f.measure, f.id, f.period, f.value, f.low, f.high, f.unit, f.qualifier, f.kind, f.document_id';

/** Rows in (series, target-or-not, period, best first) order into their series; the first per period is the best. */
function collect(rows: readonly Record<string, unknown>[]): Map<string, SeriesRows> {
  const out = new Map<string, SeriesRows>();
  for (const r of rows) {
    const key = seriesKey(String(r.region), String(r.indicator), String(r.measure));
    let series = out.get(key);
    if (!series) out.set(key, (series = { outcomes: new Map(), targets: new Map() }));
    const into = r.kind === 'target' ? series.targets : series.outcomes;
    const period = String(r.period);
    if (into.has(period)) continue;
    into.set(period, {
      id: Number(r.id), period, value: r.value == null ? null : Number(r.value), low: r.low == null ? null : Number(r.low),
      high: r.high == null ? null : Number(r.high), unit: r.unit == null ? null : String(r.unit), qualifier: String(r.qualifier) as Qualifier,
      kind: String(r.kind) as FactKind, documentId: r.document_id == null ? null : Number(r.document_id),
    });
  }
  return out;
}

export const seriesKey = (region: string, indicator: string, measure: string) => `${region}\u0000${indicator}\u0000${measure}`;

const ORDER = `CASE WHEN f.kind = 'target' THEN 1 ELSE 0 END, f.period, ${bestValueOrder}`;

/** One series' rows, by the store's best-value rule. */
function seriesRows(ws: Workspace, q: ForecastQuery): SeriesRows {
  const rows = ws.all(
    `SELECT ${COLUMNS} FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.region = ? AND f.indicator = ? AND f.measure = ? AND f.status <> 'rejected' ORDER BY ${ORDER}`,
    [q.region, q.indicator, q.measure],
  );
  return collect(rows).get(seriesKey(q.region, q.indicator, q.measure)) ?? { outcomes: new Map(), targets: new Map() };
}

/** Every series' rows in one pass over the facts: a batch of a thousand series would otherwise query a thousand times. */
export function allSeriesRows(ws: Workspace): Map<string, SeriesRows> {
  return collect(ws.all(
    `SELECT ${COLUMNS} FROM facts f LEFT JOIN documents d ON d.id = f.document_id
     WHERE f.status <> 'rejected' ORDER BY f.region, f.indicator, f.measure, ${ORDER}`,
  ));
}

const toPoint = (r: BestRow): SeriesPoint => ({ period: r.period, t: parsePeriod(r.period)!.endYear, value: r.value!, factId: r.id, kind: r.kind });

/** Null when the workspace has neither a series nor a target for this indicator. */
export function forecastInputs(ws: Workspace, q: ForecastQuery, rows: SeriesRows = seriesRows(ws, q), profile = profileLookup(ws)): ForecastInputs | null {
  const target = parsePeriod(q.targetPeriod);
  if (!target) throw PlanscopeError.says('bad-input', 'period.invalid', { period: q.targetPeriod });
  // A span target (2021-2025) is judged on its end year, so it is forecast from the annual series.
  const sub = target.year !== target.endYear ? 'Y' : target.sub;
  const { outcomes, targets } = rows;
  const t = targets.get(q.targetPeriod);
  const valued = [...outcomes.values()].filter((r) => r.value !== null && parsePeriod(r.period) !== null);
  const single = (r: BestRow) => { const p = parsePeriod(r.period)!; return p.year === p.endYear ? p : null; };
  const series = valued.filter((r) => single(r)?.sub === sub).sort((a, b) => comparePeriods(a.period, b.period)).map(toPoint);
  if (series.length === 0 && !t) return null;
  let partial: SeriesPoint | null = null;
  let partialHistory: ForecastInputs['partialHistory'] = [];
  if (sub === 'Y') {
    const parts = valued.filter((r) => single(r)?.year === target.endYear && ['Q1', 'Q2', 'H1', 'Q3'].includes(single(r)!.sub));
    const latest = parts.sort((a, b) => comparePeriods(b.period, a.period))[0];
    if (latest) {
      partial = toPoint(latest);
      const partSub = single(latest)!.sub;
      const annual = new Map(series.map((p) => [p.t, p.value]));
      partialHistory = valued.filter((r) => single(r)?.sub === partSub && annual.has(single(r)!.year))
        .map((r) => ({ year: single(r)!.year, partial: r.value!, full: annual.get(single(r)!.year)! }))
        .sort((a, b) => a.year - b.year);
    }
  }
  const ref = (x: BestRow): TargetRef => ({ factId: x.id, value: x.value, low: x.low, high: x.high, qualifier: x.qualifier, unit: x.unit, period: x.period, documentId: x.documentId });
  const targetRef = t ? ref(t) : null;
  const allTargets = [...targets.values()].filter((x) => parsePeriod(x.period) !== null).sort((a, b) => comparePeriods(a.period, b.period)).map(ref);
  return {
    region: q.region, indicator: q.indicator, measure: q.measure, targetPeriod: q.targetPeriod,
    unit: t?.unit ?? valued[0]?.unit ?? null, direction: profile(q.indicator).direction,
    series, partial, partialHistory, target: targetRef, targets: allTargets, tolerance: toleranceOf(q.tolerance),
  };
}

/** Every series a forecast can be built for: (region, indicator, measure) with outcomes or targets. */
export function forecastableSeries(ws: Workspace): { region: string; indicator: string; measure: Measure; points: number; targetPeriods: string[] }[] {
  const rows = ws.all(
    `SELECT region, indicator, measure,
            count(DISTINCT CASE WHEN kind <> 'target' AND value IS NOT NULL THEN period END) AS points,
            group_concat(DISTINCT CASE WHEN kind = 'target' THEN period END) AS target_periods
     FROM facts WHERE status <> 'rejected' GROUP BY region, indicator, measure ORDER BY region, indicator, measure`,
  );
  return rows.map((r) => ({
    region: String(r.region), indicator: String(r.indicator), measure: String(r.measure) as Measure, points: Number(r.points),
    targetPeriods: r.target_periods == null ? [] : String(r.target_periods).split(',').sort(comparePeriods),
  }));
}
