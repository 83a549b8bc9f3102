// The open workspace as the title bar and the file buttons see it. On first launch (nothing open) the
// workbench builds the sample workspace so an economist sees real reports before importing their own.
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../main/contract/workspace';
import { call } from '../bridge';
import { reportError, useNotices } from './notices';

/** The browser preview has no native dialog: the bar then asks for a typed path. */
export type PathPrompt = null | { purpose: 'open' | 'save'; initial: string };

interface WorkspaceState {
  info: WorkspaceInfo | null;
  busy: boolean;
  prompt: PathPrompt;
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

  return {
    info: null,
    busy: false,
    prompt: null,
    generation: 0,
    async start() {
      const ok = await run(() => call('workspace.info', {}), false);
      if (ok && !get().info?.open) await get().newFromSamples();
    },
    async refresh() {
      try {
        set({ info: await call('workspace.info', {}) });
      } catch (e) {
        reportError(e);
      }
    },
    newEmpty: async () => void (await run(() => call('workspace.new', {}), true)),
    newFromSamples: async () => void (await run(() => call('workspace.newFromSamples', {}), true)),
    async open(path) {
      const ok = await run(() => call('workspace.open', { path }), true);
      if (ok) set({ prompt: null });
      return ok;
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
      const ok = await run(() => call('workspace.saveAs', { path }), false);
      if (ok) set({ prompt: null });
      return ok;
    },
    async askOpen() {
      try {
        const picked = await call('dialog.pickWorkspace', { purpose: 'open' });
        if (!picked.dialogAvailable) return set({ prompt: { purpose: 'open', initial: get().info?.path ?? '' } });
        const path = picked.paths[0];
        if (path) await get().open(path);
      } catch (e) {
        reportError(e);
      }
    },
    async askSaveAs() {
      try {
        const picked = await call('dialog.pickWorkspace', { purpose: 'save' });
        if (!picked.dialogAvailable) return set({ prompt: { purpose: 'save', initial: get().info?.path ?? '' } });
        const path = picked.paths[0];
        if (path) await get().saveAs(path);
      } catch (e) {
        reportError(e);
      }
    },
    closePrompt: () => set({ prompt: null }),
  };
});
