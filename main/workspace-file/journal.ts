// Autosave journal: between saves, the open workspace is written every so often to `<file>.journal` beside it.
// A clean save or an explicit "discard changes" removes the journal, so a journal that still exists at the next
// start means Planscope (or the laptop) stopped with unsaved work, and the app offers to recover it.
// The journal is itself a complete workspace file written atomically, so it is never half-written either, and
// recovering it goes through the same checks as opening any file.
// A session only ever removes or rewrites a journal it wrote itself (see JournalOwnership): the journal a crashed
// session left behind waits, whatever this session does meanwhile, until the user restores or discards it.
import type { Stats } from 'node:fs';
import { readdir, stat, unlink, utimes } from 'node:fs/promises';
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

async function statOrNull(path: string): Promise<Stats | null> {
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
export async function findRecoverable(workspacePath: string, opts: { evenIfOlder?: boolean } = {}): Promise<Recoverable | null> {
  const journalPath = journalPathFor(workspacePath);
  const journal = await statOrNull(journalPath);
  if (!journal || !journal.isFile() || journal.size === 0) return null;
  const file = await statOrNull(workspacePath);
  if (file && journal.mtimeMs < file.mtimeMs && !opts.evenIfOlder) return null;
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

/** Which journals one session wrote, and which ones from other sessions it holds for the user's decision. */
export interface JournalOwnership {
  /** Journal path → identity of the file as this session last wrote it. */
  written: Map<string, string>;
  /** Journals this session did not write that were offered for recovery: never removed or rewritten here. */
  held: Set<string>;
}

export const newJournalOwnership = (): JournalOwnership => ({ written: new Map(), held: new Set() });

/** Inode, size and modification time: a journal rewritten by anyone else (another session, a crash) differs. */
const identity = (st: Stats) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;

/**
 * Whose the journal of a workspace file is: `mine` (this session wrote it and nobody since), `held` (another
 * session's unsaved work, offered to the user and not yet restored or discarded), `stale` (another session's, but
 * older than the file: a save came after it and it was never held), or `none`.
 */
export async function journalOwner(own: JournalOwnership, workspacePath: string): Promise<'mine' | 'held' | 'stale' | 'none'> {
  const journalPath = journalPathFor(workspacePath);
  const journal = await statOrNull(journalPath);
  if (!journal || !journal.isFile() || journal.size === 0) {
    own.held.delete(journalPath);
    return 'none';
  }
  if (own.written.get(journalPath) === identity(journal)) return 'mine';
  if (own.held.has(journalPath)) return 'held';
  const file = await statOrNull(workspacePath);
  if (file && journal.mtimeMs < file.mtimeMs) return 'stale';
  own.held.add(journalPath);
  return 'held';
}

/** Writes this session's journal and remembers it as this session's. */
export async function writeOwnJournal(own: JournalOwnership, workspacePath: string, bytes: Uint8Array): Promise<void> {
  await writeJournal(workspacePath, bytes);
  await adoptJournal(own, workspacePath);
}

/** The journal becomes this session's (after the user restored it: it is now this session's unsaved state). */
export async function adoptJournal(own: JournalOwnership, workspacePath: string): Promise<void> {
  const journalPath = journalPathFor(workspacePath);
  const st = await statOrNull(journalPath);
  own.held.delete(journalPath);
  if (st) own.written.set(journalPath, identity(st));
  else own.written.delete(journalPath);
}

/**
 * A held journal stays newer than its file: when this session saves the file before the user decided, the
 * crashed session's work would otherwise look like a leftover of that save at the next start and stop being offered.
 */
export async function keepOffered(workspacePath: string): Promise<void> {
  const journalPath = journalPathFor(workspacePath);
  const [journal, file] = await Promise.all([statOrNull(journalPath), statOrNull(workspacePath)]);
  if (!journal || !file || journal.mtimeMs >= file.mtimeMs) return;
  const now = new Date(Math.max(Date.now(), Math.ceil(file.mtimeMs)));
  await utimes(journalPath, journal.atime, now);
}

/** `.<name>.<pid>.<8 hex>.tmp` (see tempPathFor), also for the journal's and backup's temps `.<name>.journal.<pid>…`. */
const TEMP_NAME = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Temp files left by a save that was cut off: run when a workspace is opened at start. Safe to delete: a save is
 * only good once its temp file is renamed over the target, so the file itself (or its journal) is intact. A temp of
 * a process still running is left alone, it may be mid-save.
 */
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
    const pidText = n.startsWith(prefix) ? TEMP_NAME.exec(n)?.[1] : undefined;
    if (pidText === undefined) continue;
    const pid = Number(pidText);
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
