// Facts review: list with filters, the values the filters offer, corrections, accept/reject, undo/redo, history.
import type { factsMethods, FactFilterOptions } from '../contract/facts';
import { comparePeriods } from '../core/types';
import { reportChoices } from './report-labels';
import { type HandlersFor, type ServiceContext, workspaceChanged } from './context';
import { withEdits } from '../core/store/edited';
import { factFilterValues } from '../core/store/queries/facts';
import { auditHistory, setStatus, undoOrRedo, updateFact } from './fact-edits';
import { explainSpan } from '../core/extract/explain';
import { PlanscopeError } from '../core/errors';

/** An undo or redo of a deleted report (report-delete.ts) changes the reports too, and views reload for it. */
function changed(ctx: ServiceContext, reports = false): void {
  if (reports) workspaceChanged(ctx, ['documents', 'facts', 'audit']);
  else workspaceChanged(ctx, ['facts', 'audit'], { fromReview: true });
}

export const factsHandlers: HandlersFor<typeof factsMethods> = {
  'facts.list': ({ filter }, ctx) => {
    const ws = ctx.session.current();
    return withEdits(ws, ws.listFacts(filter ?? {}));
  },
  'facts.filterOptions': (_args, ctx): FactFilterOptions => {
    const ws = ctx.session.current();
    const values = factFilterValues(ws);
    return {
      documents: reportChoices(ws).map(({ id, title }) => ({ id, title })),
      indicators: values.indicators.sort((a, b) => a.localeCompare(b, 'zh-CN')),
      periods: values.periods.sort(comparePeriods),
      regions: values.regions.sort((a, b) => a.localeCompare(b, 'zh-CN')),
      kinds: values.kinds,
      statuses: values.statuses,
    };
  },
  'facts.update': ({ id, changes }, ctx) => {
    const ws = ctx.session.current();
    const r = updateFact(ws, id, changes, ctx.clock());
    if (r.changed) changed(ctx);
    return withEdits(ws, [r.fact])[0]!;
  },
  'facts.accept': ({ ids }, ctx) => {
    const ws = ctx.session.current();
    const r = setStatus(ws, ids, 'accepted', ctx.clock());
    if (r.changed) changed(ctx);
    return withEdits(ws, r.facts);
  },
  'facts.reject': ({ ids }, ctx) => {
    const ws = ctx.session.current();
    const r = setStatus(ws, ids, 'rejected', ctx.clock());
    if (r.changed) changed(ctx);
    return withEdits(ws, r.facts);
  },
  'facts.undo': (_args, ctx) => {
    const ws = ctx.session.current();
    const r = undoOrRedo(ws, 'undo', ctx.clock());
    if (r.entry) changed(ctx, r.entry.action === 'reports.delete');
    return { ...r, facts: withEdits(ws, r.facts) };
  },
  'facts.redo': (_args, ctx) => {
    const ws = ctx.session.current();
    const r = undoOrRedo(ws, 'redo', ctx.clock());
    if (r.entry) changed(ctx, r.entry.action === 'reports.delete');
    return { ...r, facts: withEdits(ws, r.facts) };
  },
  'facts.why': ({ id }, ctx) => {
    const ws = ctx.session.current();
    const fact = ws.getFact(id);
    if (!fact) throw PlanscopeError.says('not-found', 'fact.not-found', { id }, { id });
    const doc = fact.documentId === null ? null : ws.documentSource(fact.documentId);
    if (!doc || fact.start === null || fact.end === null) return { factId: id, source: 'not-in-text', rules: [] };
    const rules = explainSpan(doc.text, doc.fileName, fact.start, fact.end);
    return rules ? { factId: id, source: 'report', rules } : { factId: id, source: 'not-read-now', rules: [] };
  },
  'facts.history': ({ factId, limit }, ctx) => auditHistory(ctx.session.current(), factId, limit ?? 200),
};
