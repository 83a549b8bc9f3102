// Connection-level statements (savepoints, change counts, compaction) and the workspace's meta keys.
import type { Workspace } from '../workspace';
import { read } from './decode';

export interface Savepoint {
  release(): void;
  rollback(): void;
}

/**
 * A named savepoint that may span awaits (Workspace.transaction is synchronous). `name` is one of the fixed
 * names below, never text from a caller.
 */
export function openSavepoint(ws: Workspace, name: 'reports_import'): Savepoint {
  ws.run(`SAVEPOINT ${name}`);
  return {
    release: () => ws.run(`RELEASE ${name}`),
    rollback: () => {
      ws.run(`ROLLBACK TO ${name}`);
      ws.run(`RELEASE ${name}`);
    },
  };
}

/** Rows changed on this connection so far (SQLite's total_changes; it only grows, and export() resets it). */
export function totalChanges(ws: Workspace): number | null {
  const row = ws.one('SELECT total_changes() AS n');
  return row ? read('total_changes()', row).num('n') : null;
}

/** The database's size in bytes as its pages count it. */
export function databaseSize(ws: Workspace): number {
  const row = ws.one('SELECT page_count * page_size AS size FROM pragma_page_count(), pragma_page_size()');
  return row ? read('pragma_page_count()', row).num('size') : 0;
}

/** Drops freed pages (deleted reports, rejected facts) so they do not travel in the file. */
export function vacuum(ws: Workspace): void {
  ws.db.exec('VACUUM');
}

/** The workspace's own name and its author as the user set them; an empty value removes the key. */
export type IdentityKey = 'name' | 'author';
export function setOrClearMeta(ws: Workspace, key: IdentityKey, value: string | null | undefined): void {
  if (value) ws.setMeta(key, value);
  else ws.run('DELETE FROM meta WHERE key = ?', [key]);
}

export function documentAndFactCounts(ws: Workspace): { documents: number; facts: number } {
  const row = ws.one('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM facts) AS f');
  const r = read('documents, facts', row ?? {});
  return { documents: r.numOrNull('d') ?? 0, facts: r.numOrNull('f') ?? 0 };
}
