// A value and where it came from: "从2020年的8.1万元提高到2025年的11万元左右", "由上年的45%提高到48%",
// "地区生产总值从11.37万亿元提高到14.58万亿元" (in a review of five years). Two facts of one indicator, each with
// its own period: the starting value is an outcome of the year the text gives it (base-year.ts), the new value
// is of the year written with it, or of its sentence and section like any other number (a target in a plan).
import type { FactKind, Period } from '../../types';
import type { Quantity } from '../numbers';
import { readSentence } from '../statement';
import type { Candidate, Extractor, ReportView } from '../types';
import { baseYearOf } from './base-year';
import { sentenceAround } from './sentences';

export interface FromToRule {
  id: string;
  examples: readonly string[];
}

export const FROM_TO: FromToRule = {
  id: 'from-to-pair',
  examples: ['居民人均可支配收入从2020年的8.1万元提高到2025年的11万元左右', '常住人口城镇化率由上年的45%提高到48%', '这是经济实力持续提升的五年。地区生产总值从11.37万亿元提高到14.58万亿元'],
};

// 从/由, then what dates the starting value (a year, 上年), right before it; a standard may say what it is per
// ("从每人每月2375元"), which the indicator's name does without.
const FROM = /(?:从|由)\s*((?:\d{4}\s*年(?:底|末|度)?|上年|去年|上一年)?(?:底|末)?的?)\s*(?:每人每月|每人每年|每月|每年|每人)?\s*$/;
// Between the two values: the verb of change and 到/至/为, then the new value's year if written.
const TO = /^\s*(?:提高|提升|增长|增加|上升|扩大|跃升|增|下降|降低|减少|缩小|缩减|回落|降|变)?(?:到|至|为)\s*(?:(\d{4})\s*年(?:底|末)?的?)?\s*$/;

interface Pair {
  /** Where 从/由 and the words dating the starting value begin. */
  leadAt: number;
  from: Quantity;
  to: Quantity;
  baseWords: string;
  toYear: number | null;
}

/** Consecutive quantities written as "从A…到B" with the same kind of unit. */
function pairsIn(report: ReportView): Pair[] {
  const out: Pair[] = [];
  const { text, quantities } = report;
  for (let i = 0; i + 1 < quantities.length; i++) {
    const from = quantities[i]!;
    const to = quantities[i + 1]!;
    if (from.unitClass !== to.unitClass || from.unit === '个百分点' || to.unit === '个百分点') continue;
    const between = TO.exec(text.slice(from.end, to.start));
    const window = Math.max(0, from.start - 14);
    const lead = between ? FROM.exec(text.slice(window, from.start)) : null;
    if (!between || !lead) continue;
    out.push({ leadAt: window + lead.index, from, to, baseWords: lead[1]!, toYear: between[1] ? Number(between[1]) : null });
    i++;
  }
  return out;
}

/** The new value's kind and period: the year written with it decides; otherwise its sentence did. */
function dated(c: Candidate, year: number | null, reviewYear: number): Pick<Candidate, 'period' | 'kind'> {
  if (year === null) return { period: c.period, kind: c.kind };
  const kind: FactKind = year > reviewYear ? 'target' : c.kind === 'estimate' ? 'estimate' : 'actual';
  return { period: String(year) as Period, kind };
}

/**
 * The report as the sentence reader should see it: the words dating a starting value ("由上年的", "从2020年的")
 * are this rule's to read, so the reader is shown only "从" there (padded, so every offset stays put) and names
 * the indicator without them.
 */
function withDatingRead(report: ReportView, pairs: readonly Pair[]): ReportView {
  let text = report.text;
  for (const p of pairs) text = text.slice(0, p.leadAt) + '从'.padEnd(p.from.start - p.leadAt, ' ') + text.slice(p.from.start);
  return { ...report, text };
}

/**
 * The sentence's facts with each pair dated. The whole sentence is returned, so numbers after a pair keep the
 * indicator it names ("…从X提高到Y，增长Z%"); a sentence with 分别 keeps only its pairs, for the list reader.
 */
function datedSentence(report: ReportView, s: { start: number; end: number }, pairs: readonly Pair[], claimed: ReadonlySet<number>): Candidate[] {
  const ctx = report.contexts[report.lineAt(s.start)]!;
  const facts = readSentence(withDatingRead(report, pairs), s.start, s.end, claimed, { tier: ctx.bullet || ctx.headlineSection ? 1 : 2 });
  const fixed = new Map<number, Candidate>();
  for (const pair of pairs) {
    const was = facts.find((c) => c.anchor === pair.from.start);
    const now = facts.find((c) => c.anchor === pair.to.start);
    // One indicator changing: if the sentence reads them as two, this is no from-to pair.
    if (!was || !now || was.indicator !== now.indicator) continue;
    const newValue = { ...now, ...dated(now, pair.toYear, report.meta.reviewYear), rules: [FROM_TO.id] };
    fixed.set(now.anchor, newValue);
    // The starting value only when the text dates it; else it stays as the sentence reader has it.
    const base = baseYearOf(report, pair.from.start, pair.baseWords, newValue.period);
    fixed.set(was.anchor, base !== null ? { ...was, period: base as Period, kind: 'actual', rules: [FROM_TO.id, 'from-to-base-year'] } : was);
  }
  if (fixed.size === 0) return [];
  if (/分别/.test(report.text.slice(s.start, s.end))) return [...fixed.values()];
  return facts.map((c) => fixed.get(c.anchor) ?? c);
}

export const fromToPairs: Extractor = {
  name: 'from-to',
  order: 16,
  extract(report, claimed) {
    const out: Candidate[] = [];
    const bySentence = new Map<number, { s: { start: number; end: number }; pairs: Pair[] }>();
    for (const pair of pairsIn(report)) {
      if (claimed.has(pair.from.start) || claimed.has(pair.to.start)) continue;
      const s = sentenceAround(report.text, pair.from.start);
      const entry = bySentence.get(s.start) ?? { s, pairs: [] };
      entry.pairs.push(pair);
      bySentence.set(s.start, entry);
    }
    for (const { s, pairs } of bySentence.values()) out.push(...datedSentence(report, s, pairs, claimed));
    return out;
  },
};
