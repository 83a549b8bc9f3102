// The CLI reads reports as they are published: `extract` prints a PDF's facts with their page, and `build-db`
// stores PDF and text reports side by side; a scanned PDF is reported on stderr with the reason and the others
// are still read. The PDFs are made here with Chromium from a bundled sample.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { loadSqlJs } from '../../main/sqljs';
import { printImageOnlyPdf, printTwoColumnPdfs } from './documents-make';

const root = path.resolve(import.meta.dirname, '../..');
const sample = path.join(root, 'assets/samples/002_14ea47935ffe9678.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'planscope-documents-cli-'));
const pdf = path.join(dir, 'report.pdf');
const scan = path.join(dir, 'scan.pdf');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(async () => {
  await printTwoColumnPdfs([{ text: readFileSync(sample, 'utf8'), head: '计划执行情况报告', out: pdf }]);
  await printImageOnlyPdf(scan, 2);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI with PDF reports', () => {
  it('extract --jsonl prints the facts of a PDF with their page, the same facts as its text', async () => {
    const fromPdf = await cli('extract', '--jsonl', pdf);
    const fromTxt = await cli('extract', '--jsonl', sample);
    expect(fromPdf.code).toBe(0);
    const facts = fromPdf.out.map((l) => JSON.parse(l) as { page: number; indicator: string; value: number | null });
    expect(facts.every((f) => Number.isInteger(f.page) && f.page >= 1)).toBe(true);
    const key = (f: { indicator: string; value: number | null }) => `${f.indicator}|${f.value}`;
    expect(facts.map(key).sort()).toEqual(fromTxt.out.map((l) => key(JSON.parse(l) as { indicator: string; value: number | null })).sort());
  }, 60_000);

  it('build-db stores a PDF beside a text report, and reports a scanned PDF on stderr', async () => {
    const out = path.join(dir, 'w.db');
    const r = await cli('build-db', '--out', out, pdf, scan, sample);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/scan\.pdf is a scanned PDF: \d+ of its \d+ pages are images with no text layer/);
    const SQL = await loadSqlJs();
    const db = new SQL.Database(readFileSync(out));
    const docs = db.exec('SELECT file_name, encoding FROM documents ORDER BY file_name')[0]!.values;
    expect(docs).toEqual([['002_14ea47935ffe9678.txt', 'utf-8'], ['report.pdf', 'pdf']]);
    const pages = db.exec(`SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.encoding = 'pdf' AND f.page IS NULL`)[0]!.values[0]![0];
    expect(pages).toBe(0);
    db.close();
  }, 60_000);
});
