// Numbers in running text: "全年固定资产投资达到332亿元", "力争到2025年，数字创意产业增加值达到30亿元".
// Walks the report's quantities (not its lines), so sentences without a number cost nothing.
import { readSentence } from '../statement';
import type { Candidate, Extractor, ReportView } from '../types';
import { sentenceAround } from './sentences';

/**
 * "今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%…；地方一般公共预算收入增长3%左右；…": a work report
 * states its headline targets in running text after an introduction, as a list separated by ；. Every item up to
 * the paragraph's full stop is a headline (tier 1) statement. Source of the example: ../shared/real-reports/
 * guangdong_2026_gov_work_report_full.txt (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
 */
export const HEADLINE_INTRO = {
  id: 'tier.headline-intro-in-prose',
  pattern: /主要(?:预期)?(?:目标|指标)(?:是|为)?\s*[:：][^。]*$/,
  examples: ['今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右'],
} as const;

function afterHeadlineIntro(report: ReportView, sentenceStart: number): boolean {
  const line = report.lines[report.lineAt(sentenceStart)]!;
  const before = report.text.slice(Math.max(line.start, sentenceStart - 400), sentenceStart);
  // The intro says 主要: a paragraph without the word is not searched for it.
  return before.includes('主要') && HEADLINE_INTRO.pattern.test(before);
}

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
      const headline = ctx.headlineSection || afterHeadlineIntro(report, s.start) || HEADLINE_INTRO.pattern.test(report.text.slice(s.start, q.start));
      for (const c of readSentence(report, s.start, s.end, claimed, { tier: headline ? 1 : 2 })) out.push(c);
    }
    return out;
  },
};
