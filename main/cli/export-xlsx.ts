// `planscope export-xlsx --db FILE.db --out BRIEFING.xlsx [--pivot NAME] [--lang zh|en]`: writes the briefing
// workbook (cover, the pivot — the default one when none is named —, scorecard, facts with provenance,
// forecasts). The workbook is written atomically; the workspace is only read.
// The app's own methods do the work through dispatch (workspace.open, workbooks.exportBriefing): the same
// workbook as the window's export, named after the workspace file.
import { PlanscopeError } from '../contract/errors';
import { appCaller } from './app-call';
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
  // The briefing replaces an existing file atomically, with no .bak beside it (as before).
  const app = await appCaller({ backup: false });
  try {
    await app.call('workspace.open', { path: db });
    const file = await app.call('workbooks.exportBriefing', { language: lang, path: out, ...(typeof pivot === 'string' ? { pivotName: pivot } : {}) });
    io.err(`wrote ${out}: the briefing${typeof pivot === 'string' ? ` with pivot "${pivot}"` : ''}; ${file.bytes} bytes`);
    return 0;
  } catch (err) {
    if (err instanceof PlanscopeError) throw new Error(`${err.message} [${err.code}]`);
    throw err;
  } finally {
    app.close();
  }
};
