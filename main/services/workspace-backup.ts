// A workspace that cannot be opened at start (damaged on disk, or refused by the checks) is not a dead end: the
// last save kept the version before it as `<file>.bak`. When that backup is sound it is offered, and opening it
// keeps the damaged file under a new name, never deleting what might still be recovered by hand.
import { copyFile, rename } from 'node:fs/promises';
import { PlanscopeError } from '../contract/errors';
import type { Json } from '../core/errors';
import { reasonOf } from '../core/said';
import { openWorkspaceFile } from '../workspace-file/open';
import { backupPathFor } from '../workspace-file/save';
import type { ServiceContext } from './context';

/** The `.bak` beside `path` when it exists and passes every check a workspace from outside passes; else null. */
export async function soundBackupOf(ctx: ServiceContext, path: string): Promise<string | null> {
  const bak = backupPathFor(path);
  if (!(await ctx.files.exists(bak))) return null;
  try {
    (await openWorkspaceFile(ctx.SQL, bak, { now: ctx.clock })).close();
    return bak;
  } catch {
    return null;
  }
}

/** The refusal of the file at start, saying that its sound backup can be opened instead (details.backup). */
export function offeringBackup(err: PlanscopeError, bak: string): PlanscopeError {
  const details = (err.details && typeof err.details === 'object' && !Array.isArray(err.details) ? err.details : {}) as Record<string, Json>;
  return PlanscopeError.says(err.code, 'backup.offered', { reason: reasonOf(err), backup: bak }, { ...details, backup: bak });
}

/** Where the damaged file goes: beside it, named by the time it was set aside ("ws.db.damaged-20261203-0142"). */
export function damagedPathFor(path: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${path}.damaged-${stamp}`;
}

/**
 * Puts the sound backup in the damaged file's place: the damaged file is renamed (kept), the backup copied to
 * `path` (the backup itself stays). Returns where the damaged file now is. Refuses when the backup is not sound.
 */
export async function restoreBackup(ctx: ServiceContext, path: string): Promise<string> {
  const bak = await soundBackupOf(ctx, path);
  if (!bak) throw PlanscopeError.says('bad-input', 'backup.none', { path, backup: backupPathFor(path) });
  const aside = damagedPathFor(path, new Date(ctx.clock()));
  if (await ctx.files.exists(path)) await rename(path, aside);
  await copyFile(bak, path);
  return aside;
}

/**
 * Start on `path` as startWorkspace does; when the file is refused and its backup is sound, `ask` shows the
 * refusal (which names the backup) and answers whether to open the backup. Declined, the refusal stands.
 */
export async function startWithBackupOffer(
  ctx: ServiceContext,
  path: string,
  start: (ctx: ServiceContext, path: string) => Promise<unknown>,
  ask: (refusal: PlanscopeError) => Promise<boolean>,
): Promise<void> {
  try {
    await start(ctx, path);
  } catch (err) {
    const offered = err instanceof PlanscopeError && typeof (err.details as { backup?: unknown } | undefined)?.backup === 'string';
    if (!offered || !(await ask(err))) throw err;
    await restoreBackup(ctx, path);
    await start(ctx, path);
  }
}
