// What every rule of the sentence reader is: a named, ordered piece of data with the examples it is for.
// The examples are asserted by tests (tests/core/extract-rules.test.ts): a rule that stops firing on its own
// example fails by its id, and the ids of all rules are pinned, so deleting one shows up in review.

/**
 * One example of a rule: a short text (made up unless it cites a source) and what the rule does to it.
 * `fact` is "indicator value" of the fact the rule names or rewrites; for a veto it is the value of the number
 * the veto refuses ("1.1" or "5").
 */
export interface RuleExample {
  text: string;
  fact: string;
}

export interface Rule {
  /** Stable id, shown in the trace ("name.subject", "veto.preposition-clause"). */
  id: string;
  /** What the rule says, in one line, for the reviewer. */
  says: string;
  /** The same in Chinese, as the Review view shows it. */
  zh: string;
  examples: readonly RuleExample[];
}

/** Refuses duplicate ids so a trace always names one rule. */
export function ruleTable<R extends Rule>(rules: readonly R[]): readonly R[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`Rule id "${r.id}" is used twice.`);
    seen.add(r.id);
  }
  return rules;
}
