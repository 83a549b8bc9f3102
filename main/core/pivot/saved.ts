// Saved pivot views live in the workspace's `pivots` table (name -> spec JSON), so they travel with the file.
// A new workspace still offers the default view ("indicators down, periods across, targets beside actuals")
// without writing it: the default is built in, and saving under its name overrides it.
import { PlanscopeError } from '../errors';
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
  if (!trimmed) throw new PlanscopeError('bad-input', 'A saved pivot needs a name.');
  if (trimmed.length > MAX_PIVOT_NAME) throw new PlanscopeError('bad-input', `A pivot name can have at most ${MAX_PIVOT_NAME} characters; this one has ${trimmed.length}.`);
  return trimmed;
}

function fromRow(name: string, specText: string, updatedAt: string): SavedPivot {
  let json: unknown;
  try {
    json = JSON.parse(specText);
  } catch {
    throw new PlanscopeError('bad-input', `The saved pivot "${name}" is not readable JSON; save it again or delete it.`);
  }
  return { name, spec: parsePivotSpec(json, `saved pivot "${name}"`), updatedAt, builtIn: false };
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
  throw new PlanscopeError('not-found', `There is no saved pivot named "${name}".`);
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
    if (name === DEFAULT_PIVOT_NAME) throw new PlanscopeError('bad-input', 'The built-in default pivot cannot be deleted.');
    throw new PlanscopeError('not-found', `There is no saved pivot named "${name}".`);
  }
}
