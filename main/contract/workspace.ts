// Workspace lifecycle: one workspace (a SQLite file) is open at a time in main; the renderer asks about it and
// asks main to open, create or save it. Paths are plain strings the user chose (a native dialog in the desktop
// app, a typed path in the browser preview).
import { z } from 'zod';
import { method, type MethodMap } from './define';

export interface WorkspaceInfo {
  open: boolean;
  /** The file it was opened from or last saved to; null for a new, unsaved workspace. */
  path: string | null;
  /** What the title bar shows: the file's name, or "untitled". */
  name: string;
  dirty: boolean;
  documents: number;
  facts: number;
  unreviewed: number;
  schemaVersion: number;
}

/** A file the user picked, or nothing when they cancelled or when no native dialog exists (browser preview). */
export interface PickedPaths {
  paths: string[];
  /** false in the browser preview: the UI then asks for a typed path or uses a file input. */
  dialogAvailable: boolean;
}

const path = z.string().trim().min(1, 'a file path is required').max(4096);
/** Replacing a workspace with unsaved changes is refused unless the user confirmed discarding them. */
const discardChanges = z.boolean().optional();

export const workspaceMethods = {
  'workspace.info': method<WorkspaceInfo>()(z.object({})),
  /** An empty workspace with the indicator catalogue; unsaved until save-as. */
  'workspace.new': method<WorkspaceInfo>()(z.object({ discardChanges })),
  /** A new unsaved workspace built from the bundled sample reports (progress events per report). */
  'workspace.newFromSamples': method<WorkspaceInfo>()(z.object({ discardChanges })),
  /** Opens a .db after the safety checks; the open workspace is untouched when the file is refused. */
  'workspace.open': method<WorkspaceInfo>()(z.object({ path, discardChanges })),
  /** Saves to the path it came from; a never-saved workspace needs save-as. */
  'workspace.save': method<WorkspaceInfo>()(z.object({})),
  'workspace.saveAs': method<WorkspaceInfo>()(z.object({ path })),
  /** Native dialogs (desktop app only). */
  'dialog.pickWorkspace': method<PickedPaths>()(z.object({ purpose: z.enum(['open', 'save']) })),
  'dialog.pickReports': method<PickedPaths>()(z.object({})),
} satisfies MethodMap;
