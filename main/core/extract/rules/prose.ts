// Numbers in running text: "全年固定资产投资达到332亿元", "力争到2025年，数字创意产业增加值达到30亿元".
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentencesIn } from './sentences';

export const prose: Extractor = {
  name: 'prose',
  order: 40,
  extract(report, claimed) {
    const out: Candidate[] = [];
    report.lines.forEach((line, i) => {
      const ctx = report.contexts[i]!;
      if (ctx.bullet && !ctx.headlineSection) return;
      for (const s of sentencesIn(report.text, line.start, line.end)) {
        out.push(...readSentence(report, s.start, s.end, claimed, { tier: ctx.headlineSection ? 1 : 2 }));
      }
    });
    return out;
  },
};
