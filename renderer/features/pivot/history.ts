// The layout history behind 撤销布局: the specs the pivot had before each change the user made (a field moved
// between wells, a filter, the aggregation, totals, sort). Pure, so the rules can be tested without a store:
// a change that leaves the layout as it was is not a step, and only the last few steps are kept — a layout
// history is for "put it back the way it was", not an audit trail.
import type { PivotSpec } from '../../../main/contract/pivots';

export const LAYOUT_HISTORY_LIMIT = 20;

/** A layout as it was: the spec, and the saved view it was opened from (undo across 打开视图 names it again). */
export interface LayoutStep {
  spec: PivotSpec;
  viewName: string | null;
}

export interface LayoutHistory {
  /** Earlier layouts, oldest first; the last one is what 撤销布局 restores. */
  past: LayoutStep[];
}

export const emptyHistory: LayoutHistory = { past: [] };

/** The same layout, whatever order the filter keys were set in. */
export function sameLayout(a: PivotSpec, b: PivotSpec): boolean {
  return canonicalText(a) === canonicalText(b);
}

function canonicalText(spec: PivotSpec): string {
  const filters = Object.fromEntries(Object.entries(spec.filters).sort(([x], [y]) => x.localeCompare(y)));
  return JSON.stringify({ ...spec, filters });
}

/** The history after the layout `before` was changed to `after` (no step when nothing changed). */
export function rememberLayout(history: LayoutHistory, before: LayoutStep | null, after: PivotSpec): LayoutHistory {
  if (!before || sameLayout(before.spec, after)) return history;
  const past = [...history.past, before];
  return { past: past.slice(Math.max(0, past.length - LAYOUT_HISTORY_LIMIT)) };
}

/** The layout to go back to and the history left, or null when there is nothing to undo. */
export function undoLayout(history: LayoutHistory): { step: LayoutStep; history: LayoutHistory } | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  return { step, history: { past: history.past.slice(0, -1) } };
}
