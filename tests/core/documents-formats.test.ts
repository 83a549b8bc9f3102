// The same report as .txt and as it is published — a one-column PDF, .docx and .doc (LibreOffice), and a
// two-column PDF with a running head and page numbers (Chromium's print to PDF) — gives the same facts: at least
// 97% of the text's facts (indicator, measure, value, period, kind) from each format, at most 3% extra. The
// files are made here from the bundled samples (assets/samples) with the real converters; without LibreOffice
// the LibreOffice formats are skipped and say so.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAt } from '../../main/core/documents/paged-text';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';
import { readReportDocument } from '../../main/documents-worker/report-document';
import { convertWithLibreOffice, printTwoColumnPdfs, readBytes, sofficePath } from './documents-make';

const SAMPLES = path.resolve(import.meta.dirname, '../../assets/samples');
const names = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const dir = mkdtempSync(path.join(tmpdir(), 'planscope-documents-'));
const HEAD = '某某区国民经济和社会发展计划报告（会刊）'; // the running head printed on every page (made up)
const hasSoffice = sofficePath() !== null;

type Key = string;
const keyOf = (f: { indicator: string; measure: string; value: number | null; period: string; kind: string }): Key =>
  [f.indicator, f.measure, f.value, f.period, f.kind].join('|');

function factsOf(text: string, fileName: string) {
  return readReport(text, fileName).facts;
}

/** How many of `expected`'s facts `got` has (as a multiset), and how many of `got`'s it does not. */
function agreement(expected: readonly Key[], got: readonly Key[]): { found: number; extra: number } {
  const left = new Map<Key, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let found = 0;
  let extra = 0;
  for (const k of got) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      found++;
      left.set(k, n - 1);
    } else extra++;
  }
  return { found, extra };
}

const txtKeys = new Map(names.map((n) => [n, factsOf(decodeReport(readBytes(path.join(SAMPLES, n)), n).text, n).map(keyOf)]));
const txtTotal = [...txtKeys.values()].reduce((s, k) => s + k.length, 0);

async function scoreFormat(ext: string) {
  let found = 0;
  let extra = 0;
  const perFile: string[] = [];
  for (const n of names) {
    const file = path.join(dir, n.replace(/\.txt$/, ext));
    const doc = await readReportDocument(path.basename(file), readBytes(file));
    expect(doc, `${file} is read as a document`).toBeDefined();
    const a = agreement(txtKeys.get(n)!, factsOf(doc!.text, path.basename(file)).map(keyOf));
    found += a.found;
    extra += a.extra;
    perFile.push(`${n}: ${a.found}/${txtKeys.get(n)!.length} +${a.extra}`);
  }
  console.log(`${ext}: ${found}/${txtTotal} (${((100 * found) / txtTotal).toFixed(1)}%) found, ${extra} extra (${((100 * extra) / txtTotal).toFixed(1)}%) — ${perFile.join('; ')}`);
  return { found: found / txtTotal, extra: extra / txtTotal };
}

beforeAll(async () => {
  const txts = names.map((n) => path.join(SAMPLES, n));
  if (hasSoffice) for (const f of ['pdf', 'docx', 'doc'] as const) convertWithLibreOffice(txts, f, dir);
  await printTwoColumnPdfs(names.map((n) => ({ text: readFileSync(path.join(SAMPLES, n), 'utf8'), head: HEAD, out: path.join(dir, n.replace(/\.txt$/, '.2col.pdf')) })));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a report published as PDF or Word gives the facts of its text', () => {
  it('two-column PDF with running head and page numbers (Chromium)', async () => {
    const s = await scoreFormat('.2col.pdf');
    expect(s.found).toBeGreaterThanOrEqual(0.97);
    expect(s.extra).toBeLessThanOrEqual(0.03);
  }, 120_000);

  it.skipIf(!hasSoffice)('one-column PDF (LibreOffice; skipped when soffice is missing)', async () => {
    const s = await scoreFormat('.pdf');
    expect(s.found).toBeGreaterThanOrEqual(0.97);
    expect(s.extra).toBeLessThanOrEqual(0.03);
  }, 120_000);

  it.skipIf(!hasSoffice)('.docx (LibreOffice; skipped when soffice is missing)', async () => {
    const s = await scoreFormat('.docx');
    expect(s.found).toBeGreaterThanOrEqual(0.97);
    expect(s.extra).toBeLessThanOrEqual(0.03);
  }, 120_000);

  it.skipIf(!hasSoffice)('.doc (LibreOffice; skipped when soffice is missing)', async () => {
    const s = await scoreFormat('.doc');
    expect(s.found).toBeGreaterThanOrEqual(0.97);
    expect(s.extra).toBeLessThanOrEqual(0.03);
  }, 120_000);

  it('drops the running head and page numbers, and every fact of a PDF names the page its quote is printed on', async () => {
    const n = names[0]!;
    const file = path.join(dir, n.replace(/\.txt$/, '.2col.pdf'));
    const doc = (await readReportDocument('a.pdf', readBytes(file)))!;
    expect(doc.pages.length).toBeGreaterThan(3);
    expect(doc.text).not.toContain(HEAD);
    expect(doc.text).not.toMatch(/第\s*\d+\s*页/);
    const facts = factsOf(doc.text, 'a.pdf');
    const pages = new Set<number>();
    for (const f of facts) {
      const page = pageAt(doc.pages, f.start);
      expect(page, `fact at ${f.start}`).not.toBeNull();
      const span = doc.pages.find((p) => p.page === page)!;
      expect(f.start).toBeGreaterThanOrEqual(span.start);
      pages.add(page!);
    }
    expect(pages.size).toBeGreaterThan(1);
    writeFileSync(path.join(dir, 'seen.txt'), doc.text); // kept only while the test runs, for debugging
  }, 60_000);
});
