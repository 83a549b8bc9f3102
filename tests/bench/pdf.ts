// Reading a 100-page PDF report: the sample reports printed as one long two-column gazette (Chromium, running head
// and page numbers) and read back through the document worker, as an import does. Reports pages per second
// (wall clock: the worker has its own thread) and the cost beside extracting the facts of the text it gives
// (the target: reading the PDF costs no more than 3× extracting its text).
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
      read_to_extract: round(read / extract), chars: doc.text.length, facts, file_bytes: bytes.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
