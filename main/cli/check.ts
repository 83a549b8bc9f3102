// `planscope check FILE.db...`: the verdict the app gives before opening a workspace, one JSON line per file.
// Exit 0 when every file is sound, 1 when any is refused (so scripts can gate on it).
import { basename } from 'node:path';
import { loadSqlJs } from '../sqljs';
import { PlanscopeError } from '../contract/errors';
import { checkWorkspaceBytes, readWorkspaceFile } from '../workspace-file/open';
import { parseArgs, UsageError, type CliCommand } from './args';

const USAGE = 'planscope check [--full] FILE.db...'; // --full: kept for old scripts; the full integrity check always runs

export const check: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['full']);
  if (args.positional.length === 0) throw new UsageError(`no file given\nusage: ${USAGE}`);
  const SQL = await loadSqlJs();
  let refused = 0;
  for (const path of args.positional) {
    let bytes: Uint8Array;
    try {
      bytes = readWorkspaceFile(path);
    } catch (err) {
      if (!(err instanceof PlanscopeError)) throw err;
      io.out(JSON.stringify({ ok: false, code: err.code, message: err.message }));
      refused++;
      continue;
    }
    const verdict = checkWorkspaceBytes(SQL, bytes, { fileName: basename(path), full: args.flags.has('full') });
    if (verdict.ok) {
      const migrated = verdict.migratedFrom === undefined ? '' : ` (schema version ${verdict.migratedFrom}; Planscope upgrades it when opening)`;
      io.out(JSON.stringify({ ok: true, code: null, message: `${basename(path)} is a sound Planscope workspace${migrated}.` }));
      verdict.workspace.close();
    } else {
      io.out(JSON.stringify({ ok: false, code: verdict.code, message: verdict.message }));
      refused++;
    }
  }
  return refused ? 1 : 0;
};
