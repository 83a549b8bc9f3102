// Atomic save: a laptop may die at any instant during a save, and the economist must find either the old file
// or the new one afterwards, never half of each. So the new bytes go to a temporary file in the SAME folder
// (rename is only atomic within one filesystem), are fsynced, then renamed over the target, and the folder
// itself is fsynced so the rename is durable. The previous version is kept as `<name>.bak` when asked.
import { open, rename, unlink, link, copyFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface SaveOptions {
  /** Keep the file being replaced as `<path>.bak` (itself replaced atomically). */
  backup?: boolean;
}

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/** A temp name beside `path`, hidden and unique, so a crashed save never collides with the next one. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      written += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder so a rename inside it survives a power cut. Some platforms (Windows) cannot open folders. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // EINVAL/EPERM on filesystems that do not support folder fsync: nothing more we can do.
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the current file as `.bak`: a hard link when possible (instant, no extra space), else a durable copy. */
async function keepBackup(path: string): Promise<void> {
  const bak = backupPathFor(path);
  const tmp = tempPathFor(bak);
  try {
    await link(path, tmp);
  } catch {
    await copyFile(path, tmp);
    const h = await open(tmp, 'r+');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  }
  await rename(tmp, bak);
}

export async function saveWorkspaceFile(path: string, bytes: Uint8Array, opts: SaveOptions = {}): Promise<void> {
  const folder = dirname(path);
  const tmp = tempPathFor(path);
  try {
    await writeDurably(tmp, bytes);
    if (opts.backup && (await exists(path))) await keepBackup(path);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncFolder(folder);
}
