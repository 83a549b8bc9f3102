// The bullet list of main indicators ("——地区生产总值增长4.1%;", "- 固定资产投资达到 332 亿元;"): every item is a
// headline (tier 1) fact whose kind comes from the list's introduction or the section it sits in.
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentencesIn } from './sentences';

export const headlineLists: Extractor = {
  name: 'headline-list',
  order: 20,
  extract(report, claimed) {
    const out: Candidate[] = [];
    report.lines.forEach((line, i) => {
      if (!report.contexts[i]!.bullet) return;
      for (const s of sentencesIn(report.text, line.start, line.end)) out.push(...readSentence(report, s.start, s.end, claimed, { tier: 1 }));
    });
    return out;
  },
};
