// What every service handler receives: the open workspace and the ports to the outside world.
// Services never import electron or touch files directly; main/platform (Electron) and the loopback
// bridge server supply real ports, tests supply temp-folder ones.
import type { SqlJsStatic } from 'sql.js';
import type { Workspace } from '../core/store/workspace';
import type { MethodMap, ParsedArgsOf, ResultOf } from '../contract/define';
import type { Events, WorkspaceTable } from '../contract/events';

export interface FilesPort {
  readFile(path: string): Promise<Uint8Array>;
  /** Atomic: temp file in the same folder, fsync, rename, fsync folder. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export interface WorkspaceSession {
  /** The open workspace; throws PlanscopeError('no-workspace') when none is. */
  current(): Workspace;
  /** The file it was opened from or last saved to (null for a new, unsaved one). */
  path(): string | null;
  /** Replace the open workspace (open, new, merge result). The old one is closed. */
  replace(next: Workspace, path: string | null): void;
  setPath(path: string | null): void;
  /** Unsaved changes since open/save. */
  dirty(): boolean;
  markDirty(): void;
  markSaved(): void;
}

/** Native file dialogs; only the desktop app has them (the browser preview leaves `dialogs` unset). */
export interface DialogsPort {
  /** Paths chosen, or [] when the user cancelled. */
  pickWorkspace(purpose: 'open' | 'save'): Promise<string[]>;
  pickReports(): Promise<string[]>;
}

export interface ServiceContext {
  SQL: SqlJsStatic;
  session: WorkspaceSession;
  files: FilesPort;
  /** ISO timestamp; injectable so tests are deterministic. */
  clock: () => string;
  /** Folder with the bundled sample reports (assets/samples). */
  samplesDir: string;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  dialogs?: DialogsPort;
}

export type Handler<D> = (args: ParsedArgsOf<D>, ctx: ServiceContext) => Promise<ResultOf<D>> | ResultOf<D>;
export type HandlersFor<M extends MethodMap> = { [K in keyof M]: Handler<M[K]> };

/** A handler wrote to these tables: the open file is now behind the workspace, and views showing them refresh. */
export function workspaceChanged(ctx: ServiceContext, tables: WorkspaceTable[], opts: { fromReview?: boolean } = {}): void {
  ctx.session.markDirty();
  ctx.emit('workspace.changed', opts.fromReview ? { tables, fromReview: true } : { tables });
}
