// `planscope pivot --db FILE.db (--spec SPEC.json | --view NAME)`: runs a pivot on a workspace file (checked
// before it is trusted, never written) and prints the PivotResult as JSON, the same object the grid shows.
import { runPivot, parsePivotSpec } from '../core/pivot/index';
import { getPivot } from '../core/pivot/saved';
import { loadSqlJs } from '../sqljs';
import { openWorkspaceFile } from '../workspace-file/open';
import { parseArgs, readJsonArg, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope pivot --db FILE.db (--spec SPEC.json | --view NAME)';

export const pivotCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv);
  const db = requireFlag(args, 'db', USAGE);
  const specPath = args.flags.get('spec');
  const view = args.flags.get('view');
  if (typeof specPath !== 'string' && typeof view !== 'string') throw new UsageError(`give --spec SPEC.json or --view NAME\nusage: ${USAGE}`);
  const ws = await openWorkspaceFile(await loadSqlJs(), db);
  try {
    let spec;
    if (typeof specPath === 'string') {
      const json = await readJsonArg(specPath, (reason) => `${specPath} is not readable JSON (${reason})`);
      spec = parsePivotSpec(json, `pivot spec in ${specPath}`);
    } else {
      spec = getPivot(ws, String(view)).spec;
    }
    io.out(JSON.stringify(runPivot(ws, spec)));
    return 0;
  } finally {
    ws.close();
  }
};
