// Scorecard service: the workspace's targets judged against outcomes, and the source sentences behind them.
import type { FactSource, ScorecardChoices, scoresMethods } from '../contract/scores';
import { PlanscopeError } from '../contract/errors';
import { buildScorecard } from '../core/score/scorecard';
import { buildPlanCheck } from '../core/score/plan-targets';
import { sentenceAround } from '../core/score/sources';
import { readableSource, shownIndex, type ReadableSource } from '../core/normalize/readable-source';
import { comparePeriods } from '../core/types';
import { documentExists, documentTitle } from '../core/store/queries/documents';
import { targetPeriods } from '../core/store/queries/facts';
import { reportChoices } from './report-labels';
import type { HandlersFor } from './context';

export const scoresHandlers: HandlersFor<typeof scoresMethods> = {
  'scores.scorecard': ({ documentId, asOfReport, period, tolerance }, ctx) => {
    const ws = ctx.session.current();
    for (const id of [documentId, asOfReport]) {
      if (id !== undefined && id !== null && !documentExists(ws, id)) throw PlanscopeError.says('not-found', 'report.not-found', { id });
    }
    // Choosing a report scores what that report knew, so its briefing reads the same after later reports arrive.
    const asOf = asOfReport === undefined ? documentId : asOfReport ?? undefined;
    return buildScorecard(ws, { documentId, asOfReport: asOf, period, tolerance });
  },
  'scores.choices': (_args, ctx): ScorecardChoices => {
    const ws = ctx.session.current();
    const documents = reportChoices(ws);
    const periods = targetPeriods(ws).sort(comparePeriods);
    return { documents, periods };
  },
  'scores.planCheck': (_args, ctx) => buildPlanCheck(ctx.session.current()),
  'scores.sources': ({ factIds }, ctx): FactSource[] => {
    const ws = ctx.session.current();
    // A scorecard row asks for a target and its outcome, often from one report: read each report's text once.
    const reports = new Map<number, { title: string | null; readable: ReadableSource | null }>();
    const reportOf = (documentId: number) => {
      let r = reports.get(documentId);
      if (!r) {
        const title = documentTitle(ws, documentId);
        const stored = ws.documentText(documentId);
        // A web page's quote is read from its words, not its markup (spans are carried across, readable-source.ts).
        r = { title, readable: stored === null ? null : readableSource(stored) };
        reports.set(documentId, r);
      }
      return r;
    };
    return factIds.map((id) => {
      const fact = ws.getFact(id);
      if (!fact) throw PlanscopeError.says('not-found', 'fact.not-found', { id });
      const { title: documentTitle, readable } = fact.documentId === null ? { title: null, readable: null } : reportOf(fact.documentId);
      if (readable === null || fact.start === null || fact.end === null) {
        return { fact, documentTitle, sentence: fact.quote, markStart: null, markEnd: null };
      }
      const shown = (i: number) => (readable.runs ? shownIndex(readable.runs, i) : i);
      const s = sentenceAround(readable.text, shown(fact.start), shown(fact.end));
      return { fact, documentTitle, sentence: s.sentence, markStart: s.markStart, markEnd: s.markEnd };
    });
  },
};
