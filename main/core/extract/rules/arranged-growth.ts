// Budgets and plans set a figure by the growth it is "arranged" at: "一般公共预算收入按增长5%安排",
// "税收收入按同口径增长3%左右安排", "一般公共预算支出按5%的增幅安排". That is a target of the year the budget is
// for (the plan year, or the reviewed year when its budget is recalled in the review), whatever section it sits in.
import { canonicalIndicator } from '../../catalog';
import type { Period } from '../../types';
import type { Quantity } from '../numbers';
import { postQualifier, qualifierOf } from '../judge';
import { readLeft } from '../phrase';
import { readSentence } from '../statement';
import type { Candidate, Extractor, ReportView } from '../types';
import { cuesOf, periodOf } from '../when';
import { sentenceAround } from './sentences';

interface ArrangedRule {
  id: string;
  /** Made-up examples in budget reports' wording. */
  examples: readonly string[];
  /** Right before the number: 按 and the verb; group 1 is a fall, if said. */
  before: RegExp;
  /** Right after the number and its unit: the qualifier, then 安排. */
  after: RegExp;
}

export const ARRANGED_RULES: readonly ArrangedRule[] = [
  {
    id: 'arranged-growth-verb-first',
    examples: ['一般公共预算收入按增长5%安排', '税收收入按同口径增长3%左右安排', '一般公共预算支出按比上年下降2%安排'],
    before: /按照?(?:同口径|可比口径|自然口径)?(?:比上年|较上年)?(?:增长|(下降|减少)|增加)(?:约)?\s*$/,
    after: /^\s*(?:左右|以上|以内)?(?:的(?:幅度|目标|水平))?安排/,
  },
  {
    id: 'arranged-growth-rate-first',
    examples: ['一般公共预算支出按5%的增幅安排', '政府性基金收入按3%左右的降幅安排'],
    before: /按照?(?:约)?\s*$/,
    after: /^\s*(?:左右|以上|以内)?的?(?:增幅|增速|增长|(降幅|减幅))安排/,
  },
];

/** The name before 按 in the clause: "全区一般公共预算收入" → 一般公共预算收入. */
function nameBefore(report: ReportView, clause: string): string {
  const at = clause.lastIndexOf('按');
  return readLeft(clause.slice(0, at).replace(/(年初)?(预算|计划)?(安排)?$/, ''), report.meta.region).subject;
}

function arranged(report: ReportView, q: Quantity, rule: ArrangedRule): Candidate | null {
  const { text } = report;
  // Every arrangement ends in 安排 within a few characters: checked first, so other percents cost nothing.
  if (!text.slice(q.end, q.end + 20).includes('安排')) return null;
  const sentence = sentenceAround(text, q.start);
  // A list introduction ("主要预期目标是:") ends a clause like a comma does.
  const clauseStart = Math.max(sentence.start, ...[...'，,；;：:'].map((c) => text.lastIndexOf(c, q.start - 1) + 1));
  const left = text.slice(clauseStart, q.start);
  const before = rule.before.exec(left);
  const after = rule.after.exec(text.slice(q.end, q.end + 16));
  if (!before || !after) return null;
  const name = nameBefore(report, left);
  if (!/[\u4e00-\u9fffA-Za-z]{2}/.test(name)) return null;
  const ctx = report.contexts[report.lineAt(q.start)]!;
  const s = text.slice(sentence.start, sentence.end);
  const at = q.start - sentence.start;
  // A year written in the clause is the budget's year; otherwise the section's target year.
  const written = /(\d{4})\s*年/.exec(left);
  const period = written ? written[1]! : periodOf(report, ctx, 'target', cuesOf(s, report.meta.reviewYear), at, left, null, false, name);
  const fall = before[1] !== undefined || after[1] !== undefined;
  const value = fall && q.value > 0 ? -q.value : q.value;
  return {
    indicator: canonicalIndicator(name), measure: 'growth', value, low: q.low, high: q.high, unit: q.unit,
    qualifier: qualifierOf(q, null, postQualifier(text.slice(q.end, q.end + 4)), 'target'), period: period as Period, kind: 'target',
    tier: ctx.bullet || ctx.headlineSection ? 1 : 2, start: clauseStart + Math.max(0, left.indexOf(name)), end: q.end + after[0].length, anchor: q.start, rules: [rule.id],
  };
}

/**
 * The sentence's facts with its arrangements read as targets. Numbers after one ("…按增长5%安排，实际完成120亿元")
 * take their name from it, so the whole sentence is returned with that name mended (the sentence reader sees
 * "收入按" as the name); a sentence with 分别 keeps only its arrangements, for the list reader.
 */
function sentenceWith(report: ReportView, s: { start: number; end: number }, targets: readonly Candidate[], claimed: ReadonlySet<number>): Candidate[] {
  if (/分别/.test(report.text.slice(s.start, s.end))) return [...targets];
  const ctx = report.contexts[report.lineAt(s.start)]!;
  const facts = readSentence(report, s.start, s.end, claimed, { tier: ctx.bullet || ctx.headlineSection ? 1 : 2 });
  const renamed = new Map<string, string>();
  for (const t of targets) {
    const misread = facts.find((f) => f.anchor === t.anchor)?.indicator;
    if (misread && misread !== t.indicator) renamed.set(misread, t.indicator);
  }
  const byAnchor = new Map(targets.map((t) => [t.anchor, t]));
  const rest = facts.filter((f) => !byAnchor.has(f.anchor)).map((f) => ({ ...f, indicator: renamed.get(f.indicator) ?? f.indicator }));
  return [...targets, ...rest];
}

export const arrangedGrowth: Extractor = {
  name: 'arranged-growth',
  order: 17,
  extract(report, claimed) {
    const bySentence = new Map<number, { s: { start: number; end: number }; targets: Candidate[] }>();
    for (const q of report.quantities) {
      if (q.unit !== '%' || claimed.has(q.start)) continue;
      for (const rule of ARRANGED_RULES) {
        const c = arranged(report, q, rule);
        if (!c) continue;
        const s = sentenceAround(report.text, q.start);
        const entry = bySentence.get(s.start) ?? { s, targets: [] };
        entry.targets.push(c);
        bySentence.set(s.start, entry);
        break;
      }
    }
    return [...bySentence.values()].flatMap(({ s, targets }) => sentenceWith(report, s, targets, claimed));
  },
};
