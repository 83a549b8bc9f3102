// `planscope check FILE.db...`: the verdict the app gives before opening a workspace (the Share view's
// `sharing.check`, through the same dispatch), one JSON line per file. Exit 0 when every file is sound, 1 when any
// is refused (so scripts can gate on it).
import { appCaller } from './app-call';
import { parseArgs, UsageError, type CliCommand } from './args';

const USAGE = 'planscope check [--full] FILE.db...'; // --full: kept for old scripts; the full integrity check always runs

export const check: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['full']);
  if (args.positional.length === 0) throw new UsageError(`no file given\nusage: ${USAGE}`);
  const app = await appCaller();
  let refused = 0;
  for (const path of args.positional) {
    const verdict = await app.call('sharing.check', { path, full: args.flags.has('full') });
    io.out(JSON.stringify({ ok: verdict.ok, code: verdict.code, message: verdict.message }));
    if (!verdict.ok) refused++;
  }
  return refused ? 1 : 0;
};
