// "地区生产总值增长4.1%(目标6.0%左右)": a target written in brackets beside an outcome. It is the target for
// the section's target period (the full year in a mid-year report) and continues the outcome's indicator.
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentenceAround } from './sentences';

const INLINE_TARGET = /[(（]\s*(?:全年|年度)?(?:预期目标|目标值?|计划)\s*[:：为]?[^()（）]{0,40}[)）]/y;

/**
 * Every "(目标…)" of the text, in order. Each starts at a bracket: the brackets are found by indexOf and the
 * pattern is tried only there (sticky), not at every character of the report.
 */
function* inlineTargetsIn(text: string): Generator<{ index: number; text: string }> {
  let half = text.indexOf('(');
  let full = text.indexOf('（');
  while (half >= 0 || full >= 0) {
    const at = half < 0 ? full : full < 0 ? half : Math.min(half, full);
    INLINE_TARGET.lastIndex = at;
    const m = INLINE_TARGET.exec(text);
    // Matches do not overlap: the search goes on after one.
    const from = m ? at + m[0].length : at + 1;
    if (m) yield { index: at, text: m[0] };
    if (half >= 0 && half < from) half = text.indexOf('(', from);
    if (full >= 0 && full < from) full = text.indexOf('（', from);
  }
}

export const inlineTargets: Extractor = {
  name: 'inline-target',
  order: 10,
  extract(report, claimed) {
    const out: Candidate[] = [];
    for (const m of inlineTargetsIn(report.text)) {
      const open = m.index;
      const sentence = sentenceAround(report.text, open);
      const outcome = readSentence(report, sentence.start, open, new Set(), { tier: 1 }).pop();
      if (!outcome) continue;
      const ctx = report.contexts[report.lineAt(open)]!;
      out.push(...readSentence(report, open + 1, open + m.text.length - 1, claimed, {
        tier: 1, kind: 'target', period: ctx.targetPeriod, inherit: { indicator: outcome.indicator, measure: outcome.measure },
      }));
    }
    return out;
  },
};
