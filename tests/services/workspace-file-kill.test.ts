// A laptop dying mid-save: a child process saving over the file is SIGKILLed at random moments, many times.
// Afterwards the file must be exactly the old or the new version (byte for byte) and open cleanly; the backup
// likewise; leftover temp files are recognised as stale and removed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { checkWorkspaceBytes } from '../../main/workspace-file/open';
import { backupPathFor } from '../../main/workspace-file/save';
import { removeStaleTemps } from '../../main/workspace-file/journal';
import { sampleWorkspace } from './workspace-file-corpus';

const ROUNDS = 30;
const child = fileURLToPath(new URL('./workspace-file-kill.child.ts', import.meta.url));
let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-kill-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function version(facts: number, filler: number): Uint8Array {
  const ws = sampleWorkspace(SQL);
  ws.run('DELETE FROM facts WHERE id > ?', [facts]);
  // Bulk so each save takes long enough for kills to land inside writes, fsyncs and renames.
  // Each report's hash stays that of its text: the file check recomputes it and refuses a mismatch.
  for (const row of ws.all('SELECT id FROM documents')) {
    const text = '执行情况'.repeat(filler) + String(row.id);
    ws.run('UPDATE documents SET original_text = ?, hash = ? WHERE id = ?', [text, createHash('sha256').update(text).digest('hex'), Number(row.id)]);
  }
  const bytes = ws.export();
  ws.close();
  return bytes;
}

function runAndKill(target: string, a: string, b: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, target, a, b], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.stdout.once('data', () => setTimeout(() => p.kill('SIGKILL'), delayMs));
    p.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

it(`leaves the old or the new file, never a broken one, across ${ROUNDS} SIGKILLs during save`, async () => {
  const A = version(400, 200_000);
  const B = version(50, 400_000);
  const [fa, fb] = [join(dir, 'A.bin'), join(dir, 'B.bin')];
  writeFileSync(fa, A);
  writeFileSync(fb, B);
  const known = new Map([[sha(A), 'A'], [sha(B), 'B']]);
  const seen = { A: 0, B: 0, temps: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const target = join(dir, `work-${round}.db`);
    writeFileSync(target, A);
    await runAndKill(target, fa, fb, Math.floor(Math.random() * 120));
    const bytes = readFileSync(target);
    const which = known.get(sha(bytes));
    expect(which, `round ${round}: the file is neither the old nor the new version`).toBeDefined();
    seen[which as 'A' | 'B']++;
    const verdict = checkWorkspaceBytes(SQL, bytes, { fileName: `work-${round}.db` });
    expect(verdict.ok, `round ${round}`).toBe(true);
    if (verdict.ok) verdict.workspace.close();
    if (existsSync(backupPathFor(target))) expect(known.has(sha(readFileSync(backupPathFor(target)))), `round ${round} backup`).toBe(true);
    seen.temps += (await removeStaleTemps(target)).length;
    expect(readdirSync(dir).filter((n) => n.startsWith(`.work-${round}.db.`))).toEqual([]);
  }
  // Kills landed at different points: both versions were found on disk at least once, and some kills landed
  // inside a write (a temp file was left behind), the case the test exists for. Without these, the test would
  // also pass if every kill landed between saves. (A typical run: 16× old, 14× new, 27 temps.)
  expect(seen.A + seen.B).toBe(ROUNDS);
  expect(seen.A, 'rounds that found the old file').toBeGreaterThan(0);
  expect(seen.B, 'rounds that found the new file').toBeGreaterThan(0);
  expect(seen.temps, 'kills that landed inside a write').toBeGreaterThan(0);
  console.log(`kill test: ${ROUNDS} rounds, old file ${seen.A}×, new file ${seen.B}×, stale temp files removed ${seen.temps}`);
}, 240_000);
