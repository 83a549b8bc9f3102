// Why a fact reads as it does: the rule book (every rule id with what it says, in English and Chinese) and
// the trace of one fact, found by re-reading its report with `trace`. The Review view shows this beside the
// source so a reviewer can tell a wrong rule from a wrong number.
import { readReport, type ReadOptions } from './index';
import { SHARED_NOUN_RULE } from './reading/clause';
import { NAMING_RULES } from './reading/naming';
import { REWRITE_RULES } from './reading/rewrites';
import { UNIT_NAMING_RULES } from './reading/unit-names';
import { NAMED_VETOES, NUMBER_VETOES, SCAN_VETOES, TOPIC_VETOES } from './reading/vetoes';
import { BODY_YEAR_RULES, DELIVERY_DATE_RULE, HEADING_YEAR_RULES, OPENING_PARAGRAPH_RULE, PERIOD_RULES, PUBLICATION_DATE_RULE, TITLE_YEAR_RULES } from './period-rules';
import { SECTION_RULES } from './section-rules';
import { ESTIMATE_LIST, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH, TARGET_LIST, TARGETS_OF_YEAR, YEAR_PARAGRAPH } from './intro-rules';
import { KIND_RULES } from './when';

export interface RuleNote {
  id: string;
  says: string;
  zh: string;
}

/** What found the fact: the extractors, and where kind and period came from when no finer rule says. */
const FINDERS: readonly RuleNote[] = [
  { id: 'indicator-table', says: 'A cell of a table of main indicators (year and kind from its column header).', zh: '主要指标表的一个单元格(年份与类型取自列标题)' },
  { id: 'inline-target', says: 'A target in brackets beside an outcome ("增长4.1%(目标6%左右)").', zh: '写在实际值旁括号里的目标' },
  { id: 'headline-list', says: 'An item of the bullet list of headline indicators.', zh: '主要指标列表中的一项' },
  { id: 'respectively', says: 'A list of names and numbers joined by 分别.', zh: '用“分别”连接的名称与数字' },
  { id: 'prose', says: 'A number in running text.', zh: '正文中的数字' },
  { id: 'kind.given-by-extractor', says: 'The kind is the one its extractor knows (an inline 目标 is a target).', zh: '类型由读取方式决定(括号里的目标即目标)' },
  { id: 'kind.context', says: 'The kind comes from the section, the list introduction and the words before the number (预计, 力争, 目标).', zh: '类型取自所在章节、列表引语和数字前的词(预计、力争、目标)' },
  { id: 'period.given-by-extractor', says: 'The period is the one its extractor knows (the target period of the section).', zh: '期间由读取方式决定(本节的目标期间)' },
  { id: 'period.context', says: 'The period comes from the section (outcomes of the reviewed year, targets of the plan year) or a year written in the clause.', zh: '期间取自所在章节(回顾年份的实际、计划年份的目标)或分句中写明的年份' },
  { id: 'period.average-span', says: 'An average yearly growth (年均) is over the span of years the text names or the plan covers.', zh: '年均增长的期间是文中写明或规划覆盖的年份区间' },
];

/** The document model's rules (year, section, introduction, kind, period) in the Review view's Chinese. */
const DOCUMENT_RULES_ZH: Readonly<Record<string, string>> = {
  'year.title-five-year-plan': '标题只写五年规划、不写年份:回顾上一规划期,规划本期五年',
  'year.title-part-year': '标题写部分年份(上半年、1-6月、一季度、前三季度):报告该时段,目标为全年',
  'year.title-review-and-plan': '标题写两个年份:回顾前一年,计划后一年',
  'year.title-work-report': '标题带年份的政府工作报告于当年初作出:回顾上一年,计划当年',
  'year.title-plan': '标题只写一个年份的计划(草案):计划该年,回顾其上一年',
  'year.title-review': '其他只写一个年份的标题(执行情况、统计公报、工作总结):报告该年',
  'year.delivery-date': '1-3月向人代会作的报告回顾上一年、计划当年;10-12月作的回顾当年、计划下一年',
  'year.opening-paragraph': '标题、标题层级和日期都不说时,以“YYYY年,…”开头的段落所说年份为回顾年',
  'year.past-year-named': '“刚刚过去的YYYY年”“回顾YYYY年”:回顾该年,计划下一年',
  'year.region-opens-year': '以“YYYY年全市上下…”开头的句子回顾该年(讲今后要做的除外)',
  'year.year-was-sentence': '以“YYYY年是…的一年”开头并接着讲成绩、不讲目标:回顾该年',
  'year.five-year-indicator-table': '不写年份的五年规划主要指标表题(“十五五”…主要指标)即该规划',
  'year.publication-date': '正文都不说时:当年下半年发布的上半年报告即当年上半年;1-4月发布的回顾即上一年',
  'year.heading-part-year': '回顾部分年份的标题(“一、2020年上半年…执行情况”)使报告成为半年报告',
  'year.heading-review': '回顾某年的标题使该年为回顾年、下一年为计划年',
  'year.heading-plan': '列出某年目标或任务的标题使该年为计划年',
  'section.review-part-year': '回顾上半年的部分是该半年的实际',
  'section.review-and-plan': '“回顾某年及某年工作安排”的部分先讲前一年实际,其下计划后一年',
  'section.review-year': '回顾某一年的部分是该年实际,不论标题怎么写',
  'section.review-five-years': '回顾过去五年、不写单一年份的部分讲的是截至回顾年的五年',
  'section.review': '不写年份的回顾部分(发展现状、存在问题)是报告自身的实际',
  'section.five-year-targets': '年度报告中列五年规划目标的部分,其目标属于整个规划期(十五五:2026-2030)',
  'section.plan-year': '列某年目标或工作的部分是该年目标',
  'section.plan': '不写年份的目标或工作部分是报告计划年的目标(半年报告为全年)',
  'section.sub-review-year': '回顾某年的二级标题下是该年实际',
  'section.sub-plan-year': '安排下一年工作的二级标题下是该年目标',
  'section.headline-targets': '“发展目标”“主要指标”二级标题下是目标',
  'kind.from-figure': '目标中“从77%提高到80%”的起点是当前实际,不是目标',
  'kind.list-estimate': '以预计引出的列表中的数是预计数',
  'kind.own-estimate-word': '本项自称预计的数是预计数',
  'kind.list-section': '列表中其他的数取所在部分或引语:目标或实际',
  'kind.plan-figure': '作为年计划数给出的数(“完成年计划710亿元”)是目标',
  'kind.stated-goal': '其后称为目标的数(“高于年初确定的6%的预期目标”)是目标',
  'kind.future-year': '写在晚于回顾年的年份之后的数(“到2025年”)是目标',
  'kind.target-word': '目标词(力争、目标、确保、预期)之后的数是目标',
  'kind.plan-section': '计划部分中的数是目标',
  'kind.estimate-word': '句中“预计”之后的数是预计数',
  'kind.estimate-paragraph': '以“初步预计,”开头的段落中的数是预计数',
  'kind.review-section': '回顾中其他的数是实际',
  'period.target-year-written': '写在较晚年份之后的目标属于该年',
  'period.target-plan-span': '写在下一个五年规划名称之后的目标属于规划期;“到十五五末”属于末年',
  'period.section-target': '其他目标属于所在部分或引语所计划的年份',
  'period.whole-year-estimate': '半年报告中“预计全年”属于全年',
  'period.year-written': '写明过去某年的实际属于该年',
  'period.year-in-clause': '分句中写明回顾年份的实际属于该年',
  'period.part-year-words': '分句开头的时段词(前三季度、1-9月、上半年、一季度)决定实际所属时段',
  'period.span-base-year': '回顾五年中变化的起点数属于基期(规划期前一年)',
  'period.span-change': '回顾期内的变化或累计数属于整个回顾期',
  'period.span-end-level': '回顾期内达到的水平属于期末年',
  'period.plan-review-from': '五年规划回顾中变化的起点数属于回顾期第一年',
  'period.plan-review-flow': '五年规划回顾中期内累计的流量属于整个回顾期',
  'period.section-actual': '其他实际或预计数属于所在部分回顾的时段',
  'intro.estimate-list': '以预计引出的列表是预计数',
  'intro.target-list': '以目标或计划引出(而非执行情况)的列表是目标',
  'intro.targets-of-year': '以冒号结尾、引出某年主要目标的行开始该年计划',
  'paragraph.estimate-opening': '以“预计,”开头的段落每句都是预计数',
  'paragraph.five-year-review': '回顾中以过去五年开头的段落讲截至回顾年的五年',
  'paragraph.year-review': '五年回顾中以某一年开头的段落只讲那一年',
};

const documentRules = (rules: readonly { id: string; statement: string }[]): RuleNote[] =>
  rules.map((r) => ({ id: r.id, says: r.statement, zh: DOCUMENT_RULES_ZH[r.id] ?? r.statement }));
const introRules = [ESTIMATE_LIST, TARGET_LIST, TARGETS_OF_YEAR, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH, YEAR_PARAGRAPH];

const TABLES: readonly (readonly RuleNote[])[] = [FINDERS, [SHARED_NOUN_RULE], NAMING_RULES, REWRITE_RULES, UNIT_NAMING_RULES, TOPIC_VETOES, SCAN_VETOES, NUMBER_VETOES, NAMED_VETOES,
  documentRules([...TITLE_YEAR_RULES, DELIVERY_DATE_RULE, OPENING_PARAGRAPH_RULE, ...BODY_YEAR_RULES, PUBLICATION_DATE_RULE, ...HEADING_YEAR_RULES, ...SECTION_RULES, ...KIND_RULES, ...PERIOD_RULES, ...introRules])];

/** Every rule id the reader can put in a trace, with what it says. */
export const RULE_BOOK: ReadonlyMap<string, RuleNote> = new Map(TABLES.flat().map((r) => [r.id, { id: r.id, says: r.says, zh: r.zh }]));

/** A rule id as a note; an id the book does not know (a caller's own extractor) is shown as itself. */
export function ruleNote(id: string): RuleNote {
  return RULE_BOOK.get(id) ?? { id, says: id, zh: id };
}

/**
 * The rules behind the fact stated at [start, end) of a report's original text, as the reader reads it today;
 * null when today's reader makes no fact of that span (the engine changed, or the fact was typed in).
 */
export function explainSpan(originalText: string, fileName: string, start: number, end: number, options: Omit<ReadOptions, 'trace'> = {}): RuleNote[] | null {
  const { facts } = readReport(originalText, fileName, { ...options, trace: true });
  const fact = facts.find((f) => f.start === start && f.end === end) ?? facts.find((f) => f.start <= start && end <= f.end);
  return fact ? (fact.rules ?? []).map(ruleNote) : null;
}
