// What recovering a journal would bring back, in the economist's terms: facts added, changed and removed, and
// reports added and removed, against the workspace file as last saved. The recovery banner says this instead of
// "unsaved changes", so she can decide whether the crashed session's work is worth restoring.
import type { Workspace } from './workspace';

export interface UnsavedChanges {
  factsAdded: number;
  factsChanged: number;
  factsRemoved: number;
  reportsAdded: number;
  reportsRemoved: number;
}

/** Every row of a table by its key, as one comparable string per row (all columns, whatever the schema version). */
function rowsByKey(ws: Workspace, sql: string): Map<string, string> {
  const rows = new Map<string, string>();
  const stmt = ws.db.prepare(sql);
  try {
    while (stmt.step()) {
      const values = stmt.get();
      rows.set(String(values[0]), JSON.stringify(values));
    }
  } finally {
    stmt.free();
  }
  return rows;
}

function compare(saved: Map<string, string>, journal: Map<string, string>): { added: number; changed: number; removed: number } {
  let added = 0;
  let changed = 0;
  for (const [key, row] of journal) {
    const before = saved.get(key);
    if (before === undefined) added++;
    else if (before !== row) changed++;
  }
  let removed = 0;
  for (const key of saved.keys()) if (!journal.has(key)) removed++;
  return { added, changed, removed };
}

/** `saved` is null when the workspace file no longer exists: then everything in the journal is new. */
export function unsavedChanges(saved: Workspace | null, journal: Workspace): UnsavedChanges {
  const none = new Map<string, string>();
  // Facts are compared on every column, keyed by id and creation time: SQLite gives a deleted fact's id to the next
  // one inserted, which is a removal and an addition, not a change. Reports by their content hash.
  const factSql = "SELECT id || '|' || created_at, * FROM facts";
  const facts = compare(saved ? rowsByKey(saved, factSql) : none, rowsByKey(journal, factSql));
  const reportSql = 'SELECT hash FROM documents';
  const reports = compare(saved ? rowsByKey(saved, reportSql) : none, rowsByKey(journal, reportSql));
  return { factsAdded: facts.added, factsChanged: facts.changed, factsRemoved: facts.removed, reportsAdded: reports.added, reportsRemoved: reports.removed };
}
