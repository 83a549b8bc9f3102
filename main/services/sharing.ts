// Sharing services: every file from outside goes through checkWorkspaceBytes first, and the open workspace is only
// changed by an explicit merge (one transaction) or recovery. A refused file leaves the session exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { PlanscopeError } from '../contract/errors';
import type { FileVerdict, sharingMethods, WorkspaceIdentity } from '../contract/sharing';
import type { Events, WorkspaceTable } from '../contract/events';
import type { Workspace } from '../core/store/workspace';
import { databaseSize, documentAndFactCounts, setOrClearMeta, totalChanges, vacuum } from '../core/store/queries/meta';
import { unsavedChanges, type UnsavedChanges } from '../core/store/unsaved-changes';
import { previewMerge } from '../core/store/merge';
import { refuseOversizedReports } from '../core/store/merge-limits';
import { MAX_REPORT_BYTES } from '../contract/reports';
import { applyMerge, UnresolvedConflicts } from '../core/store/merge-apply';
import type { MergeSource } from '../core/store/merge-types';
import { checkWorkspaceBytes, readWorkspaceFile, refusedFile } from '../workspace-file/open';
import { sayIn, worded, type Said } from '../contract/messages';
import { reasonOf } from '../core/said';
import {
  adoptJournal, discardJournal, findRecoverable, journalOwner, journalPathFor, keepOffered, newJournalOwnership, writeOwnJournal, type JournalOwnership,
} from '../workspace-file/journal';
import { type HandlersFor, type ServiceContext, workspaceChanged } from './context';

/** The connection's change count when each workspace was last written to its journal. */
const journaledAt = new WeakMap<Workspace, number>();

/** Per session (one per running Planscope): the journals it wrote, and the ones it holds for the user. */
const ownership = new WeakMap<ServiceContext['session'], JournalOwnership>();
function journalsOf(ctx: ServiceContext): JournalOwnership {
  let own = ownership.get(ctx.session);
  if (!own) ownership.set(ctx.session, (own = newJournalOwnership()));
  return own;
}

const MERGED_TABLES: WorkspaceTable[] = ['documents', 'facts', 'indicators', 'indicator_aliases', 'pivots', 'forecasts', 'audit'];

function counts(ws: Workspace): { documents: number; facts: number } {
  return documentAndFactCounts(ws);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads and checks a file; throws the check's refusal as a PlanscopeError. The caller closes the workspace. */
// Files from colleagues are read like File > Open reads them (size limit, changes pending in a -wal file).
async function openChecked(ctx: ServiceContext, path: string): Promise<{ ws: Workspace; bytes: Uint8Array }> {
  const bytes = readWorkspaceFile(path);
  return { ws: checkedWorkspace(ctx, bytes, path), bytes };
}

function checkedWorkspace(ctx: ServiceContext, bytes: Uint8Array, path: string): Workspace {
  const verdict = checkWorkspaceBytes(ctx.SQL, bytes, { fileName: basename(path), now: ctx.clock });
  if (!verdict.ok) throw refusedFile(verdict);
  return verdict.workspace;
}

const openCheckedSync = (ctx: ServiceContext, path: string): Workspace => checkedWorkspace(ctx, readWorkspaceFile(path), path);

/** What the journal would restore against the file on disk; null when either cannot be read (recover explains). */
function changesInJournal(ctx: ServiceContext, workspacePath: string, journalPath: string): UnsavedChanges | null {
  const opened: Workspace[] = [];
  try {
    const journal = openCheckedSync(ctx, journalPath);
    opened.push(journal);
    const saved = existsSync(workspacePath) ? openCheckedSync(ctx, workspacePath) : null;
    if (saved) opened.push(saved);
    return unsavedChanges(saved, journal);
  } catch {
    return null;
  } finally {
    for (const ws of opened) ws.close();
  }
}

export function sourceOf(theirs: Workspace, path: string, date: string): MergeSource {
  return { workspace: theirs.getMeta('name') || basename(path), author: theirs.getMeta('author') || null, date };
}

export async function checkFile(ctx: ServiceContext, path: string, full = false): Promise<FileVerdict> {
  const fileName = basename(path);
  const refused = (code: FileVerdict['code'], message: string, say: Said | undefined): FileVerdict =>
    ({ ok: false, code, message, fileName, schemaVersion: null, migratedFrom: null, documents: null, facts: null, ...(say ? { say } : {}) });
  let bytes: Uint8Array;
  try {
    bytes = readWorkspaceFile(path);
  } catch (err) {
    if (err instanceof PlanscopeError) return refused(err.code, err.message, err.say);
    throw err;
  }
  const verdict = checkWorkspaceBytes(ctx.SQL, bytes, { fileName, full, now: ctx.clock });
  if (!verdict.ok) return refused(verdict.code, verdict.message, verdict.say);
  try {
    const c = counts(verdict.workspace);
    const migrated = verdict.migratedFrom ?? null;
    const held = {
      name: fileName, documents: c.documents, facts: c.facts,
      reports: worded('份报告', c.documents === 1 ? 'report' : 'reports'), factsWord: worded('条数据', c.facts === 1 ? 'fact' : 'facts'),
    };
    const say: Said = migrated !== null ? { id: 'workspace.sound-upgrade', params: { ...held, from: migrated } } : { id: 'workspace.sound', params: held };
    return { ok: true, code: null, fileName, schemaVersion: verdict.workspace.schemaVersion(), migratedFrom: migrated, ...c, message: sayIn('en', say), say };
  } finally {
    verdict.workspace.close();
  }
}

/** VACUUM then export: freed pages (deleted reports, rejected facts) are dropped instead of travelling. */
export function compactedBytes(ws: Workspace): { bytes: Uint8Array; before: number } {
  const before = databaseSize(ws);
  vacuum(ws);
  return { bytes: ws.export(), before };
}

function identity(ws: Workspace): WorkspaceIdentity {
  return { name: ws.getMeta('name') || null, author: ws.getMeta('author') || null };
}

/** The user is told once per run of failures that crash protection stopped (a notice, not one every second). */
export function autosaveFailedEvent(err: unknown): Events['autosave.failed'] {
  const code = err instanceof PlanscopeError ? err.code : 'internal';
  const say: Said = { id: 'autosave.failed', params: { reason: reasonOf(err) } };
  return { code, message: sayIn('en', say), say };
}

/**
 * Autosave for the main process: every `intervalMs` it looks whether anything changed since the last journal (one
 * count query, and two file stats) and, if so, writes the open workspace's unsaved state to its journal (a journal
 * left from before a save is removed). Checking every second rather than writing every 30 s means a crash loses at
 * most the last second or so of work, while an idle or saved workspace costs nothing. Returns the function that stops it. Errors (a full disk,
 * a folder that went away) never throw: autosave must not take the app down. They are shown, though: the first
 * failure after a success goes to the window as `autosave.failed` (and to `onError`).
 */
export function startAutosave(ctx: ServiceContext, intervalMs = 1_000, onError: (err: unknown) => void = () => undefined): () => Promise<void> {
  let running: Promise<void> | null = null;
  let failing = false;
  const timer = setInterval(() => {
    if (running) return;
    running = Promise.resolve(sharingHandlers['sharing.autosave']({}, ctx))
      .then(() => {
        failing = false;
      })
      .catch((err: unknown) => {
        if (err instanceof PlanscopeError && err.code === 'no-workspace') return;
        if (!failing) ctx.emit('autosave.failed', autosaveFailedEvent(err));
        failing = true;
        onError(err);
      })
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref?.();
  // Stopping waits for a journal write under way, so whoever stops (the app quitting, a test removing its folder)
  // never races a half-written journal or its temp file.
  return () => {
    clearInterval(timer);
    return running ?? Promise.resolve();
  };
}

export const sharingHandlers: HandlersFor<typeof sharingMethods> = {
  'sharing.check': ({ path, full }, ctx) => checkFile(ctx, path, full ?? false),

  'sharing.mergePreview': async ({ path }, ctx) => {
    const mine = ctx.session.current();
    const { ws, bytes } = await openChecked(ctx, path);
    try {
      refuseOversizedReports(mine, ws, basename(path), MAX_REPORT_BYTES);
      return { ...previewMerge(mine, ws, sourceOf(ws, path, ctx.clock())), path, fileHash: sha256(bytes) };
    } finally {
      ws.close();
    }
  },

  'sharing.resolveAndMerge': async ({ path, fileHash, decisions }, ctx) => {
    const mine = ctx.session.current();
    const { ws, bytes } = await openChecked(ctx, path);
    try {
      refuseOversizedReports(mine, ws, basename(path), MAX_REPORT_BYTES);
      if (sha256(bytes) !== fileHash) {
        throw PlanscopeError.says('conflict', 'merge.file-changed', { file: basename(path) });
      }
      const result = applyMerge(mine, ws, sourceOf(ws, path, ctx.clock()), decisions, { unresolved: 'refuse' });
      workspaceChanged(ctx, MERGED_TABLES);
      return result;
    } catch (err) {
      if (err instanceof UnresolvedConflicts) throw PlanscopeError.says('conflict', err.say.id, err.say.params, { unresolved: err.ids });
      throw err;
    } finally {
      ws.close();
    }
  },

  'sharing.saveForSharing': async ({ path }, ctx) => {
    const ws = ctx.session.current();
    const { bytes, before } = compactedBytes(ws);
    await ctx.files.writeFileAtomic(path, bytes);
    if (path === ctx.session.path()) ctx.session.markSaved();
    return { path, bytes: bytes.length, bytesBeforeCompaction: before };
  },

  'sharing.identity': (_args, ctx) => identity(ctx.session.current()),
  'sharing.setIdentity': ({ name, author }, ctx) => {
    const ws = ctx.session.current();
    ws.transaction(() => {
      setOrClearMeta(ws, 'name', name);
      setOrClearMeta(ws, 'author', author);
    });
    workspaceChanged(ctx, ['meta']);
    return identity(ws);
  },

  'sharing.autosave': async (_args, ctx) => {
    const path = ctx.session.path();
    const ws = ctx.session.current();
    if (!path) return { journal: 'none', journalPath: null };
    const own = journalsOf(ctx);
    const owner = await journalOwner(own, path);
    if (owner === 'held') {
      // Another session's unsaved work (a crash): neither removed nor overwritten until the user restores or
      // discards it, even if this session saves or edits meanwhile.
      await keepOffered(path);
      return { journal: 'held', journalPath: journalPathFor(path) };
    }
    if (ctx.session.dirty()) {
      // total_changes() only grows on a connection: the same count as at the last journal means no write since,
      // so a 100 MB workspace is not rewritten every tick for nothing.
      const changes = totalChanges(ws) ?? -1;
      if (owner === 'mine' && journaledAt.get(ws) === changes) return { journal: 'unchanged', journalPath: journalPathFor(path) };
      await writeOwnJournal(own, path, ws.export());
      journaledAt.set(ws, changes);
      return { journal: 'written', journalPath: journalPathFor(path) };
    }
    // Saved since the last autosave: this session's journal would only offer to go back to older unsaved state; a
    // stale one (older than the file, never offered) is what a save left behind when the app stopped right after it.
    if (owner === 'none') return { journal: 'none', journalPath: null };
    return { journal: (await discardJournal(path)) ? 'removed' : 'none', journalPath: null };
  },

  'sharing.recoverable': async ({ path }, ctx) => {
    const target = path ?? ctx.session.path();
    if (!target) return [];
    const owner = await journalOwner(journalsOf(ctx), target);
    // This session's own journal is the state it has open (a window reload, not a crash): nothing to recover.
    if (owner === 'mine') return [];
    const found = await findRecoverable(target, { evenIfOlder: owner === 'held' });
    return found ? [{ ...found, changes: changesInJournal(ctx, target, found.journalPath) }] : [];
  },

  'sharing.recover': async ({ path, discardChanges }, ctx) => {
    if (ctx.session.dirty() && !discardChanges) {
      throw PlanscopeError.says('conflict', 'recovery.unsaved');
    }
    const own = journalsOf(ctx);
    const held = (await journalOwner(own, path)) === 'held';
    const found = await findRecoverable(path, { evenIfOlder: held });
    if (!found) throw PlanscopeError.says('not-found', 'recovery.none', { file: basename(path) });
    const { ws } = await openChecked(ctx, found.journalPath);
    ctx.session.replace(ws, path);
    // The journal now holds this session's unsaved state: autosave keeps it up to date from here.
    await adoptJournal(own, path);
    journaledAt.set(ws, totalChanges(ws) ?? -1);
    workspaceChanged(ctx, [...MERGED_TABLES, 'meta']); // recovered work is not in the file until the user saves
    return { path, ...counts(ws) };
  },

  'sharing.discardRecovery': async ({ path }, ctx) => {
    const discarded = await discardJournal(path);
    await adoptJournal(journalsOf(ctx), path); // gone: neither held nor this session's any more
    return { discarded };
  },
};
