// A target stated twice: once in the list (or table) of main targets, again in running text ("围绕地区生产总值
// 增长6%左右的目标，…"). Both statements are kept, each with its own span, because a reader checks either
// against the source; but they are one target, so the restatement carries the list's indicator name. The
// words the sentence reader leaves on the name ("围绕", "实现", "确保") say how the text uses the target, not
// which indicator it is.
import { canonicalIndicator } from '../../catalog';
import type { Candidate, Extractor, ReportView } from '../types';
import { readSentence } from '../statement';
import { headlineListsUnclaimed } from './headline-list';
import { indicatorTables } from './indicator-table';
import { sentenceAround } from './sentences';

export const RESTATED_TARGET = {
  id: 'restated-target',
  // Made up: the list says "——地区生产总值增长6%左右", the work plan later "围绕地区生产总值增长6%左右的目标".
  examples: ['围绕地区生产总值增长6%左右的目标', '确保一般公共预算收入增长5%'],
};

// How running text uses a target before naming it.
const USE_OF_TARGET = /^(?:围绕|紧扣|锚定|聚焦|对标|实现|完成|确保|力争实现|努力实现|坚持)+/;

const sameTarget = (c: Candidate, h: Candidate) =>
  c.kind === 'target' && h.kind === 'target' && c.value === h.value && c.unit === h.unit && c.measure === h.measure && c.period === h.period && c.qualifier === h.qualifier;

/**
 * The main targets as the list and table readers read them (without claiming anything). The lists' reading is
 * the one the list reader kept when it ran; the tables are cheap to read again.
 */
function mainTargets(report: ReportView): Candidate[] {
  const none = new Set<number>();
  return [...indicatorTables.extract(report, none), ...headlineListsUnclaimed(report)].filter((c) => c.kind === 'target' && c.value !== null);
}

export const restatedTargets: Extractor = {
  name: 'restated-target',
  // After the lists and tables have claimed their own numbers, before running prose reads the rest.
  order: 35,
  extract(report, claimed) {
    const targets = mainTargets(report);
    if (targets.length === 0) return [];
    const out: Candidate[] = [];
    let doneUntil = -1;
    for (const q of report.quantities) {
      if (q.start < doneUntil || claimed.has(q.start) || !targets.some((t) => t.value === q.value && t.unit === q.unit)) continue;
      const s = sentenceAround(report.text, q.start);
      doneUntil = s.end;
      const ctx = report.contexts[report.lineAt(s.start)]!;
      const facts = readSentence(report, s.start, s.end, claimed, { tier: ctx.headlineSection ? 1 : 2 });
      let renamed = false;
      const named = facts.map((c) => {
        const h = targets.find((t) => sameTarget(c, t) && t.indicator !== c.indicator && canonicalIndicator(c.indicator.replace(USE_OF_TARGET, '')) === t.indicator);
        if (!h) return c;
        renamed = true;
        return { ...c, indicator: h.indicator, rules: [RESTATED_TARGET.id] };
      });
      // A sentence with nothing to mend is left to the prose reader.
      if (renamed) out.push(...named);
    }
    return out;
  },
};
