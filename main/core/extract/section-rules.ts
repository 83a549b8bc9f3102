// What a part of a report is about, from its heading, its list introductions and its paragraphs' openings:
// named rules with examples (asserted in tests/core/extract-document.test.ts). A part's own words override
// the title: "一、2019年…执行情况" under a 2020 plan's title holds 2019 outcomes.
// Example headings and sentences are made up in the wording of Chinese plan reports unless a source is given.
import type { HeadingLevel } from './headings';
import type { ReportMeta } from './meta';
import { fiveYearSpan } from './period-rules';

export type Mode = 'review' | 'plan';

/** What a heading, introduction or paragraph says about the numbers under it; unsaid fields are inherited. */
export interface About {
  mode?: Mode;
  /** Period of the outcomes stated under it. */
  actualPeriod?: string;
  /** Period of the targets stated under it. */
  targetPeriod?: string;
  /** A multi-year span it reviews ("2025年和“十四五”时期工作回顾": 2021-2025). */
  span?: string;
  /** The whole part reviews the span ("过去五年工作回顾"), not only the paragraphs that open on it. */
  wholeSpan?: boolean;
}

export type MetaYears = Pick<ReportMeta, 'shape' | 'period' | 'reviewYear' | 'planYear'>;

export interface SectionRule {
  id: string;
  statement: string;
  levels: readonly HeadingLevel[];
  about(heading: string, meta: MetaYears): About | null;
  /** Example headings; `meta` defaults to an annual report reviewing 2019 and planning 2020. */
  examples: readonly { heading: string; meta?: MetaYears; expect: About | null }[];
}

export const EXAMPLE_META: MetaYears = { shape: 'annual', period: '2019', reviewYear: 2019, planYear: 2020 };

const REVIEW_WORDS = /(执行情况|完成情况|回顾|现状|发展基础|成效|成就|工作成绩|成绩单|存在的?问题|面临形势|形势分析|主要特点|的特点|总体态势|运行情况)/;
// "三、下半年重点工作", "2020年发展目标完成情况" name plans even with a review word.
const NOT_REVIEW = /(下半年|目标|工作安排)/;
const PLAN_WORDS = /(目标|计划|工作安排|重点工作|主要工作|主要任务|工作思路|总体要求|对策|措施|下半年|展望|指导思想|发展方向|重点工程|工作建议)/;
/** Headings over the plan's headline indicators. 预期性/约束性指标 are the two classes of a plan's headline list. */
export const HEADLINE_WORDS = /(主要目标|发展目标|预期目标|主要指标|总体目标|预期性指标|约束性指标)/;

function yearIn(s: string): number | null {
  const m = /(\d{4})\s*年/.exec(s);
  return m ? Number(m[1]) : null;
}

/** The period of a report's own outcomes: a five-year plan's outcomes are of the year before its span. */
export function reviewedPeriod(meta: MetaYears): string {
  return meta.period.includes('-') ? String(meta.reviewYear) : meta.period;
}

const isReview = (h: string) => REVIEW_WORDS.test(h) && !NOT_REVIEW.test(h);

/** Heading rules, tried in order; the first that reads a heading decides what its part holds. */
export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'section.review-part-year',
    statement: 'A part reviewing the first half of a year holds that half-year\'s outcomes.',
    levels: [1],
    about: (h) => (isReview(h) && /上半年/.test(h) && yearIn(h) !== null ? { mode: 'review', actualPeriod: `${yearIn(h)!}H1` } : null),
    examples: [{ heading: '一、2024年上半年经济社会发展计划执行情况', expect: { mode: 'review', actualPeriod: '2024H1' } }],
  },
  {
    id: 'section.review-and-plan',
    statement: 'A part reviewing one year and planning a later one ("一、2023年经济运行情况及2024年工作安排") opens on the first year\'s outcomes; its sub-headings on the later year plan it (section.sub-plan-year).',
    levels: [1],
    about(h) {
      const years = [...h.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
      const later = years.find((y) => y > years[0]!);
      return years.length >= 2 && later !== undefined && REVIEW_WORDS.test(h) && PLAN_WORDS.test(h)
        ? { mode: 'review', actualPeriod: String(years[0]!) } : null;
    },
    examples: [{ heading: '一、2023年经济运行情况及2024年工作安排', expect: { mode: 'review', actualPeriod: '2023' } }],
  },
  {
    id: 'section.review-year',
    statement: 'A part reviewing a named year holds that year\'s outcomes, whatever the title says; a five-year plan it names is the span it also reviews.',
    levels: [1],
    about(h, meta) {
      const y = yearIn(h);
      if (!isReview(h) || y === null) return null;
      // The reviewed year of a part-year report is the part-year ("一、2024年经济运行情况" in a 2024H1 report).
      const actualPeriod = y === meta.reviewYear && /^\d{4}[HQ]/.test(meta.period) ? meta.period : String(y);
      const span = fiveYearSpan(h);
      return span ? { mode: 'review', actualPeriod, span: `${span.start}-${span.end}` } : { mode: 'review', actualPeriod };
    },
    examples: [
      { heading: '一、2019年国民经济和社会发展计划执行情况', meta: { shape: 'annual', period: '2020', reviewYear: 2020, planYear: 2021 }, expect: { mode: 'review', actualPeriod: '2019' } },
      // 长江日报's digest of Hubei's 2025 report (https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm).
      { heading: '2024年成绩单', meta: { shape: 'annual', period: '2024', reviewYear: 2024, planYear: 2025 }, expect: { mode: 'review', actualPeriod: '2024' } },
      // guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
      { heading: '一、2025年和“十四五”时期工作回顾', meta: { shape: 'annual', period: '2025', reviewYear: 2025, planYear: 2026 }, expect: { mode: 'review', actualPeriod: '2025', span: '2021-2025' } },
      { heading: '三、2020年下半年工作安排', expect: null },
    ],
  },
  {
    id: 'section.review-five-years',
    statement: 'A part reviewing the past five years and no single year ("一、过去五年工作回顾", "一、“十四五”时期发展成就") reviews, in every paragraph, the five years ending with the reviewed year.',
    levels: [1],
    about(h, meta) {
      if (!isReview(h) || yearIn(h) !== null || meta.shape === 'five-year') return null;
      const named = fiveYearSpan(h);
      if (!named && !/(过去五年|五年来|近五年|本届政府)/.test(h)) return null;
      const end = named ? Math.min(named.end, meta.reviewYear) : meta.reviewYear;
      return { mode: 'review', actualPeriod: String(end), span: `${named ? named.start : end - 4}-${end}`, wholeSpan: true };
    },
    examples: [
      { heading: '一、过去五年工作回顾', meta: { shape: 'annual', period: '2025', reviewYear: 2025, planYear: 2026 }, expect: { mode: 'review', actualPeriod: '2025', span: '2021-2025', wholeSpan: true } },
      { heading: '一、“十三五”时期发展成效', meta: { shape: 'annual', period: '2020', reviewYear: 2020, planYear: 2021 }, expect: { mode: 'review', actualPeriod: '2020', span: '2016-2020', wholeSpan: true } },
      { heading: '一、2020年工作回顾', expect: null },
      // tumotezuoqi_2017_gov_work_report (http://m.ilynn.cn/document_detail/9182.html): the term's review, read with 2017 reviewed.
      { heading: '一、本届政府工作回顾', meta: { shape: 'annual', period: '2017', reviewYear: 2017, planYear: 2018 }, expect: { mode: 'review', actualPeriod: '2017', span: '2013-2017', wholeSpan: true } },
      // The State Council's 2018 work report, part one (summary in the search tool's stored pages).
      { heading: '一、过去五年工作成绩', meta: { shape: 'annual', period: '2017', reviewYear: 2017, planYear: 2018 }, expect: { mode: 'review', actualPeriod: '2017', span: '2013-2017', wholeSpan: true } },
      // A term's plan is no review: "本届政府" alone does not make one.
      { heading: '三、本届政府任期目标', meta: { shape: 'annual', period: '2017', reviewYear: 2017, planYear: 2018 }, expect: null },
    ],
  },
  {
    id: 'section.review',
    statement: 'A part reviewing without naming a year (发展现状, 存在的问题) holds the report\'s own outcomes.',
    levels: [1],
    about: (h, meta) => (isReview(h) ? { mode: 'review', actualPeriod: reviewedPeriod(meta) } : null),
    examples: [
      { heading: '二、存在的问题', expect: { mode: 'review', actualPeriod: '2019' } },
      { heading: '一、发展现状及面临形势', meta: { shape: 'five-year', period: '2021-2025', reviewYear: 2020, planYear: 2025 }, expect: { mode: 'review', actualPeriod: '2020' } },
    ],
  },
  {
    id: 'section.five-year-targets',
    statement: 'In a yearly report, a part setting out a five-year plan\'s targets holds targets for the plan\'s whole span (十五五: 2026-2030).',
    levels: [1, 2],
    about(h, meta) {
      const span = fiveYearSpan(h);
      return span && meta.shape !== 'five-year' && PLAN_WORDS.test(h) ? { mode: 'plan', targetPeriod: `${span.start}-${span.end}` } : null;
    },
    examples: [
      // guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
      { heading: '二、“十五五”时期的主要目标和重点任务', expect: { mode: 'plan', targetPeriod: '2026-2030' } },
    ],
  },
  {
    id: 'section.plan-year',
    statement: 'A part setting out a named year\'s targets or work holds targets for that year.',
    levels: [1],
    about: (h) => (PLAN_WORDS.test(h) && yearIn(h) !== null ? { mode: 'plan', targetPeriod: String(yearIn(h)!) } : null),
    examples: [
      { heading: '三、2026年工作安排', expect: { mode: 'plan', targetPeriod: '2026' } },
      { heading: '2023年经济社会发展主要目标', expect: { mode: 'plan', targetPeriod: '2023' } },
      // hebei_2026_gov_work_report (http://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/202602/02/87e9bcd8-8ea5-4134-8b54-f006ab87337b.html).
      { heading: '三、2026年主要工作', expect: { mode: 'plan', targetPeriod: '2026' } },
    ],
  },
  {
    id: 'section.plan',
    statement: 'A part setting out targets or work without a year holds targets for the report\'s planned year (the full year in a mid-year report).',
    levels: [1],
    about: (h, meta) => (PLAN_WORDS.test(h) ? { mode: 'plan', targetPeriod: String(meta.planYear) } : null),
    examples: [
      { heading: '三、下半年重点工作', meta: { shape: 'half-year', period: '2024H1', reviewYear: 2024, planYear: 2024 }, expect: { mode: 'plan', targetPeriod: '2024' } },
      { heading: '二、指导思想、发展原则和发展目标', meta: { shape: 'five-year', period: '2021-2025', reviewYear: 2020, planYear: 2025 }, expect: { mode: 'plan', targetPeriod: '2025' } },
    ],
  },
  {
    id: 'section.sub-review-year',
    statement: 'A sub-heading reviewing a named year ("(一)2023年经济运行情况") holds that year\'s outcomes.',
    levels: [2],
    about: (h) => (isReview(h) && yearIn(h) !== null ? { mode: 'review', actualPeriod: String(yearIn(h)!) } : null),
    examples: [{ heading: '(一)2023年经济运行情况', expect: { mode: 'review', actualPeriod: '2023' } }],
  },
  {
    id: 'section.sub-plan-year',
    statement: 'A sub-heading setting out a later year\'s work ("(二)2024年工作安排") holds targets for that year.',
    levels: [2],
    about: (h, meta) => (!HEADLINE_WORDS.test(h) && PLAN_WORDS.test(h) && (yearIn(h) ?? 0) > meta.reviewYear ? { mode: 'plan', targetPeriod: String(yearIn(h)!) } : null),
    examples: [
      { heading: '(二)2024年工作安排', meta: { shape: 'annual', period: '2023', reviewYear: 2023, planYear: 2024 }, expect: { mode: 'plan', targetPeriod: '2024' } },
      { heading: '(一)2023年重点工作完成情况', meta: { shape: 'annual', period: '2023', reviewYear: 2023, planYear: 2024 }, expect: null },
    ],
  },
  {
    id: 'section.headline-targets',
    statement: 'A sub-heading over the main targets ("(一)发展目标", "(二)主要指标") turns what follows into targets.',
    levels: [2],
    about: (h, meta) => (HEADLINE_WORDS.test(h) || /^[(（].{0,3}[)）]\s*(发展目标|主要目标)/.test(h)
      ? { mode: 'plan', targetPeriod: String(yearIn(h) ?? meta.planYear) } : null),
    examples: [
      { heading: '(三)发展目标', expect: { mode: 'plan', targetPeriod: '2020' } },
      { heading: '(一)预期性指标。', meta: { shape: 'annual', period: '2022', reviewYear: 2022, planYear: 2023 }, expect: { mode: 'plan', targetPeriod: '2023' } },
      { heading: '(一)经济总量迈上新台阶', expect: null },
    ],
  },
];

/** The first heading rule that reads `heading` at `level`, with its id. */
export function aboutHeading(heading: string, level: HeadingLevel, meta: MetaYears): { about: About; rule: string } | null {
  for (const rule of SECTION_RULES) {
    if (!rule.levels.includes(level)) continue;
    const about = rule.about(heading, meta);
    if (about) return { about, rule: rule.id };
  }
  return null;
}
