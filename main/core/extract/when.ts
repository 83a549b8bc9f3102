// When and how sure a number is: kind (actual, estimate, target) and period, from the section a sentence sits
// in and the words of the sentence ("预计", "力争到2025年", "“十三五”期间", "从2016年的…").
import type { FactKind } from '../types';
import type { ReportView } from './types';
import { ESTIMATE_WORD, TARGET_WORD } from './words';
import { fiveYearSpan } from './period-rules';

/** Where a sentence says when and how sure: found once per sentence, asked once per number ("before offset X?"). */
export interface Cues {
  /** "到2025年" / "力争2025年": a year after the reviewed one, with where it is said. */
  futureYears: { at: number; year: string }[];
  targetAt: number;
  estimateAt: number;
  spanAt: number;
  /** Part-year words ("前三季度", "1-6月"; "全年" ends them), with where they are said. */
  partYears: { at: number; sub: 'H1' | 'Q1' | 'Q3' | null }[];
  /** The sentence, titles blanked (offsets kept). */
  text: string;
}

// Quarters are cumulative in the store (Q3 = the first three quarters, as reports state them). Other spans of
// months (1-11月) have no stored form and leave the period to the section. A part-year a number is compared
// with ("比一季度提高") or a word inside a clause about something else ("扭转上半年工业增长放缓态势") is not the
// number's: a part-year opens its clause (or a list of part-years), and "全年" ends it anywhere.
const PART_YEAR_WORD = /(?<=^|[，,；;。:：、\s]|[，,；;。:：、]\s*(?:其中|今年|全区|全市|全省|我区|我市)?)(上半年|1\s*[-—至~]\s*6\s*月|(?:第)?一季度|1\s*[-—至~]\s*3\s*月|前三季度|1\s*[-—至~]\s*9\s*月|全年)/g;

function partYearsIn(s: string): Cues['partYears'] {
  if (!/(季度|月|半年|全年)/.test(s)) return [];
  const fullYear = [...s.matchAll(/全年/g)].map((m) => ({ at: m.index, sub: null }));
  return [...[...s.matchAll(PART_YEAR_WORD)].filter((m) => m[1] !== '全年').map((m) => {
    const w = m[1]!;
    const sub: 'H1' | 'Q1' | 'Q3' = /(一季度|3\s*月)/.test(w) ? 'Q1' : /(三季度|9\s*月)/.test(w) ? 'Q3' : 'H1';
    return { at: m.index, sub };
  }), ...fullYear].sort((a, b) => a.at - b.at);
}

/**
 * The part-year a number at `before` is of: the last part-year word before it, or, after "一季度、上半年、前三季度…分别",
 * the word in the number's place in the list.
 */
function partYearOf(cues: Cues, before: number): 'H1' | 'Q1' | 'Q3' | null {
  const said = cues.partYears.filter((p) => p.at < before);
  if (said.length === 0) return null;
  const each = cues.text.lastIndexOf('分别', before);
  if (said.length > 1 && each > said[said.length - 1]!.at) {
    const place = (cues.text.slice(each, before).match(/、/g) ?? []).length;
    const listed = said.filter((p, i) => i === 0 || /^[、\s]*$/.test(cues.text.slice(said[i - 1]!.at, p.at).replace(/^[^、]*/, '')));
    if (listed.length > 1 && place < listed.length) return listed[place]!.sub;
  }
  return said[said.length - 1]!.sub;
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
  const s = sentence.includes('《') ? sentence.replace(/《[^《》]*》/g, (title) => ' '.repeat(title.length)) : sentence;
  const futureYears: Cues['futureYears'] = [];
  if (s.includes('年')) {
    // One exec walk of the shared pattern from the start (matchAll would copy the regex for every sentence).
    FUTURE_YEAR.lastIndex = 0;
    for (let m = FUTURE_YEAR.exec(s); m; m = FUTURE_YEAR.exec(s)) if (Number(m[1]) > reviewYear) futureYears.push({ at: m.index, year: m[1]! });
  }
  return { futureYears, targetAt: firstTargetWord(s), estimateAt: firstAt(ESTIMATE_WORD, s), spanAt: firstAt(SPAN_WORD, s), partYears: partYearsIn(s), text: s };
}

/**
 * A target word that is the yardstick an outcome is measured against ("未达预期目标", "弱于预期", "超额完成年度目标")
 * says nothing about the number being a target.
 */
export const MEASURED_AGAINST = {
  id: 'cue.measured-against-target',
  statement: 'A target word after 未达/达到/超/弱于/好于/低于/高于/不及/符合/完成 names the yardstick an outcome is measured against, not a target.',
  pattern: /(未能?达到?|达到?|超过?|超出|超额完成|弱于|好于|低于|高于|不及|符合|完成)(年初|年度|全年|既定|下达的?|预期)*$/,
  examples: ['(主要是二产、三产未达预期目标),增长2.0%', '在国际经济复苏弱于预期的情况下,全市生产总值实现17502.99亿元'],
} as const;

// Compiled once and walked with exec from the sentence's start (matchAll would copy the regex for every sentence).
const EVERY_TARGET_WORD = new RegExp(TARGET_WORD.source, 'g');

function firstTargetWord(s: string): number {
  EVERY_TARGET_WORD.lastIndex = 0;
  for (let m = EVERY_TARGET_WORD.exec(s); m; m = EVERY_TARGET_WORD.exec(s)) {
    if (!MEASURED_AGAINST.pattern.test(s.slice(Math.max(0, m.index - 12), m.index))) return m.index;
    if (m[0] === '') EVERY_TARGET_WORD.lastIndex++;
  }
  return Infinity;
}

function futureYear(cues: Cues, before: number): string | null {
  let year: string | null = null;
  for (const y of cues.futureYears) if (y.at < before) year = y.year;
  return year;
}

/**
 * "完成年计划710亿元的89.4%": the amount after 年计划 and before 的 is the plan's figure, a target. The share after
 * it, or a bare "完成年度计划50.4%", is how much of the plan was done: an outcome.
 */
const PLAN_FIGURE = /(年计划|年度计划|全年计划|计划目标|年度目标|全年目标)\s*$/;
const FIGURE_OF = /^[\d.,]+\s*[^\d\s%％，,。;；、]{1,4}的/;
/** "高于年初确定的6%的预期目标": a number named as the goal right after it is that goal. */
const GOAL_AFTER = /^[\d.,]+\s*(?:%|％|个百分点|[\u4e00-\u9fff]{1,3})?\s*(?:左右|以上|以内)?\s*的?\s*(?:年度|全年|年初|预期)*目标/;

// "从77%提高到80%", "从每人每月2375元提高到2423元": the number right after 从 (a few words between), with a rise or fall after it.
const FROM_FIGURE = /从[^，,；;。从到至]{0,6}$/;
const fromWordsBefore = (s: string, before: number) => {
  const words = s.slice(Math.max(0, before - 12), before);
  return words.includes('从') && FROM_FIGURE.test(words);
};
const TO_AFTER = /^[\d.,]+\s*[^\d，,；;。]{0,6}?(提高|提升|增加|增长|扩大|下降|降低|减少|缩小|上升|增)(到|至)/;

export interface KindRule {
  id: string;
  statement: string;
  /** The kind when the rule applies, else null. */
  decide(ctx: ReportView['contexts'][number], cues: Cues, before: number): FactKind | null;
  /**
   * Sentences (made up unless a source is given) with the number the rule decides, and the line's context in
   * words: a 'review' or 'plan' part, in a list ('list', 'estimate-list'), or in a paragraph opened as an
   * estimate ('estimate-paragraph'). Read with 2019 as the reviewed year.
   */
  examples: readonly { sentence: string; number: string; where: readonly ExampleContext[]; kind: FactKind }[];
}

export type ExampleContext = 'review' | 'plan' | 'list' | 'estimate-list' | 'estimate-paragraph';

/** Kind rules in order: the first that applies decides. Examples: tests/core/extract-document.test.ts. */
export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'kind.from-figure', statement: 'Among targets, the figure a planned change starts from ("从77%提高到80%以上") is the present outcome, not a target.',
    // Asked of every number: 从 is looked for before the pattern is tried.
    decide: (ctx, cues, before) => (fromWordsBefore(cues.text, before) && TO_AFTER.test(cues.text.slice(before, before + 24)) &&
      (ctx.mode === 'plan' || cues.targetAt < before || futureYear(cues, before) !== null) ? 'actual' : null),
    // After guangdong_2026_gov_work_report_full, 附件 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    examples: [
      { sentence: '农村低保标准占城镇低保标准的最低比例从77%提高到80%以上', number: '77', where: ['plan'], kind: 'actual' },
      { sentence: '力争到2027年,常住人口城镇化率从70%提高到75%', number: '70', where: ['review'], kind: 'actual' },
    ],
  },
  {
    id: 'kind.list-estimate', statement: 'A number in a list introduced as estimates is an estimate.',
    decide: (ctx) => (ctx.bullet && ctx.estimateList ? 'estimate' : null),
    examples: [{ sentence: '——地区生产总值增长6%左右', number: '6', where: ['review', 'list', 'estimate-list'], kind: 'estimate' }],
  },
  {
    id: 'kind.own-estimate-word', statement: 'A number its own item calls expected ("——预计进出口总额实现正增长") is an estimate, in a list of outcomes too.',
    decide: (ctx, cues, before) => (ctx.bullet && ctx.mode !== 'plan' && cues.estimateAt < before ? 'estimate' : null),
    // sz_yantian_2020_exec_2021_plan (http://www.yantian.gov.cn/cn/zwgk/ghjh/fzgh_189196/content/post_9036913.html).
    examples: [{ sentence: '——预计万元GDP能耗下降4.32%;', number: '4.32', where: ['review', 'list'], kind: 'estimate' }],
  },
  {
    id: 'kind.list-section', statement: 'Any other number in a list is what its part or introduction holds: targets or outcomes.',
    decide: (ctx) => (ctx.bullet ? (ctx.mode === 'plan' ? 'target' : 'actual') : null),
    examples: [
      { sentence: '——GDP增长6%。', number: '6', where: ['plan', 'list'], kind: 'target' },
      { sentence: '——社会消费品零售总额下降3.3%;', number: '3.3', where: ['review', 'list'], kind: 'actual' },
    ],
  },
  {
    id: 'kind.plan-figure', statement: 'A number given as the year\'s plan figure ("完成年计划710亿元的89.4%") is a target.',
    // The figure after the number is tested first: anchored, it fails at once for most numbers; the plan words end
    // the whole sentence before the number.
    decide: (_ctx, cues, before) => (FIGURE_OF.test(cues.text.slice(before)) && PLAN_FIGURE.test(cues.text.slice(0, before)) ? 'target' : null),
    // putian_licheng_2022_exec_2023_draft (http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm).
    examples: [{ sentence: '地区生产总值635亿元,完成年计划710亿元的89.4%', number: '710', where: ['review'], kind: 'target' }],
  },
  {
    id: 'kind.stated-goal', statement: 'A number the words after it call the goal ("高于年初确定的6%的预期目标") is that goal, a target.',
    decide: (_ctx, cues, before) => (GOAL_AFTER.test(cues.text.slice(before)) ? 'target' : null),
    examples: [{ sentence: '地区生产总值增长6.5%,高于年初确定的6%左右的预期目标', number: '6%', where: ['review'], kind: 'target' }],
  },
  {
    id: 'kind.future-year', statement: 'A number after a year later than the reviewed one ("到2025年") is a target.',
    decide: (_ctx, cues, before) => (futureYear(cues, before) !== null ? 'target' : null),
    examples: [{ sentence: '到2025年,高新技术企业达1000家', number: '1000', where: ['review'], kind: 'target' }],
  },
  {
    id: 'kind.target-word', statement: 'A number after a target word (力争, 目标, 确保, 预期) is a target.',
    decide: (_ctx, cues, before) => (cues.targetAt < before ? 'target' : null),
    examples: [{ sentence: '力争地区生产总值增长6%', number: '6', where: ['review'], kind: 'target' }],
  },
  {
    id: 'kind.plan-section', statement: 'A number in a part setting out plans is a target.',
    decide: (ctx) => (ctx.mode === 'plan' ? 'target' : null),
    examples: [{ sentence: '新增就业1.5万人', number: '1.5', where: ['plan'], kind: 'target' }],
  },
  {
    id: 'kind.estimate-word', statement: 'A number after 预计 in its sentence is an estimate.',
    decide: (_ctx, cues, before) => (cues.estimateAt < before ? 'estimate' : null),
    examples: [{ sentence: '预计全年增长5.8%', number: '5.8', where: ['review'], kind: 'estimate' }],
  },
  {
    id: 'kind.estimate-paragraph', statement: 'A number in a paragraph opened "初步预计," is an estimate.',
    decide: (ctx) => (ctx.estimateParagraph ? 'estimate' : null),
    examples: [{ sentence: '其中,第一产业增加值18亿元', number: '18', where: ['review', 'estimate-paragraph'], kind: 'estimate' }],
  },
  {
    id: 'kind.review-section', statement: 'Any other number in a review is an outcome.',
    decide: () => 'actual',
    examples: [
      // The yardstick words of cue.measured-against-target leave an outcome an outcome.
      { sentence: '(主要是二产、三产未达预期目标),增长2.0%', number: '2.0', where: ['review'], kind: 'actual' },
      { sentence: '在国际经济复苏弱于预期的情况下,全市生产总值实现17502.99亿元', number: '17502.99', where: ['review'], kind: 'actual' },
    ],
  },
];

/** The kind of the number at `before` in a sentence, with the id of the rule that decided it. */
export function kindWithRule(ctx: ReportView['contexts'][number], cues: Cues, before: number): { kind: FactKind; rule: string } {
  for (const r of KIND_RULES) {
    const kind = r.decide(ctx, cues, before);
    if (kind) return { kind, rule: r.id };
  }
  return { kind: 'actual', rule: 'kind.review-section' };
}

export function kindOf(ctx: ReportView['contexts'][number], cues: Cues, before: number): FactKind {
  return kindWithRule(ctx, cues, before).kind;
}

export function periodOf(report: ReportView, ctx: ReportView['contexts'][number], kind: FactKind, cues: Cues, before: number, clause: string,
  year: number | null, from: boolean, indicator: string): string {
  return periodWithRule(report, ctx, kind, cues, before, clause, year, from, indicator).period;
}

/**
 * A coming five-year plan named before a target ("“十五五”时期…主要目标是:", "到“十五五”末"): the plan's span,
 * or its last year when the target is for the plan's end (末). Null when no plan after the reviewed year is named.
 */
function comingPlan(before: string, reviewYear: number): { period: string } | null {
  // Every plan's name has 十 ("十五五"): words without it name none.
  if (!before.includes('十')) return null;
  const m = /(十[一二三四五])(?:五|个五年)(?:规划)?[”"’]?(末|期末)?/g;
  let last: RegExpExecArray | null = null;
  for (let x = m.exec(before); x; x = m.exec(before)) last = x;
  const span = last ? fiveYearSpan(last[0]) : null;
  if (!last || !span || span.start <= reviewYear) return null;
  return { period: last[2] ? String(span.end) : `${span.start}-${span.end}` };
}

// Over a reviewed span, a change or a running total is the span's; a level reached is its last year's.
const SPAN_CHANGE = /(增长|下降|增幅|增速|提高|提升|降低|减少|增加|扩大|缩小)$/;
const SPAN_RUNNING = /(累计|接连|连续|保持|五年)/;

/** The period of the number at `before`, with the id of the rule that decided it. */
export function periodWithRule(report: ReportView, ctx: ReportView['contexts'][number], kind: FactKind, cues: Cues, before: number, clause: string,
  year: number | null, from: boolean, indicator: string): { period: string; rule: string } {
  const { meta } = report;
  if (kind === 'target') {
    const future = futureYear(cues, before);
    if (future) return { period: future, rule: 'period.target-year-written' };
    const plan = comingPlan(cues.text.slice(0, before), meta.reviewYear);
    return plan ? { period: plan.period, rule: 'period.target-plan-span' } : { period: ctx.targetPeriod, rule: 'period.section-target' };
  }
  // "预计全年地区生产总值增长6%" in a mid-year report: an estimate for the whole year.
  if (kind === 'estimate' && /全年/.test(clause) && meta.shape === 'half-year') return { period: String(meta.planYear), rule: 'period.whole-year-estimate' };
  if (year !== null && year <= meta.reviewYear) return { period: String(year), rule: 'period.year-written' };
  const inClause = clause.includes('年') ? /(\d{4})\s*年(?!\s*[-—至到])/.exec(clause) : null;
  if (inClause && Number(inClause[1]) <= meta.reviewYear && Number(inClause[1]) > meta.reviewYear - 10) return { period: inClause[1]!, rule: 'period.year-in-clause' };
  const part = /^\d{4}/.test(ctx.actualPeriod) ? partYearOf(cues, before) : null;
  if (part) return { period: `${ctx.actualPeriod.slice(0, 4)}${part}`, rule: 'period.part-year-words' };
  if (ctx.spanReviewed) {
    const compact = clause.replace(/\s/g, '');
    // "地区生产总值从11.37万亿元提高到14.58万亿元" over 2021-2025: the first figure is the base year's (2020).
    if (from) return { period: String(Number(ctx.spanReviewed.slice(0, 4)) - 1), rule: 'period.span-base-year' };
    if (SPAN_CHANGE.test(compact) || SPAN_RUNNING.test(compact)) return { period: ctx.spanReviewed, rule: 'period.span-change' };
    return { period: ctx.spanReviewed.slice(-4), rule: 'period.span-end-level' };
  }
  if (ctx.spanPeriod && !/累计/.test(clause)) {
    if (from) return { period: ctx.spanPeriod.slice(0, 4), rule: 'period.plan-review-from' };
    const inSpan = cues.spanAt < before;
    if (inSpan && /^(新增|共|培育|引进|新引进)|共/.test(clause.replace(/\s/g, '').slice(-24))) return { period: ctx.spanPeriod, rule: 'period.plan-review-flow' };
    if (/^新增/.test(indicator) && inSpan) return { period: ctx.spanPeriod, rule: 'period.plan-review-flow' };
  }
  return { period: ctx.actualPeriod, rule: 'period.section-actual' };
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
    const end = years.filter((y) => y > meta.reviewYear).pop();
    if (end !== undefined) return `${meta.reviewYear + 1}-${end}`;
    const plan = comingPlan(before, meta.reviewYear);
    if (plan) return plan.period;
    return meta.shape === 'five-year' ? `${meta.reviewYear + 1}-${meta.planYear}` : null;
  }
  const first = years.find((y) => y < meta.reviewYear);
  if (first !== undefined && years.length >= 2) return `${first + 1}-${Math.max(...years)}`;
  return ctx.spanPeriod ?? ctx.spanReviewed ?? (/(十[一二三四五]五|五年)/.test(before) ? `${meta.reviewYear - 4}-${meta.reviewYear}` : null);
}
