// The qualifier of a number these rules read themselves (not through the sentence reader): 超过 said of a target
// is a floor (at_least), said of an outcome it is more than the number (more_than).
import type { FactKind, Qualifier } from '../../types';
import { postQualifier } from '../judge';

export function qualified(word: Qualifier | 'over' | null, kind: FactKind): Qualifier {
  if (word === 'over') return kind === 'target' ? 'at_least' : 'more_than';
  return word ?? 'exact';
}

/** The qualifier written right after a number ("左右", "以上", "以内"). */
export function qualifierAfter(text: string, end: number, kind: FactKind): Qualifier {
  return qualified(postQualifier(text.slice(end, end + 4)), kind);
}
