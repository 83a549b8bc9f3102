// Reading a forecast's inputs out of a workspace: the series (one best value per period, by the store's
// rule), the target, the target year's latest part-year figure and the years that show how part-years relate
// to full years.
import { PlanscopeError } from '../errors';
import { profileLookup } from '../score/profile';
import { toleranceOf, type TargetRef, type Tolerance } from '../score/types';
import { allSeriesStatements, seriesStatements, seriesWithStatements, type SeriesStatement } from '../store/queries/forecasts';
import type { Workspace } from '../store/workspace';
import { comparePeriods, parsePeriod, type Measure } from '../types';
import type { ForecastInputs, SeriesPoint } from './types';

export interface ForecastQuery {
  region: string;
  indicator: string;
  measure: Measure;
  targetPeriod: string;
  tolerance?: Partial<Tolerance>;
}

type BestRow = Omit<SeriesStatement, 'region' | 'indicator' | 'measure'>;

/** The best statement per period of one series: its outcomes and its targets. */
export interface SeriesRows {
  outcomes: Map<string, BestRow>;
  targets: Map<string, BestRow>;
}

/** Statements in (series, target-or-not, period, best first) order into their series; the first per period is the best. */
function collect(rows: readonly SeriesStatement[]): Map<string, SeriesRows> {
  const out = new Map<string, SeriesRows>();
  for (const { region, indicator, measure, ...r } of rows) {
    const key = seriesKey(region, indicator, measure);
    let series = out.get(key);
    if (!series) out.set(key, (series = { outcomes: new Map(), targets: new Map() }));
    const into = r.kind === 'target' ? series.targets : series.outcomes;
    if (!into.has(r.period)) into.set(r.period, r);
  }
  return out;
}

export const seriesKey = (region: string, indicator: string, measure: string) => `${region}\u0000${indicator}\u0000${measure}`;

/** One series' rows, by the store's best-value rule. */
function seriesRows(ws: Workspace, q: ForecastQuery): SeriesRows {
  return collect(seriesStatements(ws, q)).get(seriesKey(q.region, q.indicator, q.measure)) ?? { outcomes: new Map(), targets: new Map() };
}

/** Every series' rows in one pass over the facts: a batch of a thousand series would otherwise query a thousand times. */
export function allSeriesRows(ws: Workspace): Map<string, SeriesRows> {
  return collect(allSeriesStatements(ws));
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
  return seriesWithStatements(ws).map((s) => ({ ...s, targetPeriods: [...s.targetPeriods].sort(comparePeriods) }));
}
