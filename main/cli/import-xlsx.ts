// `planscope import-xlsx --db FILE.db BOOK.xlsx [--mapping MAP.json] [--sheet NAME]`: imports a colleague's
// sheet into the workspace. The workbook is parsed in the isolated worker. Any cell that cannot be read is
// printed as one JSON line on stdout and the command exits 1 with the workspace file untouched; on success the
// workspace is saved atomically (previous version kept as FILE.db.bak). Without --mapping the guessed mapping
// is used and printed on stderr, so it can be saved, corrected and passed back.
// The app's own methods do the work through dispatch (workspace.open, workbooks.inspect, workbooks.previewImport,
// workbooks.commitImport, workspace.save): the same worker, checks, cell errors and duplicate rule as the window.
import { PlanscopeError } from '../contract/errors';
import type { SheetPreview } from '../contract/workbooks';
import { importMappingSchema, type ImportMapping } from '../core/xlsx/import-mapping';
import { appCaller } from './app-call';
import { parseArgs, readJsonArg, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope import-xlsx --db FILE.db BOOK.xlsx|.xls|.ods|.csv [--mapping MAP.json] [--sheet NAME] [--region NAME] [--on-duplicate skip|replace]';
const ON_DUPLICATE = ['skip', 'replace'] as const;

async function readMapping(path: string): Promise<ImportMapping> {
  const json = await readJsonArg(path, (reason) => `--mapping ${path}: ${reason}`);
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`--mapping ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(mapping)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The mapping guessed from a sheet's headers; one the schema refuses (a 300-character header) is said in words. */
function guessedMapping(sheet: SheetPreview, bookPath: string): ImportMapping {
  const parsed = importMappingSchema.safeParse(sheet.guess.mapping);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(mapping)'}: ${i.message}`).join('; ');
  throw new UsageError(`${bookPath}, sheet "${sheet.name}": no mapping can be guessed from its headers (${why}); write one and pass it with --mapping MAP.json`);
}

export const importXlsx: CliCommand = async (argv, io) => {
  const args = parseArgs(argv);
  const db = requireFlag(args, 'db', USAGE);
  const [bookPath, ...extra] = args.positional;
  if (!bookPath || extra.length) throw new UsageError(`give exactly one workbook\nusage: ${USAGE}`);
  const mappingPath = args.flags.get('mapping');
  const sheetFlag = args.flags.get('sheet');
  const regionFlag = args.flags.get('region');
  const onDuplicate = args.flags.get('on-duplicate') ?? 'ask';
  if (onDuplicate !== 'ask' && !ON_DUPLICATE.includes(onDuplicate as (typeof ON_DUPLICATE)[number])) throw new UsageError(`--on-duplicate is skip or replace\nusage: ${USAGE}`);
  const app = await appCaller();
  try {
    await app.call('workspace.open', { path: db });
    const book = await app.call('workbooks.inspect', { path: bookPath });
    let mapping: ImportMapping;
    if (typeof mappingPath === 'string') mapping = await readMapping(mappingPath);
    else {
      const sheet = typeof sheetFlag === 'string' ? book.sheets.find((s) => s.name === sheetFlag) : book.sheets.find((s) => s.rowCount > 1) ?? book.sheets[0];
      if (!sheet) throw new UsageError(`${bookPath} has no sheet "${String(sheetFlag)}"`);
      mapping = guessedMapping(sheet, bookPath);
      // A sheet without a region column names its region only on the command line; it is never guessed.
      if (typeof regionFlag === 'string') mapping = { ...mapping, defaults: { ...mapping.defaults, region: regionFlag } };
      io.err(`no --mapping given; using the guessed mapping: ${JSON.stringify(mapping)}`);
    }
    const reading = await app.call('workbooks.previewImport', { token: book.token, mapping });
    if (reading.errors.length || reading.moreErrors) {
      for (const e of reading.errors) io.out(JSON.stringify(e));
      io.err(`${reading.errors.length + reading.moreErrors} cell(s) stop the import${reading.moreErrors ? ` (first ${reading.errors.length} listed)` : ''}; ${db} was not changed.`);
      return 1;
    }
    if (reading.stoppedAt) io.err(`stopped at row ${reading.stoppedAt.row}, a note row: ${reading.stoppedAt.text}`);
    if (reading.noData.count) io.err(`${reading.noData.count} cell(s) with no figure (empty, —, 待统计 …) skipped: ${reading.noData.cells.slice(0, 10).join(', ')}`);
    const done = await app.call('workbooks.commitImport', { token: book.token, mapping, onDuplicate: onDuplicate as 'ask' | 'skip' | 'replace' });
    await app.call('workspace.save', {});
    const also = [done.replaced ? `replaced ${done.replaced} imported before` : '', done.skipped ? `skipped ${done.skipped} imported before` : ''].filter(Boolean).join(', ');
    io.err(`imported ${done.added} facts from sheet "${done.sheet}" of ${bookPath} into ${db}${also ? ` (${also})` : ''} (previous version: ${db}.bak)`);
    return 0;
  } catch (err) {
    if (err instanceof PlanscopeError) {
      io.err(`planscope import-xlsx: ${err.message} [${err.code}]`);
      return 1;
    }
    throw err;
  } finally {
    app.close();
  }
};
