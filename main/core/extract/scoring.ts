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
// - Recall = matched gold / gold (tier 1 only, or all tiers). Precision = extracted facts in the lenient
//   matching / all extracted facts (precision_strict uses the strict matching).
// - Indicator accuracy = among lenient-matched pairs, the share whose indicators have the same canonical
//   name (canonicalIndicator maps catalogue aliases, e.g. 地方一般公共预算收入 → 一般公共预算收入).
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
  indicator: string;
  value: number | null;
  period: string;
  kind: string;
  start: number;
  end: number;
}

export interface ReportScore {
  gold: number;
  goldTier1: number;
  extracted: number;
  recall_tier1_strict: number;
  recall_all_lenient: number;
  recall_all_strict: number;
  precision: number;
  precision_strict: number;
  indicator_accuracy: number;
  unlocatedQuotes: number;
  /** Counts behind the ratios, so reports can be summed. */
  counts: { tier1StrictMatched: number; lenientMatched: number; strictMatched: number; indicatorRight: number };
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

export function scoreReport(original: string, gold: readonly GoldFact[], extracted: readonly ScoredFact[]): ReportScore {
  let unlocatedQuotes = 0;
  const lenient: number[][] = [];
  const strict: number[][] = [];
  gold.forEach((g) => {
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
  });
  const lm = match(lenient, extracted.length);
  const sm = match(strict, extracted.length);
  const tier1 = gold.filter((g) => g.tier === 1).length;
  const tier1StrictMatched = [...sm.keys()].filter((g) => gold[g]!.tier === 1).length;
  let indicatorRight = 0;
  for (const [g, e] of lm) if (canonicalIndicator(gold[g]!.indicator) === canonicalIndicator(extracted[e]!.indicator)) indicatorRight++;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    gold: gold.length,
    goldTier1: tier1,
    extracted: extracted.length,
    recall_tier1_strict: ratio(tier1StrictMatched, tier1),
    recall_all_lenient: ratio(lm.size, gold.length),
    recall_all_strict: ratio(sm.size, gold.length),
    precision: ratio(lm.size, extracted.length),
    precision_strict: ratio(sm.size, extracted.length),
    indicator_accuracy: ratio(indicatorRight, lm.size),
    unlocatedQuotes,
    counts: { tier1StrictMatched, lenientMatched: lm.size, strictMatched: sm.size, indicatorRight },
  };
}

/** Overall scores: sums of the counts behind each report's ratios (micro-average). */
export function combineScores(scores: readonly ReportScore[]): ReportScore {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const c = {
    tier1StrictMatched: sum((s) => s.counts.tier1StrictMatched),
    lenientMatched: sum((s) => s.counts.lenientMatched),
    strictMatched: sum((s) => s.counts.strictMatched),
    indicatorRight: sum((s) => s.counts.indicatorRight),
  };
  const gold = sum((s) => s.gold);
  const goldTier1 = sum((s) => s.goldTier1);
  const extracted = sum((s) => s.extracted);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    gold, goldTier1, extracted,
    recall_tier1_strict: ratio(c.tier1StrictMatched, goldTier1),
    recall_all_lenient: ratio(c.lenientMatched, gold),
    recall_all_strict: ratio(c.strictMatched, gold),
    precision: ratio(c.lenientMatched, extracted),
    precision_strict: ratio(c.strictMatched, extracted),
    indicator_accuracy: ratio(c.indicatorRight, c.lenientMatched),
    unlocatedQuotes: sum((s) => s.unlocatedQuotes),
    counts: c,
  };
}
