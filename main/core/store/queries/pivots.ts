// Saved pivot views (the pivots table): name, spec as JSON text, when it was saved. The spec is checked by
// core/pivot/saved.ts, which knows what a spec is; here a row is only checked to hold texts.
import type { Workspace } from '../workspace';
import { read, type Row } from './decode';

export interface SavedPivotRow {
  name: string;
  spec: string;
  updatedAt: string;
}

function rowOf(row: Row): SavedPivotRow {
  const r = read('pivots', row);
  return { name: r.text('name'), spec: r.text('spec'), updatedAt: r.text('updated_at') };
}

/** Every saved view's row, by name; a row that is not three texts is skipped here and named by savedPivotRow. */
export function savedPivotRows(ws: Workspace): SavedPivotRow[] {
  const out: SavedPivotRow[] = [];
  for (const row of ws.all('SELECT name, spec, updated_at FROM pivots ORDER BY name')) {
    try {
      out.push(rowOf(row));
    } catch {
      // A broken saved view must not hide the others.
    }
  }
  return out;
}

export function savedPivotRow(ws: Workspace, name: string): SavedPivotRow | null {
  const row = ws.one('SELECT name, spec, updated_at FROM pivots WHERE name = ?', [name]);
  return row ? rowOf(row) : null;
}

export function upsertPivot(ws: Workspace, name: string, specJson: string, updatedAt: string): void {
  ws.run('INSERT INTO pivots(name, spec, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET spec = excluded.spec, updated_at = excluded.updated_at', [name, specJson, updatedAt]);
}

/** Deletes a saved view; false when there was none by that name. */
export function deletePivotRow(ws: Workspace, name: string): boolean {
  if (!ws.one('SELECT 1 AS x FROM pivots WHERE name = ?', [name])) return false;
  ws.run('DELETE FROM pivots WHERE name = ?', [name]);
  return true;
}
