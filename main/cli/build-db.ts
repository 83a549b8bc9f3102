// `npm run --silent cli -- build-db --out FILE.db [--samples] [--year YYYY] FILE...`: a workspace file with the indicator
// catalogue and every given report (.txt, .html, .pdf, .docx, .doc; with --samples, all of assets/samples) read into facts. Saved atomically
// (temp file, fsync, rename), so an existing FILE.db is never left half-written. --year is the year of the
// reports whose title and headings do not say it; without it such a report is refused, naming the option.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanscopeError } from '../contract/errors';
import { seedCatalog } from '../core/catalog';
import { needsYear } from '../core/extract/document-year';
import { importReport } from '../core/store/import-report';
import { readReportDocument } from '../documents-worker/report-document';
import { Workspace } from '../core/store/workspace';
import { loadSqlJs } from '../sqljs';
import { saveWorkspaceFile } from '../workspace-file/save';
import { UsageError, parseArgs, requireFlag, type CliCommand } from './args';
import { needsYearMessage, yearFlag } from './report-year';

const USAGE = 'planscope build-db --out FILE.db [--samples] [--year YYYY] FILE...';
const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');

export const buildDb: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['samples']);
  const out = requireFlag(args, 'out', USAGE);
  const year = yearFlag(args, USAGE);
  const files = [...args.positional];
  if (args.flags.has('samples')) {
    files.push(...readdirSync(samplesDir).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => path.join(samplesDir, f)));
  }
  if (files.length === 0) throw new UsageError(`no reports given (name files or use --samples)\nusage: ${USAGE}`);
  const ws = Workspace.create(await loadSqlJs());
  const catalog = seedCatalog(ws);
  let failed = 0;
  let facts = 0;
  io.out(`catalogue: ${catalog.indicators} indicators, ${catalog.aliases} aliases`);
  for (const file of files) {
    const fileName = path.basename(file);
    try {
      const bytes = new Uint8Array(readFileSync(file));
      const document = await readReportDocument(fileName, bytes);
      const r = importReport(ws, { fileName, bytes, ...(document ? { document } : {}) }, year === undefined ? {} : { year });
      facts += r.factCount;
      io.out(`${fileName}: ${r.existed ? 'already in the workspace (same text), skipped' : `${r.factCount} facts`} — ${r.meta.title} (${r.meta.region}, ${r.meta.period})`);
      if (!r.existed && r.factCount === 0) io.err(`build-db: ${fileName}: no facts found in this report.`);
    } catch (err) {
      failed++;
      const msg = needsYear(err) ? needsYearMessage(err.details) : err instanceof PlanscopeError || err instanceof Error ? err.message : String(err);
      io.err(`build-db: ${file}: ${msg}`);
    }
  }
  const documents = ws.listDocuments().length;
  await saveWorkspaceFile(path.resolve(out), ws.export());
  ws.close();
  io.out(`wrote ${out}: ${documents} documents, ${facts} facts`);
  return failed ? 1 : 0;
};
