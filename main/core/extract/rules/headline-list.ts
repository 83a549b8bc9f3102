// The bullet list of main indicators ("——地区生产总值增长4.1%;", "- 固定资产投资达到 332 亿元;"): every item is a
// headline (tier 1) fact whose kind comes from the list's introduction or the section it sits in. An item
// with no number ("居民人均可支配收入增速与GDP增速持平") is still a headline statement: it is kept with no value.
// An item of outcomes with no number is kept only when it names an indicator the catalogue knows (rule
// headline.qualitative-known): a digest's review bullets also hold comments on the year ("●增速在经济大省和中部地区
// 保持领先", "●城乡居民收入稳步增长"), which name no indicator; a target or estimate item is a commitment, kept.
import { canonicalIndicator, indicatorInfo } from '../../catalog';
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
  if (kind === 'actual' && !indicatorInfo(m[1]!).known) return null;
  const over = /(超过|高于|快于)/.test(m[3]!);
  const growth = m[2] === '增速' || m[2] === '增长';
  return {
    indicator: canonicalIndicator(m[1]!), measure: growth ? 'growth' : 'level', value: null, low: null, high: null, unit: growth ? '%' : null,
    qualifier: over ? (kind === 'target' ? 'at_least' : 'more_than') : 'exact',
    period: (kind === 'target' ? ctx.targetPeriod : ctx.actualPeriod) as Period, kind, tier: 1,
    start: start + lead, end: start + lead + text.length, anchor: start + lead,
  };
}

/**
 * What the lists say with nothing claimed, per report: the main targets restated-target looks for in running
 * text. The list reader fills it as it reads, so the lists are not read a second time. Only without a trace:
 * a traced reading records vetoes as it goes, and their order must stay the same.
 */
const UNCLAIMED_READING = new WeakMap<ReportView, readonly Candidate[]>();
const NOTHING_CLAIMED: ReadonlySet<number> = new Set();

/** The list items as read with nothing claimed (as headlineLists.extract(report, new Set()) returns them). */
export function headlineListsUnclaimed(report: ReportView): readonly Candidate[] {
  return UNCLAIMED_READING.get(report) ?? headlineLists.extract(report, NOTHING_CLAIMED);
}

function readItems(report: ReportView, ctx: LineContext, from: number, start: number, end: number, claimed: ReadonlySet<number>): Candidate[] {
  const facts = readSentence(report, start, end, claimed, { tier: 1 });
  const item = facts.length === 0 && start === from ? qualitativeItem(report, ctx, start, end) : null;
  return item ? [...facts, item] : facts;
}

export const headlineLists: Extractor = {
  name: 'headline-list',
  order: 20,
  extract(report, claimed) {
    const out: Candidate[] = [];
    const unclaimed: Candidate[] | null = report.rejections === null ? [] : null;
    report.lines.forEach((line, i) => {
      const ctx = report.contexts[i]!;
      if (!ctx.bullet) return;
      const from = line.start + bulletMarkLength(line.text);
      for (const s of sentencesIn(report.text, from, line.end)) {
        const items = readItems(report, ctx, from, s.start, s.end, claimed);
        out.push(...items);
        if (!unclaimed) continue;
        // A sentence none of whose numbers an earlier extractor claimed reads the same with nothing claimed.
        const free = !report.quantitiesIn(s.start, s.end).some((q) => claimed.has(q.start));
        unclaimed.push(...(free ? items : readItems(report, ctx, from, s.start, s.end, NOTHING_CLAIMED)));
      }
    });
    if (unclaimed) UNCLAIMED_READING.set(report, unclaimed);
    return out;
  },
};
