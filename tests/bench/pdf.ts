// Reading a 100-page PDF report: the sample reports printed as one long two-column gazette (Chromium, running head
// and page numbers) and read back through the document worker, as an import does. Reports pages per second
// (wall clock: the worker has its own thread) and the cost beside extracting the facts of the text it gives
// (read_to_extract, the target: reading the PDF costs no more than 3× extracting its text); beside pdf.js's
// own getTextContent of every page in this process (read_to_pdfjs_text: how much of the read is pdf.js's floor),
// and our layout of those items alone. cold_read_s is the first read after start (a worker to start and pdf.js to
// load); the timed reads find the spare worker the reader keeps (pdf.js loaded), as the app's next import does.
// one_page_read_s is what a one-page PDF costs that way, so the per-page rate beyond it can be seen. pdf.js alone
// is timed as pdf.js ships it (its own in-thread link), the fastest of three runs in this warmed thread;
// pdfjs_text_first_s is its first run, when (as in every read's fresh worker) none of its code is optimised yet.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../../main/core/extract';
import { layoutPdfText, type PdfPageItems } from '../../main/core/documents/pdf-text';
import { loadPdfjs, pageTextItems, PDFJS_TEXT_OPTIONS, type Pdfjs } from '../../main/documents-worker/pdfjs-load';
import { dropSpareDocumentWorker } from '../../main/documents-worker/read-document';
import { readReportDocument } from '../../main/documents-worker/report-document';
import { printTwoColumnPdfs, readBytes } from '../core/documents-make';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');
const PAGES = 100;

async function hundredPagePdf(out: string): Promise<Uint8Array> {
  const texts = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(samples, f), 'utf8'));
  let text = texts.join('\n');
  for (let round = 0; round < 8; round++) {
    await printTwoColumnPdfs([{ text, head: '国民经济和社会发展计划报告汇编', out }]);
    const pages = (await readReportDocument('probe.pdf', readBytes(out)))!.pages.length;
    if (pages >= PAGES) break;
    text += '\n' + texts.join('\n').slice(0, Math.ceil((texts.join('\n').length * (PAGES - pages)) / Math.max(1, pages) * 1.1));
  }
  return readBytes(out);
}

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js alone: open the PDF and getTextContent every page (this thread, the reader's options), and the items. */
async function pdfjsText(pdfjs: Pdfjs, bytes: Uint8Array): Promise<PdfPageItems[]> {
  const doc = await pdfjs.getDocument({ ...PDFJS_TEXT_OPTIONS, data: bytes.slice(), cMapUrl: `${pdfjsDir}/cmaps/`, standardFontDataUrl: `${pdfjsDir}/standard_fonts/` }).promise;
  const pages: PdfPageItems[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as number[];
    pages.push({ page: n, width: x1! - x0!, height: y1! - y0!, items: pageTextItems((await page.getTextContent()).items, page.view) });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/** The fastest of `times` runs (s), the first (first_s: code not yet optimised, as in a fresh worker), the last value. */
async function best<T>(times: number, fn: () => Promise<T> | T): Promise<{ s: number; first_s: number; value: T }> {
  const runs: number[] = [];
  let value!: T;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    value = await fn();
    runs.push((performance.now() - t0) / 1000);
  }
  return { s: Math.min(...runs), first_s: runs[0]!, value };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planscope-bench-pdf-'));
  try {
    const bytes = await hundredPagePdf(path.join(dir, 'gazette.pdf'));
    dropSpareDocumentWorker(); // the probes above left one: the first read after start has none
    const cold = await best(1, () => readReportDocument('gazette.pdf', bytes));
    const reads = await best(3, () => readReportDocument('gazette.pdf', bytes));
    const doc = reads.value!;
    await printTwoColumnPdfs([{ text: '某区2024年国民经济和社会发展计划。地区生产总值增长6%左右。', head: '计划', out: path.join(dir, 'one.pdf') }]);
    const one = readBytes(path.join(dir, 'one.pdf'));
    const startup = (await best(3, () => readReportDocument('one.pdf', one))).s;
    dropSpareDocumentWorker();
    readReport(doc.text, 'gazette.pdf');
    const extract = await best(3, () => readReport(doc.text, 'gazette.pdf').facts.length);
    const facts = extract.value;
    // Last: pdf.js in this thread installs its polyfills here, which must not touch the extraction timed above.
    const pdfjs = await loadPdfjs();
    const pdfjsAlone = await best(3, () => pdfjsText(pdfjs, bytes));
    const layout = await best(3, () => layoutPdfText(pdfjsAlone.value));
    if (layout.value.text !== doc.text) throw new Error('the layout of pdf.js\'s items in this thread is not the text the reader gave');
    const read = reads.s;
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      pages: doc.pages.length, pages_per_s: round(doc.pages.length / read), read_s: round(read), extract_s: round(extract.s),
      read_to_extract: round(read / extract.s), pdfjs_text_s: round(pdfjsAlone.s), read_to_pdfjs_text: round(read / pdfjsAlone.s),
      pdfjs_text_first_s: round(pdfjsAlone.first_s),
      pdfjs_text_to_extract: round(pdfjsAlone.s / extract.s), layout_s: round(layout.s), cold_read_s: round(cold.s), one_page_read_s: round(startup),
      pages_per_s_after_first: round((doc.pages.length - 1) / Math.max(0.001, read - startup)), chars: doc.text.length, facts, file_bytes: bytes.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
