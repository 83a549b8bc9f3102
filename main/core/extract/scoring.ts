// Scoring extracted facts against hand-labelled gold facts (../shared/gold, see its SCHEMA.md).
//
// THE MATCHING RULE (kept strict on purpose; loosening it would only flatter the numbers):
// - A gold fact and an extracted fact are a *candidate pair* when
//   (a) their values are equal within 1e-6, or both are null, and
//   (b) the extracted span [start, end) overlaps an occurrence of the gold quote in the ORIGINAL text
//       (the quote is searched verbatim; a gold quote that occurs nowhere can match nothing).
// - *Strict* pairs must also agree on period and kind.
// - Pairs are one-to-one: a maximum bipartite matching over candidate pairs (so one extracted fact never
//   counts for two gold facts, and vice versa). Lenient and strict matchings are computed separately.
// - Recall = matched gold / gold: headline recall is tier-1 gold in the lenient matching, "headline, period and
//   kind right" is tier-1 gold in the strict matching, all-facts recall is every gold fact in the lenient one.
// - Precision = extracted facts in the lenient matching / extracted facts (precision_strict: the strict matching).
//   THE HEADLINE-ONLY RULE: a document whose labeller marked only its headline facts (an eval set's manifest,
//   main/cli/eval-sets.json, says which, citing the set's README) leaves its other true facts unlabelled, so an
//   extracted tier-2 fact there proves nothing either way. On such a document precision is measured over the
//   extracted facts that claim tier 1 only (matched among themselves against the gold); a fact claiming no tier
//   (the naive scan's) makes no headline claim, so that document adds nothing to its precision. Recall is the
//   same on every document.
// - Indicator accuracy = among lenient-matched pairs whose extracted fact names an indicator, the share whose
//   indicators have the same canonical name (canonicalIndicator maps catalogue aliases, e.g. 地方一般公共预算收入 →
//   一般公共预算收入). A scorer naming no indicator at all (the naive scan) has none: null.
// - A ratio over nothing is 1 (nothing to find, nothing wrongly emitted); overall figures sum the counts.
import { canonicalIndicator } from '../catalog';

export interface GoldFact {
  doc: string;
  tier: number;
  indicator: string;
  value: number | null;
  period: string;
  kind: string;
  quote: string;
}

export interface ScoredFact {
  /** null: the scorer names no indicator (the naive scan). */
  indicator: string | null;
  value: number | null;
  period: string;
  kind: string;
  start: number;
  end: number;
  /** The tier the extractor claims; absent when it claims none (the naive scan). */
  tier?: number;
}

/** How a document was labelled: every fact, or its headline (tier-1) facts only. */
export type Labelling = 'all' | 'headline-only';

export interface ScoreOptions {
  labelling?: Labelling;
}

export interface ScoreCounts {
  tier1LenientMatched: number;
  tier1StrictMatched: number;
  lenientMatched: number;
  strictMatched: number;
  /** Extracted facts precision is measured over (all of them, or the tier-1 ones on a headline-only document). */
  precisionPool: number;
  precisionMatched: number;
  precisionStrictMatched: number;
  /** Lenient-matched pairs whose extracted fact names an indicator, and those naming the right one. */
  named: number;
  indicatorRight: number;
}

export interface ReportScore {
  gold: number;
  goldTier1: number;
  extracted: number;
  /** Headline recall. */
  recall_tier1_lenient: number;
  /** Headline, period and kind right. */
  recall_tier1_strict: number;
  /** All facts recall. */
  recall_all_lenient: number;
  recall_all_strict: number;
  precision: number;
  precision_strict: number;
  /** Indicator named right; null when no matched fact names an indicator. */
  indicator_accuracy: number | null;
  unlocatedQuotes: number;
  /** Counts behind the ratios, so reports can be summed. */
  counts: ScoreCounts;
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6);

/** Maximum bipartite matching (augmenting paths): gold index → extracted index. */
function match(edges: readonly number[][], right: number): Map<number, number> {
  const owner = new Array<number>(right).fill(-1);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const e of edges[g]!) {
      if (seen[e]) continue;
      seen[e] = true;
      if (owner[e] === -1 || tryAssign(owner[e]!, seen)) {
        owner[e] = g;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, g) => tryAssign(g, new Array<boolean>(right).fill(false)));
  const result = new Map<number, number>();
  owner.forEach((g, e) => {
    if (g >= 0) result.set(g, e);
  });
  return result;
}

/** Candidate pairs per gold fact (extracted indices), lenient and strict. */
function candidatePairs(original: string, gold: readonly GoldFact[], extracted: readonly ScoredFact[]) {
  let unlocatedQuotes = 0;
  const lenient: number[][] = [];
  const strict: number[][] = [];
  for (const g of gold) {
    const occ = occurrences(original, g.quote);
    if (occ.length === 0) unlocatedQuotes++;
    const overlapping = (e: ScoredFact) => occ.some((o) => e.start < o + g.quote.length && o < e.end);
    const l: number[] = [];
    const s: number[] = [];
    extracted.forEach((e, i) => {
      if (!sameValue(g.value, e.value) || !overlapping(e)) return;
      l.push(i);
      if (e.period === g.period && e.kind === g.kind) s.push(i);
    });
    lenient.push(l);
    strict.push(s);
  }
  return { lenient, strict, unlocatedQuotes };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function ratios(gold: number, goldTier1: number, extracted: number, c: ScoreCounts, unlocatedQuotes: number): ReportScore {
  return {
    gold, goldTier1, extracted,
    recall_tier1_lenient: ratio(c.tier1LenientMatched, goldTier1),
    recall_tier1_strict: ratio(c.tier1StrictMatched, goldTier1),
    recall_all_lenient: ratio(c.lenientMatched, gold),
    recall_all_strict: ratio(c.strictMatched, gold),
    precision: ratio(c.precisionMatched, c.precisionPool),
    precision_strict: ratio(c.precisionStrictMatched, c.precisionPool),
    indicator_accuracy: c.named === 0 ? null : c.indicatorRight / c.named,
    unlocatedQuotes,
    counts: c,
  };
}

export function scoreReport(original: string, gold: readonly GoldFact[], extracted: readonly ScoredFact[], options: ScoreOptions = {}): ReportScore {
  const { lenient, strict, unlocatedQuotes } = candidatePairs(original, gold, extracted);
  const lm = match(lenient, extracted.length);
  const sm = match(strict, extracted.length);
  const tier1Of = (m: Map<number, number>) => [...m.keys()].filter((g) => gold[g]!.tier === 1).length;
  let named = 0;
  let indicatorRight = 0;
  for (const [g, e] of lm) {
    const mine = extracted[e]!.indicator;
    if (mine === null) continue;
    named++;
    if (canonicalIndicator(gold[g]!.indicator) === canonicalIndicator(mine)) indicatorRight++;
  }
  // The headline-only rule (header): precision over the tier-1 claims, matched among themselves.
  let precisionPool = extracted.length;
  let precisionMatched = lm.size;
  let precisionStrictMatched = sm.size;
  if (options.labelling === 'headline-only') {
    const claimsHeadline = extracted.map((e) => e.tier === 1);
    const only = (edges: number[][]) => edges.map((es) => es.filter((e) => claimsHeadline[e]));
    precisionPool = claimsHeadline.filter(Boolean).length;
    precisionMatched = match(only(lenient), extracted.length).size;
    precisionStrictMatched = match(only(strict), extracted.length).size;
  }
  const counts: ScoreCounts = {
    tier1LenientMatched: tier1Of(lm), tier1StrictMatched: tier1Of(sm), lenientMatched: lm.size, strictMatched: sm.size,
    precisionPool, precisionMatched, precisionStrictMatched, named, indicatorRight,
  };
  return ratios(gold.length, gold.filter((g) => g.tier === 1).length, extracted.length, counts, unlocatedQuotes);
}

/** Overall scores: sums of the counts behind each report's ratios (micro-average). */
export function combineScores(scores: readonly ReportScore[]): ReportScore {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const counts = emptyCounts();
  for (const k of Object.keys(counts) as (keyof ScoreCounts)[]) counts[k] = sum((s) => s.counts[k]);
  return ratios(sum((s) => s.gold), sum((s) => s.goldTier1), sum((s) => s.extracted), counts, sum((s) => s.unlocatedQuotes));
}

function emptyCounts(): ScoreCounts {
  return {
    tier1LenientMatched: 0, tier1StrictMatched: 0, lenientMatched: 0, strictMatched: 0,
    precisionPool: 0, precisionMatched: 0, precisionStrictMatched: 0, named: 0, indicatorRight: 0,
  };
}

/** The figures eval reports and the tests hold, in the words, each with the counts behind it. */
export interface Figure {
  key: string;
  label: string;
  /** [matched, out of]. */
  counts(s: ReportScore): [number, number];
}

export const FIGURES: readonly Figure[] = [
  { key: 'headline_recall', label: 'headline recall', counts: (s) => [s.counts.tier1LenientMatched, s.goldTier1] },
  { key: 'headline_period_kind', label: 'headline, period and kind right', counts: (s) => [s.counts.tier1StrictMatched, s.goldTier1] },
  { key: 'all_facts_recall', label: 'all facts recall', counts: (s) => [s.counts.lenientMatched, s.gold] },
  { key: 'all_facts_strict', label: 'all facts, period and kind right', counts: (s) => [s.counts.strictMatched, s.gold] },
  { key: 'precision', label: 'precision', counts: (s) => [s.counts.precisionMatched, s.counts.precisionPool] },
  { key: 'indicator_named_right', label: 'indicator named right', counts: (s) => [s.counts.indicatorRight, s.counts.named] },
];
