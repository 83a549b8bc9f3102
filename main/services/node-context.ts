// Real ports for a Node process (Electron's main process and the loopback bridge server): files through
// node:fs with the store's atomic save, one open workspace per session, the bundled sample folder.
import { readFile, stat } from 'node:fs/promises';
import type { SqlJsStatic } from 'sql.js';
import { PlanscopeError } from '../contract/errors';
import type { Events } from '../contract/events';
import type { Workspace } from '../core/store/workspace';
import { saveWorkspaceFile } from '../workspace-file/save';
import type { DialogsPort, FilesPort, ServiceContext, WorkspaceSession } from './context';

/** The one open workspace. Replacing it closes the old database so its WASM memory is freed. */
export function createSession(): WorkspaceSession {
  let ws: Workspace | null = null;
  let path: string | null = null;
  let dirty = false;
  return {
    current() {
      if (!ws) throw PlanscopeError.says('no-workspace', 'no-workspace');
      return ws;
    },
    path: () => path,
    replace(next, nextPath) {
      if (ws && ws !== next) ws.close();
      ws = next;
      path = nextPath;
      dirty = false;
    },
    setPath(p) {
      path = p;
    },
    dirty: () => dirty,
    markDirty() {
      dirty = true;
    },
    markSaved() {
      dirty = false;
    },
  };
}

export function fsError(err: unknown, path: string, doing: 'read' | 'save'): PlanscopeError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return PlanscopeError.says('not-found', doing === 'read' ? 'file.missing' : 'file.folder-missing', { path });
  }
  if (code === 'EACCES' || code === 'EPERM') return PlanscopeError.says('bad-input', doing === 'read' ? 'file.read-not-allowed' : 'file.save-not-allowed', { path, code });
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    // Its own code, not bad-input: nothing is wrong with the user's file or value; the disk needs room.
    return PlanscopeError.says('disk-full', 'file.disk-full', { path, code });
  }
  if (code === 'EISDIR') return PlanscopeError.says('bad-input', 'file.is-folder', { path });
  return PlanscopeError.says(doing === 'read' ? 'unreadable-file' : 'bad-input', doing === 'read' ? 'file.cannot-read' : 'file.cannot-save', { path, reason: err instanceof Error ? err.message : String(err) });
}

export const nodeFiles: FilesPort = {
  async readFile(path) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (err) {
      throw fsError(err, path, 'read');
    }
  },
  async writeFileAtomic(path, bytes) {
    try {
      // The previous version is kept as <file>.bak: a save the user regrets is one rename away.
      await saveWorkspaceFile(path, bytes, { backup: true });
    } catch (err) {
      throw fsError(err, path, 'save');
    }
  },
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  },
};

export interface NodeContextOptions {
  SQL: SqlJsStatic;
  samplesDir: string;
  emit: <E extends keyof Events>(event: E, payload: Events[E]) => void;
  clock?: () => string;
  dialogs?: DialogsPort;
  files?: FilesPort;
}

export function createNodeContext(opts: NodeContextOptions): ServiceContext {
  const ctx: ServiceContext = {
    SQL: opts.SQL,
    session: createSession(),
    files: opts.files ?? nodeFiles,
    clock: opts.clock ?? (() => new Date().toISOString()),
    samplesDir: opts.samplesDir,
    emit: opts.emit,
  };
  if (opts.dialogs) ctx.dialogs = opts.dialogs;
  return ctx;
}
