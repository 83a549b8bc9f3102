// The scorecard: every stated target paired with the outcome that judges it, chosen by the store's
// best-value rule, with every other statement of the same numbers kept as its revision history.
import type { Workspace } from '../store/workspace';
import { statementsInBestOrder } from '../store/queries/scores';
import { comparePeriods, parsePeriod, type Fact } from '../types';
import { targetPath } from '../forecast/target-path';
import type { SeriesPoint } from '../forecast/types';
import { attain } from './attainment';
import { hitRates } from './history';
import { profileLookup } from './profile';
import { statedProgress, timeProgress } from './time-progress';
import { toleranceOf, type ActualRef, type Revision, type Score, type Scorecard, type TargetRef, type Tolerance } from './types';

export interface ScorecardOptions {
  tolerance?: Partial<Tolerance>;
  /** Only rows whose target or outcome was stated in this report. */
  documentId?: number;
  /**
   * Score what this report knew: only statements of this report and of reports published before it, so a
   * mid-year briefing reads the same after the full-year report arrives. Facts not read from a report
   * (spreadsheets, typed) carry no date and are left out.
   */
  asOfReport?: number;
  /** Only rows whose target period or outcome period is this. */
  period?: string;
}

/** A stored statement with the publication date of the report it came from. */
type Stated = Pick<Fact, 'id' | 'documentId' | 'region' | 'indicator' | 'measure' | 'value' | 'low' | 'high' | 'unit'
  | 'qualifier' | 'period' | 'kind' | 'quote' | 'start' | 'tier'> & { status: string; published: string | null };

const keyOf = (f: { region: string; indicator: string; measure: string }, period: string) => `${f.region}|${f.indicator}|${f.measure}|${period}`;

/** A report's own completion share: "完成年度计划50.4%", "完成年度区政府投资任务50.8%". */
const STATED_COMPLETION = /完成(年度|全年)?.{0,12}(计划|任务|目标)/;

function loadStatements(ws: Workspace, asOfReport?: number): Map<string, Stated[]> {
  // Ordered by the best-value rule, so the first statement of each point is the one that counts.
  const groups = new Map<string, Stated[]>();
  for (const s of statementsInBestOrder(ws, asOfReport)) {
    const k = keyOf(s, s.period);
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  return groups;
}

const targetRef = (s: Stated): TargetRef => ({
  factId: s.id, value: s.value, low: s.low, high: s.high, qualifier: s.qualifier, unit: s.unit, period: s.period, documentId: s.documentId,
});
const actualRef = (s: Stated): ActualRef => ({
  factId: s.id, value: s.value, qualifier: s.qualifier, unit: s.unit, period: s.period, kind: s.kind, documentId: s.documentId,
});
const revisionsOf = (list: readonly Stated[], best: Set<number>): Revision[] =>
  list.map((s) => ({ factId: s.id, value: s.value, kind: s.kind, period: s.period, documentId: s.documentId, published: s.published, status: s.status, best: best.has(s.id) }))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.factId - b.factId);

export function buildScorecard(ws: Workspace, options: ScorecardOptions = {}): Scorecard {
  const tolerance = toleranceOf(options.tolerance);
  const groups = loadStatements(ws, options.asOfReport);
  const profile = profileLookup(ws);
  const all = [...groups.values()].flat();
  // Completion shares and their competing targets are few; index them once rather than scan every fact per target.
  const shares = all.filter((s) => s.kind !== 'target' && s.measure === 'share' && s.value !== null && STATED_COMPLETION.test(`${s.indicator} ${s.quote ?? ''}`));
  const targetsByDoc = new Map<number, number[]>();
  for (const s of all) {
    if (s.kind !== 'target' || s.documentId === null || s.start === null) continue;
    const list = targetsByDoc.get(s.documentId) ?? [];
    list.push(s.start);
    targetsByDoc.set(s.documentId, list);
  }
  const completions: Completions = { shares, targetsByDoc };
  const annual = annualSeries(groups);
  const rows: Score[] = [];
  for (const list of groups.values()) {
    const target = list.find((s) => s.kind === 'target');
    if (!target) continue;
    const { direction, flowStock } = profile(target.indicator);
    const outcomes = list.filter((s) => s.kind !== 'target');
    const base = { key: keyOf(target, target.period), region: target.region, indicator: target.indicator, measure: target.measure, period: target.period, tier: target.tier, direction, target: targetRef(target) };
    const best = outcomes[0];
    if (best) {
      const v = attain(base.target, actualRef(best), target.measure, direction, tolerance);
      rows.push({ ...base, actual: actualRef(best), ...v, timeProgress: null, path: null, revisions: revisionsOf(list, new Set([target.id, best.id])) });
      continue;
    }
    // No outcome for the target's own period yet: the latest cumulative part of that year, if any.
    const partial = latestSubAnnual(groups, target);
    if (partial) {
      const p = partial[0]!;
      const v = attain(base.target, actualRef(p), target.measure, direction, tolerance);
      // Time progress only for what accumulates over the year (investment, revenue, new firms): never for
      // stocks (常住人口), rates, shares or intensities, whose part-year figure is no share of the year's.
      const accumulates = (target.measure === 'level' || target.measure === 'count') && flowStock === 'flow';
      const tp = accumulates && target.value !== null && p.value !== null && (!p.unit || !target.unit || p.unit === target.unit)
        ? timeProgress(p.value, target.value, p.period, direction) : null;
      const stated = statedCompletion(completions, target, p.period);
      rows.push({
        // A part-year level against the year's target is no gap (221 of 400 亿元 is not "−45%"); time progress says it.
        ...base, actual: actualRef(p), status: 'pending', reason: `the year is not over: ${p.period} figure only`,
        gap: target.measure === 'level' || target.measure === 'count' ? null : v.gap,
        timeProgress: stated ? statedProgress(stated.value!, stated.period) : tp, path: pathFor(annual, target, direction),
        revisions: revisionsOf([...list, ...partial], new Set([target.id, p.id])),
      });
      continue;
    }
    const stated = statedCompletion(completions, target, null);
    rows.push({
      ...base, actual: stated ? actualRef(stated) : null, status: 'pending',
      reason: stated ? 'only a completion share is stated so far' : 'no outcome reported yet', gap: null,
      timeProgress: stated ? statedProgress(stated.value!, stated.period) : null, path: pathFor(annual, target, direction),
      revisions: revisionsOf(list, new Set([target.id])),
    });
  }
  // The track record always covers every scored year, whatever slice of rows is shown.
  const wanted = rows.filter((r) => matches(r, options)).sort(byIndicatorThenPeriod);
  return { rows: wanted, byIndicator: hitRates(rows, (r) => r.indicator, true), byRegion: hitRates(rows, (r) => r.region, false), tolerance };
}

/** The statements of the latest cumulative sub-annual period of the target's year (Q3 beats H1 beats Q1). */
function latestSubAnnual(groups: Map<string, Stated[]>, target: Stated): Stated[] | null {
  const p = parsePeriod(target.period);
  if (!p || p.sub !== 'Y' || p.year !== p.endYear) return null;
  for (const sub of ['Q3', 'H1', 'Q2', 'Q1']) {
    const list = groups.get(keyOf(target, `${p.year}${sub}`))?.filter((s) => s.kind !== 'target');
    if (list && list.length > 0) return list;
  }
  return null;
}

/** How far after a target's own words a report's completion share may follow and still be read as its share. */
const NEAR = 200;

/**
 * A completion share the report states for this target ("完成年度计划50.4%"), taken as is: same region, a % share
 * in a sub-annual period of the target's year, worded as completing the plan, and either named after the target's
 * indicator ("区政府投资完成年度任务比例") or stated in the same report shortly after the target with no other
 * target in between ("计划安排投资总规模55亿元 … 下达投资计划共27.7亿元,完成年度计划50.4%").
 */
interface Completions {
  shares: Stated[];
  /** Span starts of every target, per report: a completion share belongs to the nearest target before it. */
  targetsByDoc: Map<number, number[]>;
}

function statedCompletion({ shares, targetsByDoc }: Completions, target: Stated, period: string | null): Stated | null {
  const year = parsePeriod(target.period);
  if (!year || year.sub !== 'Y' || target.measure !== 'level') return null;
  const candidates = shares.filter((s) => s.region === target.region
    && (period ? s.period === period : parsePeriod(s.period)?.year === year.year && parsePeriod(s.period)?.sub !== 'Y'));
  const named = candidates.filter((s) => s.indicator !== target.indicator && s.indicator.startsWith(target.indicator));
  if (named.length) return named.sort((a, b) => comparePeriods(b.period, a.period))[0]!;
  if (target.start === null || target.documentId === null) return null;
  const after = (s: Stated) => s.documentId === target.documentId && s.start !== null && s.start > target.start! && s.start - target.start! <= NEAR;
  const next = candidates.filter(after).sort((a, b) => a.start! - b.start!)[0];
  if (!next) return null;
  const otherTargetBetween = (targetsByDoc.get(target.documentId) ?? []).some((start) => start > target.start! && start < next.start!);
  return otherTargetBetween ? null : next;
}

/** Each series' best full-year outcome per year, oldest first, keyed region|indicator|measure. */
function annualSeries(groups: Map<string, Stated[]>): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const list of groups.values()) {
    const best = list.find((s) => s.kind !== 'target');
    const p = best && best.value !== null ? parsePeriod(best.period) : null;
    if (!best || !p || p.sub !== 'Y' || p.year !== p.endYear) continue;
    const k = `${best.region}|${best.indicator}|${best.measure}`;
    const series = out.get(k) ?? [];
    series.push({ period: best.period, t: p.year, value: best.value!, factId: best.id, kind: best.kind });
    out.set(k, series);
  }
  for (const series of out.values()) series.sort((a, b) => a.t - b.t);
  return out;
}

function pathFor(annual: Map<string, SeriesPoint[]>, target: Stated, direction: Score['direction']): Score['path'] {
  const year = parsePeriod(target.period);
  const series = annual.get(`${target.region}|${target.indicator}|${target.measure}`);
  if (!year || !series) return null;
  const path = targetPath({ target: targetRef(target), series, measure: target.measure, direction }, year.endYear);
  // Whether the growth seen suffices depends on which side is better; with that unknown the path only says what is needed.
  return path && direction === 'unknown' ? { ...path, plausible: null } : path;
}

function matches(r: Score, o: ScorecardOptions): boolean {
  if (o.documentId !== undefined && r.target.documentId !== o.documentId && r.actual?.documentId !== o.documentId) return false;
  if (o.period !== undefined && r.period !== o.period && r.actual?.period !== o.period) return false;
  return true;
}

/**
 * Headline (tier 1) targets first, as a briefing leads with GDP, investment and revenue; then region, period,
 * and the order the targets were stated in (a report's own order of indicators).
 */
function byIndicatorThenPeriod(a: Score, b: Score): number {
  return (a.tier ?? 9) - (b.tier ?? 9) || a.region.localeCompare(b.region) || comparePeriods(a.period, b.period) || (a.target.factId ?? 0) - (b.target.factId ?? 0);
}
