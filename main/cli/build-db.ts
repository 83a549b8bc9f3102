// `npm run --silent cli -- build-db --out FILE.db [--samples] [--year YYYY] FILE...`: a workspace file with the indicator
// catalogue and every given report (.txt, .html, .pdf, .docx, .doc; with --samples, all of assets/samples) read into facts. Saved atomically
// (temp file, fsync, rename), so an existing FILE.db is never left half-written. --year is the year of the
// reports whose title and headings do not say it; without it such a report is refused, naming the option.
// Every step is the app's own method through dispatch (workspace.new, reports.import, workspace.saveAs), so a
// report built here has the same rows, checks and audit row ('reports.import') as one imported in the window.
// Each file is its own reports.import: one unreadable report is named and skipped, the others are still built.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PlanscopeError } from '../contract/errors';
import type { ReportSummary } from '../contract/reports';
import { INDICATORS } from '../core/catalog';
import { UsageError, parseArgs, requireFlag, type CliCommand } from './args';
import { appCaller, SAMPLES_DIR } from './app-call';
import { needsYearMessage, yearFlag } from './report-year';

const USAGE = 'planscope build-db --out FILE.db [--samples] [--year YYYY] FILE...';

/** The CLI's wording of a refusal: a missing year names the option, anything else is the app's own message. */
function refusal(err: unknown, fileName: string): string {
  const details = err instanceof PlanscopeError ? err.details : undefined;
  if (details && typeof details === 'object' && !Array.isArray(details) && details.needsYear === true && Array.isArray(details.files)) {
    const [file] = details.files;
    const suggested = file && typeof file === 'object' && !Array.isArray(file) && typeof file.suggestedYear === 'number' ? file.suggestedYear : null;
    return needsYearMessage({ needsYear: true, file: fileName, suggestedYear: suggested });
  }
  return err instanceof Error ? err.message : String(err);
}

export const buildDb: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['samples']);
  const out = requireFlag(args, 'out', USAGE);
  const year = yearFlag(args, USAGE);
  const files = [...args.positional];
  if (args.flags.has('samples')) {
    files.push(...readdirSync(SAMPLES_DIR).filter((f) => /\.(txt|html?)$/i.test(f)).sort().map((f) => path.join(SAMPLES_DIR, f)));
  }
  if (files.length === 0) throw new UsageError(`no reports given (name files or use --samples)\nusage: ${USAGE}`);
  // build-db writes a new file: an existing FILE.db is replaced atomically, with no .bak beside it (as before).
  const app = await appCaller({ backup: false });
  await app.call('workspace.new', { discardChanges: true });
  io.out(`catalogue: ${INDICATORS.length} indicators, ${INDICATORS.reduce((n, e) => n + e.aliases.length, 0)} aliases`);
  let failed = 0;
  let facts = 0;
  for (const file of files) {
    const fileName = path.basename(file);
    try {
      // A report repeating one already built is imported as its own (as before); the same bytes are skipped.
      const r = await app.call('reports.import', { files: [{ path: path.resolve(file), onDuplicate: 'import', ...(year === undefined ? {} : { year }) }] });
      const [report] = r.reports;
      if (!report) continue;
      const stored = (await app.call('reports.list', {})).find((d: ReportSummary) => d.id === report.documentId);
      facts += report.existed ? 0 : report.factCount;
      const where = stored ? ` (${stored.region}, ${stored.period})` : '';
      io.out(`${fileName}: ${report.existed ? 'already in the workspace (same text), skipped' : `${report.factCount} facts`} — ${report.title}${where}`);
      if (!report.existed && report.factCount === 0) io.err(`build-db: ${fileName}: no facts found in this report.`);
    } catch (err) {
      failed++;
      io.err(`build-db: ${file}: ${refusal(err, fileName)}`);
    }
  }
  const info = await app.call('workspace.saveAs', { path: path.resolve(out) });
  app.close();
  io.out(`wrote ${out}: ${info.documents} documents, ${facts} facts`);
  return failed ? 1 : 0;
};
