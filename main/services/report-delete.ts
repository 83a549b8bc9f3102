// Deleting a report: the report row, its text and every fact read from it go in one audited action, so the
// review's undo (fact-edits.ts undoOrRedo) brings all of it back exactly: the same ids, statuses, corrections and
// spans. The audit row ('reports.delete') holds the report and its facts as they were (`before`, every column) and
// the ids of the facts that went (`after`, as the other review actions list their facts). One undo stack: the row
// takes its place among the review's edits.
import type { SqlValue } from 'sql.js';
import { PlanscopeError } from '../contract/errors';
import type { DeletedReport } from '../contract/reports';
import { rowToFact, type Workspace } from '../core/store/workspace';
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
  for (const r of ws.all(`SELECT document_id AS d, count(*) AS n FROM facts WHERE document_id IS NOT NULL AND status <> 'unreviewed' GROUP BY document_id`)) {
    entry(Number(r.d)).reviewed = Number(r.n);
  }
  for (const r of ws.all(`SELECT f.document_id AS d, count(DISTINCT f.id) AS n FROM facts f JOIN audit a ON a.fact_id = f.id
                          WHERE a.action = 'facts.update' AND a.undone = 0 AND f.document_id IS NOT NULL GROUP BY f.document_id`)) {
    entry(Number(r.d)).edited = Number(r.n);
  }
  return counts;
}

function summary(ws: Workspace, document: Row, facts: readonly Row[]): DeletedReport {
  const id = Number(document.id);
  const counts = reviewCounts(ws).get(id) ?? { reviewed: 0, edited: 0 };
  return { documentId: id, title: String(document.title), fileName: String(document.file_name), factCount: facts.length, reviewedCount: counts.reviewed, editedCount: counts.edited };
}

function drop(ws: Workspace, documentId: number): void {
  ws.run('DELETE FROM facts WHERE document_id = ?', [documentId]);
  ws.run('DELETE FROM documents WHERE id = ?', [documentId]);
}

/** Deletes report `documentId` and its facts, recorded as one undoable action. */
export function deleteReport(ws: Workspace, documentId: number, at: string): DeletedReport {
  return ws.transaction(() => {
    const document = ws.one('SELECT * FROM documents WHERE id = ?', [documentId]);
    if (!document) throw new PlanscopeError('not-found', `工作区中没有编号为 ${documentId} 的报告(它可能已被删除,或属于另一个工作区),未删除任何内容。`, { documentId });
    const facts = ws.all('SELECT * FROM facts WHERE document_id = ? ORDER BY id', [documentId]);
    const deleted = summary(ws, document, facts);
    drop(ws, documentId);
    // A new action after an undo drops the redo stack, as every review action does (fact-edits.ts record).
    ws.run('UPDATE audit SET undone = 2 WHERE undone = 1');
    ws.run(`INSERT INTO audit(at, action, fact_id, before, after, undone) VALUES (?, ?, NULL, ?, ?, 0)`,
      [at, REPORT_DELETE, JSON.stringify({ document, facts } satisfies DeletedState), JSON.stringify(facts.map((f) => ({ id: Number(f.id), documentId })))]);
    return deleted;
  });
}

function columnsOf(ws: Workspace, table: 'documents' | 'facts'): Set<string> {
  return new Set(ws.all(`SELECT name FROM pragma_table_info('${table}')`).map((r) => String(r.name)));
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
  const docColumns = columnsOf(ws, 'documents');
  const factColumns = columnsOf(ws, 'facts');
  const fits = (row: Row, columns: Set<string>) => Object.keys(row).every((k) => columns.has(k)) && typeof row.id === 'number';
  const ok = state && isRow(state.document) && fits(state.document, docColumns) && Array.isArray(state.facts)
    && state.facts.every((f) => isRow(f) && fits(f, factColumns) && f.document_id === state.document!.id);
  if (!ok) throw new PlanscopeError('conflict', `无法撤销或重做删除报告(操作记录 ${auditId}):记录中的报告内容不完整或已损坏,工作区未作改动。`);
  return state as DeletedState;
}

function insert(ws: Workspace, table: 'documents' | 'facts', row: Row): void {
  const columns = Object.keys(row);
  ws.run(`INSERT INTO ${table}(${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c]!));
}

const sameRow = (a: Row | undefined, b: Row) => a !== undefined && Object.keys(b).every((k) => a[k] === b[k]);

function restore(ws: Workspace, state: DeletedState): Fact[] {
  const { document, facts } = state;
  const title = String(document.title);
  if (ws.one('SELECT id FROM documents WHERE id = ? OR hash = ?', [document.id!, document.hash ?? null])) {
    throw new PlanscopeError('conflict', `无法撤销删除报告“${title}”:之后又导入了同一份报告,或它的编号已被另一份报告使用。请先删除那份报告。`);
  }
  const taken = facts.find((f) => ws.one('SELECT id FROM facts WHERE id = ?', [f.id!]));
  if (taken) throw new PlanscopeError('conflict', `无法撤销删除报告“${title}”:它的数据编号 ${String(taken.id)} 已被之后导入的数据使用。`);
  insert(ws, 'documents', document);
  for (const f of facts) insert(ws, 'facts', f);
  return facts.map((f) => rowToFact(ws.one('SELECT * FROM facts WHERE id = ?', [f.id!])!));
}

function deleteAgain(ws: Workspace, state: DeletedState): void {
  const id = Number(state.document.id);
  const title = String(state.document.title);
  const now = ws.all('SELECT * FROM facts WHERE document_id = ? ORDER BY id', [id]);
  const unchanged = sameRow(ws.one('SELECT * FROM documents WHERE id = ?', [id]), state.document)
    && now.length === state.facts.length && state.facts.every((f, i) => sameRow(now[i], f));
  // Something else (a merge, an import) changed the report since the undo: deleting now would lose that change.
  if (!unchanged) throw new PlanscopeError('conflict', `无法重做删除报告“${title}”:撤销后这份报告或它的数据又有了改动。`);
  drop(ws, id);
}

/** Undoes (restores) or redoes (deletes again) a 'reports.delete' audit row; the facts as they are now. */
export function replayReportDelete(ws: Workspace, row: Row, direction: 'undo' | 'redo'): Fact[] {
  const state = recordedState(ws, row.before ?? null, Number(row.id));
  if (direction === 'undo') return restore(ws, state);
  deleteAgain(ws, state);
  return [];
}
