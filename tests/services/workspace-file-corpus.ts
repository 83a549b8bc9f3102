// Bad workspace files, generated fresh for each test run: each one is something a colleague's e-mail or a dying
// disk could really hand us, paired with what the economist must be told about it.
import type { SqlJsStatic } from 'sql.js';
import { Workspace } from '../../main/core/store/workspace';
import { SCHEMA_VERSION } from '../../main/core/store/migrations';
import type { ErrorCode } from '../../main/contract/errors';

export interface BadFile {
  name: string;
  bytes: Uint8Array;
  code: ErrorCode;
  /** What the message must say (specific, not a generic "invalid file"). */
  says: RegExp;
}

/** A small but real Planscope workspace (several pages, so damage can land inside a table). */
export function sampleWorkspace(SQL: SqlJsStatic): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00.000Z');
  const text = '2023年全区地区生产总值达到1200亿元，增长6.2%。'.repeat(200);
  const { id } = ws.addDocument({ fileName: 'r.txt', title: '执行情况', region: '南山区', period: '2023', published: null, encoding: 'utf-8', originalText: text });
  ws.addFacts(id, Array.from({ length: 400 }, (_, i) => ({
    indicator: `指标${i % 40}`, measure: 'level' as const, value: 1000 + i, low: null, high: null, unit: '亿元', qualifier: 'exact' as const,
    period: `${2000 + (i % 25)}` as const, kind: 'actual' as const, region: '南山区', start: i * 10, end: i * 10 + 6, tier: 1, quote: `第${i}句`,
  })));
  return ws;
}

function mutate(SQL: SqlJsStatic, base: Uint8Array, sql: string): Uint8Array {
  const db = new SQL.Database(base);
  try {
    db.exec(sql);
    return db.export();
  } finally {
    db.close();
  }
}

/** Deterministic bytes so a failure reproduces. */
function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function badFiles(SQL: SqlJsStatic): BadFile[] {
  const good = sampleWorkspace(SQL).export();
  const pageSize = new DataView(good.buffer, good.byteOffset).getUint16(16);
  const damaged = good.slice();
  // Overwrite the middle of a b-tree page (not the header): SQLite still opens the file, quick_check must object.
  damaged.set(pseudoRandom(pageSize - 200, 7), pageSize * 4 + 100);
  const foreign = new SQL.Database();
  foreign.exec(`CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE orders(id INTEGER PRIMARY KEY, customer INTEGER, total REAL);
    INSERT INTO customers(name) VALUES ('ACME');`);
  const foreignBytes = foreign.export();
  foreign.close();
  return [
    { name: 'empty.db', bytes: new Uint8Array(0), code: 'unreadable-file', says: /empty\.db is empty \(0 bytes\)/ },
    { name: 'tiny.db', bytes: good.slice(0, 60), code: 'unreadable-file', says: /tiny\.db is only 60 bytes long/ },
    { name: 'truncated.db', bytes: good.slice(0, pageSize * 3), code: 'unreadable-file', says: /truncated\.db is truncated: its header says \d+ pages/ },
    { name: 'cut-mid-page.db', bytes: good.slice(0, pageSize * 3 + 1000), code: 'unreadable-file', says: /not a whole number of \d+-byte pages/ },
    { name: 'random.db', bytes: pseudoRandom(8192, 42), code: 'unreadable-file', says: /random\.db is not a SQLite database/ },
    { name: 'zip-renamed.db', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...pseudoRandom(4000, 3)]), code: 'unreadable-file', says: /does not start with the SQLite header/ },
    { name: 'damaged-page.db', bytes: damaged, code: 'unreadable-file', says: /damaged-page\.db is damaged/ },
    { name: 'shop.db', bytes: foreignBytes, code: 'refused-file', says: /shop\.db is a SQLite database but not a Planscope workspace \(its tables are customers, orders\)/ },
    {
      name: 'trigger.db', code: 'refused-file', says: /trigger\.db contains a trigger "wipe" on table facts/,
      bytes: mutate(SQL, good, 'CREATE TRIGGER wipe AFTER INSERT ON facts BEGIN DELETE FROM documents; END;'),
    },
    {
      name: 'view.db', code: 'refused-file', says: /view\.db contains a view "everything"/,
      bytes: mutate(SQL, good, 'CREATE VIEW everything AS SELECT * FROM facts;'),
    },
    {
      name: 'extra-table.db', code: 'refused-file', says: /extra-table\.db contains a table "notes" that Planscope did not create/,
      bytes: mutate(SQL, good, 'CREATE TABLE notes(x TEXT);'),
    },
    {
      name: 'altered.db', code: 'refused-file', says: /altered\.db: the table "facts" differs from the one Planscope creates/,
      bytes: mutate(SQL, good, 'ALTER TABLE facts ADD COLUMN secret TEXT;'),
    },
    {
      name: 'newer.db', code: 'newer-version',
      says: new RegExp(`newer\\.db was saved by a newer Planscope \\(workspace schema version ${SCHEMA_VERSION + 1}\\); this Planscope reads up to version ${SCHEMA_VERSION}`),
      bytes: mutate(SQL, good, `INSERT INTO migrations(version, name, sha256, applied_at) VALUES (${SCHEMA_VERSION + 1}, 'future', '${'0'.repeat(64)}', '2030-01-01');
        CREATE TABLE future_things(x);`),
    },
    {
      name: 'other-build.db', code: 'refused-file', says: /other-build\.db records schema step 1 \("initial workspace"\) with different SQL/,
      bytes: mutate(SQL, good, `UPDATE migrations SET sha256 = '${'f'.repeat(64)}' WHERE version = 1;`),
    },
  ];
}
