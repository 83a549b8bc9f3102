// The clause around one number: the words before it (back to the clause break or the previous number), the
// words after it (to the next number or clause break), and what the words before say (readLeft). Every naming
// rule, rewrite and veto reads a Clause; none of them cuts text itself.
import type { Qualifier } from '../../types';
import type { Quantity } from '../numbers';
import { readLeft, readRightNoun, type LeftReading } from '../phrase';
import { postQualifier } from '../judge';
import type { ReportView } from '../types';
import { charTable } from '../rules/sentences';

export interface Clause {
  report: ReportView;
  region: string;
  /** The sentence; every offset below is relative to it. */
  s: string;
  /** Where the sentence starts in the report's text. */
  start: number;
  /** The sentence that came before, in the same paragraph. */
  previousSentence: string;
  quantities: readonly Quantity[];
  i: number;
  q: Quantity;
  clauseStart: number;
  /** Where the words naming this number start: the clause start or the end of the previous number. */
  segStart: number;
  /** Words before the number (after a list mark 、/和/及 when the number continues a list). */
  left: string;
  /** Words after the number, to the next number or clause break. */
  right: string;
  L: LeftReading;
  /** Offset in the segment of the last 、/和/及, or -1. */
  dun: number;
  /** The number continues a list begun by the previous number in the same clause ("…2152套、供应1169套"). */
  afterList: boolean;
  post: Qualifier | 'over' | null;
}

const CLAUSE_BREAKS = charTable('，,；;：:');
const LIST_MARKS = charTable('、和及');

/** Offset of the last 、, 和 or 及 in `words`, or -1 (one read back; lastIndexOf three times was slower). */
function lastListMark(words: string): number {
  for (let i = words.length - 1; i >= 0; i--) if (LIST_MARKS[words.charCodeAt(i)] === 1) return i;
  return -1;
}
const BREAKS_OR_FULL_STOP = charTable('，,；;：:。');

export function lastBreakBefore(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAKS[s.charCodeAt(i)] === 1) return i + 1;
  return 0;
}

/** The first clause break or full stop in s[at, limit), or `limit` (the sentence's end by default). */
export function nextBreakAfter(s: string, at: number, limit = s.length): number {
  for (let i = at; i < limit; i++) if (BREAKS_OR_FULL_STOP[s.charCodeAt(i)] === 1) return i;
  return limit;
}

/** The clause of quantities[i]; `rules` collects the ids of clause-building rules that applied. */
export function clauseOf(report: ReportView, s: string, start: number, previousSentence: string, quantities: readonly Quantity[], i: number, rules: string[]): Clause {
  const q = quantities[i]!;
  const clauseStart = lastBreakBefore(s, q.start);
  const segStart = Math.max(clauseStart, i > 0 ? quantities[i - 1]!.end : 0);
  let left = s.slice(segStart, q.start);
  const dun = lastListMark(left);
  const afterList = dun >= 0 && i > 0 && quantities[i - 1]!.end >= clauseStart;
  if (afterList) left = left.slice(dun + 1);
  const nextStart = quantities[i + 1]?.start ?? s.length;
  // The words after stop at the next number: the search for a break stops there too (a long clause is not rescanned).
  let right = s.slice(q.end, nextBreakAfter(s, q.end, nextStart));
  const next = quantities[i + 1];
  if (sharesNounAfterLastItem(right, q, next)) {
    right = s.slice(next!.end, nextBreakAfter(s, next!.end));
    rules.push(SHARED_NOUN_RULE.id);
  }
  const region = report.meta.region;
  return { report, region, s, start, previousSentence, quantities, i, q, clauseStart, segStart, left, right, L: readLeft(left, region), dun, afterList, post: postQualifier(right) };
}

export const SHARED_NOUN_RULE = {
  id: 'clause.noun-after-last-item',
  says: 'Counts listed with 、 share the noun written after the last one.',
  zh: '用顿号列出的几个数共用最后一个数后面的名词',
  examples: [{ text: '全年建设筹集1200套、供应800套公共租赁住房。', fact: '建设筹集公共租赁住房 1200' }],
} as const;

/** "建设筹集5000套、供应2524套保障性住房": a list's items share the noun written after the last one. */
function sharesNounAfterLastItem(right: string, q: Quantity, next: Quantity | undefined): boolean {
  // The noun is read last: most clauses fail the cheap tests first.
  return next !== undefined && q.unitClass === 'count' && next.unit === q.unit && /^\s*、[\u4e00-\u9fff]{0,4}\s*$/.test(right) && !readRightNoun(right);
}
