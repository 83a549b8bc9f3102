// The open workspace as the title bar and the file buttons see it. On first launch (nothing open) the
// workbench builds the sample workspace so an economist sees real reports before importing their own.
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../main/contract/workspace';
import { call, choosePath } from '../bridge';
import { attempt, describeError, reportError, useNotices } from './notices';
import { withProgress } from './progress';

/** The browser preview has no native dialog: the bar then asks for a typed path. */
export type PathPrompt = null | { purpose: 'open' | 'save'; initial: string };

/** main refused to replace a workspace with unsaved changes; the person decides. */
export type DiscardQuestion = null | { message: string; proceed(): Promise<void> };

type Replace = (discardChanges: boolean) => Promise<WorkspaceInfo>;

interface WorkspaceState {
  info: WorkspaceInfo | null;
  busy: boolean;
  prompt: PathPrompt;
  discard: DiscardQuestion;
  /** Bumped after open/new/save-as: views reload everything they show. */
  generation: number;
  start(): Promise<void>;
  refresh(): Promise<void>;
  newEmpty(): Promise<void>;
  newFromSamples(): Promise<void>;
  open(path: string): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(path: string): Promise<boolean>;
  askOpen(): Promise<void>;
  askSaveAs(): Promise<void>;
  closePrompt(): void;
  closeDiscard(): void;
}

export const useWorkspace = create<WorkspaceState>((set, get) => {
  /** Runs one lifecycle call; errors become notices and leave the current workspace as it was. */
  async function run(work: () => Promise<WorkspaceInfo>, replaced: boolean): Promise<boolean> {
    set({ busy: true });
    try {
      const info = await work();
      set((s) => ({ info, generation: replaced ? s.generation + 1 : s.generation }));
      return true;
    } catch (e) {
      reportError(e);
      return false;
    } finally {
      set({ busy: false });
    }
  }

  /** Replaces the open workspace; unsaved changes are only discarded after the person says so. */
  async function replace(work: Replace): Promise<boolean> {
    set({ busy: true });
    try {
      const info = await withProgress(() => work(false));
      set((s) => ({ info, generation: s.generation + 1 }));
      return true;
    } catch (e) {
      const { code, message } = describeError(e);
      if (code !== 'conflict') {
        reportError(e);
        return false;
      }
      set({ discard: { message, proceed: async () => {
        set({ discard: null });
        await run(() => withProgress(() => work(true)), true);
      } } });
      return false;
    } finally {
      set({ busy: false });
    }
  }

  /** The native dialog in the desktop app; in the browser preview, which has none, the typed-path prompt. */
  async function askPath(purpose: 'open' | 'save', then: (path: string) => Promise<unknown>): Promise<void> {
    await attempt(async () => {
      const picked = await call('dialog.pickWorkspace', { purpose });
      if (!picked.dialogAvailable) return set({ prompt: { purpose, initial: get().info?.path ?? '' } });
      const path = picked.paths[0];
      if (path) await then(path);
    });
  }

  return {
    info: null,
    busy: false,
    prompt: null,
    discard: null,
    generation: 0,
    async start() {
      const ok = await run(() => call('workspace.info', {}), false);
      if (ok && !get().info?.open) await get().newFromSamples();
    },
    async refresh() {
      await attempt(async () => set({ info: await call('workspace.info', {}) }));
    },
    newEmpty: async () => void (await replace((discardChanges) => call('workspace.new', { discardChanges }))),
    newFromSamples: async () => void (await replace((discardChanges) => call('workspace.newFromSamples', { discardChanges }))),
    async open(path) {
      set({ prompt: null });
      // The typed or picked path is the user's choice: the preview's bridge accepts it only once told so.
      return replace(async (discardChanges) => {
        await choosePath(path);
        return call('workspace.open', { path, discardChanges });
      });
    },
    async save() {
      if (!get().info?.path) {
        await get().askSaveAs();
        return false;
      }
      const ok = await run(() => call('workspace.save', {}), false);
      if (ok) useNotices.getState().push('info', `✓ ${get().info?.path ?? ''}`);
      return ok;
    },
    async saveAs(path) {
      const ok = await run(async () => {
        await choosePath(path);
        return call('workspace.saveAs', { path });
      }, false);
      if (ok) set({ prompt: null });
      return ok;
    },
    askOpen: () => askPath('open', (path) => get().open(path)),
    askSaveAs: () => askPath('save', (path) => get().saveAs(path)),
    closePrompt: () => set({ prompt: null }),
    closeDiscard: () => set({ discard: null }),
  };
});
