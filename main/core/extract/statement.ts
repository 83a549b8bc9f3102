// Reads every quantity of one sentence into facts: indicator, measure, value, qualifier, kind, period.
// All built-in extractors go through here; they differ in which sentences they hand over and in what they
// already know (a headline list's kind, an inline "(目标…)"'s period). The reading itself is rule tables in
// ./reading: the clause around a number (clause.ts), naming rules (naming.ts), rewrites (rewrites.ts),
// vetoes (vetoes.ts), what carries from one number to the next (state.ts). This file only runs them in order
// and records which rules decided each fact.
import { canonicalIndicator } from '../catalog';
import type { FactKind, Measure, Period } from '../types';
import type { Quantity } from './numbers';
import { measureOf, qualifierOf, refusedByNoun } from './judge';
import { averagePeriod, cuesOf, kindWithRule, periodWithRule } from './when';
import { clauseOf, type Clause } from './reading/clause';
import { nameNumber, type Naming, type RespectivelyLists } from './reading/naming';
import { rewriteName } from './reading/rewrites';
import { carry, clauseVerbOf, startState, type ListState } from './reading/state';
import { firstVeto, NAMED_VETOES, NUMBER_VETOES, SCAN_VETOES, TOPIC_VETOES } from './reading/vetoes';
import type { Candidate, ReportView } from './types';

export { namedByUnit } from './reading/unit-names';
export { withCountedNoun } from './reading/naming';

export interface SentenceOptions {
  tier: 1 | 2;
  /** Known from the caller (an inline "(目标…)" is a target of the full year). */
  kind?: FactKind;
  period?: string;
  /** The indicator a sentence fragment continues ("(目标6.0%左右)" after "地区生产总值增长4.1%"). */
  inherit?: { indicator: string; measure: Measure };
  /** Names given by "A、B分别为 x、y" lists: `at` is the offset of 分别 in the sentence. */
  respectively?: RespectivelyLists;
}

/** Facts for the quantities of text[start, end) that no earlier extractor claimed. */
export function readSentence(report: ReportView, start: number, end: number, claimed: ReadonlySet<number>, opts: SentenceOptions): Candidate[] {
  const found = report.quantitiesIn(start, end);
  if (found.length === 0 || found.every((q) => claimed.has(q.start))) return [];
  const s = report.text.slice(start, end);
  const lineIndex = report.lineAt(start);
  const line = report.lines[lineIndex]!;
  // Look back at most a paragraph's worth, so a report without full stops stays linear.
  const back = Math.max(line.start, start - 600);
  const topicStart = stopBefore(report.text, back, start);
  const topic = report.text.slice(topicStart, end);
  const topicVeto = firstVeto(TOPIC_VETOES, topic);
  if (topicVeto) {
    for (const q of found) if (q.end <= end) report.rejections?.set(q.start, topicVeto);
    return [];
  }
  const ctx = report.contexts[lineIndex]!;
  // The sentence before, in the same paragraph: "…政府投资项目计划共安排137项。1-6月，下达投资计划…" continues its topic.
  // The same search as the topic's unless a full stop is right before the sentence: read back once.
  const previousStart = report.text.charCodeAt(start - 1) === FULL_STOP ? stopBefore(report.text, back, start - 1) : topicStart;
  const previousSentence = report.text.slice(previousStart, start);
  // Offsets relative to the sentence from here on; a quantity running past the sentence's end is cut off.
  const inSentence: Quantity[] = [];
  for (const q of found) if (q.end <= end) inSentence.push(inSentenceOffsets(q, start));
  const quantities = inSentence.filter((q, i, all) => {
    const veto = firstVeto(SCAN_VETOES, s, q, all[i + 1]);
    if (veto) report.rejections?.set(start + q.start, veto);
    return !veto;
  });
  // The sentence's cues are worked out when its first fact is kept: many sentences keep none.
  let cues: Cues | null = null;
  const sentenceCues = (): Cues => {
    if (cues) return cues;
    cues = cuesOf(withoutRemarks(s), report.meta.reviewYear);
    // A paragraph opened with "“十三五”期间" reviews the whole span in every sentence that follows.
    if (spanNamedIn(report, Math.max(line.start, start - 3000), start)) cues.spanAt = -1;
    return cues;
  };
  const out: Candidate[] = [];
  let st: ListState = startState(opts.inherit);
  for (let i = 0; i < quantities.length; i++) {
    if (claimed.has(start + quantities[i]!.start)) continue;
    const rules: string[] = [];
    const c = clauseOf(report, s, start, previousSentence, quantities, i, rules);
    const clauseVerb = clauseVerbOf(st, c);
    st = carry(st, { type: 'clause', c });
    const numberVeto = firstVeto(NUMBER_VETOES, c, st);
    if (numberVeto) {
      if (numberVeto === 'veto.other-place') st = carry(st, { type: 'other-place', c });
      report.rejections?.set(start + c.q.start, numberVeto);
      continue;
    }
    const naming = nameNumber(c, st, opts.respectively);
    if (naming.rule) rules.push(naming.rule);
    if (naming.listSuffix !== undefined) st = carry(st, { type: 'list-suffix', suffix: naming.listSuffix });
    // Without a trace only whether a number is refused matters, not which veto refused it: a count of no
    // indicator's noun (veto.not-a-counted-indicator, whatever the rewrites make of its name) skips the rewrites.
    // A trace records the first veto, so it reads on.
    if (!report.rejections && refusedByNoun(c.q, c.right, naming.carried ?? '')) continue;
    const { measure, fall } = measureAndSign(c, st, naming.indicator);
    const indicator = rewriteName(naming.indicator, { c, st, measure, clauseVerb }, rules);
    const named: Naming = { indicator, carried: naming.carried, named: naming.named, listSuffix: naming.listSuffix };
    const namedVeto = firstVeto(NAMED_VETOES, c, st, named);
    if (namedVeto) {
      report.rejections?.set(start + c.q.start, namedVeto);
      continue;
    }
    st = carry(st, { type: 'kept', c });
    const fact = factOf(report, c, ctx, sentenceCues(), opts, indicator, measure, fall, rules);
    out.push(fact);
    st = carry(st, { type: 'fact', fact: { indicator, measure, unit: c.q.unit, fall, end: c.q.end } });
  }
  return out;
}

/** A quantity with offsets relative to its sentence, written out field by field (no spread: once per number). */
function inSentenceOffsets(q: Quantity, start: number): Quantity {
  return { start: q.start - start, end: q.end - start, value: q.value, low: q.low, high: q.high, unit: q.unit, unitClass: q.unitClass, more: q.more };
}

/** Just after the last full stop in text[from, to), or `from`: searched only inside the window, so it stays linear. */
function stopBefore(text: string, from: number, to: number): number {
  // Read back by character code: no copy of the window per sentence.
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === FULL_STOP) return i + 1;
  return from;
}
const FULL_STOP = '。'.charCodeAt(0);

/** Where the report names a multi-year span ("十三五", "五年来"), found once per report. */
const SPAN_NAMES = new WeakMap<ReportView, number[]>();
function spanNamedIn(report: ReportView, from: number, to: number): boolean {
  let at = SPAN_NAMES.get(report);
  if (!at) {
    at = [...report.text.matchAll(/十[一二三四五]五|五年来/g)].map((m) => m.index);
    SPAN_NAMES.set(report, at);
  }
  return at.some((i) => i >= from && i + 3 <= to);
}

/**
 * "(主要是二产、三产未达预期目标)": a remark in brackets explains a number; its words (目标, 预计) are no cue for
 * the numbers after it. Bracketed groups without a digit are blanked, keeping offsets; a bracket holding a number
 * ("(目标6%左右)") is read by its own extractor.
 */
function withoutRemarks(s: string): string {
  if (!s.includes('(') && !s.includes('（')) return s;
  return s.replace(/[(（][^()（）\d]{1,60}[)）]/g, (remark) => ' '.repeat(remark.length));
}

/**
 * The measure and sign of a named number. A fragment that continues the previous number's indicator keeps its
 * measure ("(目标6.0%左右)"); later numbers of a growth list keep the list's verb and sign ("事故起数、死亡人数分别
 * 下降50%、37.5%").
 */
function measureAndSign(c: Clause, st: ListState, indicator: string): { measure: Measure; fall: boolean } {
  const { prev } = st;
  const { L, q } = c;
  const continued = prev !== null && indicator === prev.indicator && !L.subject && !L.growth;
  const listGrowth = c.afterList && !L.subject && !L.growth && prev !== null && (prev.measure === 'growth' || prev.measure === 'change') && q.unitClass === 'percent';
  const fall = L.fall || (listGrowth && prev !== null && prev.fall);
  if (listGrowth && prev) return { measure: prev.measure, fall };
  const percentLike = (m: Measure) => m === 'growth' || m === 'share' || m === 'rate';
  if (continued && prev && (q.unitClass === 'percent') === percentLike(prev.measure)) return { measure: prev.measure, fall };
  // "收入增速达30.9%": a percent named by a growth word is a growth, whatever verb links it.
  const growthWord = q.unitClass === 'percent' && q.unit !== '个百分点' && /(增速|增幅|增长率)$/.test(indicator);
  return { measure: measureOf(q, indicator === L.subject ? L.subject : indicator, L.growth || growthWord, L.relative), fall };
}

type Cues = ReturnType<typeof cuesOf>;

function factOf(report: ReportView, c: Clause, ctx: ReportView['contexts'][number], cues: Cues, opts: SentenceOptions,
  indicator: string, measure: Measure, fall: boolean, rules: string[]): Candidate {
  const { q, L, s, start } = c;
  const decided = opts.kind ? { kind: opts.kind, rule: 'kind.given-by-extractor' } : kindWithRule(ctx, cues, q.start);
  const kind = decided.kind;
  rules.push(decided.rule);
  const average = L.average ? averagePeriod(report, ctx, kind, s.slice(0, q.start)) : null;
  const dated = average ? { period: average, rule: 'period.average-span' } : opts.period ? { period: opts.period, rule: 'period.given-by-extractor' }
    : periodWithRule(report, ctx, kind, cues, q.start, s.slice(c.clauseStart, q.start), L.year, L.from, indicator);
  const period = dated.period;
  rules.push(dated.rule);
  const value = fall && q.value > 0 ? -q.value : q.value;
  const tail = c.right.match(/^\s*(左右|上下|以上|以内|以下)/)?.[0].length ?? 0;
  const spanStart = start + c.segStart + (c.left.length - c.left.trimStart().length) + (c.afterList ? s.slice(c.segStart, q.start).length - c.left.length : 0);
  const canonical = canonicalIndicator(indicator);
  return {
    // "研发投入强度5.5%" is the catalogue's 研发投入占GDP比重: a share, whatever the words called it.
    indicator: canonical, measure: measure === 'rate' && /(比重|占比)$/.test(canonical) ? 'share' : measure, value, low: q.low, high: q.high, unit: q.unit,
    qualifier: qualifierOf(q, L.qualifier, c.post, kind),
    period: period as Period, kind, tier: opts.tier, start: spanStart, end: start + q.end + tail, anchor: start + q.start, rules,
  };
}
