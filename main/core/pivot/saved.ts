// Saved pivot views live in the workspace's `pivots` table (name -> spec JSON), so they travel with the file.
// A new workspace still offers the default view ("indicators down, periods across, targets beside actuals")
// without writing it: the default is built in, and saving under its name overrides it.
import { PlanscopeError } from '../errors';
import { worded } from '../messages';
import type { Workspace } from '../store/workspace';
import { deletePivotRow, savedPivotRow, savedPivotRows, upsertPivot } from '../store/queries/pivots';
import { parsePivotSpec } from './index';
import { DEFAULT_PIVOT_NAME, defaultPivotSpec, type PivotSpec } from './spec';

export interface SavedPivot {
  name: string;
  spec: PivotSpec;
  /** null for the built-in default that was never saved. */
  updatedAt: string | null;
  builtIn: boolean;
}

export const MAX_PIVOT_NAME = 120;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw PlanscopeError.says('bad-input', 'pivot.needs-name');
  if (trimmed.length > MAX_PIVOT_NAME) throw PlanscopeError.says('bad-input', 'pivot.name-too-long', { max: MAX_PIVOT_NAME, length: trimmed.length });
  return trimmed;
}

function fromRow(name: string, specText: string, updatedAt: string): SavedPivot {
  let json: unknown;
  try {
    json = JSON.parse(specText);
  } catch {
    throw PlanscopeError.says('bad-input', 'pivot.saved-unreadable', { name });
  }
  return { name, spec: parsePivotSpec(json, worded(`已保存的透视表“${name}”`, `saved pivot "${name}"`)), updatedAt, builtIn: false };
}

const builtIn = (): SavedPivot => ({ name: DEFAULT_PIVOT_NAME, spec: defaultPivotSpec, updatedAt: null, builtIn: true });

/** Saved views by name, with the built-in default first unless a saved view replaced it. */
export function listPivots(ws: Workspace): SavedPivot[] {
  const saved: SavedPivot[] = [];
  for (const r of savedPivotRows(ws)) {
    try {
      saved.push(fromRow(r.name, r.spec, r.updatedAt));
    } catch {
      // A broken saved view must not hide the others; getPivot reports what is wrong with it.
    }
  }
  return saved.some((p) => p.name === DEFAULT_PIVOT_NAME) ? saved : [builtIn(), ...saved];
}

export function getPivot(ws: Workspace, name: string): SavedPivot {
  const r = savedPivotRow(ws, name);
  if (r) return fromRow(r.name, r.spec, r.updatedAt);
  if (name === DEFAULT_PIVOT_NAME) return builtIn();
  throw PlanscopeError.says('not-found', 'pivot.no-such', { name });
}

/** Saves (or replaces) a view; the spec is validated first, so nothing half-valid is written. */
export function savePivot(ws: Workspace, name: string, spec: unknown, now: string): SavedPivot {
  const n = checkName(name);
  const parsed = parsePivotSpec(spec);
  upsertPivot(ws, n, JSON.stringify(parsed), now);
  return { name: n, spec: parsed, updatedAt: now, builtIn: false };
}

/** Deletes a saved view; deleting a saved override of the default brings the built-in default back. */
export function deletePivot(ws: Workspace, name: string): void {
  if (!deletePivotRow(ws, name)) {
    if (name === DEFAULT_PIVOT_NAME) throw PlanscopeError.says('bad-input', 'pivot.default-kept');
    throw PlanscopeError.says('not-found', 'pivot.no-such', { name });
  }
}
