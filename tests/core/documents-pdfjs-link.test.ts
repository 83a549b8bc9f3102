// pdf.js's two ends joined in one thread without copying (main/documents-worker/pdfjs-load.ts) must give exactly
// what pdf.js's own cloning link gives: every text item of every page, on a real Chromium gazette made from a
// bundled sample, and a second document on a link of its own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inThreadPdfjsWorker, loadPdfjs, PDFJS_TEXT_OPTIONS, type Pdfjs } from '../../main/documents-worker/pdfjs-load';
import { SAMPLES_DIR } from '../helpers/spine-context';
import { printTwoColumnPdfs, readBytes } from './documents-make';

const dir = mkdtempSync(path.join(tmpdir(), 'planscope-pdfjs-link-'));
const pdf = path.join(dir, 'report.pdf');
const data = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
let pdfjs: Pdfjs;

beforeAll(async () => {
  await printTwoColumnPdfs([{ text: readFileSync(path.join(SAMPLES_DIR, '001_c2878a9ffa656724.txt'), 'utf8'), head: '计划报告', out: pdf }]);
  pdfjs = await loadPdfjs();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function textItems(inThread: boolean): Promise<unknown[][]> {
  const worker = inThread ? inThreadPdfjsWorker(pdfjs) : undefined;
  const doc = await pdfjs.getDocument({ ...PDFJS_TEXT_OPTIONS, worker, data: readBytes(pdf), cMapUrl: `${data}/cmaps/`, standardFontDataUrl: `${data}/standard_fonts/` }).promise;
  const pages: unknown[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    // The font's name carries the document's number ("g_d0_f1", "g_d1_f1"): every document opened counts up.
    pages.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ({ ...i, fontName: 'fontName' in i ? i.fontName.replace(/^g_d\d+_/, '') : undefined })));
  }
  await doc.destroy();
  worker?.destroy();
  return pages;
}

describe('pdf.js linked in one thread without copying', () => {
  it('gives every text item of every page that its own cloning link gives', async () => {
    const cloned = await textItems(false);
    expect(cloned.flat().length).toBeGreaterThan(1000);
    expect(await textItems(true)).toEqual(cloned);
    expect(await textItems(true)).toEqual(cloned); // a second document, on its own link
  }, 120_000);
});
