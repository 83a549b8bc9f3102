// The plan tracker as a briefing sheet: one row per multi-year target, as the tracker view shows it — the
// target as the plan words it, the base and latest outcome with their years, the pace achieved and still
// required, progress against time gone, and the status in words. Numbers stay numbers (rounded for reading,
// formatted by unit) so the economist can sort and chart them; the target's wording is kept beside its value.
import type { PlanRow } from '../score/plan-targets';
import type { PlanStatus } from '../score/plan-path';
import type { DisplayGrid, GridValue } from './grid';
import { explainedIn, valueWord, WORDS, type BriefingLanguage } from './labels';

const STATUS: Record<BriefingLanguage, Record<PlanStatus, string>> = {
  // The tracker view's words (renderer/features/plans/strings.ts), so the sheet reads like the screen.
  zh: { on_track: '符合进度', off_track: '落后于进度', met: '已完成', no_actual: '尚无实际数', not_judged: '不作判断' },
  en: { on_track: 'On track', off_track: 'Off track', met: 'Met', no_actual: 'No outcome yet', not_judged: 'Not judged' },
};

const HEADER: Record<BriefingLanguage, string[]> = {
  zh: ['指标', '地区', '口径', '目标(原文口径)', '目标值', '单位', '目标年', '基期值', '基期', '最新实际', '最新期',
    '已实现(年均)', '尚需(年均)', '完成进度%', '时间进度%', '状态', '说明'],
  en: ['Indicator', 'Region', 'Measure', 'Target (as worded)', 'Target value', 'Unit', 'Target year', 'Base', 'Base period', 'Latest', 'Latest period',
    'Achieved (a year)', 'Required (a year)', 'Progress %', 'Time gone %', 'Status', 'Note'],
};

/** Rounds for reading: one decimal for percentages and points, two for amounts (the cell format shows the same). */
function rounded(v: number | null, decimals: number): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

function plain(v: number): string {
  return String(rounded(v, 2));
}

/**
 * The target as the plan words it: "6.0–6.5%", "6% 左右", "≥ 400 家", "≤ 3%" — the qualifier a bare number
 * would lose when the sheet is pasted into a briefing.
 */
export function targetWording(t: Pick<PlanRow['target'], 'value' | 'low' | 'high' | 'qualifier'>, unit: string | null, language: BriefingLanguage): string {
  const u = unit ?? '';
  const withUnit = (s: string) => (u === '%' ? `${s}%` : u ? `${s} ${u}` : s);
  if (t.qualifier === 'range' && t.low !== null && t.high !== null) return withUnit(`${plain(t.low)}–${plain(t.high)}`);
  if (t.value === null) return '';
  const base = withUnit(plain(t.value));
  const zh = language === 'zh';
  switch (t.qualifier) {
    case 'approx': return zh ? `${base} 左右` : `~${base}`;
    case 'at_least': return `≥ ${base}`;
    case 'at_most': return `≤ ${base}`;
    case 'more_than': return `> ${base}`;
    default: return base;
  }
}

/** The pace columns and the unit they read in: growth in %, shares and rates in points, totals in the target's unit. */
function pace(r: PlanRow, language: BriefingLanguage): { achieved: number | null; required: number | null; unit: string | null } {
  if (r.totalSoFar !== null) return { achieved: rounded(r.totalSoFar, 2), required: rounded(r.requiredPerYear, 2), unit: r.unit };
  if (r.measure === 'share' || r.measure === 'rate') {
    return { achieved: rounded(r.achievedAnnualChangePp, 2), required: rounded(r.requiredAnnualChangePp, 2), unit: language === 'zh' ? '个百分点' : 'pp' };
  }
  return { achieved: rounded(r.achievedAnnualGrowthPct ?? r.averageSoFarPct, 1), required: rounded(r.requiredAnnualGrowthPct, 1), unit: '%' };
}

export function planTrackerGrid(rows: readonly PlanRow[], language: BriefingLanguage): DisplayGrid {
  const w = WORDS[language];
  const header = HEADER[language];
  const gridRows = rows.map((r) => {
    const p = pace(r, language);
    const valueUnit = r.unit;
    const cells: GridValue[] = [
      r.indicator, r.region, valueWord(w, 'measure', r.measure), targetWording(r.target, r.unit, language),
      r.target.qualifier === 'range' ? null : r.target.value, r.unit, r.target.period,
      r.base?.value ?? null, r.base?.period ?? null, r.latest?.value ?? null, r.latest?.period ?? null,
      p.achieved, p.required, rounded(r.progressPct, 1), rounded(r.timeElapsedPct, 1), STATUS[language][r.status], explainedIn(r.reason, language),
    ];
    const units = cells.map((_, c) => (c === 4 || c === 7 || c === 9 ? valueUnit : c === 11 || c === 12 ? p.unit : c === 13 || c === 14 ? '%' : null));
    return { kind: 'data' as const, cells, units };
  });
  return { title: language === 'zh' ? '规划跟踪' : 'Plan tracker', rowLabelHeaders: [], columnHeaderRows: [header.map((label) => ({ label, span: 1 }))], rows: gridRows };
}
