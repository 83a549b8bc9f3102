// Push events from main to the renderer. Same payloads over IPC and the loopback bridge.
import type { Said } from './messages';

export interface Events {
  /** Long work (importing many reports, exports, merges): one event per step. */
  /** `label` is data (a file name); a long file's page count crosses as numbers, worded by the interface. */
  progress: { task: string; done: number; total: number; label: string; page?: { done: number; total: number } };
  /** A write happened; views reload what they show from these tables. */
  'workspace.changed': {
    tables: WorkspaceTable[];
    /** A review edit (edit, accept, reject, undo): the review view already shows its result and need not reload its list. */
    fromReview?: boolean;
  };
  /** A desktop menu item was chosen; the renderer runs the same flow as its own button or shortcut. */
  'app.command': { command: AppCommand };
  /** Writing the crash-recovery journal failed (a full disk, a folder gone): crash protection has stopped until it works again. */
  'autosave.failed': { code: string; message: string; say?: Said };
}

export type AppCommand = 'new' | 'newFromSamples' | 'open' | 'save' | 'saveAs' | 'importReports' | 'undo' | 'redo';

export type EventName = keyof Events;

/** The workspace's tables a change can touch: what views reload by (useReloadOn). */
export type WorkspaceTable = 'documents' | 'facts' | 'indicators' | 'indicator_aliases' | 'pivots' | 'forecasts' | 'audit' | 'meta';
export const EVENT_NAMES = ['progress', 'workspace.changed', 'app.command', 'autosave.failed'] as const satisfies readonly EventName[];
