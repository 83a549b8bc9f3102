// Review edits with an audit trail: each user action (one edit, or accepting/rejecting a selection) is one row
// in `audit` holding the affected facts before and after, so it can be undone and redone as a unit.
// audit.undone: 0 = in effect, 1 = undone (can be redone), 2 = undone and superseded by a later action (the
// usual editor rule: a new change after undo drops the redo stack, but the row stays as history).
import { PlanscopeError } from '../contract/errors';
import type { AuditEntry, FactChanges } from '../contract/facts';
import { rowToFact, type Workspace } from '../core/store/workspace';
import type { Fact, ReviewStatus } from '../core/types';
import { REPORT_DELETE, replayReportDelete } from './report-delete';

/** Deleting a report is undone on the same stack as the review's edits (report-delete.ts). */
export const UNDOABLE_ACTIONS = ['facts.update', 'facts.accept', 'facts.reject', REPORT_DELETE] as const;
type UndoableAction = Exclude<(typeof UNDOABLE_ACTIONS)[number], typeof REPORT_DELETE>;

/** The columns a review action may change, and how they are compared to detect a conflicting later change. */
const EDITABLE = ['indicator', 'value', 'low', 'high', 'unit', 'qualifier', 'period', 'kind', 'status'] as const;
type Snapshot = Pick<Fact, 'id' | (typeof EDITABLE)[number]>;

const COLUMN: Record<(typeof EDITABLE)[number], string> = {
  indicator: 'indicator', value: 'value', low: 'low', high: 'high', unit: 'unit', qualifier: 'qualifier', period: 'period', kind: 'kind', status: 'status',
};

function snapshot(f: Fact): Snapshot {
  return { id: f.id, indicator: f.indicator, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier, period: f.period, kind: f.kind, status: f.status };
}

function sameState(a: Snapshot, b: Snapshot): boolean {
  return EDITABLE.every((k) => a[k] === b[k]);
}

// Accepting a selection touches thousands of facts: each statement below is prepared once per action, not per fact.
function factsOrThrow(ws: Workspace, ids: readonly number[]): Fact[] {
  const stmt = ws.db.prepare('SELECT * FROM facts WHERE id = ?');
  try {
    return ids.map((id) => {
      const row = stmt.getAsObject([id]);
      stmt.reset();
      if (row.id === undefined) throw PlanscopeError.says('not-found', 'fact.not-found', { id });
      return rowToFact(row);
    });
  } finally {
    stmt.free();
  }
}

const UPDATE_SQL = `UPDATE facts SET ${EDITABLE.map((k) => `${COLUMN[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

function write(ws: Workspace, snaps: readonly Snapshot[], at: string): void {
  if (!snaps.length) return;
  const stmt = ws.db.prepare(UPDATE_SQL);
  try {
    for (const s of snaps) stmt.run([...EDITABLE.map((k) => s[k]), at, s.id]);
  } finally {
    stmt.free();
  }
}

/** A value the economist typed must still make a coherent statement (a range has both ends, low ≤ high). */
function checkCoherent(s: Snapshot): void {
  if (s.qualifier === 'range') {
    if (s.low === null || s.high === null) throw PlanscopeError.says('bad-input', 'fact.range-needs-both', { id: s.id });
    if (s.low > s.high) throw PlanscopeError.says('bad-input', 'fact.range-reversed', { id: s.id, low: s.low, high: s.high });
  }
}

function record(ws: Workspace, action: UndoableAction, before: Snapshot[], after: Snapshot[], at: string): void {
  ws.run('UPDATE audit SET undone = 2 WHERE undone = 1');
  ws.run('INSERT INTO audit(at, action, fact_id, before, after, undone) VALUES (?, ?, ?, ?, ?, 0)',
    [at, action, before.length === 1 ? before[0]!.id : null, JSON.stringify(before), JSON.stringify(after)]);
}

export function updateFact(ws: Workspace, id: number, changes: FactChanges, at: string): { fact: Fact; changed: boolean } {
  return ws.transaction(() => {
    const [current] = factsOrThrow(ws, [id]);
    const before = snapshot(current!);
    const after: Snapshot = { ...before };
    for (const [k, v] of Object.entries(changes) as [keyof FactChanges, FactChanges[keyof FactChanges]][]) {
      if (v !== undefined) (after as Record<string, unknown>)[k] = v;
    }
    checkCoherent(after);
    const changed = !sameState(before, after);
    if (changed) {
      write(ws, [after], at);
      record(ws, 'facts.update', [before], [after], at);
    }
    return { fact: ws.getFact(id)!, changed };
  });
}

export function setStatus(ws: Workspace, ids: readonly number[], status: ReviewStatus, at: string): { facts: Fact[]; changed: boolean } {
  return ws.transaction(() => {
    const unique = [...new Set(ids)];
    const before = factsOrThrow(ws, unique).map(snapshot);
    const changed = before.filter((s) => s.status !== status);
    const after = changed.map((s) => ({ ...s, status }));
    write(ws, after, at);
    if (changed.length) record(ws, status === 'rejected' ? 'facts.reject' : 'facts.accept', changed, after, at);
    return { facts: factsOrThrow(ws, unique), changed: changed.length > 0 };
  });
}

function parseJson(text: unknown): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    return null; // rows written by other features may hold free text
  }
}

function toEntry(r: Record<string, unknown>): AuditEntry {
  const snaps = parseJson(r.after ?? r.before ?? '[]');
  const factIds = Array.isArray(snaps) ? snaps.map((s: { id?: unknown; documentId?: unknown }) => Number(s.id ?? s.documentId)) : [];
  return { id: Number(r.id), at: String(r.at), action: String(r.action), factIds, undone: Number(r.undone) !== 0 };
}

const UNDOABLE_SQL = `action IN (${UNDOABLE_ACTIONS.map((a) => `'${a}'`).join(', ')})`;

/** Undo (the newest action in effect) or redo (the most recently undone one); null when there is none. */
export function undoOrRedo(ws: Workspace, direction: 'undo' | 'redo', at: string): { entry: AuditEntry | null; facts: Fact[] } {
  return ws.transaction(() => {
    const row = direction === 'undo'
      ? ws.one(`SELECT * FROM audit WHERE undone = 0 AND ${UNDOABLE_SQL} ORDER BY id DESC LIMIT 1`)
      : ws.one(`SELECT * FROM audit WHERE undone = 1 AND ${UNDOABLE_SQL} ORDER BY id ASC LIMIT 1`);
    if (!row) return { entry: null, facts: [] };
    if (row.action === REPORT_DELETE) {
      const facts = replayReportDelete(ws, row, direction);
      ws.run('UPDATE audit SET undone = ? WHERE id = ?', [direction === 'undo' ? 1 : 0, Number(row.id)]);
      return { entry: toEntry(ws.one('SELECT * FROM audit WHERE id = ?', [Number(row.id)])!), facts };
    }
    const before = JSON.parse(String(row.before)) as Snapshot[];
    const after = JSON.parse(String(row.after)) as Snapshot[];
    const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
    const now = factsOrThrow(ws, expected.map((s) => s.id)).map(snapshot);
    // Something else (a merge, an import) changed these facts since: restoring blindly would lose that change.
    const moved = now.find((s, i) => !sameState(s, expected[i]!));
    if (moved) throw PlanscopeError.says('conflict', 'fact.changed-since', { direction, id: moved.id, when: `${String(row.action)} ${String(row.at)}` });
    write(ws, target, at);
    ws.run('UPDATE audit SET undone = ? WHERE id = ?', [direction === 'undo' ? 1 : 0, Number(row.id)]);
    const entry = toEntry(ws.one('SELECT * FROM audit WHERE id = ?', [Number(row.id)])!);
    return { entry, facts: factsOrThrow(ws, target.map((s) => s.id)) };
  });
}

export function auditHistory(ws: Workspace, factId: number | undefined, limit: number): AuditEntry[] {
  const rows = factId === undefined
    ? ws.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])
    : ws.all(`SELECT a.* FROM audit a WHERE a.fact_id = ? OR CASE WHEN json_valid(a.after) AND json_type(a.after) = 'array'
                THEN EXISTS (SELECT 1 FROM json_each(a.after) j WHERE json_extract(j.value, '$.id') = ?) ELSE 0 END
              ORDER BY a.id DESC LIMIT ?`, [factId, factId, limit]);
  return rows.map(toEntry);
}
