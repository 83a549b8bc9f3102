// Autosave journal: between saves, the open workspace is written every so often to `<file>.journal` beside it.
// A clean save or an explicit "discard changes" removes the journal, so a journal that still exists at the next
// start means Planscope (or the laptop) stopped with unsaved work, and the app offers to recover it.
// The journal is itself a complete workspace file written atomically, so it is never half-written either, and
// recovering it goes through the same checks as opening any file.
import { readdir, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { saveWorkspaceFile, syncFolder } from './save';

export interface Recoverable {
  /** The workspace file the journal belongs to. */
  workspacePath: string;
  journalPath: string;
  /** When the journal was last written (ISO). */
  journalSavedAt: string;
  /** When the workspace file itself was last saved (ISO), or null when it no longer exists. */
  workspaceSavedAt: string | null;
  bytes: number;
}

export function journalPathFor(workspacePath: string): string {
  return `${workspacePath}.journal`;
}

export async function writeJournal(workspacePath: string, bytes: Uint8Array): Promise<void> {
  await saveWorkspaceFile(journalPathFor(workspacePath), bytes, { backup: false });
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * The unsaved work left behind for this workspace file, if any. A journal older than the file is not offered:
 * the file was saved after it (autosave had not yet removed the journal), so it holds nothing the file lacks.
 */
export async function findRecoverable(workspacePath: string): Promise<Recoverable | null> {
  const journalPath = journalPathFor(workspacePath);
  const journal = await statOrNull(journalPath);
  if (!journal || !journal.isFile() || journal.size === 0) return null;
  const file = await statOrNull(workspacePath);
  if (file && journal.mtimeMs < file.mtimeMs) return null;
  return {
    workspacePath,
    journalPath,
    journalSavedAt: journal.mtime.toISOString(),
    workspaceSavedAt: file ? file.mtime.toISOString() : null,
    bytes: journal.size,
  };
}

/** Every journal in a folder (what the start screen lists after a crash). */
export async function findRecoverableIn(folder: string): Promise<Recoverable[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const found: Recoverable[] = [];
  for (const n of names.filter((x) => x.endsWith('.journal')).sort()) {
    const r = await findRecoverable(join(folder, n.slice(0, -'.journal'.length)));
    if (r) found.push(r);
  }
  return found;
}

/** Removes the journal; true when there was one. */
export async function discardJournal(workspacePath: string): Promise<boolean> {
  try {
    await unlink(journalPathFor(workspacePath));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return false;
  }
  await syncFolder(dirname(workspacePath));
  return true;
}

/** Temp files left by a save that was cut off (`.name.<pid>.<rand>.tmp`); safe to delete, the target is intact. */
export async function removeStaleTemps(workspacePath: string): Promise<string[]> {
  const folder = dirname(workspacePath);
  const prefix = `.${basename(workspacePath)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const pid = Number(n.slice(prefix.length).split('.')[0]);
    if (pid === process.pid || isAlive(pid)) continue; // another live process may be mid-save
    await unlink(join(folder, n)).catch(() => undefined);
    removed.push(n);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
