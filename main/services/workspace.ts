// Workspace lifecycle over the session: new, new-from-samples, open (after the store's safety checks), save and
// save-as (atomic, previous version kept), and the first-launch sample workspace.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PlanscopeError } from '../contract/errors';
import type { workspaceMethods, WorkspaceInfo } from '../contract/workspace';
import type { WorkspaceTable } from '../contract/events';
import { seedCatalog } from '../core/catalog/index';
import { Workspace } from '../core/store/workspace';
import { factCounts } from '../core/store/queries/facts';
import { totalChanges } from '../core/store/queries/meta';
import { openWorkspaceFile } from '../workspace-file/open';
import { removeStaleTemps } from '../workspace-file/journal';
import type { HandlersFor, ServiceContext } from './context';
import { importIntoWorkspace, type ReportBytes } from './reports';
import { offeringBackup, soundBackupOf } from './workspace-backup';

export const ALL_TABLES: WorkspaceTable[] = ['documents', 'facts', 'audit', 'indicators', 'indicator_aliases', 'pivots', 'forecasts', 'meta'];

export function workspaceInfo(ctx: ServiceContext): WorkspaceInfo {
  const path = ctx.session.path();
  let ws: Workspace;
  try {
    ws = ctx.session.current();
  } catch {
    return { open: false, path: null, name: '', dirty: false, documents: 0, facts: 0, unreviewed: 0, schemaVersion: 0 };
  }
  const counts = factCounts(ws);
  return {
    open: true,
    path,
    name: path ? basename(path) : 'untitled',
    dirty: ctx.session.dirty(),
    documents: counts.documents,
    facts: counts.facts,
    unreviewed: counts.unreviewed,
    schemaVersion: ws.schemaVersion(),
  };
}

/** Replacing a workspace with unsaved changes would lose them: the caller must say so explicitly. */
function guardUnsaved(ctx: ServiceContext, discardChanges: boolean | undefined): void {
  if (ctx.session.dirty() && !discardChanges) {
    const name = ctx.session.path() ? basename(ctx.session.path()!) : 'The open workspace';
    throw PlanscopeError.says('conflict', 'workspace.unsaved', { name });
  }
}

function install(ctx: ServiceContext, ws: Workspace, path: string | null, dirty: boolean): WorkspaceInfo {
  ctx.session.replace(ws, path);
  if (dirty) ctx.session.markDirty();
  else ctx.session.markSaved();
  ctx.emit('workspace.changed', { tables: ALL_TABLES });
  return workspaceInfo(ctx);
}

export function emptyWorkspace(ctx: ServiceContext): Workspace {
  const ws = Workspace.create(ctx.SQL, ctx.clock);
  seedCatalog(ws);
  return ws;
}

/** The bundled reports, in file-name order so the sample workspace is the same on every machine. */
export async function sampleReports(ctx: ServiceContext): Promise<ReportBytes[]> {
  let names: string[];
  try {
    names = (await readdir(ctx.samplesDir)).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
  } catch {
    throw PlanscopeError.says('not-found', 'workspace.samples-missing', { folder: ctx.samplesDir });
  }
  if (names.length === 0) throw PlanscopeError.says('not-found', 'workspace.samples-empty', { folder: ctx.samplesDir });
  const out: ReportBytes[] = [];
  for (const fileName of names) out.push({ fileName, bytes: await ctx.files.readFile(join(ctx.samplesDir, fileName)) });
  return out;
}

export async function buildSampleWorkspace(ctx: ServiceContext): Promise<Workspace> {
  const reports = await sampleReports(ctx);
  const ws = emptyWorkspace(ctx);
  try {
    await importIntoWorkspace(ctx, ws, reports, 'workspace.samples');
  } catch (err) {
    ws.close();
    throw err;
  }
  return ws;
}

/** Rows changed on this connection so far (SQLite's total_changes); export() resets it, so read it after. */
function changeCount(ws: Workspace): number {
  return totalChanges(ws) ?? 0;
}

async function saveTo(ctx: ServiceContext, path: string): Promise<WorkspaceInfo> {
  const ws = ctx.session.current();
  const bytes = ws.export();
  const exportedAt = changeCount(ws);
  await ctx.files.writeFileAtomic(path, bytes);
  // The write takes time; an edit made meanwhile is not in the file, and another workspace may have been
  // opened. Only the workspace that was written takes the path, and it stays dirty if it changed since.
  if (ctx.session.current() === ws) {
    ctx.session.setPath(path);
    if (changeCount(ws) === exportedAt) ctx.session.markSaved();
  }
  ctx.emit('workspace.changed', { tables: ['meta'] });
  return workspaceInfo(ctx);
}

/** The workspace file at start; refused, its refusal says when the last save's backup can be opened instead. */
async function openAtStart(ctx: ServiceContext, path: string): Promise<Workspace> {
  try {
    return await openWorkspaceFile(ctx.SQL, path, { now: ctx.clock });
  } catch (err) {
    const bak = err instanceof PlanscopeError ? await soundBackupOf(ctx, path) : null;
    throw bak ? offeringBackup(err as PlanscopeError, bak) : err;
  }
}

/**
 * What main does at start: open the workspace at `path`, or, when no file is there yet (first launch), build
 * one from the sample reports and save it there.
 */
export async function startWorkspace(ctx: ServiceContext, path: string): Promise<WorkspaceInfo> {
  await removeStaleTemps(path); // what saves cut off by a crash left beside the file
  if (await ctx.files.exists(path)) return install(ctx, await openAtStart(ctx, path), path, false);
  install(ctx, await buildSampleWorkspace(ctx), null, true);
  return saveTo(ctx, path);
}

export const workspaceHandlers: HandlersFor<typeof workspaceMethods> = {
  'workspace.info': (_args, ctx) => workspaceInfo(ctx),
  'workspace.new': ({ discardChanges }, ctx) => {
    guardUnsaved(ctx, discardChanges);
    return install(ctx, emptyWorkspace(ctx), null, false);
  },
  'workspace.newFromSamples': async ({ discardChanges }, ctx) => {
    guardUnsaved(ctx, discardChanges);
    return install(ctx, await buildSampleWorkspace(ctx), null, true);
  },
  'workspace.open': async ({ path, discardChanges }, ctx) => {
    guardUnsaved(ctx, discardChanges);
    // The checks run on a separate database: a refused file throws here and the open workspace stays as it was.
    const ws = await openWorkspaceFile(ctx.SQL, path, { now: ctx.clock });
    return install(ctx, ws, path, false);
  },
  'workspace.save': async (_args, ctx) => {
    const path = ctx.session.path();
    ctx.session.current();
    if (!path) throw PlanscopeError.says('bad-input', 'workspace.never-saved');
    return saveTo(ctx, path);
  },
  'workspace.saveAs': ({ path }, ctx) => saveTo(ctx, path),
  'dialog.pickWorkspace': async ({ purpose }, ctx) =>
    ctx.dialogs ? { paths: await ctx.dialogs.pickWorkspace(purpose), dialogAvailable: true } : { paths: [], dialogAvailable: false },
  'dialog.pickReports': async (_args, ctx) =>
    ctx.dialogs ? { paths: await ctx.dialogs.pickReports(), dialogAvailable: true } : { paths: [], dialogAvailable: false },
};
