// Deleting a report: the report row, its text and every fact read from it go in one audited action, so the
// review's undo (fact-edits.ts undoOrRedo) brings all of it back exactly: the same ids, statuses, corrections and
// spans. The audit row ('reports.delete') holds the report and its facts as they were (`before`, every column) and
// the ids of the facts that went (`after`, as the other review actions list their facts). One undo stack: the row
// takes its place among the review's edits.
import type { SqlValue } from 'sql.js';
import { PlanscopeError } from '../contract/errors';
import type { DeletedReport } from '../contract/reports';
import { rowToFact, type Workspace } from '../core/store/workspace';
import { editedFactCountsByDocument, recordUndoableAction, type AuditRow } from '../core/store/queries/audit';
import { deleteDocument, documentIdOrHashTaken, documentRowById } from '../core/store/queries/documents';
import { deleteFactsOfDocument, factRowById, factRowsOfDocument, reviewedCountsByDocument } from '../core/store/queries/facts';
import { insertRecordedRow, tableColumns } from '../core/store/queries/recorded-rows';
import type { Fact } from '../core/types';

export const REPORT_DELETE = 'reports.delete';

type Row = Record<string, SqlValue>;

interface DeletedState {
  document: Row;
  facts: Row[];
}

/** How many of a report's facts the user reviewed (accepted or rejected) and corrected (an edit in effect). */
export function reviewCounts(ws: Workspace): Map<number, { reviewed: number; edited: number }> {
  const counts = new Map<number, { reviewed: number; edited: number }>();
  const entry = (id: number) => counts.get(id) ?? counts.set(id, { reviewed: 0, edited: 0 }).get(id)!;
  for (const [id, n] of reviewedCountsByDocument(ws)) entry(id).reviewed = n;
  for (const [id, n] of editedFactCountsByDocument(ws)) entry(id).edited = n;
  return counts;
}

function summary(ws: Workspace, document: Row, facts: readonly Row[]): DeletedReport {
  const id = Number(document.id);
  const counts = reviewCounts(ws).get(id) ?? { reviewed: 0, edited: 0 };
  return { documentId: id, title: String(document.title), fileName: String(document.file_name), factCount: facts.length, reviewedCount: counts.reviewed, editedCount: counts.edited };
}

function drop(ws: Workspace, documentId: number): void {
  deleteFactsOfDocument(ws, documentId);
  deleteDocument(ws, documentId);
}

/** Deletes report `documentId` and its facts, recorded as one undoable action. */
export function deleteReport(ws: Workspace, documentId: number, at: string): DeletedReport {
  return ws.transaction(() => {
    const document = documentRowById(ws, documentId);
    if (!document) throw PlanscopeError.says('not-found', 'report.not-found', { id: documentId }, { documentId });
    const facts = factRowsOfDocument(ws, documentId);
    const deleted = summary(ws, document, facts);
    drop(ws, documentId);
    // A new action after an undo drops the redo stack, as every review action does (fact-edits.ts record).
    recordUndoableAction(ws, {
      at, action: REPORT_DELETE, factId: null,
      before: JSON.stringify({ document, facts } satisfies DeletedState), after: JSON.stringify(facts.map((f) => ({ id: Number(f.id), documentId }))),
    });
    return deleted;
  });
}

const isRow = (v: unknown): v is Row =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x === 'string' || typeof x === 'number');

/** The state an audit row recorded, checked: a workspace file from elsewhere may hold any text in `before`. */
function recordedState(ws: Workspace, before: SqlValue, auditId: number): DeletedState {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(String(before));
  } catch {
    // refused below
  }
  const state = parsed as Partial<DeletedState> | null;
  const docColumns = tableColumns(ws, 'documents');
  const factColumns = tableColumns(ws, 'facts');
  const fits = (row: Row, columns: Set<string>) => Object.keys(row).every((k) => columns.has(k)) && typeof row.id === 'number';
  const ok = state && isRow(state.document) && fits(state.document, docColumns) && Array.isArray(state.facts)
    && state.facts.every((f) => isRow(f) && fits(f, factColumns) && f.document_id === state.document!.id);
  if (!ok) throw PlanscopeError.says('conflict', 'report.delete-record-damaged', { audit: auditId });
  return state as DeletedState;
}

const sameRow = (a: Row | undefined, b: Row) => a !== undefined && Object.keys(b).every((k) => a[k] === b[k]);

function restore(ws: Workspace, state: DeletedState): Fact[] {
  const { document, facts } = state;
  const title = String(document.title);
  if (documentIdOrHashTaken(ws, Number(document.id), document.hash == null ? null : String(document.hash))) {
    throw PlanscopeError.says('conflict', 'report.undo-delete-taken', { title });
  }
  const taken = facts.find((f) => factRowById(ws, Number(f.id)) !== undefined);
  if (taken) throw PlanscopeError.says('conflict', 'report.undo-delete-fact-taken', { title, id: Number(taken.id) });
  insertRecordedRow(ws, 'documents', document);
  for (const f of facts) insertRecordedRow(ws, 'facts', f);
  return facts.map((f) => rowToFact(factRowById(ws, Number(f.id))!));
}

function deleteAgain(ws: Workspace, state: DeletedState): void {
  const id = Number(state.document.id);
  const title = String(state.document.title);
  const now = factRowsOfDocument(ws, id);
  const unchanged = sameRow(documentRowById(ws, id), state.document)
    && now.length === state.facts.length && state.facts.every((f, i) => sameRow(now[i], f));
  // Something else (a merge, an import) changed the report since the undo: deleting now would lose that change.
  if (!unchanged) throw PlanscopeError.says('conflict', 'report.redo-delete-changed', { title });
  drop(ws, id);
}

/** Undoes (restores) or redoes (deletes again) a 'reports.delete' audit row; the facts as they are now. */
export function replayReportDelete(ws: Workspace, row: AuditRow, direction: 'undo' | 'redo'): Fact[] {
  const state = recordedState(ws, row.before, row.id);
  if (direction === 'undo') return restore(ws, state);
  deleteAgain(ws, state);
  return [];
}
