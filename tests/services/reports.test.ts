// Importing reports through the contract: base64 and file paths, many files, progress, all-or-nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.new', {});
  h.events.length = 0;
});
afterEach(() => h.cleanup());

const sample = (name: string) => readFile(join(SAMPLES_DIR, name));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('reports services', () => {
  it('imports several reports sent as base64 and as paths, with a progress event per report', async () => {
    const p = join(h.dir, '002.txt');
    await writeFile(p, await sample('002_14ea47935ffe9678.txt'));
    const r = await h.call('reports.import', { files: [
      { fileName: '000.txt', base64: b64(await sample('000_8903ae0473562cee.txt')) },
      { path: p },
    ] });
    expect(r.reports.map((x) => x.fileName)).toEqual(['000.txt', '002.txt']);
    expect(r.reports.every((x) => !x.existed && x.factCount > 0 && x.title.length > 0)).toBe(true);
    expect(r.factCount).toBe(r.reports[0]!.factCount + r.reports[1]!.factCount);
    const progress = h.events.filter((e) => e.event === 'progress').map((e) => e.payload);
    expect(progress).toEqual([
      { task: 'reports.import', done: 0, total: 2, label: '000.txt' },
      { task: 'reports.import', done: 1, total: 2, label: '002.txt' },
      { task: 'reports.import', done: 2, total: 2, label: '' },
    ]);
    expect(h.events).toContainEqual({ event: 'workspace.changed', payload: { tables: ['documents', 'facts', 'audit'] } });
    const list = await h.call('reports.list', {});
    const byId = (xs: { documentId?: number; id?: number; factCount: number }[]) => Object.fromEntries(xs.map((x) => [x.documentId ?? x.id, x.factCount]));
    expect(byId(list)).toEqual(byId(r.reports));
    expect((await h.call('workspace.info', {})).dirty).toBe(true);
  });

  it('importing the same report again adds nothing and says it was already there', async () => {
    const file = { fileName: '001.txt', base64: b64(await sample('001_c2878a9ffa656724.txt')) };
    const first = await h.call('reports.import', { files: [file] });
    const again = await h.call('reports.import', { files: [file] });
    expect(again.reports[0]).toMatchObject({ existed: true, documentId: first.reports[0]!.documentId });
    expect(again.factCount).toBe(0);
    expect((await h.call('workspace.info', {})).facts).toBe(first.factCount);
  });

  it('one bad file refuses the whole import, names the file, and changes nothing', async () => {
    await h.call('reports.import', { files: [{ fileName: '000.txt', base64: b64(await sample('000_8903ae0473562cee.txt')) }] });
    const before = { info: await h.call('workspace.info', {}), facts: await h.call('facts.list', {}) };
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0xff]);
    const out = await h.outcome('reports.import', { files: [
      { fileName: '003.txt', base64: b64(await sample('003_1b0469831f20ca46.txt')) },
      { fileName: 'chart.png', base64: b64(png) },
    ] });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(['unreadable-file', 'bad-input']).toContain(out.error.code);
      expect(out.error.message).toContain('chart.png');
    }
    expect(await h.call('workspace.info', {})).toEqual(before.info);
    expect(await h.call('facts.list', {})).toEqual(before.facts);
  });

  it('refuses empty files, missing paths and damaged base64 with the file named', async () => {
    const empty = await h.outcome('reports.import', { files: [{ fileName: 'empty.txt', base64: '' }] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'unreadable-file', message: expect.stringContaining('empty.txt is empty') } });
    const missing = await h.outcome('reports.import', { files: [{ path: join(h.dir, 'gone.txt') }] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('gone.txt') } });
    const mangled = await h.outcome('reports.import', { files: [{ fileName: 'x.txt', base64: '5Zu9@@@' }] });
    expect(mangled).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('x.txt') } });
    const none = await h.outcome('reports.import', { files: [] });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('at least one report') } });
  });

  it('gives the original text, so fact spans point at the sentence they came from', async () => {
    const r = await h.call('reports.import', { files: [{ fileName: '000.txt', base64: b64(await sample('000_8903ae0473562cee.txt')) }] });
    const id = r.reports[0]!.documentId;
    const text = await h.call('reports.getText', { documentId: id });
    expect(text).toMatchObject({ documentId: id, fileName: '000.txt' });
    const facts = await h.call('facts.list', { filter: { documentId: id } });
    const located = facts.filter((x) => x.start !== null && x.quote);
    // Every extracted fact carries its span; an empty or span-less list would pass the loop below.
    expect(located.length).toBe(facts.length);
    expect(located.length).toBeGreaterThan(20);
    for (const f of located) expect(text.text.slice(f.start!, f.end!)).toBe(f.quote);
    for (const f of located) expect(text.spans[f.id]).toEqual([f.start, f.end]);
    expect(await h.outcome('reports.getText', { documentId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('shows a web page without its markup, with every fact marked on the same words (issue 16)', async () => {
    // A real page as saved from the web (zhejiang.gov.cn, see tests/fixtures/real/README.md), tags and entities in it.
    const html = readFileSync(join(import.meta.dirname, '../fixtures/real/zhejiang_2026_gov_work_report_summary_raw.html'));
    const r = await h.call('reports.import', { files: [{ fileName: 'zj.html', base64: html.toString('base64'), year: 2025 }] });
    const id = r.reports[0]!.documentId;
    const shown = await h.call('reports.getText', { documentId: id });
    expect(shown.text).not.toMatch(/<\/?(p|div|span|h\d|br|script|a)\b/i);
    expect(shown.text).not.toMatch(/&(gt|lt|amp|nbsp);/);
    const facts = (await h.call('facts.list', { filter: { documentId: id } })).filter((f) => f.start !== null && f.quote);
    expect(facts.length).toBeGreaterThan(3);
    // The marked words are the fact's own (the quote is read from the stored page with the same spans).
    for (const f of facts) {
      const [s, e] = shown.spans[f.id]!;
      expect(shown.text.slice(s, e).replace(/\s+/g, '')).toBe(f.quote!.replace(/<[^>]*>/g, '').replace(/\s+/g, ''));
    }
  });
});
