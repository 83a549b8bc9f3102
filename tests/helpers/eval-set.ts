// The figures of one eval set (main/cli/eval-sets.json) held by tests: each at today's counts minus one fact
// (tests/core/eval-floors.json, the one place to raise them), and Planscope's recall never below the naive
// number-with-unit scan's. Used by tests/core/extract-gold.test.ts and tests/core/extract-real.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSets, repoRoot, scoreSet, type ScoredSet } from '../../main/cli/eval-sets';
import { FIGURES } from '../../main/core/extract/scoring';

interface Floors {
  sets: Record<string, Record<string, [number, number]>>;
}

export const floors = (JSON.parse(readFileSync(path.join(repoRoot, 'tests/core/eval-floors.json'), 'utf8')) as Floors).sets;

/** The set's scores, computed once on first use (a missing folder or report fails the test that asks). */
export function lazySet(name: string): () => ScoredSet {
  let scored: ScoredSet | undefined;
  return () => {
    const set = evalSets().find((s) => s.name === name);
    if (!set) throw new Error(`no eval set named ${name} in main/cli/eval-sets.json`);
    return (scored ??= scoreSet(set));
  };
}

export function describeEvalSet(name: string): void {
  const scored = lazySet(name);
  describe(`the ${name} set, scored as eval scores it`, () => {
    it('has floors for every figure', () => {
      expect(Object.keys(floors[name] ?? {}).sort()).toEqual(FIGURES.map((f) => f.key).sort());
    });
    it('every gold quote is found in its report', () => {
      expect(scored().planscope.unlocatedQuotes).toBe(0);
    });
    for (const f of FIGURES) {
      it(`${f.label}: no worse than one fact below the counts in eval-floors.json`, () => {
        const [today, of] = floors[name]?.[f.key] ?? [Infinity, 1];
        const [matched, out] = f.counts(scored().planscope);
        expect(out === 0 ? 1 : matched / out, `${f.label}: ${matched}/${out}, floor (${today} − 1)/${of}`).toBeGreaterThanOrEqual((today - 1) / of);
      });
    }
    // The honest baseline (main/core/extract/naive-scan.ts): finding fewer gold facts than "every number with a
    // unit" would mean Planscope's rules lose facts a regular expression keeps.
    const recalls = [
      ['headline recall', (s: ScoredSet['planscope']) => s.recall_tier1_lenient],
      ['all facts recall', (s: ScoredSet['planscope']) => s.recall_all_lenient],
    ] as const;
    for (const [label, recall] of recalls) {
      it(`${label} is never below the naive number-with-unit scan's`, () => {
        const { planscope, naive } = scored();
        expect(recall(planscope), `${label}: Planscope ${recall(planscope).toFixed(3)}, naive scan ${recall(naive).toFixed(3)}`).toBeGreaterThanOrEqual(recall(naive));
      });
    }
  });
}
