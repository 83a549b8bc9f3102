// Workspace lifecycle on real files: first launch builds the sample workspace, save/open round trips,
// a refused file leaves the open workspace untouched, unsaved changes are never dropped silently.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorkspace } from '../../main/services/workspace';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
});
afterEach(() => h.cleanup());

const sampleCount = async () => (await readdir(join(import.meta.dirname, '../../assets/samples'))).filter((n) => n.endsWith('.txt')).length;

describe('workspace services', () => {
  it('reports no open workspace before anything is opened', async () => {
    expect(await h.call('workspace.info', {})).toMatchObject({ open: false, path: null });
  });

  it('first launch builds the sample workspace from the bundled reports, with progress per report, and saves it', async () => {
    const path = join(h.dir, 'first.db');
    const info = await startWorkspace(h.ctx, path);
    const n = await sampleCount();
    expect(info).toMatchObject({ open: true, path, name: 'first.db', dirty: false, documents: n });
    expect(info.facts).toBeGreaterThan(100);
    expect(info.unreviewed).toBe(info.facts);
    const progress = h.events.filter((e) => e.event === 'progress').map((e) => e.payload as { done: number; total: number; label: string });
    expect(progress.filter((p) => p.label).map((p) => p.done)).toEqual([...Array(n).keys()]);
    expect(progress.every((p) => p.total === n)).toBe(true);
    expect((await readFile(path)).subarray(0, 15).toString()).toBe('SQLite format 3');
    // Second launch opens the same file instead of rebuilding it.
    const again = await spineHarness();
    try {
      expect(await startWorkspace(again.ctx, path)).toMatchObject({ documents: n, facts: info.facts, dirty: false });
      expect(again.events.some((e) => e.event === 'progress')).toBe(false);
    } finally {
      await again.cleanup();
    }
  });

  it('a new workspace has the indicator catalogue and nothing else; it must be saved with save-as first', async () => {
    const info = await h.call('workspace.new', {});
    expect(info).toMatchObject({ open: true, path: null, name: 'untitled', documents: 0, facts: 0, dirty: false });
    expect((await h.call('catalog.list', {})).length).toBeGreaterThan(10);
    const save = await h.outcome('workspace.save', {});
    expect(save).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Save As/) } });
  });

  it('an edit survives save and reopen; the previous version is kept as .bak', async () => {
    await h.call('workspace.newFromSamples', {});
    const path = join(h.dir, 'mine.db');
    await h.call('workspace.saveAs', { path });
    const [fact] = await h.call('facts.list', {});
    await h.call('facts.update', { id: fact!.id, changes: { value: 4.2, period: '2024' } });
    expect((await h.call('workspace.info', {})).dirty).toBe(true);
    const saved = await h.call('workspace.save', {});
    expect(saved.dirty).toBe(false);
    expect((await readdir(h.dir)).sort()).toEqual(['mine.db', 'mine.db.bak']);

    await h.call('workspace.new', {});
    const reopened = await h.call('workspace.open', { path });
    expect(reopened).toMatchObject({ path, dirty: false });
    const after = (await h.call('facts.list', {})).find((f) => f.id === fact!.id)!;
    expect(after).toMatchObject({ value: 4.2, period: '2024' });
    // Undo still works after reopening: the audit trail travels inside the file.
    await h.call('facts.undo', {});
    expect((await h.call('facts.list', {})).find((f) => f.id === fact!.id)).toMatchObject({ value: fact!.value, period: fact!.period });
    // The .bak is the PREVIOUS version (before the edit), not just a file by that name.
    expect(fact!.value).not.toBe(4.2);
    await h.call('workspace.open', { path: `${path}.bak`, discardChanges: true });
    expect((await h.call('facts.list', {})).find((f) => f.id === fact!.id)).toMatchObject({ value: fact!.value, period: fact!.period });
  });

  it('an edit made while a save is being written keeps the workspace marked unsaved', async () => {
    await h.call('workspace.newFromSamples', {});
    const [fact] = await h.call('facts.list', {});
    const saving = h.call('workspace.saveAs', { path: join(h.dir, 'busy.db') });
    const editing = h.call('facts.accept', { ids: [fact!.id] });
    await Promise.all([saving, editing]);
    expect(await h.call('workspace.info', {})).toMatchObject({ path: join(h.dir, 'busy.db'), dirty: true });
    await h.call('workspace.save', {});
    expect((await h.call('workspace.info', {})).dirty).toBe(false);
  });

  it('refuses a file that is not a workspace and leaves the open workspace as it was', async () => {
    await h.call('workspace.newFromSamples', {});
    const before = await h.call('workspace.info', {});
    const bad = join(h.dir, 'notes.db');
    await writeFile(bad, 'these are my notes, not a database');
    const out = await h.outcome('workspace.open', { path: bad, discardChanges: true });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(['unreadable-file', 'refused-file']).toContain(out.error.code);
      expect(out.error.message).toContain('notes.db');
    }
    expect(await h.call('workspace.info', {})).toEqual(before);
    const missing = await h.outcome('workspace.open', { path: join(h.dir, 'nope.db'), discardChanges: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('nope.db') } });
  });

  it('refuses to replace a workspace with unsaved changes unless the caller confirms discarding them', async () => {
    await h.call('workspace.newFromSamples', {});
    expect((await h.call('workspace.info', {})).dirty).toBe(true);
    const refused = await h.outcome('workspace.new', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/unsaved changes/) } });
    expect((await h.call('workspace.info', {})).documents).toBeGreaterThan(0);
    expect(await h.call('workspace.new', { discardChanges: true })).toMatchObject({ documents: 0 });
  });

  it('says clearly when it cannot save to a folder that does not exist', async () => {
    await h.call('workspace.new', {});
    const out = await h.outcome('workspace.saveAs', { path: join(h.dir, 'no-such-folder', 'x.db') });
    expect(out).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/folder does not exist/) } });
    expect((await h.call('workspace.info', {})).path).toBeNull();
  });

  it('announces replaced workspaces to every view', async () => {
    await h.call('workspace.new', {});
    const changed = h.events.filter((e) => e.event === 'workspace.changed').map((e) => (e.payload as { tables: string[] }).tables);
    expect(changed.at(-1)).toEqual(expect.arrayContaining(['documents', 'facts', 'audit']));
  });

  it('without a native dialog (browser preview) the pickers say so instead of failing', async () => {
    expect(await h.call('dialog.pickWorkspace', { purpose: 'open' })).toEqual({ paths: [], dialogAvailable: false });
    h.ctx.dialogs = { pickWorkspace: async (p) => [`/tmp/${p}.db`], pickReports: async () => ['/tmp/a.txt', '/tmp/b.txt'] };
    expect(await h.call('dialog.pickWorkspace', { purpose: 'save' })).toEqual({ paths: ['/tmp/save.db'], dialogAvailable: true });
    expect(await h.call('dialog.pickReports', {})).toEqual({ paths: ['/tmp/a.txt', '/tmp/b.txt'], dialogAvailable: true });
  });
});
