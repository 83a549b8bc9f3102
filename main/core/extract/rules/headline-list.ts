// The bullet list of main indicators ("——地区生产总值增长4.1%;", "- 固定资产投资达到 332 亿元;"): every item is a
// headline (tier 1) fact whose kind comes from the list's introduction or the section it sits in. An item
// with no number ("居民人均可支配收入增速与GDP增速持平") is still a headline statement: it is kept with no value.
import { canonicalIndicator } from '../../catalog';
import type { FactKind, Period } from '../../types';
import { bulletMarkLength, type LineContext } from '../sections';
import { findQuantities } from '../numbers';
import { readSentence } from '../statement';
import type { Candidate, Extractor, ReportView } from '../types';
import { sentencesIn } from './sentences';

const QUALITATIVE = /^(.{2,20}?)(增速|增长|完成|保持|实现|达到|基本|与|控制)(.*)$/;

function qualitativeItem(report: ReportView, ctx: LineContext, start: number, end: number): Candidate | null {
  const raw = report.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/[;；。,，]+$/, '');
  const m = QUALITATIVE.exec(text.replace(/\s+/g, ''));
  if (!m || findQuantities(text).length > 0) return null;
  const kind: FactKind = ctx.estimateList ? 'estimate' : ctx.mode === 'plan' ? 'target' : 'actual';
  const over = /(超过|高于|快于)/.test(m[3]!);
  const growth = m[2] === '增速' || m[2] === '增长';
  return {
    indicator: canonicalIndicator(m[1]!), measure: growth ? 'growth' : 'level', value: null, low: null, high: null, unit: growth ? '%' : null,
    qualifier: over ? (kind === 'target' ? 'at_least' : 'more_than') : 'exact',
    period: (kind === 'target' ? ctx.targetPeriod : ctx.actualPeriod) as Period, kind, tier: 1,
    start: start + lead, end: start + lead + text.length, anchor: start + lead,
  };
}

export const headlineLists: Extractor = {
  name: 'headline-list',
  order: 20,
  extract(report, claimed) {
    const out: Candidate[] = [];
    report.lines.forEach((line, i) => {
      const ctx = report.contexts[i]!;
      if (!ctx.bullet) return;
      const from = line.start + bulletMarkLength(line.text);
      for (const s of sentencesIn(report.text, from, line.end)) {
        const facts = readSentence(report, s.start, s.end, claimed, { tier: 1 });
        const item = facts.length === 0 && s.start === from ? qualitativeItem(report, ctx, s.start, s.end) : null;
        out.push(...facts, ...(item ? [item] : []));
      }
    });
    return out;
  },
};
