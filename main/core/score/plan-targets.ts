// The plan tracker: every target of a multi-year plan in a workspace, with its base, latest outcome and the
// pace achieved and still required (plan-path.ts). A multi-year target is one set by a plan whose period is a
// span ("十四五" = 2021-2025), or a target at least two years after the year its report reviews
// ("力争到2025年…" in a 2022 report). Next year's targets of an annual plan are the scorecard's, not the tracker's.
import type { Workspace } from '../store/workspace';
import { targetsInBestOrder, yearOutcomesInBestOrder, type TargetStatement } from '../store/queries/scores';
import { parsePeriod, type Measure } from '../types';
import { planPosition, shapeOf, type PlanPoint, type PlanPosition, type PlanTarget } from './plan-path';
import { profileLookup } from './profile';

export interface PlanRow extends PlanPosition {
  region: string;
  indicator: string;
  measure: Measure;
  unit: string | null;
  target: PlanTarget & { factId: number; documentId: number | null };
  base: PlanPoint | null;
  /** The outcomes the position was worked out from, oldest first (for the tracker's chart). */
  outcomes: PlanPoint[];
  tier: number | null;
}

type TargetFact = TargetStatement;

/**
 * An indicator the plan adds up over its years: what is newly brought in, built or cultivated (新增上市公司10家,
 * 引进持牌金融机构30家), or stated as 累计. Each year's report states that year's addition.
 */
const ADDED_OVER_PLAN = /^(累计|新增|新建|新培育|培育|引进|建成|打造|集聚|落地)/;

const seriesKey = (f: { region: string; indicator: string; measure: string }) => `${f.region}|${f.indicator}|${f.measure}`;

/** The year the plan starts from: the year before a span ("2021-2025" → 2020), else the report's own year. */
export function baseYearOf(documentPeriod: string | null, targetPeriod: string): number | null {
  const doc = documentPeriod ? parsePeriod(documentPeriod) : null;
  if (doc && doc.endYear > doc.year) return doc.year - 1;
  const target = parsePeriod(targetPeriod);
  if (target && target.endYear > target.year) return target.year - 1;
  return doc ? doc.year : null;
}

/** Whether a target belongs to a multi-year plan rather than next year's annual plan. */
export function isPlanTarget(documentPeriod: string | null, targetPeriod: string): boolean {
  const target = parsePeriod(targetPeriod);
  if (!target || target.sub !== 'Y') return false;
  if (target.endYear > target.year) return true;
  const doc = documentPeriod ? parsePeriod(documentPeriod) : null;
  if (!doc) return false;
  return doc.endYear > doc.year || target.endYear >= doc.endYear + 2;
}

function loadTargets(ws: Workspace): TargetFact[] {
  const seen = new Set<string>();
  const out: TargetFact[] = [];
  for (const t of targetsInBestOrder(ws)) {
    const key = `${seriesKey(t)}|${t.period}`;
    // Rows come in best-value order: the first statement of each target is the one that counts.
    if (seen.has(key) || !isPlanTarget(t.documentPeriod, t.period)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** Every series' full-year outcomes (actual before estimate, by the best-value rule), one per year. */
function loadOutcomes(ws: Workspace): Map<string, (PlanPoint & { unit: string | null })[]> {
  const out = new Map<string, (PlanPoint & { unit: string | null })[]>();
  for (const r of yearOutcomesInBestOrder(ws)) {
    const key = seriesKey(r);
    const list = out.get(key) ?? [];
    if (list.at(-1)?.period === r.period) continue;
    list.push({ value: r.value, period: r.period, unit: r.unit });
    out.set(key, list);
  }
  return out;
}

/** Outcomes in the target's unit (a figure in another unit is another statistic, not a point on this path). */
const sameUnit = (unit: string | null) => (o: { unit: string | null }) => unit === null || o.unit === null || o.unit === unit;

export function buildPlanCheck(ws: Workspace): PlanRow[] {
  const profile = profileLookup(ws);
  const outcomes = loadOutcomes(ws);
  const rows = loadTargets(ws).map((t): PlanRow => {
    const series = (outcomes.get(seriesKey(t)) ?? []).filter(sameUnit(t.unit));
    const baseYear = baseYearOf(t.documentPeriod, t.period);
    const targetYear = parsePeriod(t.period)!.endYear;
    const point = (o: PlanPoint) => ({ value: o.value, period: o.period });
    const cumulative = ADDED_OVER_PLAN.test(t.indicator);
    // A span average or a total has no starting level: the base year only says where the plan's years begin.
    const base = shapeOf(t.measure, cumulative) !== 'level' && shapeOf(t.measure, cumulative) !== 'points' ? null : series.find((o) => Number(o.period) === baseYear) ?? null;
    const after = series.filter((o) => baseYear !== null && Number(o.period) > baseYear && Number(o.period) <= targetYear).map(point);
    const target = { value: t.value, low: t.low, high: t.high, qualifier: t.qualifier, unit: t.unit, period: t.period };
    const position = planPosition({ measure: t.measure, direction: profile(t.indicator).direction, target, base: base && point(base), baseYear, outcomes: after, cumulative });
    return {
      region: t.region, indicator: t.indicator, measure: t.measure, unit: t.unit, tier: t.tier,
      target: { ...target, factId: t.id, documentId: t.documentId }, base: base && point(base), outcomes: after, ...position,
    };
  });
  // Headline (tier 1) targets first, then by region, indicator and period, as a briefing reads them.
  return rows.sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || a.region.localeCompare(b.region, 'zh') || a.indicator.localeCompare(b.indicator, 'zh') || a.target.period.localeCompare(b.target.period));
}
