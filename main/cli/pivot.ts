// `planscope pivot --db FILE.db (--spec SPEC.json | --view NAME)`: runs a pivot on a workspace file (checked
// before it is trusted, never written) and prints the PivotResult as JSON, the same object the grid shows.
// Opened, read and run by the app's own methods (workspace.open, pivot.get, pivot.run) through dispatch.
import { parsePivotSpec } from '../core/pivot/index';
import { appCaller } from './app-call';
import { parseArgs, readJsonArg, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope pivot --db FILE.db (--spec SPEC.json | --view NAME)';

export const pivotCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv);
  const db = requireFlag(args, 'db', USAGE);
  const specPath = args.flags.get('spec');
  const view = args.flags.get('view');
  if (typeof specPath !== 'string' && typeof view !== 'string') throw new UsageError(`give --spec SPEC.json or --view NAME\nusage: ${USAGE}`);
  const app = await appCaller();
  try {
    await app.call('workspace.open', { path: db });
    let spec;
    if (typeof specPath === 'string') {
      const json = await readJsonArg(specPath, (reason) => `${specPath} is not readable JSON (${reason})`);
      // Checked here too so a bad file is named by its path, not as the method's argument.
      spec = parsePivotSpec(json, `pivot spec in ${specPath}`);
    } else {
      spec = (await app.call('pivot.get', { name: String(view) })).spec;
    }
    io.out(JSON.stringify(await app.call('pivot.run', { spec })));
    return 0;
  } finally {
    app.close();
  }
};
