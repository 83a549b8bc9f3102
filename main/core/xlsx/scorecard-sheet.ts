// The briefing's 记分卡 sheet: the scorecard in the exported view's scope (its region, indicator, measure and
// period filters; a single report chosen in the view scores what that report knew), headline targets first.
// Each row says the target as worded and as a number, the actual with its own period (an H1 figure against an
// annual target is visibly an H1 figure), the status in the scorecard view's words, and the gap in the app's
// units: percentage points (个百分点) for growth rates, shares and rates; the unit and percent for levels.
import type { Workspace } from '../store/workspace';
import type { PivotSpec } from '../pivot/spec';
import { buildScorecard, type ScorecardOptions } from '../score/scorecard';
import type { Score } from '../score/types';
import type { DisplayGrid, GridValue } from './grid';
import { explainedIn, valueWord, WORDS, type BriefingLanguage } from './labels';
import { targetWording } from './plan-sheet';

const STATUS_WORDS: Record<BriefingLanguage, Record<string, string>> = {
  // The scorecard view's words (renderer/features/scorecard/strings.ts).
  zh: { met: '完成', missed: '未完成', within_tolerance: '容差内', pending: '待评', not_comparable: '不可比', direction_unknown: '方向未定，未评分' },
  en: { met: 'met', missed: 'missed', within_tolerance: 'within tolerance', pending: 'pending', not_comparable: 'not comparable', direction_unknown: 'direction unknown, not scored' },
};

const HEADER: Record<BriefingLanguage, string[]> = {
  zh: ['指标', '地区', '口径', '目标期', '目标(原文口径)', '目标值', '实际', '实际期', '单位', '状态', '差距', '差距(相对)', '时序进度: 应达%', '时序进度: 实际%', '说明'],
  en: ['Indicator', 'Region', 'Measure', 'Target period', 'Target (as worded)', 'Target value', 'Actual', 'Actual period', 'Unit', 'Status', 'Gap', 'Gap (relative)',
    'Time progress: expected %', 'Time progress: achieved %', 'Note'],
};

/** The scorecard options a view's filters ask for: one report chosen → that report's scorecard as of it. */
function optionsOf(spec: PivotSpec | undefined): ScorecardOptions {
  const reports = spec?.filters.report;
  const id = reports?.length === 1 ? Number(reports[0]) : NaN;
  return Number.isInteger(id) ? { documentId: id, asOfReport: id } : {};
}

/** Whether a score is inside the view's filters (a filter on a field the scorecard has). */
function inScope(spec: PivotSpec | undefined): (s: Score) => boolean {
  const f = spec?.filters ?? {};
  const has = (values: string[] | undefined, v: string) => !values?.length || values.includes(v);
  return (s) => has(f.region, s.region) && has(f.indicator, s.indicator) && has(f.measure, s.measure) && has(f.period, s.period)
    && has(f.unit, s.target.unit ?? s.actual?.unit ?? '');
}

/** Percentages are compared in points: a growth gap of −1.9 reads "−1.9 个百分点", not "−1.9%". */
function gapUnit(unit: string | null, language: BriefingLanguage): string | null {
  if (unit === '%') return language === 'zh' ? '个百分点' : 'pp';
  return unit;
}

const round = (v: number | null | undefined, d: number) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10 ** d) / 10 ** d);

export function scorecardGrid(ws: Workspace, language: BriefingLanguage, spec?: PivotSpec): DisplayGrid {
  const card = buildScorecard(ws, optionsOf(spec));
  const keep = inScope(spec);
  const status = STATUS_WORDS[language];
  // Headline (tier 1) targets first, in the card's own order within a tier.
  const scores = card.rows.filter(keep).map((s, i) => ({ s, i })).sort((a, b) => (a.s.tier ?? 9) - (b.s.tier ?? 9) || a.i - b.i).map((x) => x.s);
  const rows = scores.map((s) => {
    const unit = s.target.unit ?? s.actual?.unit ?? null;
    const relative = s.gap && s.gap.relativeUnit === '%' ? round(s.gap.relative, 1) : null;
    const cells: GridValue[] = [
      s.indicator, s.region, valueWord(WORDS[language], 'measure', s.measure), s.period, targetWording(s.target, unit, language),
      s.target.qualifier === 'range' ? null : s.target.value, s.actual?.value ?? null, s.actual?.period ?? null, unit,
      Object.hasOwn(status, s.status) ? status[s.status]! : s.status, round(s.gap?.value, 2), relative,
      round(s.timeProgress?.expectedPct, 1), round(s.timeProgress?.achievedPct, 1), explainedIn(s.reason ?? s.timeProgress?.note ?? null, language),
    ];
    const units = cells.map((_, c) => (c === 5 || c === 6 ? unit : c === 10 ? gapUnit(unit, language) : c >= 11 && c <= 13 ? '%' : null));
    return { kind: 'data' as const, cells, units };
  });
  return { title: language === 'zh' ? '记分卡' : 'Scorecard', rowLabelHeaders: [], columnHeaderRows: [[...HEADER[language]].map((label) => ({ label, span: 1 }))], rows };
}
