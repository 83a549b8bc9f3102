// `planscope merge --into MINE.db THEIRS.db [--decisions FILE.json] [--dry-run]`: merges what merges cleanly into
// MINE (saved atomically, previous version kept as MINE.db.bak) and prints each conflict as one JSON line.
// Conflicts stay as MINE unless a decisions file ({"fact:12": "theirs", …}) says otherwise; re-running with
// decisions is safe because identical statements merge silently.
// The app's own methods do the work through dispatch (workspace.open, sharing.mergePreview,
// sharing.resolveAndMerge, workspace.save): the same checks, refusals and audit row as a merge in the window.
import { PlanscopeError } from '../contract/errors';
import type { Resolution } from '../core/store/merge-types';
import { appCaller } from './app-call';
import { parseArgs, readJsonArg, requireFlag, UsageError, type CliCommand } from './args';

const USAGE = 'planscope merge --into MINE.db [--decisions DECISIONS.json] [--dry-run] THEIRS.db';

async function readDecisions(path: string): Promise<Record<string, Resolution>> {
  const parsed = await readJsonArg(path, (reason) => `--decisions ${path}: ${reason} (expected a JSON object like {"fact:12": "theirs"})`);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`--decisions ${path}: expected a JSON object like {"fact:12": "theirs"}`);
  const out: Record<string, Resolution> = {};
  for (const [id, v] of Object.entries(parsed)) {
    if (v !== 'mine' && v !== 'theirs' && v !== 'both') throw new UsageError(`--decisions ${path}: "${id}" is ${JSON.stringify(v)}; expected "mine", "theirs" or "both"`);
    out[id] = v;
  }
  return out;
}

export const merge: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['dry-run']);
  const into = requireFlag(args, 'into', USAGE);
  const [theirsPath, ...extra] = args.positional;
  if (!theirsPath || extra.length) throw new UsageError(`give exactly one workspace to merge in\nusage: ${USAGE}`);
  const decisionsPath = args.flags.get('decisions');
  const decisions = typeof decisionsPath === 'string' ? await readDecisions(decisionsPath) : {};
  const app = await appCaller();
  try {
    await app.call('workspace.open', { path: into });
    const plan = await app.call('sharing.mergePreview', { path: theirsPath });
    const pending = plan.conflicts.filter((c) => decisions[c.id] === undefined);
    if (args.flags.has('dry-run')) {
      for (const c of plan.conflicts) io.out(JSON.stringify(c));
      io.err(`dry run: would add ${JSON.stringify(plan.clean)}; ${plan.identical} identical; ${plan.conflicts.length} conflict(s). ${into} was not changed.`);
      return 0;
    }
    // A conflict the decisions file does not settle stays as MINE: the app is told so, one decision per conflict.
    const all: Record<string, Resolution> = Object.fromEntries(plan.conflicts.map((c) => [c.id, decisions[c.id] ?? 'mine']));
    const result = await app.call('sharing.resolveAndMerge', { path: theirsPath, fileHash: plan.fileHash, decisions: all });
    await app.call('workspace.save', {});
    const decided = { ...result.resolved, mine: result.resolved.mine - pending.length };
    for (const c of pending) io.out(JSON.stringify(c));
    io.err(`merged ${theirsPath} into ${into}: added ${JSON.stringify(result.added)}; ${result.identical} identical; decided ${JSON.stringify(decided)}; `
      + `${pending.length} conflict(s) kept as yours (printed above; pass --decisions to choose). Previous version: ${into}.bak`);
    return 0;
  } catch (err) {
    // The refusal's code stays visible to scripts, as the command has always printed it.
    if (err instanceof PlanscopeError) throw new Error(`${err.message} [${err.code}]`);
    throw err;
  } finally {
    app.close();
  }
};
