// The audit table's statements. Each user action is one row holding the affected facts before and after; its
// `undone` column is one of three states, named here instead of written as 0/1/2 where they are used.
import type { Workspace } from '../workspace';
import { damagedRow, HOLDS, read, type Row } from './decode';

/** The action is in effect (the newest one is what undo takes back). */
export const AUDIT_IN_EFFECT = 0;
/** Undone, and can be redone. */
export const AUDIT_UNDONE = 1;
/**
 * Out of the undo stack, kept as history: an undone action dropped by a later one (the usual editor rule, a new
 * change after undo drops the redo stack), or an action that is never undone from the review (reports.import).
 */
export const AUDIT_SUPERSEDED = 2;
export type AuditState = typeof AUDIT_IN_EFFECT | typeof AUDIT_UNDONE | typeof AUDIT_SUPERSEDED;
const AUDIT_STATES: readonly AuditState[] = [AUDIT_IN_EFFECT, AUDIT_UNDONE, AUDIT_SUPERSEDED];

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  factId: number | null;
  /** JSON as written; its shape depends on the action and is checked by the code that replays it. */
  before: string | null;
  after: string | null;
  undone: AuditState;
}

export function auditRowOf(row: Row): AuditRow {
  const r = read('audit', row);
  const undone = r.num('undone');
  if (!(AUDIT_STATES as readonly number[]).includes(undone)) throw damagedRow('audit', row, 'undone', HOLDS.oneOf(AUDIT_STATES));
  return {
    id: r.num('id'), at: r.text('at'), action: r.text('action'), factId: r.numOrNull('fact_id'),
    before: r.textOrNull('before'), after: r.textOrNull('after'), undone: undone as AuditState,
  };
}

export interface NewAuditAction {
  at: string;
  action: string;
  factId: number | null;
  before: string | null;
  after: string | null;
}

/** Records a new action in effect; the undone ones before it can no longer be redone. */
export function recordUndoableAction(ws: Workspace, a: NewAuditAction): void {
  ws.run('UPDATE audit SET undone = ? WHERE undone = ?', [AUDIT_SUPERSEDED, AUDIT_UNDONE]);
  ws.run('INSERT INTO audit(at, action, fact_id, before, after, undone) VALUES (?, ?, ?, ?, ?, ?)', [a.at, a.action, a.factId, a.before, a.after, AUDIT_IN_EFFECT]);
}

/** Records an action as history only: it never enters the undo stack and leaves the redo stack as it is. */
export function recordHistory(ws: Workspace, a: NewAuditAction): void {
  ws.run('INSERT INTO audit(at, action, fact_id, before, after, undone) VALUES (?, ?, ?, ?, ?, ?)', [a.at, a.action, a.factId, a.before, a.after, AUDIT_SUPERSEDED]);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The newest action in effect among `actions` (what undo takes back). */
export function newestInEffect(ws: Workspace, actions: readonly string[]): AuditRow | null {
  const r = ws.one(`SELECT * FROM audit WHERE undone = ? AND action IN (${placeholders(actions.length)}) ORDER BY id DESC LIMIT 1`, [AUDIT_IN_EFFECT, ...actions]);
  return r ? auditRowOf(r) : null;
}

/** The action undone first among `actions` (what redo does again). */
export function oldestUndone(ws: Workspace, actions: readonly string[]): AuditRow | null {
  const r = ws.one(`SELECT * FROM audit WHERE undone = ? AND action IN (${placeholders(actions.length)}) ORDER BY id ASC LIMIT 1`, [AUDIT_UNDONE, ...actions]);
  return r ? auditRowOf(r) : null;
}

export function setAuditState(ws: Workspace, id: number, state: AuditState): void {
  ws.run('UPDATE audit SET undone = ? WHERE id = ?', [state, id]);
}

export function auditRowById(ws: Workspace, id: number): AuditRow | null {
  const r = ws.one('SELECT * FROM audit WHERE id = ?', [id]);
  return r ? auditRowOf(r) : null;
}

/** The newest actions, or the newest that touched one fact (as its single fact or among the facts it lists). */
export function recentAudit(ws: Workspace, factId: number | undefined, limit: number): AuditRow[] {
  const rows = factId === undefined
    ? ws.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])
    : ws.all(`SELECT a.* FROM audit a WHERE a.fact_id = ? OR CASE WHEN json_valid(a.after) AND json_type(a.after) = 'array'
                THEN EXISTS (SELECT 1 FROM json_each(a.after) j WHERE json_extract(j.value, '$.id') = ?) ELSE 0 END
              ORDER BY a.id DESC LIMIT ?`, [factId, factId, limit]);
  return rows.map(auditRowOf);
}

/** Per report: how many of its facts carry an edit ('facts.update') in effect. */
export function editedFactCountsByDocument(ws: Workspace): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of ws.all(`SELECT f.document_id AS document_id, count(DISTINCT f.id) AS n FROM facts f JOIN audit a ON a.fact_id = f.id
                            WHERE a.action = 'facts.update' AND a.undone = ? AND f.document_id IS NOT NULL GROUP BY f.document_id`, [AUDIT_IN_EFFECT])) {
    const r = read('facts', row);
    out.set(r.num('document_id'), r.num('n'));
  }
  return out;
}
