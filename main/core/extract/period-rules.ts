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
const REVIEW_HEADING = /(执行情况|完成情况|回顾|总体态势|运行情况|主要成效|工作总结|成绩单)/;
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

/**
 * The date a report was delivered ("——2026年1月26日在广东省第十四届人民代表大会第五次会议上"): a report delivered
 * to the congress in its first quarter reviews the year before and plans its own year. Tried after the headings.
 */
export const DELIVERY_DATE_RULE: YearRule = {
  id: 'year.delivery-date',
  statement: 'A report delivered to a congress in January to March reviews the year before and plans its own year; one delivered in October to December (a new congress\'s first session) reviews its own year and plans the next.',
  read(s) {
    const m = /^\s*[—－-]{1,2}\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*在.{2,40}(会议|大会)/.exec(s);
    const month = m ? Number(m[2]) : 0;
    if (month >= 1 && month <= 3) return annual(Number(m![1]) - 1, Number(m![1]));
    return month >= 10 && month <= 12 ? annual(Number(m![1]), Number(m![1]) + 1) : null;
  },
  examples: [
    // guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    { text: '——2026年1月26日在广东省第十四届人民代表大会第五次会议上', expect: annual(2025, 2026) },
    { text: '——2024年8月28日在区人大常委会第二十次会议上', expect: null },
    // tests/fixtures/real/tumotezuoqi_2017_gov_work_report_traditional_pinyin_noise.txt (simplified here).
    { text: '——2017年12月5日在土默特左旗第十七届人民代表大会第一次会议上', expect: annual(2017, 2018) },
  ],
};

/**
 * Lines of a fragment whose title, headings, delivery date and opening paragraph are all silent, but whose
 * body says which year it reviews. Tried on the first lines, in order, after OPENING_PARAGRAPH_RULE.
 */
export const BODY_YEAR_RULES: readonly YearRule[] = [
  {
    id: 'year.past-year-named',
    statement: 'A report that speaks of "the year just past" by its number (刚刚过去的2025年, 回顾2024年) reviews that year and plans the next.',
    read(s) {
      const m = /(?:刚刚过去的|过去的|回顾)\s*(\d{4})\s*年/.exec(s);
      return m ? annual(Number(m[1]), Number(m[1]) + 1) : null;
    },
    examples: [
      // tests/fixtures/real/gansu_2026_gov_work_report_review_targets.txt
      { text: '刚刚过去的2025年，全省上下坚决贯彻党中央决策部署，地区生产总值增长5.8%', expect: annual(2025, 2026) },
      { text: '过去的一年,奋斗充满艰辛', expect: null },
    ],
  },
  {
    id: 'year.region-opens-year',
    statement: 'A line opening on a year and the whole region at work ("2024年全市上下…交出了…成绩单") reviews that year, unless it says what will be done.',
    read(s) {
      const m = /^\s*(\d{4})\s*年\s*(?:全[省市区县州盟旗]|我[省市区县旗])上下([^。；;]*)/.exec(s);
      return m && !/(将|要|力争|计划|确保|预期|目标)/.test(m[2]!) ? annual(Number(m[1]), Number(m[1]) + 1) : null;
    },
    examples: [
      // tests/fixtures/real/handan_2025_gov_work_report_review_excerpt.txt
      { text: '2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单', expect: annual(2024, 2025) },
      { text: '2026年全省上下要锚定目标', expect: null },
    ],
  },
  {
    id: 'year.year-was-sentence',
    statement: 'A report opening "YYYY年是…的一年" and going on to results, with no target ahead in its paragraph, reviews that year (a bulletin\'s or a review\'s opening).',
    read(s) {
      const m = /^\s*(\d{4})\s*年是[^。]{2,40}?(?:一年|之年)[。，,]([^\n]{0,300})/.exec(s);
      return m && !/(将|要|力争|确保|预期|主要目标|今年)/.test(m[2]!) ? annual(Number(m[1]), Number(m[1]) + 1) : null;
    },
    examples: [
      // tests/fixtures/real/songyuan_2024_statistical_bulletin_excerpt.txt
      { text: '2024年是实现“十四五”规划目标任务的关键一年。面对宏观环境的深刻变化,松原市坚持以高质量发展为主线,推动经济实现质的有效提升。', expect: annual(2024, 2025) },
      { text: '2026年是“十五五”开局之年,开好局起好步十分重要。今年经济社会发展的主要预期目标是:', expect: null },
    ],
  },
  {
    id: 'year.five-year-indicator-table',
    statement: 'A table caption or heading of a five-year plan\'s main indicators with no calendar year ("“十五五”经济社会发展主要指标") is that plan.',
    read(s) {
      const span = /(主要指标|主要目标|指标体系)/.test(s) && !/\d{4}\s*年/.test(s) && s.length <= 40 ? fiveYearSpan(s) : null;
      return span ? { shape: 'five-year', reviewYear: span.start - 1, planYear: span.end, period: `${span.start}-${span.end}` } : null;
    },
    examples: [
      // tests/fixtures/real/jiangsu_15th_fyp_main_indicators_table.txt
      { text: '表2 “十五五”经济社会发展主要指标', expect: { shape: 'five-year', reviewYear: 2025, planYear: 2030, period: '2026-2030' } },
      { text: '实现“十四五”圆满收官', expect: null },
    ],
  },
];

/**
 * The last resort the document itself offers: its publication date. A page published in the second half of a
 * year about that year's first half (上半年, 1-6月, 年中) is that half-year; one about 前三季度 published in Q4 is
 * that part; a review published in January to April is of the year before. Anything else stays unknown.
 */
export const PUBLICATION_DATE_RULE = {
  id: 'year.publication-date',
  statement: 'Failing everything the text says, a part-year report published later that year is of that year\'s part, and a review published in January to April is of the year before.',
  read(published: string | null, text: string): YearReading | null {
    const m = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
    if (!m) return null;
    const y = Number(m[1]);
    const month = Number(m[2]);
    const head = text.slice(0, 3000);
    if (/前三季度|1\s*[-—至~]\s*9\s*月/.test(head) && month >= 10) return { shape: 'half-year', reviewYear: y, planYear: y, period: `${y}Q3` };
    if (/上半年|1\s*[-—至~]\s*6\s*月|年中/.test(head) && month >= 7) return { shape: 'half-year', reviewYear: y, planYear: y, period: `${y}H1` };
    if (/(过去的一年|去年|上年|全年)/.test(head) && month <= 4 && !/上半年|一季度|前三季度/.test(head)) return annual(y - 1, y);
    return null;
  },
  examples: [
    { published: '2021-08-25', text: '区人大常委会召开年中重要情况通报会。上半年,全区地区生产总值增长12%。', expect: { shape: 'half-year', reviewYear: 2021, planYear: 2021, period: '2021H1' } },
    { published: '2024-02-10', text: '过去的一年,全县地区生产总值增长5%。', expect: annual(2023, 2024) },
    { published: '2024-09-10', text: '全县地区生产总值增长5%。', expect: null },
  ],
} as const;

/**
 * A report whose title and headings are silent (a fragment, a repost) is about the year its first reporting
 * paragraph opens on ("2023年，全区…"); a paragraph saying what will be done (将, 要, 力争, 计划) plans, and says nothing here.
 */
export const OPENING_PARAGRAPH_RULE: YearRule = {
  id: 'year.opening-paragraph',
  statement: 'Failing the title, headings and delivery date, the year a reporting paragraph opens on ("2023年,全区…") is the reviewed year.',
  read(s) {
    const m = /^\s*(\d{4})\s*年(?:以来)?\s*[,，]([^。；;]*)/.exec(s);
    // A goal named inside the review ("全县围绕…到2018年全面建成小康社会目标") does not make it a plan: 目标 counts
    // only in the first clause, where a plan names its targets ("2025年,全区主要预期目标是").
    const firstClause = m?.[2]!.split(/[,，]/)[0] ?? '';
    return m && !/(将|要|力争|计划|确保|预期)/.test(m[2]!) && !/目标/.test(firstClause) ? annual(Number(m[1]), Number(m[1]) + 1) : null;
  },
  examples: [
    { text: '2023年,面对复杂严峻的外部环境,全区地区生产总值增长5.2%。', expect: annual(2023, 2024) },
    // tests/fixtures/real/danzhai_2015_county_statistical_bulletin_excerpt.txt (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html)
    { text: '2015年,面对严峻复杂的外部环境和经济下行压力,在县委、县政府的坚强领导下,全县围绕扶贫攻坚和到2018年全面建成小康社会目标,牢牢守住发展和生态两条底线。', expect: annual(2015, 2016) },
    { text: '2025年,全区经济社会发展主要目标是:地区生产总值增长5%左右。', expect: null },
    { text: '2024年,全区将着力稳增长,力争地区生产总值增长6%。', expect: null },
    { text: '2024年是全面贯彻党的二十大精神的关键之年。', expect: null },
  ],
};

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
      // A newspaper digest heads the year's results "成绩单" (长江日报 2025-01-17, https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm).
      { text: '2024年成绩单', expect: annual(2024, 2025) },
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

/** A number's period rule (decided in when.ts `periodWithRule`), stated with examples. */
export interface PeriodRule {
  id: string;
  statement: string;
  examples: readonly {
    sentence: string;
    number: string;
    kind: 'actual' | 'estimate' | 'target';
    /** The line's context where it differs from an annual report reviewing 2019 and planning 2020. */
    context?: { actualPeriod?: string; targetPeriod?: string; spanReviewed?: string; spanPeriod?: string };
    shape?: ReportShape;
    /** The phrase before the number wrote a year ("2018年…") / opened with 从. */
    year?: number;
    from?: boolean;
    period: string;
  }[];
}

/** Period rules in the order `periodWithRule` tries them. Examples are made up unless a source is given. */
export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    id: 'period.target-year-written', statement: 'A target after a later year ("到2025年", "力争2021年") is for that year.',
    examples: [{ sentence: '力争到2022年,高新技术企业达1000家', number: '1000', kind: 'target', period: '2022' }],
  },
  {
    id: 'period.target-plan-span', statement: 'A target after a coming five-year plan\'s name ("“十五五”时期…主要目标是") is for the plan\'s span; "到“十五五”末", for its last year.',
    examples: [
      // After guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html), 2019 as the year.
      { sentence: '“十五五”时期经济社会发展的主要目标是:居民收入增长6%', number: '6', kind: 'target', period: '2026-2030' },
      { sentence: '到“十五五”末,高新技术企业达1000家', number: '1000', kind: 'target', period: '2030' },
    ],
  },
  {
    id: 'period.section-target', statement: 'Any other target is for the year its part or list introduction plans.',
    examples: [{ sentence: '地区生产总值年均增长5%左右', number: '5', kind: 'target', context: { targetPeriod: '2026-2030' }, period: '2026-2030' }],
  },
  {
    id: 'period.whole-year-estimate', statement: 'In a part-year report, an estimate "for the whole year" (预计全年) is the full year\'s.',
    examples: [{ sentence: '预计全年地区生产总值增长6%', number: '6', kind: 'estimate', shape: 'half-year', context: { actualPeriod: '2019H1' }, period: '2019' }],
  },
  {
    id: 'period.year-written', statement: 'An outcome whose phrase writes a past year ("2018年地区生产总值…") is that year\'s.',
    examples: [{ sentence: '2018年地区生产总值达到500亿元', number: '500', kind: 'actual', year: 2018, period: '2018' }],
  },
  {
    id: 'period.year-in-clause', statement: 'An outcome in a clause naming a reviewed year is that year\'s.',
    examples: [{ sentence: '其中2017年新增企业300家', number: '300', kind: 'actual', period: '2017' }],
  },
  {
    id: 'period.part-year-words',
    statement: 'An outcome after a part-year word opening its clause (前三季度, 1-9月, 上半年, 一季度) is that part-year\'s, quarters counted from January (Q3 = 1-9月); "一季度、上半年…分别" gives each number its own.',
    examples: [
      // sz_baoan_2023_exec_2024_plan (https://huaxiataike.com/news/48515.html), with 2019 as the year.
      { sentence: '势头强劲,前三季度GDP实现3695.93亿元,同比增长8.9%', number: '8.9', kind: 'actual', period: '2019Q3' },
      // sz_yantian_2020_exec_2021_plan (http://www.yantian.gov.cn/cn/zwgk/ghjh/fzgh_189196/content/post_9036913.html).
      { sentence: '一季度、上半年、前三季度地区生产总值分别增长1.1%、4.0%、5.2%', number: '1.1', kind: 'actual', period: '2019Q1' },
      { sentence: '一季度、上半年、前三季度地区生产总值分别增长1.1%、4.0%、5.2%', number: '4.0', kind: 'actual', period: '2019H1' },
    ],
  },
  {
    id: 'period.span-base-year', statement: 'Over a reviewed five-year span, the figure a change starts from ("从11.37万亿元提高到…") is the base year\'s, the year before the span.',
    // guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    examples: [{ sentence: '地区生产总值从11.37万亿元提高到14.58万亿元', number: '11.37', kind: 'actual', from: true, context: { spanReviewed: '2021-2025', actualPeriod: '2025' }, period: '2020' }],
  },
  {
    id: 'period.span-change', statement: 'Over a reviewed span, a change (增长, 提高 X%) or a running total (累计, 接连, 保持) is the span\'s.',
    examples: [
      { sentence: '居民人均可支配收入五年增长30.8%', number: '30.8', kind: 'actual', context: { spanReviewed: '2021-2025', actualPeriod: '2025' }, period: '2021-2025' },
      { sentence: '城镇累计新增就业超700万人', number: '700', kind: 'actual', context: { spanReviewed: '2021-2025', actualPeriod: '2025' }, period: '2021-2025' },
    ],
  },
  {
    id: 'period.span-end-level', statement: 'Over a reviewed span, a level reached ("提高到14.58万亿元", "达53.4%") is the span\'s last year\'s.',
    examples: [{ sentence: '森林覆盖率达53.4%', number: '53.4', kind: 'actual', context: { spanReviewed: '2021-2025', actualPeriod: '2025' }, period: '2025' }],
  },
  {
    id: 'period.plan-review-from', statement: 'In a five-year plan\'s review, the figure a change starts from is dated the reviewed span\'s first year.',
    examples: [{ sentence: '全社会研发支出从4.37亿元增至12.74亿元', number: '4.37', kind: 'actual', shape: 'five-year', from: true, context: { spanPeriod: '2016-2020', actualPeriod: '2020' }, period: '2016' }],
  },
  {
    id: 'period.plan-review-flow', statement: 'In a five-year plan\'s review, a flow counted over the span (“十三五”期间新增, 共引进) is the span\'s.',
    examples: [{ sentence: '“十三五”期间,新增高新技术企业300家', number: '300', kind: 'actual', shape: 'five-year', context: { spanPeriod: '2016-2020', actualPeriod: '2020' }, period: '2016-2020' }],
  },
  {
    id: 'period.section-actual', statement: 'Any other outcome or estimate is of the period its part reviews.',
    examples: [
      { sentence: '社会消费品零售总额136.6亿元', number: '136.6', kind: 'actual', period: '2019' },
      // A part-year inside a clause about something else, or one the year's figure follows (预计全年), is not the number's.
      { sentence: '扭转上半年工业增长放缓态势,实现规模以上工业增加值573.4亿元', number: '573.4', kind: 'actual', period: '2019' },
      { sentence: '前三季度地区生产总值增长5.2%,预计全年增长5.8%', number: '5.8', kind: 'estimate', period: '2019' },
    ],
  },
];
