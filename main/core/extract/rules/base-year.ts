// The year of a starting value ("从X提高到Y", "由上年的A调整为B"): only what the text says. A year written with
// the value, 上年 (the year before the new value's), or a review of a five-year span (the span's base year:
// "十四五" runs 2021-2025 from the 2020 level). Anything else has no year the text supports, so no fact.
import type { ReportView } from '../types';

export interface BaseYearRule {
  id: string;
  /** The words between 从/由 and the starting value, e.g. "2020年的", "上年的". */
  words: RegExp;
  examples: readonly string[];
}

export const WRITTEN_YEAR: BaseYearRule = { id: 'base-written-year', words: /^(\d{4})\s*年(?:底|末|度)?(?:的)?$/, examples: ['从2020年的8.1万元', '由2019年底的'] };
export const PREVIOUS_YEAR: BaseYearRule = { id: 'base-previous-year', words: /^(?:上年|去年|上一年)(?:底|末|度)?(?:的)?$/, examples: ['由上年的3.1:40.2:56.7'] };

// "十一五" … "十五五": the span's first year; its base year is the one before it.
const PLAN_SPANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
const SPAN_NAMED = /十[一二三四五]五/g;
const FIVE_YEARS = /(五年来|过去五年|这五年|的五年|五年间)/;

/**
 * The year the starting value is of, or null when the text does not say. `words` are those between 从/由 and
 * the value; `at` is where the statement sits; `toPeriod` is the new value's period.
 */
export function baseYearOf(report: ReportView, at: number, words: string, toPeriod: string): string | null {
  const w = words.replace(/\s+/g, '');
  const written = WRITTEN_YEAR.words.exec(w);
  if (written) return Number(written[1]) <= report.meta.reviewYear ? written[1]! : null;
  if (PREVIOUS_YEAR.words.test(w)) return /^\d{4}$/.test(toPeriod) ? String(Number(toPeriod) - 1) : null;
  if (w !== '') return null;
  return spanBase(report, at, toPeriod);
}

/**
 * In a review of the five years ending with the new value's year, the starting value is of the year before
 * them. The paragraph itself must say it reviews such a span ("这是…的五年", "“十四五”期间"): a span named
 * pages earlier says nothing of this sentence.
 */
function spanBase(report: ReportView, at: number, toPeriod: string): string | null {
  // A five-year plan's own review of its span is dated by when.ts (the span's first year, as its gold labels
  // have it); two conventions in one report would split one series.
  if (!/^\d{4}$/.test(toPeriod) || report.meta.shape === 'five-year') return null;
  const end = Number(toPeriod);
  const paragraph = report.text.slice(report.lines[report.lineAt(at)]!.start, at);
  const spans = [...paragraph.matchAll(SPAN_NAMED)].map((m) => PLAN_SPANS[m[0]]!);
  if (spans.some((first) => first + 4 === end) || (spans.length === 0 && FIVE_YEARS.test(paragraph))) return String(end - 5);
  return null;
}
