// Every bad file gets its own specific verdict; a sound file (also one touched by the sqlite3 shell) opens; a saved
// file passes the sqlite3 shell's own integrity check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { PlanscopeError } from '../../main/contract/errors';
import { sayIn } from '../../main/contract/messages';
import { checkWorkspaceBytes, openWorkspaceFile } from '../../main/workspace-file/open';
import { saveWorkspaceFile, backupPathFor } from '../../main/workspace-file/save';
import { badFiles, sampleWorkspace } from './workspace-file-corpus';
import { MIGRATIONS, SCHEMA_VERSION } from '../../main/core/store/migrations';
import { sha256Hex } from '../../main/core/store/hash';

let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sqlite3 = (file: string, sql: string) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim();

describe('checking a workspace file before trusting it', () => {
  it('gives each bad file its own code and message', () => {
    const corpus = badFiles(SQL);
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    for (const bad of corpus) {
      const verdict = checkWorkspaceBytes(SQL, bad.bytes, { fileName: bad.name });
      expect(verdict.ok, bad.name).toBe(false);
      if (verdict.ok) continue;
      expect({ file: bad.name, code: verdict.code }).toEqual({ file: bad.name, code: bad.code });
      expect(verdict.message, bad.name).toMatch(bad.says);
      // The same refusal in the Chinese interface: worded from the catalogue, naming the file, and no English left
      // once the values it quotes (file and object names, SQLite's own words) are taken out.
      const zh = sayIn('zh-CN', verdict.say);
      expect(zh, bad.name).toContain(bad.name);
      const quoted = Object.values(verdict.say.params).filter((v): v is string => typeof v === 'string');
      const words = quoted.reduce((text, v) => text.replaceAll(v, ''), zh);
      expect(words, bad.name).toMatch(/[\u4e00-\u9fff]/);
      expect(words, bad.name).not.toMatch(/\b(is|the|was|its|and|not|file|table|index|row|text|number|nothing)\b/);
    }
  });

  it('refuses the same files from disk with a PlanscopeError carrying the code', async () => {
    for (const bad of badFiles(SQL)) {
      const path = join(dir, bad.name);
      writeFileSync(path, bad.bytes);
      const err = await openWorkspaceFile(SQL, path).then(() => null, (e: unknown) => e);
      expect(err, bad.name).toBeInstanceOf(PlanscopeError);
      expect((err as PlanscopeError).code, bad.name).toBe(bad.code);
      expect((err as PlanscopeError).message, bad.name).toMatch(bad.says);
    }
    const missing = await openWorkspaceFile(SQL, join(dir, 'nope.db')).then(() => null, (e: unknown) => e);
    expect((missing as PlanscopeError).code).toBe('not-found');
  });

  it('runs the full integrity check on every file, so an index that disagrees with its table is found', () => {
    const ws = sampleWorkspace(SQL);
    // An index entry pointing at a fact that is not there: quick_check skips index/table agreement, integrity_check does not.
    ws.db.exec('PRAGMA writable_schema = ON');
    ws.db.exec(`UPDATE sqlite_master SET sql = replace(sql, 'facts(document_id)', 'facts(span_start)') WHERE name = 'facts_by_document'`);
    const bytes = ws.export();
    for (const full of [true, false]) {
      const verdict = checkWorkspaceBytes(SQL, bytes, { fileName: 'odd.db', full });
      expect(verdict.ok ? null : verdict.message).toMatch(/^odd\.db is damaged \(SQLite integrity check: .*facts_by_document.*\): its index "facts_by_document" does not match the rows it indexes/);
    }
  });

  it('opens a sound file, also after the sqlite3 shell vacuumed it or switched it to WAL mode', async () => {
    const path = join(dir, 'sound.db');
    await saveWorkspaceFile(path, sampleWorkspace(SQL).export());
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(path, 'SELECT count(*) FROM facts')).toBe('400');
    sqlite3(path, 'VACUUM');
    sqlite3(path, 'PRAGMA journal_mode=WAL');
    const ws = await openWorkspaceFile(SQL, path);
    expect(ws.listFacts().length).toBe(400);
    ws.close();
  });

  it('upgrades a file written at an older schema version, and says so', () => {
    const db = new SQL.Database();
    const first = MIGRATIONS[0]!;
    db.exec(first.sql);
    db.run('INSERT INTO migrations(version, name, sha256, applied_at) VALUES (?, ?, ?, ?)', [first.version, first.name, sha256Hex(first.sql), '2025-01-01']);
    db.run(`INSERT INTO meta(key, value) VALUES ('app', 'planscope'), ('schema_version', ?)`, [String(first.version)]);
    db.run(`INSERT INTO facts(indicator, measure, value, qualifier, period, kind, region, created_at, updated_at)
      VALUES ('地区生产总值', 'level', 1200, 'exact', '2023', 'actual', '南山区', '2025-01-01', '2025-01-01')`);
    const verdict = checkWorkspaceBytes(SQL, db.export(), { fileName: 'old.db' });
    db.close();
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.migratedFrom).toBe(first.version);
    expect(verdict.workspace.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(verdict.workspace.listFacts()).toHaveLength(1);
    // The upgraded workspace passes the same checks as a new one.
    const again = checkWorkspaceBytes(SQL, verdict.workspace.export(), { fileName: 'old.db' });
    expect(again.ok && again.migratedFrom).toBe(undefined);
  });

  it('refuses a WAL-mode file whose changes are still in its -wal file, instead of losing them', async () => {
    const path = join(dir, 'busy.db');
    await saveWorkspaceFile(path, sampleWorkspace(SQL).export());
    // Another program holds the file open in WAL mode and has written to it: the change sits in busy.db-wal.
    const { spawn } = await import('node:child_process');
    const holder = spawn('sqlite3', [path], { stdio: ['pipe', 'pipe', 'inherit'] });
    holder.stdin.write("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; UPDATE facts SET value = 1 WHERE id = 1; SELECT 'written';\n");
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      const err = await openWorkspaceFile(SQL, path).then(() => null, (e: unknown) => e as PlanscopeError);
      expect(err?.code).toBe('refused-file');
      expect(err?.message).toMatch(/^busy\.db has changes still waiting in busy\.db-wal/);
    } finally {
      holder.stdin.end('.quit\n');
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    // Once the other program has closed (and checkpointed), the file opens with its change.
    const ws = await openWorkspaceFile(SQL, path);
    expect(ws.getFact(1)!.value).toBe(1);
    ws.close();
  });

  it('saves atomically, keeps the previous version as .bak, and leaves no temp file', async () => {
    const path = join(dir, 'saved.db');
    const first = sampleWorkspace(SQL);
    await saveWorkspaceFile(path, first.export(), { backup: true });
    expect(existsSync(backupPathFor(path))).toBe(false);
    first.run(`DELETE FROM facts WHERE id > 100`);
    await saveWorkspaceFile(path, first.export(), { backup: true });
    expect(sqlite3(path, 'SELECT count(*) FROM facts')).toBe('100');
    expect(sqlite3(backupPathFor(path), 'SELECT count(*) FROM facts')).toBe('400');
    expect(sqlite3(path, 'PRAGMA integrity_check')).toBe('ok');
    expect(execFileSync('ls', ['-a', dir], { encoding: 'utf8' })).not.toMatch(/\.tmp/);
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

it('refuses a file too large for the in-memory workspace before reading it, and names the limit', async () => {
  const { MAX_WORKSPACE_BYTES } = await import('../../main/workspace-file/open');
  const { openSync, ftruncateSync, closeSync } = await import('node:fs');
  const path = join(dir, 'huge.db');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, MAX_WORKSPACE_BYTES + 4096); // sparse: no disk space used
  closeSync(fd);
  const err = await openWorkspaceFile(SQL, path).then(() => null, (e: unknown) => e as PlanscopeError);
  expect(err?.code).toBe('limit-exceeded');
  expect(err?.message).toMatch(/^huge\.db is 1\.5 GB; Planscope opens workspaces up to 1\.5 GB\.$/);
  rmSync(path);
});
