// What a PDF or Word file that is not a readable report meets: a scan (pages that are images) is refused with a
// message saying so and what to do; a truncated or crafted PDF/.docx/.doc is refused clearly and well within the
// time limit; a read that runs past the limit is stopped and says so; and through reports.import nothing of a
// refused batch is kept. A good PDF through the same path stores its facts with their pages, identified by its
// bytes. The files are made here with Chromium and LibreOffice from the bundled samples.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../main/core/store/hash';
import { PlanscopeError } from '../../main/core/errors';
import { sayIn } from '../../main/core/messages';
import { DEFAULT_DOCUMENT_LIMITS } from '../../main/documents-worker/protocol';
import { checkDocumentWorkerHardening, documentWorkers, dropSpareDocumentWorker, readDocument } from '../../main/documents-worker/read-document';
import { readReportDocument } from '../../main/documents-worker/report-document';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';
import { convertWithLibreOffice, printImageOnlyPdf, printTwoColumnPdfs, readBytes, sofficePath } from './documents-make';

const dir = mkdtempSync(path.join(tmpdir(), 'planscope-refusals-'));
const SAMPLE = '001_c2878a9ffa656724.txt';
const hasSoffice = sofficePath() !== null;
const file = (ext: string) => path.join(dir, SAMPLE.replace(/\.txt$/, ext));
/** A limit far above what refusing takes, so "refused within the limit" is measured, not the timer firing. */
const LIMITS = { ...DEFAULT_DOCUMENT_LIMITS, timeoutMs: 20_000 };

beforeAll(async () => {
  await printTwoColumnPdfs([{ text: readFileSync(path.join(SAMPLES_DIR, SAMPLE), 'utf8'), head: '计划报告', out: file('.pdf') }]);
  await printImageOnlyPdf(path.join(dir, 'scan.pdf'), 3);
  if (hasSoffice) for (const f of ['docx', 'doc'] as const) convertWithLibreOffice([path.join(SAMPLES_DIR, SAMPLE)], f, dir);
}, 180_000);
afterAll(() => {
  dropSpareDocumentWorker();
  rmSync(dir, { recursive: true, force: true });
});

const half = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length / 2));

async function refusal(name: string, bytes: Uint8Array): Promise<{ code: string; message: string; zh: string; ms: number }> {
  const t0 = Date.now();
  try {
    await readReportDocument(name, bytes, { limits: LIMITS });
  } catch (err) {
    const { code, message, say } = err as PlanscopeError;
    return { code, message, zh: say ? sayIn('zh-CN', say) : '', ms: Date.now() - t0 };
  }
  throw new Error(`${name} was read, not refused`);
}

describe('a PDF or Word file that is not a readable report is refused, saying why', () => {
  it('a scanned PDF (image pages, no text layer), in Chinese and English', async () => {
    const r = await refusal('扫描件.pdf', readBytes(path.join(dir, 'scan.pdf')));
    expect(r.code).toBe('unreadable-file');
    expect(r.zh).toContain('扫描件.pdf：这份PDF是扫描图像，没有文字层');
    expect(r.zh).toContain('OCR');
    expect(r.message).toContain('扫描件.pdf is a scanned PDF');
    expect(r.message).toContain('OCR');
  }, 60_000);

  it('a truncated PDF', async () => {
    const r = await refusal('cut.pdf', half(readBytes(file('.pdf'))));
    expect(r).toMatchObject({ code: 'unreadable-file' });
    expect(r.message).toMatch(/cut\.pdf is cut off/);
    expect(r.ms).toBeLessThan(LIMITS.timeoutMs);
  }, 60_000);

  it('a crafted PDF: a header, garbage and an end marker', async () => {
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'1 0 obj << /Type /Catalog /Pages 9 0 R >>\n'.repeat(50)}trailer << /Root 1 0 R >>\n%%EOF\n`);
    const r = await refusal('crafted.pdf', junk);
    expect(r.code).toBe('unreadable-file');
    expect(r.message).toMatch(/crafted\.pdf/);
    expect(r.ms).toBeLessThan(LIMITS.timeoutMs);
  }, 60_000);

  it.skipIf(!hasSoffice)('a truncated .docx (skipped when soffice is missing)', async () => {
    const r = await refusal('cut.docx', half(readBytes(file('.docx'))));
    expect(r.code).toBe('unreadable-file');
    expect(r.message).toMatch(/cut\.docx .*(damaged|cut off)/);
  }, 60_000);

  it.skipIf(!hasSoffice)('a truncated .doc (skipped when soffice is missing)', async () => {
    const r = await refusal('cut.doc', half(readBytes(file('.doc'))));
    expect(r.code).toBe('unreadable-file');
    expect(r.message).toMatch(/cut\.doc .*(damaged|cut off)/);
  }, 60_000);

  it('a read that takes longer than the time limit is stopped and says so', async () => {
    const bytes = readBytes(file('.pdf'));
    await expect(readDocument('slow.pdf', bytes, 'pdf', { limits: { ...LIMITS, timeoutMs: 1 } })).rejects.toMatchObject({
      code: 'limit-exceeded', message: expect.stringMatching(/Reading slow\.pdf took longer than 0 s/),
    });
  }, 60_000);

  it('a PDF of more pages than the limit', async () => {
    await expect(readReportDocument('long.pdf', readBytes(file('.pdf')), { limits: { ...LIMITS, maxPages: 2 } })).rejects.toMatchObject({
      code: 'limit-exceeded', message: expect.stringMatching(/long\.pdf has \d+ pages; Planscope reads reports of up to 2 pages/),
    });
  }, 60_000);
});

describe('the document worker', () => {
  it('keeps one spare PDF reader; a read stopped at its time limit in it still terminates it, and the next read works', async () => {
    const bytes = readBytes(file('.pdf'));
    const first = await readDocument('a.pdf', bytes, 'pdf', { limits: LIMITS });
    expect(documentWorkers().spare).toBe(true);
    await expect(readDocument('slow.pdf', bytes, 'pdf', { limits: { ...LIMITS, timeoutMs: 1 } })).rejects.toMatchObject({ code: 'limit-exceeded' });
    // The stopped read's worker exits; what is left is the new spare, which has seen no file.
    await vi.waitFor(() => expect(documentWorkers()).toEqual({ running: 1, spare: true }), { timeout: 20_000, interval: 50 });
    expect(await readDocument('a.pdf', bytes, 'pdf', { limits: LIMITS })).toEqual(first);
  }, 120_000);

  it('a spare that died while waiting is not used: the next read starts a fresh worker', async () => {
    const bytes = readBytes(file('.pdf'));
    const first = await readDocument('a.pdf', bytes, 'pdf', { limits: LIMITS });
    dropSpareDocumentWorker();
    expect(documentWorkers().spare).toBe(false);
    expect(await readDocument('a.pdf', bytes, 'pdf', { limits: LIMITS })).toEqual(first);
  }, 120_000);

  it('has the built-in prototypes frozen once its parser is loaded, so a crafted file cannot pollute them', async () => {
    expect(await checkDocumentWorkerHardening()).toEqual({ objectPrototypeFrozen: true, arrayPrototypeFrozen: true, pollutionRefused: true, nativeArrayPush: true });
  }, 60_000);
});

describe('reports.import with PDF files', () => {
  let h: SpineHarness;
  beforeEach(async () => {
    h = await spineHarness();
    await h.call('workspace.new', {});
  });
  afterEach(() => h.cleanup());
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

  it('keeps nothing of a batch with a truncated PDF in it', async () => {
    const out = await h.outcome('reports.import', { files: [
      { fileName: 'good.txt', base64: b64(readBytes(path.join(SAMPLES_DIR, SAMPLE))) },
      { fileName: 'cut.pdf', base64: b64(half(readBytes(file('.pdf')))) },
    ] });
    expect(out).toMatchObject({ ok: false, error: { code: 'unreadable-file', message: expect.stringContaining('cut.pdf') } });
    expect(await h.call('reports.list', {})).toEqual([]);
    expect((await h.call('workspace.info', {})).facts).toBe(0);
  }, 60_000);

  it('stores a PDF report identified by its bytes, its facts with their pages, and reports progress per page', async () => {
    const bytes = readBytes(file('.pdf'));
    const r = await h.call('reports.import', { files: [{ fileName: 'report.pdf', base64: b64(bytes) }] });
    expect(r.reports[0]!.factCount).toBeGreaterThan(50);
    const [doc] = await h.call('reports.list', {});
    expect(doc).toMatchObject({ fileName: 'report.pdf', encoding: 'pdf', hash: sha256Hex(bytes) });
    const facts = await h.call('facts.list', {});
    expect(facts.every((f) => Number.isInteger(f.page) && f.page! >= 1)).toBe(true);
    expect(new Set(facts.map((f) => f.page)).size).toBeGreaterThan(1);
    // Per page: the file as data, the page count as numbers the interface words in its own language.
    const pages = h.events.filter((e) => e.event === 'progress').map((e) => e.payload as { label: string; page?: { done: number; total: number } }).filter((p) => p.page);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatchObject({ label: 'report.pdf', page: { done: 1 } });
    expect(pages.every((p) => p.page!.total === pages[0]!.page!.total && p.page!.done <= p.page!.total)).toBe(true);
    const again = await h.call('reports.import', { files: [{ fileName: 'copy.pdf', base64: b64(bytes) }] });
    expect(again.reports[0]!.existed).toBe(true);
  }, 60_000);
});
