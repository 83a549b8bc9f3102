// When and how sure a number is: kind (actual, estimate, target) and period, from the section a sentence sits
// in and the words of the sentence ("预计", "力争到2025年", "“十三五”期间", "从2016年的…").
import type { FactKind } from '../types';
import type { ReportView } from './types';
import { ESTIMATE_WORD, TARGET_WORD } from './words';

/** Where a sentence says when and how sure: found once per sentence, asked once per number ("before offset X?"). */
export interface Cues {
  /** "到2025年" / "力争2025年": a year after the reviewed one, with where it is said. */
  futureYears: { at: number; year: string }[];
  targetAt: number;
  estimateAt: number;
  spanAt: number;
}

// A year after the reviewed one ("到2025年", "2024年主要预期目标"): what follows is planned for it.
const FUTURE_YEAR = /(?<![增长提高升加至\d])(\d{4})\s*年(?![\d]|以来)/g;
const SPAN_WORD = /(十[一二三四五]五|五年)/;

function firstAt(re: RegExp, s: string): number {
  const m = re.exec(s);
  return m ? m.index : Infinity;
}

export function cuesOf(sentence: string, reviewYear: number): Cues {
  // A document's title names the document, not when or how sure a number is: "制定《…实施方案(2022-2023年)》"
  // in a review of 2022 plans nothing for 2023. Titles are blanked, keeping offsets.
  const s = sentence.replace(/《[^《》]*》/g, (title) => ' '.repeat(title.length));
  const futureYears: Cues['futureYears'] = [];
  if (s.includes('年')) {
    for (const m of s.matchAll(FUTURE_YEAR)) if (Number(m[1]) > reviewYear) futureYears.push({ at: m.index, year: m[1]! });
  }
  return { futureYears, targetAt: firstAt(TARGET_WORD, s), estimateAt: firstAt(ESTIMATE_WORD, s), spanAt: firstAt(SPAN_WORD, s) };
}

function futureYear(cues: Cues, before: number): string | null {
  let year: string | null = null;
  for (const y of cues.futureYears) if (y.at < before) year = y.year;
  return year;
}

export function kindOf(ctx: ReportView['contexts'][number], cues: Cues, before: number): FactKind {
  if (ctx.bullet) return ctx.estimateList ? 'estimate' : ctx.mode === 'plan' ? 'target' : 'actual';
  if (futureYear(cues, before) !== null || cues.targetAt < before) return 'target';
  if (ctx.mode === 'plan') return 'target';
  if (cues.estimateAt < before) return 'estimate';
  return 'actual';
}

export function periodOf(report: ReportView, ctx: ReportView['contexts'][number], kind: FactKind, cues: Cues, before: number, clause: string,
  year: number | null, from: boolean, indicator: string): string {
  if (kind === 'target') return futureYear(cues, before) ?? ctx.targetPeriod;
  // "预计全年地区生产总值增长6%" in a mid-year report: an estimate for the whole year.
  if (kind === 'estimate' && /全年/.test(clause) && report.meta.shape === 'half-year') return String(report.meta.planYear);
  if (year !== null && year <= report.meta.reviewYear) return String(year);
  const inClause = /(\d{4})\s*年(?!\s*[-—至到])/.exec(clause);
  if (inClause && Number(inClause[1]) <= report.meta.reviewYear && Number(inClause[1]) > report.meta.reviewYear - 10) return inClause[1]!;
  if (ctx.spanPeriod && !/累计/.test(clause)) {
    if (from) return ctx.spanPeriod.slice(0, 4);
    const inSpan = cues.spanAt < before;
    if (inSpan && /^(新增|共|培育|引进|新引进)|共/.test(clause.replace(/\s/g, '').slice(-24))) return ctx.spanPeriod;
    if (/^新增/.test(indicator) && inSpan) return ctx.spanPeriod;
  }
  return ctx.actualPeriod;
}

/**
 * The span an average yearly growth (年均增长) is over: the plan's five years for a target ("到2025年…年均增长6%"
 * in a 十四五 plan is 2021-2025), the reviewed five years for an outcome ("十三五时期…年均增长8.5%" is 2016-2020);
 * "2016-2020年", "从2015年的…增长到2020年的…" name it outright. Null when nothing says which years.
 */
export function averagePeriod(report: ReportView, ctx: ReportView['contexts'][number], kind: FactKind, before: string): string | null {
  const years = [...before.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const written = /(\d{4})\s*[-—至到~]\s*(\d{4})\s*年/.exec(before);
  if (written) return `${written[1]}-${written[2]}`;
  const { meta } = report;
  if (kind === 'target') {
    const end = years.filter((y) => y > meta.reviewYear).pop() ?? (meta.shape === 'five-year' ? meta.planYear : null);
    return end ? `${meta.reviewYear + 1}-${end}` : null;
  }
  const first = years.find((y) => y < meta.reviewYear);
  if (first !== undefined && years.length >= 2) return `${first + 1}-${Math.max(...years)}`;
  return ctx.spanPeriod ?? (/(十[一二三四五]五|五年)/.test(before) ? `${meta.reviewYear - 4}-${meta.reviewYear}` : null);
}
