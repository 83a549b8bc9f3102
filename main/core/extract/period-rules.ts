// Which year a report, a part of it, or a paragraph is about, and whether its numbers are outcomes, estimates
// or targets: named rules, each a general statement with examples (asserted in tests/core/extract-document.test.ts).
// Example headings are made up in the wording of Chinese plan reports unless a source is given.
import type { ReportShape } from './meta';

/** What the title or a heading says about the report's years. */
export interface YearReading {
  shape: ReportShape;
  reviewYear: number;
  planYear: number;
  period: string;
}

export interface YearRule {
  id: string;
  /** The rule as the economist would state it. */
  statement: string;
  read(text: string): YearReading | null;
  examples: readonly { text: string; expect: YearReading | null }[];
}

// "第十四个五年规划" is the formal name of the 十四五 plan.
const FIVE_YEAR_PLAN = /(十[一二三四五])(?:五|个五年)/;
const FIVE_YEAR_END: Record<string, number> = { 十一: 2010, 十二: 2015, 十三: 2020, 十四: 2025, 十五: 2030 };
const PART_YEAR = /(\d{4})\s*年\s*(上半年|1\s*[-—至~]\s*6\s*月|一季度|第一季度|1\s*[-—至~]\s*3\s*月|前三季度|1\s*[-—至~]\s*9\s*月)/;
const YEAR = /(\d{4})\s*年/g;
const REVIEW_HEADING = /(执行情况|完成情况|回顾|总体态势|运行情况|主要成效|工作总结)/;
const PLAN_HEADING = /(目标|计划|任务|工作安排|重点工作|思路)/;

function yearsIn(s: string): number[] {
  return [...s.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** The span of a named five-year plan ("十五五" → 2026-2030), or null. */
export function fiveYearSpan(s: string): { start: number; end: number } | null {
  const m = FIVE_YEAR_PLAN.exec(s);
  const end = m ? FIVE_YEAR_END[m[1]!] : undefined;
  return end ? { start: end - 4, end } : null;
}

const annual = (reviewYear: number, planYear: number): YearReading => ({ shape: 'annual', reviewYear, planYear, period: String(reviewYear) });

function partYear(s: string): YearReading | null {
  const part = PART_YEAR.exec(s);
  if (!part) return null;
  const y = Number(part[1]);
  // Mid-year and quarterly reports: outcomes of the part-year, targets of the full year.
  const sub = /(一季度|3\s*月)/.test(part[2]!) ? 'Q1' : /(三季度|9\s*月)/.test(part[2]!) ? 'Q3' : 'H1';
  return { shape: 'half-year', reviewYear: y, planYear: y, period: `${y}${sub}` };
}

/** Rules on a report's title, tried in order. */
export const TITLE_YEAR_RULES: readonly YearRule[] = [
  {
    id: 'year.title-five-year-plan',
    statement: 'A title naming a five-year plan and no calendar year is that plan: it reviews the previous plan and plans its own five years.',
    read(s) {
      const span = fiveYearSpan(s);
      if (!span || /\d{4}\s*年/.test(s)) return null;
      return { shape: 'five-year', reviewYear: span.start - 1, planYear: span.end, period: `${span.start}-${span.end}` };
    },
    examples: [
      { text: '罗湖区产业发展“十四五”规划', expect: { shape: 'five-year', reviewYear: 2020, planYear: 2025, period: '2021-2025' } },
      { text: '某市国民经济和社会发展第十五个五年规划纲要', expect: { shape: 'five-year', reviewYear: 2025, planYear: 2030, period: '2026-2030' } },
    ],
  },
  {
    id: 'year.title-part-year',
    statement: 'A title naming part of a year (上半年, 1-6月, 一季度, 前三季度) reports that part-year; its targets are the full year\'s.',
    read: partYear,
    examples: [
      { text: '深圳市罗湖区2024年上半年国民经济和社会发展计划执行情况报告', expect: { shape: 'half-year', reviewYear: 2024, planYear: 2024, period: '2024H1' } },
      { text: '某县2023年1-9月经济运行情况', expect: { shape: 'half-year', reviewYear: 2023, planYear: 2023, period: '2023Q3' } },
    ],
  },
  {
    id: 'year.title-review-and-plan',
    statement: 'A title naming two years reviews the first and plans the later one ("2019年…执行情况与2020年计划").',
    read(s) {
      const [first, ...rest] = yearsIn(s);
      const later = rest.find((y) => first !== undefined && y > first);
      return first !== undefined && later !== undefined ? annual(first, later) : null;
    },
    examples: [
      { text: '关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告', expect: annual(2015, 2016) },
      { text: '某区2022年工作总结和2023年工作计划', expect: annual(2022, 2023) },
    ],
  },
  {
    id: 'year.title-work-report',
    statement: 'A government work report titled with a year is delivered early that year: it reviews the year before and plans its own year.',
    read(s) {
      const [y, ...more] = yearsIn(s);
      return y !== undefined && more.length === 0 && /政府工作报告/.test(s) ? annual(y - 1, y) : null;
    },
    examples: [
      { text: '2026年政府工作报告', expect: annual(2025, 2026) },
      { text: '2024年某县人民政府工作报告', expect: annual(2023, 2024) },
      { text: '2023年政府工作报告和2024年计划', expect: null },
    ],
  },
  {
    id: 'year.title-plan',
    statement: 'A plan titled with one year (…2020年国民经济和社会发展计划, …计划(草案)) plans that year and reviews the year before it.',
    read(s) {
      const [y, ...more] = yearsIn(s);
      return y !== undefined && more.length === 0 && /计划|预算/.test(s) && !/(执行情况|完成情况|执行结果)/.test(s) ? annual(y - 1, y) : null;
    },
    examples: [
      { text: '光明区2020年国民经济和社会发展计划', expect: annual(2019, 2020) },
      { text: '盐田区2021年国民经济和社会发展计划(草案)', expect: annual(2020, 2021) },
      { text: '某区2021年国民经济和社会发展计划执行情况', expect: null },
    ],
  },
  {
    id: 'year.title-review',
    statement: 'Any other title with one year (执行情况, 统计公报, 工作总结) reports on that year.',
    read(s) {
      const [y, ...more] = yearsIn(s);
      return y !== undefined && more.length === 0 ? annual(y, y + 1) : null;
    },
    examples: [
      { text: '某市2023年国民经济和社会发展统计公报', expect: annual(2023, 2024) },
      { text: '某区2021年国民经济和社会发展计划执行情况', expect: annual(2021, 2022) },
    ],
  },
];

/** Rules on a heading, for a report whose title names no year; the first heading one of them reads decides. */
export const HEADING_YEAR_RULES: readonly YearRule[] = [
  {
    id: 'year.heading-part-year',
    statement: 'A heading reviewing part of a year ("一、2020年上半年经济社会发展执行情况") makes the report a part-year report.',
    read: (s) => (REVIEW_HEADING.test(s) ? partYear(s) : null),
    examples: [{ text: '一、2020年上半年经济社会发展执行情况', expect: { shape: 'half-year', reviewYear: 2020, planYear: 2020, period: '2020H1' } }],
  },
  {
    id: 'year.heading-review',
    statement: 'A heading reviewing a year ("一、2022年…计划执行情况", "一、2025年和“十四五”时期工作回顾") makes that year the reviewed one, the next the planned one.',
    read(s) {
      const [y] = yearsIn(s);
      return y !== undefined && REVIEW_HEADING.test(s) ? annual(y, y + 1) : null;
    },
    examples: [
      { text: '一、2022年国民经济和社会发展计划执行情况', expect: annual(2022, 2023) },
      { text: '一、2025年和“十四五”时期工作回顾', expect: annual(2025, 2026) },
      { text: '一、经济运行情况', expect: null },
    ],
  },
  {
    id: 'year.heading-plan',
    statement: 'A heading setting out a year\'s targets or tasks ("2023年经济社会发展主要目标") makes that year the planned one; an annual plan reviews the year before it.',
    read(s) {
      const [y] = yearsIn(s);
      return y !== undefined && PLAN_HEADING.test(s) ? annual(y - 1, y) : null;
    },
    examples: [
      // sz_city_2023_targets_repost (https://dwqgbh.cn/news/ca2ac844944f4591b04914fc64323ca0) is headed so.
      { text: '2023年经济社会发展主要目标', expect: annual(2022, 2023) },
      { text: '二、2020年经济社会发展总体目标', expect: annual(2019, 2020) },
    ],
  },
];

export { REVIEW_HEADING, PLAN_HEADING };
