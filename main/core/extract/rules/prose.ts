// Numbers in running text: "全年固定资产投资达到332亿元", "力争到2025年，数字创意产业增加值达到30亿元".
// Walks the report's quantities (not its lines), so sentences without a number cost nothing.
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentenceAround } from './sentences';

export const prose: Extractor = {
  name: 'prose',
  order: 40,
  extract(report, claimed) {
    const out: Candidate[] = [];
    let doneUntil = -1;
    for (const q of report.quantities) {
      if (q.start < doneUntil || claimed.has(q.start)) continue;
      const s = sentenceAround(report.text, q.start);
      doneUntil = s.end;
      const ctx = report.contexts[report.lineAt(s.start)]!;
      out.push(...readSentence(report, s.start, s.end, claimed, { tier: ctx.headlineSection ? 1 : 2 }));
    }
    return out;
  },
};
