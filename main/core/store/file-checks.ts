// Checks a workspace file must pass before Planscope trusts it. A colleague's file may be damaged, from another
// Planscope version, or crafted; each check says in plain words what is wrong with WHICH file.
// Pure: bytes and an sql.js Database in, a verdict out (no file IO), so the app, the CLI and tests share it.
import type { Database, SqlJsStatic } from 'sql.js';
import type { ErrorCode } from '../errors';
import { sayIn, worded, type MessageId, type MessageParams, type Said, type Worded } from '../messages';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { sha256Hex } from './hash';

/** Why a file is refused: the message as an id and values for the interface, and in English for the CLI and logs. */
export type Refusal = { code: ErrorCode; message: string; say: Said };

export function refusal(code: ErrorCode, id: MessageId, params: MessageParams): Refusal {
  const say: Said = { id, params };
  return { code, message: sayIn('en', say), say };
}

/** SQLite's kinds of schema object, as a message names them. */
export const OBJECT_KIND: Record<string, Worded> = {
  table: worded('表', 'table'),
  index: worded('索引', 'index'),
  trigger: worded('触发器', 'trigger'),
  view: worded('视图', 'view'),
};
const kindOf = (type: string): Worded => OBJECT_KIND[type] ?? worded(type, type);

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

/** Byte-level checks on the 100-byte SQLite header: nothing is parsed by SQLite before these pass. */
export function checkHeader(bytes: Uint8Array, name: string): Refusal | null {
  if (bytes.length === 0) return refusal('unreadable-file', 'check.empty', { name });
  if (bytes.length < HEADER_SIZE) {
    return refusal('unreadable-file', 'check.too-short', { name, bytes: bytes.length });
  }
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (magic !== SQLITE_MAGIC) {
    return refusal('unreadable-file', 'check.not-sqlite', { name });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return refusal('unreadable-file', 'check.bad-page-size', { name, pageSize: rawPageSize });
  }
  if (bytes.length % pageSize !== 0) {
    return refusal('unreadable-file', 'check.partial-page', { name, bytes: bytes.length, pageSize });
  }
  // The page count in the header is trustworthy only when the "version valid for" field matches the change counter.
  const pageCount = view.getUint32(28);
  if (pageCount > 0 && view.getUint32(92) === view.getUint32(24) && pageCount * pageSize > bytes.length) {
    return refusal('unreadable-file', 'check.truncated', { name, pages: pageCount, expected: pageCount * pageSize, bytes: bytes.length });
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
  const said = lines.slice(0, 3).join('; ') || worded('没有回答', 'no answer');
  return index
    ? refusal('unreadable-file', 'check.integrity-index', { name, lines: said, index })
    : refusal('unreadable-file', 'check.integrity', { name, lines: said });
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
    return tables.length ? refusal('refused-file', 'check.not-planscope', { name, tables: shown }) : refusal('refused-file', 'check.not-planscope-empty', { name });
  }
  const version = count(db, 'SELECT max(version) FROM migrations');
  if (version > SCHEMA_VERSION) {
    return refusal('newer-version', 'check.newer', { name, version, max: SCHEMA_VERSION });
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
    if (h === undefined) return refusal('refused-file', 'check.step-missing', { name, step: m.version, stepName: m.name });
    if (h !== sha256Hex(m.sql)) return refusal('refused-file', 'check.step-differs', { name, step: m.version, stepName: m.name });
    recorded.delete(m.version);
  }
  const extra = [...recorded.keys()];
  if (extra.length) return refusal('refused-file', 'check.steps-unknown', { name, steps: extra.join(', ') });
  return null;
}

const sameObject = (a: SchemaObject, b: SchemaObject) =>
  a.type === b.type && a.name === b.name && a.tbl_name === b.tbl_name && normalizeSql(a.sql) === normalizeSql(b.sql);

/** Why an object that is not exactly one of Planscope's is refused, naming it as the file stores it. */
function describeForeign(o: SchemaObject, mine: SchemaObject | undefined, name: string, version: number): Refusal {
  const said = { name, object: o.name, table: o.tbl_name };
  if (mine) return refusal('refused-file', 'check.object-differs', { ...said, kind: kindOf(o.type), version });
  if (o.type === 'trigger') return refusal('refused-file', 'check.foreign-trigger', said);
  if (o.type === 'view') return refusal('refused-file', 'check.foreign-view', said);
  if (o.type === 'table' && /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql ?? '')) return refusal('refused-file', 'check.foreign-virtual-table', said);
  if (o.type === 'table') return refusal('refused-file', 'check.foreign-table', said);
  if (o.type === 'index') return refusal('refused-file', 'check.foreign-index', said);
  return refusal('refused-file', 'check.foreign-unknown', { ...said, type: o.type });
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
    if (seen.has(o.name)) return refusal('refused-file', 'check.object-twice', { name, kind: kindOf(o.type), object: o.name });
    seen.add(o.name);
  }
  for (const [n, o] of expected) {
    if (!seen.has(n)) return refusal('refused-file', 'check.object-missing', { name, kind: kindOf(o.type), object: n });
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
    return refusal('limit-exceeded', 'check.report-too-long', { name, title: String(title), id: String(id), file: String(fileName), length: Number(length), max: maxChars });
  }
  const stmt = db.prepare('SELECT id, hash, file_name, title, original_text FROM documents ORDER BY id');
  try {
    while (stmt.step()) {
      const [id, recorded, fileName, title, text] = stmt.get();
      const actual = typeof text === 'string' ? hash(text) : null;
      if (actual !== null && actual === recorded) continue;
      const what = actual === null
        ? worded('它的正文不是文本', 'its text is not text')
        : worded(`记录的指纹是 ${String(recorded).slice(0, 12)}…，而正文算出的是 ${actual.slice(0, 12)}…`, `it is recorded with hash ${String(recorded).slice(0, 12)}… but its text hashes to ${actual.slice(0, 12)}…`);
      return refusal('refused-file', 'check.report-fingerprint', { name, title: String(title), id: String(id), file: String(fileName), what });
    }
    return null;
  } finally {
    stmt.free();
  }
}
