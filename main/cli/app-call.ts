// The CLI calls the app's own methods, through the same dispatch as the window (validation, audit rows and
// error wording are the app's); a command adds only argument parsing and printing. One node context per run,
// events dropped: a terminal has no views to reload (progress is printed by the command from the results).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodArgs, MethodName, MethodResult } from '../contract/index';
import { PlanscopeError } from '../contract/errors';
import type { FilesPort, ServiceContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { createNodeContext, fsError, nodeFiles } from '../services/node-context';
import { registry } from '../services/registry';
import { loadSqlJs } from '../sqljs';
import { saveWorkspaceFile } from '../workspace-file/save';

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');

export interface AppCaller {
  ctx: ServiceContext;
  /** Calls `name` through dispatch; an error outcome is thrown as the PlanscopeError it describes. */
  call<K extends MethodName>(name: K, args: MethodArgs<K>): Promise<MethodResult<K>>;
  /** Closes the open workspace, if any (its WASM memory is freed); the file is not written. */
  close(): void;
}

/** Files through node:fs; `backup: false` writes the file without keeping the previous one as .bak. */
function files(backup: boolean): FilesPort {
  if (backup) return nodeFiles;
  return {
    ...nodeFiles,
    async writeFileAtomic(file, bytes) {
      try {
        await saveWorkspaceFile(file, bytes);
      } catch (err) {
        throw fsError(err, file, 'save');
      }
    },
  };
}

export async function appCaller(opts: { backup?: boolean; clock?: () => string } = {}): Promise<AppCaller> {
  const ctx = createNodeContext({
    SQL: await loadSqlJs(), samplesDir: SAMPLES_DIR, emit: () => undefined, files: files(opts.backup ?? true),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  // An unexpected failure is still reported by dispatch as 'internal'; its stack is not for the terminal.
  const quiet = () => undefined;
  return {
    ctx,
    async call(name, args) {
      const out = await dispatch(registry, ctx, name, args, quiet);
      if (!out.ok) throw PlanscopeError.from(out.error);
      return out.result as MethodResult<typeof name>;
    },
    close() {
      try {
        ctx.session.current().close();
      } catch {
        // nothing was opened (the first call failed)
      }
    },
  };
}
