// Files crafted with the sqlite3 shell (as a colleague's tool would) that passed the old object check: every one is
// refused naming the object, by check, merge preview and File > Open alike, and the open workspace stays byte-identical.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import type { PlanscopeError } from '../../main/contract/errors';
import { createNodeContext } from '../../main/services/node-context';
import { sharingHandlers as h } from '../../main/services/sharing';
import { workspaceHandlers } from '../../main/services/workspace';
import { checkWorkspaceBytes, readWorkspaceFile } from '../../main/workspace-file/open';
import { checkDocumentHashes } from '../../main/core/store/file-checks';
import { hostileFiles, sqlite3, type HostileFile } from './workspace-file-hostile-corpus';
import { sampleWorkspace } from './workspace-file-corpus';

let SQL: SqlJsStatic;
let dir: string;
let sound: string;
let files: HostileFile[];
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-hostile-'));
  ({ sound, files } = await hostileFiles(SQL, dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rejection = (p: unknown) => Promise.resolve(p).then(() => null, (e: unknown) => e as PlanscopeError);
const file = (name: string) => files.find((f) => f.name === name)!;

describe('the crafted files really do harm when trusted', () => {
  it('the lookalike trigger rewrites an accepted value, and SQLite calls the file sound', () => {
    const path = file('tamper-trigger.db').path;
    expect(sqlite3(path, 'PRAGMA integrity_check;')).toBe('ok');
    const db = new SQL.Database(readWorkspaceFile(path));
    db.exec(`UPDATE facts SET status = 'accepted' WHERE id = 1`);
    expect(db.exec('SELECT value FROM facts WHERE id = 1')[0]!.values[0]![0]).toBe(424242);
    db.close();
  });

  it('the stale covering index shows other values than the facts, and quick_check calls it sound', () => {
    const path = file('stale-index.db').path;
    expect(sqlite3(path, 'PRAGMA quick_check;')).toBe('ok');
    expect(sqlite3(path, 'SELECT value FROM facts NOT INDEXED WHERE id = 1;')).toBe('2400.0');
    expect(sqlite3(path, `SELECT value FROM facts INDEXED BY pivot_facts_cover WHERE value > 999000 AND status <> 'rejected';`)).toBe('999999.0');
  });
});

describe('refusing them', () => {
  it('every one is refused with a message naming the file and the object', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const verdict = checkWorkspaceBytes(SQL, readWorkspaceFile(f.path), { fileName: f.name });
      expect(verdict.ok, f.name).toBe(false);
      if (verdict.ok) continue;
      expect({ file: f.name, code: verdict.code }).toEqual({ file: f.name, code: f.code });
      expect(verdict.message, f.name).toMatch(new RegExp(`^${f.name.replace('.', '\\.')}`));
      expect(verdict.message, f.name).toMatch(f.says);
    }
  });

  it('merge preview, merge and File > Open refuse them and leave the open workspace byte-identical', async () => {
    const ctx = createNodeContext({ SQL, samplesDir: dir, clock: () => '2026-03-01T10:00:00.000Z', emit: () => undefined });
    const mine = sampleWorkspace(SQL);
    ctx.session.replace(mine, sound);
    mine.run('UPDATE facts SET value = 7 WHERE id = 1');
    ctx.session.markDirty();
    const before = mine.export();
    for (const f of files) {
      expect((await h['sharing.check']({ path: f.path }, ctx)).message, f.name).toMatch(f.says);
      expect((await rejection(h['sharing.mergePreview']({ path: f.path }, ctx)))?.message, f.name).toMatch(f.says);
      const merge = await rejection(h['sharing.resolveAndMerge']({ path: f.path, fileHash: '0'.repeat(64), decisions: {} }, ctx));
      expect(merge?.message, f.name).toMatch(f.says);
      expect((await rejection(workspaceHandlers['workspace.open']({ path: f.path, discardChanges: true }, ctx)))?.message, f.name).toMatch(f.says);
    }
    expect(ctx.session.current()).toBe(mine);
    expect(ctx.session.path()).toBe(sound);
    expect(mine.export()).toEqual(before);
  });

  it('core\'s own SHA-256 gives the same fingerprint verdicts as node:crypto\'s', () => {
    for (const [path, refused] of [[sound, false], [file('forged-hash.db').path, true]] as const) {
      const db = new SQL.Database(readWorkspaceFile(path));
      expect(checkDocumentHashes(db, 'f.db') !== null, path).toBe(refused);
      db.close();
    }
  });

  it('still opens a sound file the sqlite3 shell analyzed (sqlite_stat1) and gave an AUTOINCREMENT counter (sqlite_sequence)', () => {
    const path = join(dir, 'analyzed.db');
    sqlite3(sound, `VACUUM INTO '${path}';`);
    sqlite3(path, `ANALYZE; CREATE TABLE scratch(id INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO scratch DEFAULT VALUES; DROP TABLE scratch;`);
    expect(sqlite3(path, `SELECT group_concat(name) FROM sqlite_master WHERE name IN ('sqlite_stat1', 'sqlite_sequence');`)).toMatch(/sqlite_stat1/);
    const verdict = checkWorkspaceBytes(SQL, readWorkspaceFile(path), { fileName: 'analyzed.db' });
    expect(verdict.ok ? null : verdict.message).toBeNull();
    if (verdict.ok) verdict.workspace.close();
  });
});
