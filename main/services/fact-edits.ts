// Review edits with an audit trail: each user action (one edit, or accepting/rejecting a selection) is one row
// in `audit` holding the affected facts before and after, so it can be undone and redone as a unit. The audit
// states (in effect, undone, superseded) and every statement are in main/core/store/queries.
import { PlanscopeError } from '../contract/errors';
import type { AuditEntry, FactChanges } from '../contract/facts';
import type { Workspace } from '../core/store/workspace';
import {
  AUDIT_IN_EFFECT, AUDIT_UNDONE, auditRowById, newestInEffect, oldestUndone, recentAudit, recordUndoableAction, setAuditState, type AuditRow,
} from '../core/store/queries/audit';
import { factsByIds, REVIEW_COLUMNS, writeReviewStates, type ReviewState } from '../core/store/queries/facts';
import type { Fact, ReviewStatus } from '../core/types';
import { REPORT_DELETE, replayReportDelete } from './report-delete';

/** Deleting a report is undone on the same stack as the review's edits (report-delete.ts). */
export const UNDOABLE_ACTIONS = ['facts.update', 'facts.accept', 'facts.reject', REPORT_DELETE] as const;
type UndoableAction = Exclude<(typeof UNDOABLE_ACTIONS)[number], typeof REPORT_DELETE>;

/** The columns a review action may change, and how they are compared to detect a conflicting later change. */
const EDITABLE = Object.keys(REVIEW_COLUMNS) as (keyof typeof REVIEW_COLUMNS)[];
type Snapshot = ReviewState;

function snapshot(f: Fact): Snapshot {
  return { id: f.id, indicator: f.indicator, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier, period: f.period, kind: f.kind, status: f.status };
}

function sameState(a: Snapshot, b: Snapshot): boolean {
  return EDITABLE.every((k) => a[k] === b[k]);
}

function factsOrThrow(ws: Workspace, ids: readonly number[]): Fact[] {
  return factsByIds(ws, ids).map((f, i) => {
    if (!f) throw PlanscopeError.says('not-found', 'fact.not-found', { id: ids[i]! });
    return f;
  });
}

const write = writeReviewStates;

/** A value the economist typed must still make a coherent statement (a range has both ends, low ≤ high). */
function checkCoherent(s: Snapshot): void {
  if (s.qualifier === 'range') {
    if (s.low === null || s.high === null) throw PlanscopeError.says('bad-input', 'fact.range-needs-both', { id: s.id });
    if (s.low > s.high) throw PlanscopeError.says('bad-input', 'fact.range-reversed', { id: s.id, low: s.low, high: s.high });
  }
}

function record(ws: Workspace, action: UndoableAction, before: Snapshot[], after: Snapshot[], at: string): void {
  recordUndoableAction(ws, { at, action, factId: before.length === 1 ? before[0]!.id : null, before: JSON.stringify(before), after: JSON.stringify(after) });
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

function toEntry(r: AuditRow): AuditEntry {
  const snaps = parseJson(r.after ?? r.before ?? '[]');
  const factIds = Array.isArray(snaps) ? snaps.map((s: { id?: unknown; documentId?: unknown }) => Number(s.id ?? s.documentId)) : [];
  return { id: r.id, at: r.at, action: r.action, factIds, undone: r.undone !== AUDIT_IN_EFFECT };
}

/** Undo (the newest action in effect) or redo (the most recently undone one); null when there is none. */
export function undoOrRedo(ws: Workspace, direction: 'undo' | 'redo', at: string): { entry: AuditEntry | null; facts: Fact[] } {
  return ws.transaction(() => {
    const row = direction === 'undo' ? newestInEffect(ws, UNDOABLE_ACTIONS) : oldestUndone(ws, UNDOABLE_ACTIONS);
    if (!row) return { entry: null, facts: [] };
    const nextState = direction === 'undo' ? AUDIT_UNDONE : AUDIT_IN_EFFECT;
    if (row.action === REPORT_DELETE) {
      const facts = replayReportDelete(ws, row, direction);
      setAuditState(ws, row.id, nextState);
      return { entry: toEntry(auditRowById(ws, row.id)!), facts };
    }
    const before = JSON.parse(String(row.before)) as Snapshot[];
    const after = JSON.parse(String(row.after)) as Snapshot[];
    const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
    const now = factsOrThrow(ws, expected.map((s) => s.id)).map(snapshot);
    // Something else (a merge, an import) changed these facts since: restoring blindly would lose that change.
    const moved = now.find((s, i) => !sameState(s, expected[i]!));
    if (moved) throw PlanscopeError.says('conflict', 'fact.changed-since', { direction, id: moved.id, when: `${row.action} ${row.at}` });
    write(ws, target, at);
    setAuditState(ws, row.id, nextState);
    const entry = toEntry(auditRowById(ws, row.id)!);
    return { entry, facts: factsOrThrow(ws, target.map((s) => s.id)) };
  });
}

export function auditHistory(ws: Workspace, factId: number | undefined, limit: number): AuditEntry[] {
  return recentAudit(ws, factId, limit).map(toEntry);
}
