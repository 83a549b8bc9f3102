// What carries from one number of a sentence to the next, in one place: the previous fact (its name, measure,
// unit, sign), the counting verb of a list ("新增A 6个、B 10个"), whether the list is about another place, and
// the words a 分别 list adds to every name. `carry` is the only function that changes it.
import type { Measure } from '../../types';
import { COUNT_VERB } from '../words';
import { LEADING_VERB } from '../judge';
import type { Clause } from './clause';
import { lastBreakBefore } from './clause';

export interface PreviousFact {
  indicator: string;
  measure: Measure;
  unit: string | null;
  fall: boolean;
  /** End of its number in the sentence. */
  end: number;
}

export interface ListState {
  prev: PreviousFact | null;
  /** The counting verb of the list in progress ("新增"). */
  prevVerb: string;
  /** Index of the last number that was another place's. */
  otherPlaceAt: number;
  /** What follows 分别 in a list of names ("占全市比重"), kept for the later names of the list. */
  listSuffix: string;
}

export type ListEvent =
  | { type: 'clause'; c: Clause }
  | { type: 'other-place'; c: Clause }
  | { type: 'list-suffix'; suffix: string }
  | { type: 'kept'; c: Clause }
  | { type: 'fact'; fact: PreviousFact };

export function startState(inherit?: { indicator: string; measure: Measure }): ListState {
  return { prev: inherit ? { ...inherit, unit: null, fall: false, end: 0 } : null, prevVerb: '', otherPlaceAt: -1, listSuffix: '' };
}

/**
 * "引进产值10亿元以上企业3-5家,产值千万元以上企业5家": a count that only names firms, in the clause right after a
 * count of the same unit, continues that clause's verb. Read before the new clause resets the list's verb.
 */
export function clauseVerbOf(st: ListState, c: Clause): string {
  const { prev } = st;
  return prev && prev.end < c.clauseStart && lastBreakBefore(c.s, c.clauseStart - 1) <= prev.end && c.q.unitClass === 'count' && prev.unit === c.q.unit ? st.prevVerb : '';
}

export function carry(st: ListState, e: ListEvent): ListState {
  switch (e.type) {
    // A new clause ends the list's verb.
    case 'clause':
      return st.prev && st.prev.end < e.c.clauseStart ? withVerb(st, '') : st;
    case 'other-place':
      return { prev: st.prev, prevVerb: st.prevVerb, otherPlaceAt: e.c.i, listSuffix: st.listSuffix };
    case 'list-suffix':
      return { prev: st.prev, prevVerb: st.prevVerb, otherPlaceAt: st.otherPlaceAt, listSuffix: e.suffix };
    // A kept number's counting verb becomes the list's verb; a list item keeps the verb it inherited.
    case 'kept': {
      const subject = e.c.L.subject;
      if (COUNT_VERB.test(subject)) return withVerb(st, subject);
      if (e.c.afterList) return st;
      return withVerb(st, LEADING_VERB.exec(subject)?.[2] ?? st.prevVerb);
    }
    case 'fact':
      return { prev: e.fact, prevVerb: st.prevVerb, otherPlaceAt: st.otherPlaceAt, listSuffix: st.listSuffix };
  }
}

// The state written out field by field (one object shape, no spread): it changes several times per number.
function withVerb(st: ListState, prevVerb: string): ListState {
  return { prev: st.prev, prevVerb, otherPlaceAt: st.otherPlaceAt, listSuffix: st.listSuffix };
}
