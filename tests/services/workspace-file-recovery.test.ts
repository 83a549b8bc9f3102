// A crash with unsaved edits: the session is SIGKILLed after autosave journaled its work. The next session opens
// the file clean, autosaves many times, the user edits and even saves: the crashed session's journal is never
// removed or overwritten, is still offered (also to the session after that) and restores exactly.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { createNodeContext } from '../../main/services/node-context';
import { workspaceChanged, type ServiceContext } from '../../main/services/context';
import { sharingHandlers as h, startAutosave } from '../../main/services/sharing';
import { startWorkspace, workspaceHandlers } from '../../main/services/workspace';
import { saveWorkspaceFile } from '../../main/workspace-file/save';
import { sampleWorkspace } from './workspace-file-corpus';

const child = fileURLToPath(new URL('./workspace-file-recovery.child.ts', import.meta.url));
let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-recovery-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a session in a child process until it has journaled its edits, then kills it; returns the facts it held. */
function crashedSession(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.endsWith('\n')) p.kill('SIGKILL');
    });
    p.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out.trim()) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

const ticks = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function newSession(path: string): Promise<{ ctx: ServiceContext; stop: () => void; errors: unknown[] }> {
  const ctx = createNodeContext({ SQL, samplesDir: dir, emit: () => undefined });
  await startWorkspace(ctx, path);
  const errors: unknown[] = [];
  return { ctx, stop: startAutosave(ctx, 10, (e) => errors.push(e)), errors };
}

it('keeps the crashed session\'s journal through the next session\'s autosaves, edits and saves, and restores it exactly', async () => {
  const path = join(dir, 'work.db');
  await saveWorkspaceFile(path, sampleWorkspace(SQL).export());
  // A save cut off by an earlier crash left a temp file of a process that no longer runs.
  const deadTemp = join(dir, '.work.db.999999.0badf00d.tmp');
  writeFileSync(deadTemp, 'half a save');
  const crashedFacts = await crashedSession(path);
  expect(JSON.parse(crashedFacts)).toHaveLength(399);
  const journal = readFileSync(`${path}.journal`);

  // The next start: the file opens clean; autosave runs every 10 ms for well past its interval.
  const second = await newSession(path);
  expect(readdirSync(dir)).not.toContain('.work.db.999999.0badf00d.tmp');
  expect(second.ctx.session.dirty()).toBe(false);
  await ticks(150);
  expect(readFileSync(`${path}.journal`)).toEqual(journal);
  expect(await h['sharing.autosave']({}, second.ctx)).toEqual({ journal: 'held', journalPath: `${path}.journal` });

  // An edit in the new session, more autosaves, then the user saves the file without deciding yet.
  const ws = second.ctx.session.current();
  ws.run('UPDATE facts SET value = 1 WHERE id = 1');
  workspaceChanged(second.ctx, ['facts']);
  await ticks(150);
  expect(readFileSync(`${path}.journal`)).toEqual(journal);
  await workspaceHandlers['workspace.save']({}, second.ctx);
  await ticks(150);
  expect(readFileSync(`${path}.journal`)).toEqual(journal);
  expect(await h['sharing.recoverable']({ path }, second.ctx)).toHaveLength(1);
  second.stop();
  expect(second.errors).toEqual([]);

  // The session after that (the user quit without choosing) is still offered the crashed work, and it restores exactly.
  const third = await newSession(path);
  await ticks(100);
  expect(await h['sharing.recoverable']({ path }, third.ctx)).toHaveLength(1);
  expect(await h['sharing.recover']({ path }, third.ctx)).toEqual({ path, documents: 1, facts: 399 });
  expect(JSON.stringify(third.ctx.session.current().listFacts())).toBe(crashedFacts);
  expect(third.ctx.session.dirty()).toBe(true);

  // Restored, the journal is this session's own: the next edit is journaled over it, and a save removes it.
  third.ctx.session.current().run('UPDATE facts SET value = 2 WHERE id = 2');
  await ticks(100);
  expect(readFileSync(`${path}.journal`)).not.toEqual(journal);
  await workspaceHandlers['workspace.save']({}, third.ctx);
  await expect.poll(() => readdirSync(dir).includes('work.db.journal'), { timeout: 3000 }).toBe(false);
  third.stop();
  expect(third.errors).toEqual([]);
}, 60_000);

it('discarding the crashed work is the user\'s choice, and only then is the journal gone', async () => {
  const path = join(dir, 'other.db');
  await saveWorkspaceFile(path, sampleWorkspace(SQL).export());
  await crashedSession(path);
  const next = await newSession(path);
  await ticks(100);
  expect(await h['sharing.recoverable']({ path }, next.ctx)).toHaveLength(1);
  expect(await h['sharing.discardRecovery']({ path }, next.ctx)).toEqual({ discarded: true });
  next.ctx.session.current().run('UPDATE facts SET value = 3 WHERE id = 3');
  workspaceChanged(next.ctx, ['facts']);
  await expect.poll(() => readdirSync(dir).includes('other.db.journal'), { timeout: 3000 }).toBe(true);
  expect(await h['sharing.autosave']({}, next.ctx)).toMatchObject({ journal: 'unchanged' });
  next.stop();
}, 60_000);
