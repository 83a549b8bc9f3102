// `npm run --silent cli -- extract --jsonl [--year YYYY] [--trace] FILE...`: one JSON object per fact on stdout
// (with --trace, the ids of the rules behind it; from a PDF, its page). FILE is a .txt, .html, .pdf, .docx or .doc. A report whose year cannot be read needs --year. A file that cannot be
// read is reported on stderr and the exit code is non-zero, but the other files are still processed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../core/extract';
import { needsYear } from '../core/extract/document-year';
import { pageAt, type PageSpan } from '../core/documents/paged-text';
import { decodeReport } from '../core/normalize/decode';
import { readReportDocument } from '../documents-worker/report-document';
import { UsageError, parseArgs, type CliCommand } from './args';
import { needsYearMessage, yearFlag } from './report-year';

const USAGE = 'planscope extract --jsonl [--year YYYY] [--trace] FILE...';

export const extractCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['jsonl', 'trace']);
  if (!args.flags.has('jsonl')) throw new UsageError(`only --jsonl output is supported\nusage: ${USAGE}`);
  if (args.positional.length === 0) throw new UsageError(`no report files given\nusage: ${USAGE}`);
  const year = yearFlag(args, USAGE);
  const trace = args.flags.has('trace');
  let failed = 0;
  for (const file of args.positional) {
    const doc = path.basename(file);
    let text: string;
    let pages: readonly PageSpan[] = [];
    try {
      const bytes = new Uint8Array(readFileSync(file));
      const document = await readReportDocument(doc, bytes);
      text = document ? document.text : decodeReport(bytes, doc).text;
      pages = document?.pages ?? [];
    } catch (err) {
      failed++;
      io.err(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    let facts: ReturnType<typeof readReport>['facts'];
    try {
      facts = readReport(text, doc, { trace, ...(year === undefined ? {} : { year }) }).facts;
    } catch (err) {
      if (!needsYear(err)) throw err;
      failed++;
      io.err(`extract: ${file}: ${needsYearMessage(err.details)}`);
      continue;
    }
    if (facts.length === 0) io.err(`extract: ${file}: no facts found (no indicator with a number was recognised in this report).`);
    for (const f of facts) {
      io.out(JSON.stringify({
        indicator: f.indicator, measure: f.measure, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier,
        period: f.period, kind: f.kind, doc, region: f.region, start: f.start, end: f.end, tier: f.tier, quote: text.slice(f.start, f.end),
        ...(pages.length ? { page: pageAt(pages, f.start) } : {}),
        ...(trace ? { rules: f.rules ?? [] } : {}),
      }));
    }
  }
  return failed ? 1 : 0;
};
