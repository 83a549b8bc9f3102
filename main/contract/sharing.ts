// Sharing workspaces with colleagues: check a file before trusting it, preview and apply a merge with the
// economist's decision per conflict, save a compact copy to send, and recover unsaved work after a crash.
import type { UnsavedChanges } from '../core/store/unsaved-changes';
import type { Said } from '../core/messages';
import { z } from 'zod';
import { method, type MethodMap } from './define';
import type { ErrorCode } from './errors';
import type { MergePlan, MergeResult } from '../core/store/merge-types';

export type {
  MergePlan, MergeResult, MergeConflict, FactConflict, AliasConflict, IndicatorConflict, PivotConflict, FactSide, Resolution, MergeSource, MergeCounts,
} from '../core/store/merge-types';

/** The verdict on a workspace file, the same one `planscope check` prints. */
export interface FileVerdict {
  ok: boolean;
  code: ErrorCode | null;
  message: string;
  /** The message by id, for the interface language (core/messages.ts); absent where only English exists yet. */
  say?: Said;
  fileName: string;
  /** Schema version after opening (ok files only). */
  schemaVersion: number | null;
  /** Set when an older file would be migrated on open. */
  migratedFrom: number | null;
  documents: number | null;
  facts: number | null;
}

export interface MergePreview extends MergePlan {
  path: string;
  /** SHA-256 of the file previewed: the merge refuses to apply if the file changed in between. */
  fileHash: string;
}

export interface SharedCopy {
  path: string;
  bytes: number;
  /** Bytes the open workspace would take without compaction (deleted data that will not travel). */
  bytesBeforeCompaction: number;
}

export interface WorkspaceIdentity {
  /** Recorded in colleagues' merged facts as where they came from. */
  name: string | null;
  author: string | null;
}

export interface RecoverableWork {
  workspacePath: string;
  journalPath: string;
  journalSavedAt: string;
  workspaceSavedAt: string | null;
  bytes: number;
  /** What recovering would bring back against the file as saved; null when the journal cannot be read (recover then says why). */
  changes: UnsavedChanges | null;
}

const path = z.string().trim().min(1, 'a file path is required').max(4096);
const resolution = z.enum(['mine', 'theirs', 'both']);

export const sharingMethods = {
  /** Runs every safety check on a file without opening it (SQLite's full integrity_check included; `full` is kept for old callers). */
  'sharing.check': method<FileVerdict>()(z.object({ path, full: z.boolean().optional() })),
  /** What merging the file into the open workspace would do; nothing changes. */
  'sharing.mergePreview': method<MergePreview>()(z.object({ path })),
  /** Merges with one decision per conflict (every conflict needs one); one transaction, recorded in the audit table. */
  'sharing.resolveAndMerge': method<MergeResult>()(z.object({
    path,
    fileHash: z.string().regex(/^[0-9a-f]{64}$/, 'fileHash comes from sharing.mergePreview'),
    decisions: z.record(z.string().max(2000), resolution),
  })),
  /** Writes a compacted copy (VACUUM: deleted data does not travel); the open workspace keeps its own path. */
  'sharing.saveForSharing': method<SharedCopy>()(z.object({ path })),
  'sharing.identity': method<WorkspaceIdentity>()(z.object({})),
  'sharing.setIdentity': method<WorkspaceIdentity>()(z.object({
    name: z.string().trim().max(200).nullable(),
    author: z.string().trim().max(200).nullable(),
  })),
  /**
   * Writes the open workspace's unsaved state to its journal (`<file>.journal`); removes the journal once saved.
   * `held`: the journal is another session's unsaved work (a crash), kept untouched until restored or discarded.
   */
  'sharing.autosave': method<{ journal: 'written' | 'unchanged' | 'removed' | 'none' | 'held'; journalPath: string | null }>()(z.object({})),
  /** Unsaved work left by a crash, for a workspace file (default: the open one's). */
  'sharing.recoverable': method<RecoverableWork[]>()(z.object({ path: path.optional() })),
  /** Opens the journal in place of the file (checked like any file); the result is unsaved until the user saves. */
  'sharing.recover': method<{ path: string; documents: number; facts: number }>()(z.object({ path, discardChanges: z.boolean().optional() })),
  'sharing.discardRecovery': method<{ discarded: boolean }>()(z.object({ path })),
} satisfies MethodMap;
