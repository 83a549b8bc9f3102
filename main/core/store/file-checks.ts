// Checks a workspace file must pass before Planscope trusts it. A colleague's file may be damaged, from another
// Planscope version, or crafted; each check says in plain words what is wrong with WHICH file.
// Pure: bytes and an sql.js Database in, a verdict out (no file IO), so the app, the CLI and tests share it.
import type { Database, SqlJsStatic } from 'sql.js';
import type { ErrorCode } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { sha256Hex } from './hash';

export type Refusal = { code: ErrorCode; message: string };

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

/** Byte-level checks on the 100-byte SQLite header: nothing is parsed by SQLite before these pass. */
export function checkHeader(bytes: Uint8Array, name: string): Refusal | null {
  if (bytes.length === 0) return { code: 'unreadable-file', message: `${name} is empty (0 bytes): it is not a workspace.` };
  if (bytes.length < HEADER_SIZE) {
    return { code: 'unreadable-file', message: `${name} is only ${bytes.length} bytes long: too short to be a SQLite workspace (truncated?).` };
  }
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (magic !== SQLITE_MAGIC) {
    return { code: 'unreadable-file', message: `${name} is not a SQLite database: it does not start with the SQLite header ("SQLite format 3").` };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return { code: 'unreadable-file', message: `${name} has a damaged SQLite header (page size ${rawPageSize} is not valid).` };
  }
  if (bytes.length % pageSize !== 0) {
    return { code: 'unreadable-file', message: `${name} is truncated or damaged: its size (${bytes.length} bytes) is not a whole number of ${pageSize}-byte pages.` };
  }
  // The page count in the header is trustworthy only when the "version valid for" field matches the change counter.
  const pageCount = view.getUint32(28);
  if (pageCount > 0 && view.getUint32(92) === view.getUint32(24) && pageCount * pageSize > bytes.length) {
    return {
      code: 'unreadable-file',
      message: `${name} is truncated: its header says ${pageCount} pages (${pageCount * pageSize} bytes) but the file has ${bytes.length} bytes.`,
    };
  }
  return null;
}

/**
 * A file saved in WAL mode (DB Browser can do that) cannot be opened from bytes alone; switching the two header
 * bytes back to rollback-journal mode is exactly what SQLite itself does when it leaves WAL mode. Returns a copy.
 */
export function withoutWalMode(bytes: Uint8Array): Uint8Array {
  if (bytes[18] !== 2 && bytes[19] !== 2) return bytes;
  const copy = bytes.slice();
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}

/** Set before the first SQL touches the file: a crafted schema may not run functions on our behalf. */
export function distrustSchema(db: Database): void {
  db.exec('PRAGMA trusted_schema = OFF');
}

/**
 * Set once the integrity check has passed, for every read that follows: b-tree cells are bounds-checked as they
 * are read, so damage that appears later is an error instead of a wild read. Not during the check itself: it
 * validates every cell on its own, and the extra check costs ~25% there.
 */
export function checkCellsOnRead(db: Database): void {
  db.exec('PRAGMA cell_size_check = ON');
}

/** The index an integrity_check line is about ("row 3 missing from index pivot_facts_cover"), if any. */
const INDEX_IN_LINE = /\bindex (\S+)/;

/**
 * `PRAGMA integrity_check`: the first SQL run against an untrusted file, on every file from outside. quick_check is
 * not enough: it skips whether each index agrees with its table, and a crafted file whose pivot covering index holds
 * other values than the fact rows would pass it and show those values in the pivot.
 */
export function checkIntegrity(db: Database, name: string): Refusal | null {
  const result = db.exec('PRAGMA integrity_check(20)');
  const lines = (result[0]?.values ?? []).map((row) => String(row[0]));
  if (lines.length === 1 && lines[0] === 'ok') return null;
  const index = lines.map((l) => INDEX_IN_LINE.exec(l)?.[1]).find((x) => x !== undefined);
  const why = index ? `: its index "${index}" does not match the rows it indexes, so lists and pivots would show other values than the facts` : '';
  return { code: 'unreadable-file', message: `${name} is damaged (SQLite integrity check: ${lines.slice(0, 3).join('; ') || 'no answer'})${why}.` };
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * Every row of sqlite_master, SQLite's own included: a filter such as `name NOT LIKE 'sqlite_%'` would hide
 * `sqliteXtamper` or `SQLiteAudit` too (LIKE ignores case and `_` matches any character), so nothing is skipped.
 */
function schemaObjects(db: Database): SchemaObject[] {
  // Triggers and views first, indexes last: a refusal names the object that does harm, not an index it brought along.
  const rows = db.exec(`SELECT type, name, tbl_name, sql FROM sqlite_master
    ORDER BY CASE type WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 WHEN 'table' THEN 2 WHEN 'index' THEN 4 ELSE 3 END, name`);
  return (rows[0]?.values ?? []).map(([type, name, tbl, sql]) => ({ type: String(type), name: String(name), tbl_name: String(tbl), sql: sql == null ? null : String(sql) }));
}

const normalizeSql = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

const expectedCache = new Map<number, Map<string, SchemaObject>>();

/**
 * The exact objects Planscope creates at a schema version, by replaying the migrations on an empty database
 * (SQLite's `sqlite_autoindex_<table>_N` for UNIQUE and TEXT PRIMARY KEY columns included, with their names).
 */
export function expectedSchema(SQL: SqlJsStatic, version: number): Map<string, SchemaObject> {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const db = new SQL.Database();
  try {
    for (const m of MIGRATIONS) if (m.version <= version) db.exec(m.sql);
    const map = new Map(schemaObjects(db).map((o) => [o.name, o]));
    expectedCache.set(version, map);
    return map;
  } finally {
    db.close();
  }
}

/**
 * Tables SQLite itself may add to a sound file touched by another tool: `sqlite_stat1` after ANALYZE (the sqlite3
 * shell, DB Browser's "optimize"), `sqlite_sequence` once any AUTOINCREMENT table existed. Allowed only with
 * exactly the SQL SQLite gives them; they hold planner statistics and counters, never facts.
 */
const SQLITE_OWN_TABLES = new Map<string, SchemaObject>([
  ['sqlite_sequence', { type: 'table', name: 'sqlite_sequence', tbl_name: 'sqlite_sequence', sql: 'CREATE TABLE sqlite_sequence(name,seq)' }],
  ['sqlite_stat1', { type: 'table', name: 'sqlite_stat1', tbl_name: 'sqlite_stat1', sql: 'CREATE TABLE sqlite_stat1(tbl,idx,stat)' }],
]);

function count(db: Database, sql: string): number {
  return Number(db.exec(sql)[0]?.values[0]?.[0] ?? 0);
}

/** Reads the schema version of a Planscope file, or refuses a file that is not one. */
export function readVersion(db: Database, name: string): { version: number } | Refusal {
  const hasMeta = count(db, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'`) > 0;
  const hasMigrations = count(db, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name='migrations'`) > 0;
  const app = hasMeta ? db.exec(`SELECT value FROM meta WHERE key='app'`)[0]?.values[0]?.[0] : undefined;
  if (!hasMeta || !hasMigrations || app !== 'planscope') {
    const tables = schemaObjects(db).filter((o) => o.type === 'table').map((o) => o.name);
    const shown = tables.slice(0, 6).join(', ') + (tables.length > 6 ? ', …' : '');
    return {
      code: 'refused-file',
      message: `${name} is a SQLite database but not a Planscope workspace (${tables.length ? `its tables are ${shown}` : 'it has no tables'}).`,
    };
  }
  const version = count(db, 'SELECT max(version) FROM migrations');
  if (version > SCHEMA_VERSION) {
    return {
      code: 'newer-version',
      message: `${name} was saved by a newer Planscope (workspace schema version ${version}); this Planscope reads up to version ${SCHEMA_VERSION}. Update Planscope to a version that reads schema ${version} to open it.`,
    };
  }
  return { version };
}

/** Recorded migrations must be exactly ours: same numbers, same SQL (by hash). */
export function checkMigrationHashes(db: Database, name: string, version: number): Refusal | null {
  const rows = db.exec('SELECT version, sha256 FROM migrations ORDER BY version')[0]?.values ?? [];
  const recorded = new Map(rows.map(([v, h]) => [Number(v), String(h)]));
  for (const m of MIGRATIONS) {
    if (m.version > version) break;
    const h = recorded.get(m.version);
    if (h === undefined) return { code: 'refused-file', message: `${name} skips schema step ${m.version} ("${m.name}"): it was not written by Planscope.` };
    if (h !== sha256Hex(m.sql)) {
      return { code: 'refused-file', message: `${name} records schema step ${m.version} ("${m.name}") with different SQL than Planscope's: it was written by another program or build.` };
    }
    recorded.delete(m.version);
  }
  const extra = [...recorded.keys()];
  if (extra.length) return { code: 'refused-file', message: `${name} records unknown schema steps ${extra.join(', ')}: it was not written by Planscope.` };
  return null;
}

const sameObject = (a: SchemaObject, b: SchemaObject) =>
  a.type === b.type && a.name === b.name && a.tbl_name === b.tbl_name && normalizeSql(a.sql) === normalizeSql(b.sql);

/** Why an object that is not exactly one of Planscope's is refused, naming it as the file stores it. */
function describeForeign(o: SchemaObject, mine: SchemaObject | undefined, name: string, version: number): Refusal {
  const refused = (what: string): Refusal => ({ code: 'refused-file', message: `${name}${what}; the file was changed by another program and is refused.` });
  if (mine) return refused(`: the ${o.type} "${o.name}" differs from the one Planscope creates (schema version ${version})`);
  if (o.type === 'trigger') return refused(` contains a trigger "${o.name}" on table ${o.tbl_name}. Planscope never creates triggers`);
  if (o.type === 'view') return refused(` contains a view "${o.name}". Planscope never creates views`);
  if (o.type === 'table' && /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql ?? '')) return refused(` contains a virtual table "${o.name}" that Planscope did not create`);
  if (o.type === 'table') return refused(` contains a table "${o.name}" that Planscope did not create`);
  if (o.type === 'index') return refused(` contains an index "${o.name}" on table ${o.tbl_name} that Planscope did not create`);
  return refused(` contains a schema entry "${o.name}" of type "${o.type}" that SQLite does not know`);
}

/**
 * An allow-list: every object in the file must be exactly one Planscope creates at its schema version (same name,
 * type, table and SQL), or one of SQLite's own tables above. Triggers, views, virtual tables, extra tables and
 * indexes are refused by name, whatever their case or prefix; so is a missing or duplicated object of ours.
 */
export function checkObjects(SQL: SqlJsStatic, db: Database, name: string, version: number): Refusal | null {
  const expected = expectedSchema(SQL, version);
  const seen = new Set<string>();
  for (const o of schemaObjects(db)) {
    const mine = expected.get(o.name) ?? SQLITE_OWN_TABLES.get(o.name);
    if (!mine || !sameObject(mine, o)) return describeForeign(o, mine, name, version);
    if (seen.has(o.name)) return { code: 'refused-file', message: `${name} lists the ${o.type} "${o.name}" twice in its schema; the file was changed by another program and is refused.` };
    seen.add(o.name);
  }
  for (const [n, o] of expected) {
    if (!seen.has(n)) return { code: 'refused-file', message: `${name} lacks Planscope's ${o.type} "${n}"; it is refused.` };
  }
  return null;
}

/** SHA-256 of a report's text as hex; the app passes node:crypto's, core falls back to its own. */
export type TextHasher = (text: string) => string;

/**
 * Every report's `hash` must be SHA-256 of its own text: the hash is how a report is recognised across workspaces
 * (importing the same report twice, merging a colleague's copy), so a forged hash would let other text take the
 * place of a real report. One report at a time, so a workspace of large reports is not held twice in memory.
 */
export function checkDocumentHashes(db: Database, name: string, hash: TextHasher = sha256Hex, maxChars = Infinity): Refusal | null {
  // Decoding never gives more characters than the file had bytes, so no report Planscope imported can be longer
  // than its report size limit; a longer one came from elsewhere (and would be merged past that limit).
  const long = Number.isFinite(maxChars)
    ? db.exec('SELECT id, title, file_name, length(original_text) FROM documents WHERE length(original_text) > ? ORDER BY id LIMIT 1', [maxChars])[0]?.values[0]
    : undefined;
  if (long) {
    const [id, title, fileName, length] = long;
    return {
      code: 'limit-exceeded',
      message: `${name}: the report "${String(title)}" (document ${String(id)}, ${String(fileName)}) has ${Number(length)} characters; a report Planscope imports has at most ${maxChars} (its size limit). The file is refused.`,
    };
  }
  const stmt = db.prepare('SELECT id, hash, file_name, title, original_text FROM documents ORDER BY id');
  try {
    while (stmt.step()) {
      const [id, recorded, fileName, title, text] = stmt.get();
      const actual = typeof text === 'string' ? hash(text) : null;
      if (actual !== null && actual === recorded) continue;
      const what = actual === null ? 'its text is not text' : `it is recorded with hash ${String(recorded).slice(0, 12)}… but its text hashes to ${actual.slice(0, 12)}…`;
      return {
        code: 'refused-file',
        message: `${name}: the report "${String(title)}" (document ${String(id)}, ${String(fileName)}) does not match its fingerprint: ${what}. A report with a forged fingerprint could take the place of a real one; the file is refused.`,
      };
    }
    return null;
  } finally {
    stmt.free();
  }
}
