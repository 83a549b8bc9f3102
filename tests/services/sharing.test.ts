// The sharing services over real files in a temp folder: refused files leave the open workspace untouched,
// merges apply the economist's decisions, "save for sharing" drops deleted data, a crash leaves recoverable work.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { PlanscopeError } from '../../main/contract/errors';
import { sayIn } from '../../main/contract/messages';
import type { ServiceContext } from '../../main/services/context';
import { createNodeContext } from '../../main/services/node-context';
import { sharingHandlers as h } from '../../main/services/sharing';
import { saveWorkspaceFile } from '../../main/workspace-file/save';
import { badFiles, sampleWorkspace } from './workspace-file-corpus';

let SQL: SqlJsStatic;
let dir: string;
let ctx: ServiceContext;
let events: string[][];
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-sharing-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  events = [];
  ctx = createNodeContext({ SQL, samplesDir: dir, clock: () => '2026-03-01T10:00:00.000Z', emit: (_e, p) => events.push((p as { tables: string[] }).tables ?? []) });
});

const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as PlanscopeError);

async function openMine(): Promise<string> {
  const path = join(dir, 'mine.db');
  await saveWorkspaceFile(path, sampleWorkspace(SQL).export());
  const ws = sampleWorkspace(SQL);
  ctx.session.replace(ws, path);
  return path;
}

describe('sharing services', () => {
  it('refuses every bad file with its own message and leaves the open workspace exactly as it was', async () => {
    await openMine();
    const ws = ctx.session.current();
    ws.run('UPDATE facts SET value = 7 WHERE id = 1');
    ctx.session.markDirty();
    const before = ws.export();
    for (const bad of badFiles(SQL)) {
      const path = join(dir, bad.name);
      writeFileSync(path, bad.bytes);
      const verdict = await h['sharing.check']({ path }, ctx);
      expect({ ok: verdict.ok, code: verdict.code }, bad.name).toEqual({ ok: false, code: bad.code });
      expect(verdict.message).toMatch(bad.says);
      const err = await rejection(Promise.resolve(h['sharing.mergePreview']({ path }, ctx)));
      expect(err?.code, bad.name).toBe(bad.code);
    }
    expect(await h['sharing.check']({ path: join(dir, 'missing.db') }, ctx)).toMatchObject({ ok: false, code: 'not-found', message: `${join(dir, 'missing.db')} does not exist.` });
    expect(ctx.session.current()).toBe(ws);
    expect(ctx.session.dirty()).toBe(true);
    expect(ws.export()).toEqual(before);
    expect(events).toEqual([]);
  });

  it('opening a bad file (File > Open) refuses it and keeps the open workspace, path and unsaved changes', async () => {
    const { workspaceHandlers } = await import('../../main/services/workspace');
    const path = await openMine();
    const ws = ctx.session.current();
    ws.run('UPDATE facts SET value = 8 WHERE id = 2');
    ctx.session.markDirty();
    const before = ws.export();
    for (const bad of badFiles(SQL)) {
      const badPath = join(dir, bad.name);
      writeFileSync(badPath, bad.bytes);
      const err = await rejection(Promise.resolve(workspaceHandlers['workspace.open']({ path: badPath, discardChanges: true }, ctx)));
      expect({ file: bad.name, code: err?.code }).toEqual({ file: bad.name, code: bad.code });
      expect(err?.message).toMatch(bad.says);
    }
    expect(ctx.session.current()).toBe(ws);
    expect(ctx.session.path()).toBe(path);
    expect(ctx.session.dirty()).toBe(true);
    expect(ws.export()).toEqual(before);
  });

  it('previews, refuses undecided or stale merges, then merges with decisions', async () => {
    await openMine();
    const theirs = sampleWorkspace(SQL);
    theirs.run('UPDATE facts SET value = 2000 WHERE id IN (1, 2)');
    theirs.setMeta('author', '王芳');
    theirs.setMeta('name', '王芳-南山');
    const theirsPath = join(dir, 'theirs.db');
    await saveWorkspaceFile(theirsPath, theirs.export());

    const ok = await h['sharing.check']({ path: theirsPath }, ctx);
    expect(ok).toMatchObject({ ok: true, code: null, documents: 1, facts: 400 });
    const preview = await h['sharing.mergePreview']({ path: theirsPath }, ctx);
    expect(preview.conflicts.map((c) => c.id)).toEqual(['fact:1', 'fact:2']);
    expect(preview.identical).toBe(398);
    expect(preview.source).toEqual({ workspace: '王芳-南山', author: '王芳', date: '2026-03-01T10:00:00.000Z' });

    const undecided = await rejection(Promise.resolve(h['sharing.resolveAndMerge']({ path: theirsPath, fileHash: preview.fileHash, decisions: { 'fact:1': 'theirs' } }, ctx)));
    expect(undecided?.code).toBe('conflict');
    expect(undecided?.details).toEqual({ unresolved: ['fact:2'] });
    const stale = await rejection(Promise.resolve(h['sharing.resolveAndMerge']({ path: theirsPath, fileHash: 'a'.repeat(64), decisions: {} }, ctx)));
    expect(stale?.message).toMatch(/theirs\.db changed since the merge was previewed/);
    expect(ctx.session.dirty()).toBe(false);

    const result = await h['sharing.resolveAndMerge']({ path: theirsPath, fileHash: preview.fileHash, decisions: { 'fact:1': 'theirs', 'fact:2': 'both' } }, ctx);
    expect(result.resolved).toEqual({ mine: 0, theirs: 1, both: 1 });
    const ws = ctx.session.current();
    expect(ws.getFact(1)).toMatchObject({ value: 2000, origin: { workspace: '王芳-南山', author: '王芳' } });
    expect(ws.all('SELECT value FROM facts WHERE span_start = 10 ORDER BY value').map((r) => r.value)).toEqual([1001, 2000]);
    expect(ctx.session.dirty()).toBe(true);
    expect(events.at(-1)).toContain('facts');
  });

  it('saves a compacted copy for sharing: deleted reports do not travel, and sqlite3 accepts the file', async () => {
    await openMine();
    const ws = ctx.session.current();
    const secret = '内部讨论稿：请勿外传'.repeat(3000);
    const { id } = ws.addDocument({ fileName: 'draft.txt', title: 'draft', region: '南山区', period: '2024', published: null, encoding: 'utf-8', originalText: secret });
    ws.run('DELETE FROM documents WHERE id = ?', [id]);
    const needle = Buffer.from('请勿外传', 'utf8');
    expect(Buffer.from(ws.export()).includes(needle)).toBe(true); // freed pages still hold the text
    const out = join(dir, 'for-colleague.db');
    const copy = await h['sharing.saveForSharing']({ path: out }, ctx);
    expect(copy.bytes).toBeLessThan(copy.bytesBeforeCompaction);
    const saved = readFileSync(out);
    expect(saved.includes(needle)).toBe(false);
    expect(execFileSync('sqlite3', [out, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim()).toBe('ok');
    expect((await h['sharing.check']({ path: out, full: true }, ctx)).ok).toBe(true);
  });

  it('records identity and uses it as the origin colleagues see', async () => {
    await openMine();
    expect(await h['sharing.identity']({}, ctx)).toEqual({ name: null, author: null });
    expect(await h['sharing.setIdentity']({ name: '南山组', author: '李明' }, ctx)).toEqual({ name: '南山组', author: '李明' });
    expect(ctx.session.current().getMeta('author')).toBe('李明');
    expect(await h['sharing.setIdentity']({ name: null, author: null }, ctx)).toEqual({ name: null, author: null });
  });

  it('autosaves unsaved work to a journal that survives a crash, and recovers it after the checks', async () => {
    const path = await openMine();
    expect(await h['sharing.autosave']({}, ctx)).toEqual({ journal: 'none', journalPath: null });
    ctx.session.current().run('UPDATE facts SET value = 4242 WHERE id = 7');
    ctx.session.markDirty();
    expect(await h['sharing.autosave']({}, ctx)).toEqual({ journal: 'written', journalPath: `${path}.journal` });
    expect((await h['sharing.autosave']({}, ctx)).journal).toBe('unchanged');
    ctx.session.current().run('UPDATE facts SET value = 4242 WHERE id = 7');
    expect((await h['sharing.autosave']({}, ctx)).journal).toBe('written');

    // "Crash": a fresh process context opens the (older) saved file and finds the journal.
    const later = new Date(Date.now() + 5000);
    utimesSync(`${path}.journal`, later, later);
    ctx = createNodeContext({ SQL, samplesDir: dir, clock: () => '2026-03-01T11:00:00.000Z', emit: () => undefined });
    const found = await h['sharing.recoverable']({ path }, ctx);
    expect(found).toHaveLength(1);
    // It says what recovering brings back against the saved file: the one value edited.
    expect(found[0]).toMatchObject({ workspacePath: path, journalPath: `${path}.journal`, changes: { factsChanged: 1, factsAdded: 0, factsRemoved: 0, reportsAdded: 0, reportsRemoved: 0 } });
    const recovered = await h['sharing.recover']({ path }, ctx);
    expect(recovered).toEqual({ path, documents: 1, facts: 400 });
    expect(ctx.session.current().getFact(7)!.value).toBe(4242);
    expect(ctx.session.dirty()).toBe(true);
    expect(ctx.session.path()).toBe(path);

    // A journal that is not a sound workspace is refused like any file; the session is not replaced.
    writeFileSync(`${path}.journal`, 'not a database');
    const current = ctx.session.current();
    const err = await rejection(Promise.resolve(h['sharing.recover']({ path, discardChanges: true }, ctx)));
    expect(err?.code).toBe('unreadable-file');
    expect(ctx.session.current()).toBe(current);
    // It is still another session's journal, so autosave leaves it until the user discards it.
    expect((await h['sharing.autosave']({}, ctx)).journal).toBe('held');
    expect(readFileSync(`${path}.journal`, 'utf8')).toBe('not a database');
    expect(await h['sharing.discardRecovery']({ path }, ctx)).toEqual({ discarded: true });

    // Once saved, the journal is no longer offered (it is older than the file), and the next autosave removes it.
    writeFileSync(`${path}.journal`, readFileSync(path));
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${path}.journal`, past, past);
    await ctx.files.writeFileAtomic(path, current.export());
    expect(await h['sharing.recoverable']({ path }, ctx)).toEqual([]);
    ctx.session.markSaved();
    expect((await h['sharing.autosave']({}, ctx)).journal).toBe('removed');
    expect(await h['sharing.recoverable']({ path }, ctx)).toEqual([]);
    expect(await h['sharing.discardRecovery']({ path }, ctx)).toEqual({ discarded: false });
  });
});

describe('autosave timer', () => {
  it('writes the journal on its own while there are unsaved changes', async () => {
    const { startAutosave } = await import('../../main/services/sharing');
    const path = await openMine();
    ctx.session.current().run('UPDATE facts SET value = 99 WHERE id = 3');
    ctx.session.markDirty();
    const errors: unknown[] = [];
    const stop = startAutosave(ctx, 20, (e) => errors.push(e));
    try {
      await expect.poll(() => existsSync(`${path}.journal`), { timeout: 5000 }).toBe(true);
    } finally {
      stop();
    }
    expect(errors).toEqual([]);
    // This session's own journal is the state it has open: a window reload is not offered a recovery.
    expect(await h['sharing.recoverable']({ path }, ctx)).toEqual([]);
    await h['sharing.discardRecovery']({ path }, ctx);
  });
});

describe('through dispatch, as every transport calls it', () => {
  it('validates arguments and returns refusals as error data', async () => {
    const { dispatch } = await import('../../main/services/dispatch');
    const { registry } = await import('../../main/services/registry');
    await openMine();
    const bad = await dispatch(registry, ctx, 'sharing.resolveAndMerge', { path: join(dir, 'x.db'), fileHash: 'nope', decisions: { 'fact:1': 'yours' } }, () => undefined);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-arguments');
      expect(bad.error.message).toMatch(/fileHash: fileHash comes from sharing\.mergePreview/);
      expect(bad.error.message).toMatch(/decisions\.fact:1/);
    }
    const view = badFiles(SQL).find((b) => b.name === 'view.db')!;
    writeFileSync(join(dir, view.name), view.bytes);
    const refused = await dispatch(registry, ctx, 'sharing.mergePreview', { path: join(dir, view.name) }, () => undefined);
    expect(refused).toEqual({ ok: false, error: { code: 'refused-file', message: expect.stringMatching(view.says), say: { id: 'check.foreign-view', params: expect.objectContaining({ name: 'view.db' }) } } });
    // The interface words the refusal in its own language from the id; the English message is for the CLI and logs.
    if (!refused.ok) expect(sayIn('zh-CN', refused.error.say!)).toBe('view.db 含有视图“everything”，Planscope 从不创建视图；文件已被其他程序改动，拒绝打开。');
  });
});
