// `planscope import-xlsx --db FILE.db BOOK.xlsx [--mapping MAP.json] [--sheet NAME]`: imports a colleague's
// sheet into the workspace. The workbook is parsed in the isolated worker. Any cell that cannot be read is
// printed as one JSON line on stdout and the command exits 1 with the workspace file untouched; on success the
// workspace is saved atomically (previous version kept as FILE.db.bak). Without --mapping the guessed mapping
// is used and printed on stderr, so it can be saved, corrected and passed back.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanscopeError } from '../contract/errors';
import { guessMapping } from '../core/xlsx/guess-mapping';
import { importMappingSchema, type ImportMapping } from '../core/xlsx/import-mapping';
import { commitReading, readWithMapping } from '../services/workbooks';
import { loadSqlJs } from '../sqljs';
import { parseWorkbook } from '../workbook-worker/parse-workbook';
import { openWorkspaceFile } from '../workspace-file/open';
import { saveWorkspaceFile } from '../workspace-file/save';
import { parseArgs, readJsonArg, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope import-xlsx --db FILE.db BOOK.xlsx [--mapping MAP.json] [--sheet NAME]';

async function readMapping(path: string): Promise<ImportMapping> {
  const json = await readJsonArg(path, (reason) => `--mapping ${path}: ${reason}`);
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`--mapping ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(mapping)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The mapping guessed from a sheet's headers; one the schema refuses (a 300-character header) is said in words. */
function guessedMapping(sheet: Parameters<typeof guessMapping>[0], bookPath: string): ImportMapping {
  const parsed = importMappingSchema.safeParse(guessMapping(sheet, sheet.name).mapping);
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
  try {
    const SQL = await loadSqlJs();
    const ws = await openWorkspaceFile(SQL, db);
    try {
      const book = await parseWorkbook(basename(bookPath), await readFile(bookPath));
      let mapping: ImportMapping;
      if (typeof mappingPath === 'string') mapping = await readMapping(mappingPath);
      else {
        const sheet = typeof sheetFlag === 'string' ? book.sheets.find((s) => s.name === sheetFlag) : book.sheets.find((s) => s.rows.length > 1) ?? book.sheets[0];
        if (!sheet) throw new UsageError(`${bookPath} has no sheet "${String(sheetFlag)}"`);
        mapping = guessedMapping(sheet, bookPath);
        io.err(`no --mapping given; using the guessed mapping: ${JSON.stringify(mapping)}`);
      }
      const reading = readWithMapping(book, mapping);
      if (reading.errors.length || reading.moreErrors) {
        for (const e of reading.errors) io.out(JSON.stringify(e));
        io.err(`${reading.errors.length + reading.moreErrors} cell(s) stop the import${reading.moreErrors ? ` (first ${reading.errors.length} listed)` : ''}; ${db} was not changed.`);
        return 1;
      }
      const added = commitReading(ws, book, reading);
      await saveWorkspaceFile(db, ws.export(), { backup: true });
      io.err(`imported ${added} facts from sheet "${reading.sheet}" of ${bookPath} into ${db} (previous version: ${db}.bak)`);
      return 0;
    } finally {
      ws.close();
    }
  } catch (err) {
    if (err instanceof PlanscopeError) {
      io.err(`planscope import-xlsx: ${err.message} [${err.code}]`);
      return 1;
    }
    throw err;
  }
};
