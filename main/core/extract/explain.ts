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
import { ESTIMATE_LIST, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH, TARGET_LIST, TARGETS_OF_YEAR } from './intro-rules';
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

/** Rules of the document model (year, section, introduction, kind, period) say what they do in English only. */
const documentRules = (rules: readonly { id: string; statement: string }[]): RuleNote[] => rules.map((r) => ({ id: r.id, says: r.statement, zh: r.statement }));
const introRules = [ESTIMATE_LIST, TARGET_LIST, TARGETS_OF_YEAR, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH];

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
