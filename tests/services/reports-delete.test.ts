// reports.delete (issue 16), on real sql.js: a report and its facts go as one audited action; facts.undo brings
// back every column of the report row and of each fact (ids, statuses, corrections); facts.redo deletes again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sayIn } from '../../main/contract/messages';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.new', {});
});
afterEach(() => h.cleanup());

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const file = async (name: string, sample: string) => ({ fileName: name, base64: b64(await readFile(join(SAMPLES_DIR, sample))) });

async function twoReports() {
  const r = await h.call('reports.import', { files: [await file('000.txt', '000_8903ae0473562cee.txt'), await file('002.txt', '002_14ea47935ffe9678.txt')] });
  return { doomed: r.reports[0]!.documentId, kept: r.reports[1]!.documentId };
}

/** Every column of the report and of its facts, as stored. */
function stored(documentId: number) {
  const ws = h.ctx.session.current();
  return { document: ws.all('SELECT * FROM documents WHERE id = ?', [documentId]), facts: ws.all('SELECT * FROM facts WHERE document_id = ? ORDER BY id', [documentId]) };
}

describe('deleting a report', () => {
  it('deletes the report and its facts, says how many were reviewed or corrected, and undo restores every column', async () => {
    const { doomed, kept } = await twoReports();
    const facts = await h.call('facts.list', { filter: { documentId: doomed } });
    expect(facts.length).toBeGreaterThan(5);
    await h.call('facts.accept', { ids: [facts[0]!.id, facts[1]!.id] });
    await h.call('facts.reject', { ids: [facts[2]!.id] });
    await h.call('facts.update', { id: facts[3]!.id, changes: { value: 123.4 } });
    const listed = (await h.call('reports.list', {})).find((r) => r.id === doomed)!;
    expect(listed).toMatchObject({ factCount: facts.length, reviewedCount: 3, editedCount: 1 });
    const before = stored(doomed);
    const keptBefore = stored(kept);
    h.events.length = 0;

    const deleted = await h.call('reports.delete', { documentId: doomed });
    expect(deleted).toMatchObject({ documentId: doomed, fileName: '000.txt', factCount: facts.length, reviewedCount: 3, editedCount: 1 });
    expect(h.events).toContainEqual({ event: 'workspace.changed', payload: { tables: ['documents', 'facts', 'audit'] } });
    expect(stored(doomed)).toEqual({ document: [], facts: [] });
    expect(stored(kept)).toEqual(keptBefore);
    const [audit] = await h.call('facts.history', { limit: 1 });
    expect(audit).toMatchObject({ action: 'reports.delete', undone: false, factIds: facts.map((f) => f.id) });
    const row = h.ctx.session.current().one('SELECT before FROM audit WHERE id = ?', [audit!.id])!;
    expect(JSON.parse(String(row.before))).toEqual({ document: before.document[0], facts: before.facts });

    h.events.length = 0;
    const undone = await h.call('facts.undo', {});
    expect(undone.entry).toMatchObject({ action: 'reports.delete', undone: true });
    expect(h.events).toContainEqual({ event: 'workspace.changed', payload: { tables: ['documents', 'facts', 'audit'] } });
    expect(undone.facts.map((f) => f.id)).toEqual(facts.map((f) => f.id));
    expect(stored(doomed)).toEqual(before);
    const byId = (xs: { id: number }[]) => [...xs].sort((a, b) => a.id - b.id);
    expect(byId(await h.call('facts.list', { filter: { documentId: doomed } }))).toEqual(byId(undone.facts));

    const redone = await h.call('facts.redo', {});
    expect(redone.entry).toMatchObject({ action: 'reports.delete', undone: false });
    expect(stored(doomed)).toEqual({ document: [], facts: [] });
    await h.call('facts.undo', {});
    expect(stored(doomed)).toEqual(before);
    // The correction made before the delete is next on the stack, and still undoes.
    const edit = await h.call('facts.undo', {});
    expect(edit.entry).toMatchObject({ action: 'facts.update' });
    expect(edit.facts[0]).toMatchObject({ id: facts[3]!.id, value: facts[3]!.value });
  });

  it('a delete asked for during an import waits for it, so the import failing does not take the delete with it', async () => {
    const { doomed } = await twoReports();
    h.events.length = 0;
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0xff]);
    const importing = h.outcome('reports.import', { files: [await file('003.txt', '003_1b0469831f20ca46.txt'), { fileName: 'chart.png', base64: b64(png) }] });
    // Once the import is inside its savepoint (reading its first file), ask for the delete.
    await expect.poll(() => h.events.some((e) => e.event === 'progress')).toBe(true);
    const deleting = h.outcome('reports.delete', { documentId: doomed });
    expect(await importing).toMatchObject({ ok: false });
    expect(await deleting).toMatchObject({ ok: true });
    expect(stored(doomed)).toEqual({ document: [], facts: [] });
    expect((await h.call('facts.history', { limit: 1 }))[0]).toMatchObject({ action: 'reports.delete' });
  });

  it('refuses an unknown report clearly and changes nothing', async () => {
    await twoReports();
    const info = await h.call('workspace.info', {});
    const out = await h.outcome('reports.delete', { documentId: 999 });
    expect(out).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('999') } });
    expect(await h.call('workspace.info', {})).toEqual(info);
    expect((await h.call('facts.history', { limit: 5 })).some((e) => e.action === 'reports.delete')).toBe(false);
  });

  it('refuses to undo when the same report was imported again since, and keeps the new copy', async () => {
    const { doomed } = await twoReports();
    await h.call('reports.delete', { documentId: doomed });
    const again = await h.call('reports.import', { files: [await file('000.txt', '000_8903ae0473562cee.txt')] });
    const info = await h.call('workspace.info', {});
    const out = await h.outcome('facts.undo', {});
    expect(out).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Cannot undo deleting the report'), say: { id: 'report.undo-delete-taken' } } });
    if (!out.ok) expect(sayIn('zh-CN', out.error.say!)).toMatch(/^无法撤销删除报告“.+”：之后又导入了同一份报告/);
    expect(await h.call('workspace.info', {})).toEqual(info);
    expect(stored(again.reports[0]!.documentId).document).toHaveLength(1);
  });

  it('a new review action after undoing the delete drops its redo, as for any edit', async () => {
    const { doomed } = await twoReports();
    await h.call('reports.delete', { documentId: doomed });
    await h.call('facts.undo', {});
    const [fact] = await h.call('facts.list', { filter: { documentId: doomed } });
    await h.call('facts.accept', { ids: [fact!.id] });
    expect((await h.call('facts.redo', {})).entry).toBeNull();
    expect(stored(doomed).document).toHaveLength(1);
  });
});
