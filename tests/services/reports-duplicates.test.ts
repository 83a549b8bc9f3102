// reports.import and near duplicates (issue 16), on real sql.js: a report that repeats one already in the
// workspace in other bytes (a GBK copy, the web page of a .txt, another edition with the same title, region and
// period) is not imported silently: it comes back in `duplicates` (which file, which report, why) until the
// caller says skip or import anyway; the same bytes again stay "already there", as before.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePdfBase64 } from '../core/documents-make';
import { encodeLegacyLossy } from '../fixtures/reports/legacy-encoder';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.new', {});
});
afterEach(() => h.cleanup());

// Sample 001 has footnote marks (¹ ²) that GBK cannot hold: its GBK copy has "?" there, so its text differs.
const SAMPLE = '001_c2878a9ffa656724.txt';
const sampleText = async () => (await readFile(join(SAMPLES_DIR, SAMPLE))).toString('utf8');
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const reportCount = async () => (await h.call('workspace.info', {})).documents;

async function importOriginal() {
  const r = await h.call('reports.import', { files: [{ fileName: '001.txt', base64: b64(await sampleText()) }] });
  return r.reports[0]!;
}

describe('near-duplicate reports on import', () => {
  it('holds back a GBK copy of a UTF-8 report, naming the file, the report it repeats and why', async () => {
    const first = await importOriginal();
    const gbk = encodeLegacyLossy(await sampleText(), 'gbk');
    expect(Buffer.from(gbk).toString('latin1')).toContain('?'); // the copy really lost characters: its text differs
    const again = await h.call('reports.import', { files: [{ fileName: '001-gbk.txt', base64: b64(gbk) }] });
    expect(again.reports).toEqual([]);
    expect(again.factCount).toBe(0);
    expect(again.duplicates).toEqual([{
      fileName: '001-gbk.txt', title: first.title, reason: 'same-text', held: 'ask',
      existing: { documentId: first.documentId, title: first.title, fileName: '001.txt', importedAt: expect.any(String) },
    }]);
    expect(await reportCount()).toBe(1);
  });

  it('skips it when told to, and imports it anyway as a report of its own when told to', async () => {
    const first = await importOriginal();
    const gbk = b64(encodeLegacyLossy(await sampleText(), 'gbk'));
    const skipped = await h.call('reports.import', { files: [{ fileName: '001-gbk.txt', base64: gbk, onDuplicate: 'skip' }] });
    expect(skipped.duplicates).toMatchObject([{ fileName: '001-gbk.txt', held: 'skip' }]);
    expect(await reportCount()).toBe(1);
    const kept = await h.call('reports.import', { files: [{ fileName: '001-gbk.txt', base64: gbk, onDuplicate: 'import' }] });
    expect(kept.duplicates).toEqual([]);
    expect(kept.reports).toMatchObject([{ fileName: '001-gbk.txt', existed: false }]);
    expect(kept.reports[0]!.documentId).not.toBe(first.documentId);
    expect(await reportCount()).toBe(2);
    // Two reports with one title are told apart wherever reports are chosen: by their file names.
    const choices = (await h.call('facts.filterOptions', {})).documents.map((d) => d.title);
    expect(choices).toEqual([`${first.title} (001.txt)`, `${first.title} (001-gbk.txt)`]);
    expect((await h.call('scores.choices', {})).documents.map((d) => d.title)).toEqual(choices);
  });

  it('still says a byte-identical file is already there, without asking', async () => {
    const first = await importOriginal();
    const again = await h.call('reports.import', { files: [{ fileName: 'copy.txt', base64: b64(await sampleText()) }] });
    expect(again.duplicates).toEqual([]);
    expect(again.reports).toMatchObject([{ existed: true, documentId: first.documentId }]);
  });

  it('holds back the web page of a report imported as text (markup and spacing are not words)', async () => {
    const first = await importOriginal();
    const lines = (await sampleText()).split('\n').filter((l) => l.trim());
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${lines.map((l) => `  <p>${l.replace(/ /g, '&nbsp;')}</p>`).join('\n')}\n</body></html>`;
    const r = await h.call('reports.import', { files: [{ fileName: '001.html', base64: b64(page) }] });
    expect(r.duplicates).toMatchObject([{ fileName: '001.html', reason: 'same-text', existing: { documentId: first.documentId } }]);
  });

  it('holds back the PDF printed from a report imported as text', async () => {
    const first = await importOriginal();
    // The sample printed by Chromium as a two-column PDF with a running head (tests/core/documents-make.ts).
    const pdf = await samplePdfBase64(SAMPLE);
    const r = await h.call('reports.import', { files: [{ fileName: '001.pdf', base64: pdf }] });
    expect(r.reports).toEqual([]);
    // The PDF reader leaves out the running head, so the rebuilt text has the same words and figures.
    expect(r.duplicates).toMatchObject([{ fileName: '001.pdf', reason: 'same-text', existing: { documentId: first.documentId } }]);
  }, 60_000);

  it('holds back another edition with the same title, region and period, though its text differs', async () => {
    const first = await importOriginal();
    const text = await sampleText();
    const shorter = text.slice(0, Math.floor(text.length * 0.6)); // the same report, cut short (a partial repost)
    const r = await h.call('reports.import', { files: [{ fileName: '001-part.txt', base64: b64(shorter) }] });
    expect(r.duplicates).toMatchObject([{ fileName: '001-part.txt', reason: 'same-title', existing: { documentId: first.documentId } }]);
  });

  it('imports a different report as before', async () => {
    await importOriginal();
    const other = await readFile(join(SAMPLES_DIR, '002_14ea47935ffe9678.txt'));
    const r = await h.call('reports.import', { files: [{ fileName: '002.txt', base64: b64(other) }] });
    expect(r.duplicates).toEqual([]);
    expect(r.reports).toMatchObject([{ existed: false }]);
  });

  it('finds duplicates of reports stored before their key existed (an older workspace, a merged report)', async () => {
    const first = await importOriginal();
    const ws = h.ctx.session.current();
    ws.run('UPDATE documents SET text_key = NULL');
    const r = await h.call('reports.import', { files: [{ fileName: '001-gbk.txt', base64: b64(encodeLegacyLossy(await sampleText(), 'gbk')) }] });
    expect(r.duplicates).toMatchObject([{ reason: 'same-text', existing: { documentId: first.documentId } }]);
    expect(ws.one('SELECT text_key FROM documents WHERE id = ?', [first.documentId])?.text_key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a copy in the same batch as its original is held back too, and the rest of the batch is imported', async () => {
    const r = await h.call('reports.import', { files: [
      { fileName: '001.txt', base64: b64(await sampleText()) },
      { fileName: '001-gbk.txt', base64: b64(encodeLegacyLossy(await sampleText(), 'gbk')) },
    ] });
    expect(r.reports.map((x) => x.fileName)).toEqual(['001.txt']);
    expect(r.duplicates).toMatchObject([{ fileName: '001-gbk.txt', existing: { fileName: '001.txt' } }]);
    expect(await reportCount()).toBe(1);
  });
});
