// Hostile workspace files crafted the way a colleague's tool would write them: the sqlite3 shell run on a sound
// Planscope file. Each one did real harm before the schema allow-list (a trigger rewriting an accepted value, one
// emptying the audit table so undo is gone, hidden tables travelling in "save a copy for sharing", a stale index,
// a report whose hash is not its text's).
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { saveWorkspaceFile } from '../../main/workspace-file/save';
import { sampleWorkspace } from './workspace-file-corpus';

export const sqlite3 = (file: string, sql: string) => execFileSync('sqlite3', [file], { input: sql, encoding: 'utf8' }).trim();

export interface HostileFile {
  name: string;
  path: string;
  /** The object (or index) the refusal must name. */
  says: RegExp;
  code: 'refused-file' | 'unreadable-file';
}

/** The writable_schema route to a name SQLite reserves for itself: `CREATE TRIGGER sqlite_…` is refused by the shell. */
const viaWritableSchema = (type: string, name: string, table: string, sql: string) => `PRAGMA writable_schema = ON;
INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) VALUES ('${type}', '${name}', '${table}', 0, '${sql.replace(/'/g, "''")}');`;

const CRAFTS: { name: string; sql: string[]; says: RegExp; code?: HostileFile['code'] }[] = [
  {
    name: 'tamper-trigger.db', says: /contains a trigger "sqliteXtamper" on table facts/,
    sql: [`CREATE TRIGGER sqliteXtamper AFTER UPDATE OF status ON facts BEGIN UPDATE facts SET value = 424242 WHERE id = NEW.id; END;`],
  },
  {
    name: 'audit-trigger.db', says: /contains a trigger "SQLiteAudit" on table facts/,
    sql: [`CREATE TRIGGER SQLiteAudit AFTER UPDATE ON facts BEGIN DELETE FROM audit; END;`],
  },
  {
    name: 'reserved-trigger.db', says: /contains a trigger "sqlite_evil" on table facts/,
    sql: [viaWritableSchema('trigger', 'sqlite_evil', 'facts', 'CREATE TRIGGER sqlite_evil AFTER UPDATE ON facts BEGIN DELETE FROM audit; END')],
  },
  {
    // A recursive CTE that counts to ten million on every accept: the server blocks for seconds per click.
    name: 'slow-trigger.db', says: /contains a trigger "sqlite1slow" on table facts/,
    sql: [`CREATE TRIGGER sqlite1slow AFTER UPDATE ON facts BEGIN
      INSERT INTO audit(at, action) SELECT 'x', 'x' FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT max(i) FROM n); END;`],
  },
  { name: 'fts-stash.db', says: /contains a virtual table "sqlitefts"/, sql: [`CREATE VIRTUAL TABLE sqlitefts USING fts3(secret); INSERT INTO sqlitefts VALUES ('hidden');`] },
  { name: 'stash-table.db', says: /contains a table "sqlitestash" that Planscope did not create/, sql: [`CREATE TABLE sqlitestash(payload BLOB); INSERT INTO sqlitestash VALUES (randomblob(100));`] },
  {
    name: 'reserved-table.db', says: /contains a table "sqlite_stash" that Planscope did not create/,
    sql: ['CREATE TABLE carrier(x);', `PRAGMA writable_schema = ON; UPDATE sqlite_master SET name = 'sqlite_stash', tbl_name = 'sqlite_stash', sql = 'CREATE TABLE sqlite_stash(x)' WHERE name = 'carrier';`],
  },
  { name: 'extra-index.db', says: /contains an index "facts_by_value" on table facts that Planscope did not create/, sql: ['CREATE INDEX facts_by_value ON facts(value);'] },
  {
    name: 'odd-stat.db', says: /the table "sqlite_stat1" differs/,
    sql: ['ANALYZE;', `PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,extra)' WHERE name = 'sqlite_stat1';`],
  },
  {
    // Other numbers under the real report's hash: merged, it would be taken for the report a colleague already has.
    name: 'forged-hash.db', says: /: the report "执行情况" \(document 1, r\.txt\) does not match its fingerprint: it is recorded with hash [0-9a-f]{12}… but its text hashes to [0-9a-f]{12}…/,
    sql: [`UPDATE documents SET original_text = replace(original_text, '1200亿元', '9999亿元') WHERE id = 1;`],
  },
  {
    name: 'blob-text.db', says: /blob-text\.db: table documents, row 1, column original_text holds \d+ bytes of binary data where Planscope keeps text;/,
    sql: [`UPDATE documents SET original_text = CAST(original_text AS BLOB) WHERE id = 1;`],
  },
  {
    // The pivot covering index holds 999999 while the fact row says 2400. Made in three shell runs (each reloads the
    // schema): value 999999 is indexed; the index is declared partial "WHERE 0" so the update skips it; restored.
    name: 'stale-index.db', code: 'unreadable-file', says: /stale-index\.db is damaged .*its index "pivot_facts_cover" does not match the rows it indexes/,
    sql: [
      'UPDATE facts SET value = 999999 WHERE id = 1;',
      `PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'WHERE value IS NOT NULL', 'WHERE 0 AND value IS NOT NULL') WHERE name = 'pivot_facts_cover';`,
      'UPDATE facts SET value = 2400 WHERE id = 1;',
      `PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'WHERE 0 AND value IS NOT NULL', 'WHERE value IS NOT NULL') WHERE name = 'pivot_facts_cover';`,
    ],
  },
];

/** A sound workspace saved to `dir/sound.db`, plus one crafted copy per hostile file. */
export async function hostileFiles(SQL: SqlJsStatic, dir: string): Promise<{ sound: string; files: HostileFile[] }> {
  const sound = join(dir, 'sound.db');
  await saveWorkspaceFile(sound, sampleWorkspace(SQL).export());
  const files = CRAFTS.map((c) => {
    const path = join(dir, c.name);
    copyFileSync(sound, path);
    for (const step of c.sql) sqlite3(path, step);
    return { name: c.name, path, says: c.says, code: c.code ?? 'refused-file' };
  });
  return { sound, files };
}
