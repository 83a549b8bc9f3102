// Reading a 100-page PDF report: the sample reports printed as one long two-column gazette (Chromium, running head
// and page numbers) and read back through the document worker, as an import does. Reports pages per second
// (wall clock: the worker has its own thread) and the cost beside extracting the facts of the text it gives
// (the target: reading the PDF costs no more than 3× extracting its text), and what reading a one-page PDF
// costs (worker, loader, pdf.js and first font), so the per-page rate beyond it can be seen.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../../main/core/extract';
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

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'planscope-bench-pdf-'));
  try {
    const bytes = await hundredPagePdf(path.join(dir, 'gazette.pdf'));
    const reads: number[] = [];
    let doc = (await readReportDocument('gazette.pdf', bytes))!; // warm-up: the first worker loads pdf.js from disk
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      doc = (await readReportDocument('gazette.pdf', bytes))!;
      reads.push(performance.now() - t0);
    }
    // What every read pays before its first page: a fresh worker, its loader, pdf.js and the font of page 1.
    await printTwoColumnPdfs([{ text: '某区2024年国民经济和社会发展计划。地区生产总值增长6%左右。', head: '计划', out: path.join(dir, 'one.pdf') }]);
    const one = readBytes(path.join(dir, 'one.pdf'));
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await readReportDocument('one.pdf', one);
      starts.push(performance.now() - t0);
    }
    const startup = Math.min(...starts) / 1000;
    readReport(doc.text, 'gazette.pdf');
    const extracts: number[] = [];
    let facts = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      facts = readReport(doc.text, 'gazette.pdf').facts.length;
      extracts.push(performance.now() - t0);
    }
    const read = Math.min(...reads) / 1000;
    const extract = Math.min(...extracts) / 1000;
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      pages: doc.pages.length, pages_per_s: round(doc.pages.length / read), read_s: round(read), extract_s: round(extract),
      read_to_extract: round(read / extract), one_page_read_s: round(startup),
      pages_per_s_after_first: round((doc.pages.length - 1) / Math.max(0.001, read - startup)), chars: doc.text.length, facts, file_bytes: bytes.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
