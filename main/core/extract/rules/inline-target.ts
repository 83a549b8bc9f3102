// "地区生产总值增长4.1%(目标6.0%左右)": a target written in brackets beside an outcome. It is the target for
// the section's target period (the full year in a mid-year report) and continues the outcome's indicator.
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentenceAround } from './sentences';

const INLINE_TARGET = /[(（]\s*(?:全年|年度)?(?:预期目标|目标值?|计划)\s*[:：为]?[^()（）]{0,40}[)）]/g;

export const inlineTargets: Extractor = {
  name: 'inline-target',
  order: 10,
  extract(report, claimed) {
    const out: Candidate[] = [];
    for (const m of report.text.matchAll(INLINE_TARGET)) {
      const open = m.index;
      const sentence = sentenceAround(report.text, open);
      const outcome = readSentence(report, sentence.start, open, new Set(), { tier: 1 }).pop();
      if (!outcome) continue;
      const ctx = report.contexts[report.lineAt(open)]!;
      out.push(...readSentence(report, open + 1, open + m[0].length - 1, claimed, {
        tier: 1, kind: 'target', period: ctx.targetPeriod, inherit: { indicator: outcome.indicator, measure: outcome.measure },
      }));
    }
    return out;
  },
};
