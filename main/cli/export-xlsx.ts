// `planscope export-xlsx --db FILE.db --out BRIEFING.xlsx [--pivot NAME] [--lang zh|en]`: writes the briefing
// workbook (cover, the pivot — the default one when none is named —, scorecard, facts with provenance,
// forecasts). The workbook is written atomically; the workspace is only read.
import { basename } from 'node:path';
import { PlanscopeError } from '../contract/errors';
import { writeBriefing } from '../core/xlsx/briefing';
import { collectBriefing } from '../core/xlsx/briefing-data';
import { loadSqlJs } from '../sqljs';
import { openWorkspaceFile } from '../workspace-file/open';
import { saveWorkspaceFile } from '../workspace-file/save';
import { compressWorkbook } from '../services/workbooks';
import { parseArgs, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope export-xlsx --db FILE.db --out BRIEFING.xlsx [--pivot NAME] [--lang zh|en]';

export const exportXlsx: CliCommand = async (argv, io) => {
  const args = parseArgs(argv);
  const db = requireFlag(args, 'db', USAGE);
  const out = requireFlag(args, 'out', USAGE);
  const lang = args.flags.get('lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en\nusage: ${USAGE}`);
  const pivot = args.flags.get('pivot');
  if (pivot === true) throw new UsageError(`--pivot needs a saved pivot's name\nusage: ${USAGE}`);
  if (args.positional.length) throw new UsageError(`unexpected ${args.positional.join(' ')}\nusage: ${USAGE}`);
  const ws = await openWorkspaceFile(await loadSqlJs(), db);
  try {
    const input = collectBriefing(ws, { language: lang, workspaceName: basename(db), exportedAt: new Date().toISOString(), pivotName: pivot });
    const bytes = compressWorkbook(writeBriefing(input));
    await saveWorkspaceFile(out, bytes);
    io.err(`wrote ${out}: pivot "${input.pivot?.name ?? ''}" (${input.pivot?.grid.rows.length ?? 0} rows), ${input.scorecard?.rows.length ?? 0} scored targets, ${input.facts.length} facts, ${input.forecasts.length} forecasts; ${bytes.length} bytes`);
    return 0;
  } catch (err) {
    if (err instanceof PlanscopeError) throw new Error(`${err.message} [${err.code}]`);
    throw err;
  } finally {
    ws.close();
  }
};
