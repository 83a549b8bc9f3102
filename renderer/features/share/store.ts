// Share slice: a colleague's file goes check → preview (conflicts) → decisions → merge → save. Every step is a
// call to main; a refused file or a refused merge leaves the open workspace as it was, and the reason stays
// on screen until the next attempt.
import { create } from 'zustand';
import type { FileVerdict, MergePreview, MergeResult, RecoverableWork, Resolution, SharedCopy, WorkspaceIdentity } from '../../../main/contract/sharing';
import { call, choosePath } from '../../bridge';
import { attempt, describeError, reportError } from '../../shell/notices';
import { useWorkspace } from '../../shell/workspace';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';

type Step = 'idle' | 'checking' | 'previewed' | 'merging' | 'merged';

interface ShareState {
  path: string;
  step: Step;
  verdict: FileVerdict | null;
  preview: MergePreview | null;
  decisions: Record<string, Resolution>;
  result: MergeResult | null;
  error: { code: string; message: string } | null;
  identity: WorkspaceIdentity | null;
  shared: SharedCopy | null;
  recoverable: RecoverableWork[];
  /** True once main has been asked for recoverable work (so "none" is an answer, not "not yet"). */
  recoverableChecked: boolean;
  setPath(path: string): void;
  /** Native dialog in the desktop app; false when there is none and the typed path must be used. */
  pick(): Promise<boolean>;
  checkAndPreview(path?: string): Promise<void>;
  decide(id: string, r: Resolution): void;
  decideAll(r: Resolution): void;
  merge(): Promise<void>;
  saveMerged(): Promise<void>;
  reset(): void;
  loadIdentity(): Promise<void>;
  setIdentity(next: WorkspaceIdentity): Promise<void>;
  saveForSharing(path: string): Promise<void>;
  loadRecoverable(): Promise<void>;
  recover(path: string): Promise<void>;
  discardRecovery(path: string): Promise<void>;
  /** Hides the banner for this session (after a save); the journal stays and is offered at the next start. */
  dismissRecovery(): void;
}

export const undecided = (s: Pick<ShareState, 'preview' | 'decisions'>): number =>
  (s.preview?.conflicts ?? []).filter((c) => s.decisions[c.id] === undefined).length;

export const useShare = create<ShareState>((set, get) => ({
  path: '',
  step: 'idle',
  verdict: null,
  preview: null,
  decisions: {},
  result: null,
  error: null,
  identity: null,
  shared: null,
  recoverable: [],
  recoverableChecked: false,
  setPath: (path) => set({ path }),
  async pick() {
    try {
      const picked = await call('dialog.pickWorkspace', { purpose: 'open' });
      if (!picked.dialogAvailable) return false;
      const path = picked.paths[0];
      if (path) await get().checkAndPreview(path);
      return true;
    } catch (e) {
      reportError(e);
      return true;
    }
  },
  async checkAndPreview(path = get().path) {
    const target = path.trim();
    if (!target) return;
    set({ path: target, step: 'checking', verdict: null, preview: null, decisions: {}, result: null, error: null });
    try {
      await choosePath(target); // typed or picked by the user: the preview's bridge accepts it only once told so
      const verdict = await call('sharing.check', { path: target });
      set({ verdict });
      if (!verdict.ok) return set({ step: 'idle' });
      const preview = await call('sharing.mergePreview', { path: target });
      set({ preview, step: 'previewed' });
    } catch (e) {
      set({ error: describeError(e), step: 'idle' });
    }
  },
  decide: (id, r) => set((s) => ({ decisions: { ...s.decisions, [id]: r } })),
  decideAll: (r) => set((s) => ({
    decisions: Object.fromEntries((s.preview?.conflicts ?? []).map((c) => [c.id, c.choices.includes(r) ? r : 'mine'])),
  })),
  async merge() {
    const { preview, decisions } = get();
    if (!preview) return;
    set({ step: 'merging', error: null });
    try {
      const result = await call('sharing.resolveAndMerge', { path: preview.path, fileHash: preview.fileHash, decisions });
      set({ result, step: 'merged' });
      await useWorkspace.getState().refresh();
    } catch (e) {
      set({ error: describeError(e), step: 'previewed' });
    }
  },
  async saveMerged() {
    await useWorkspace.getState().save();
  },
  reset: () => set({ step: 'idle', verdict: null, preview: null, decisions: {}, result: null, error: null }),
  async loadIdentity() {
    await attempt(async () => set({ identity: await call('sharing.identity', {}) }));
  },
  async setIdentity(next) {
    await attempt(async () => set({ identity: await call('sharing.setIdentity', { name: next.name || null, author: next.author || null }) }));
  },
  async saveForSharing(path) {
    set({ shared: null });
    await attempt(async () => {
      await choosePath(path);
      set({ shared: await call('sharing.saveForSharing', { path: path.trim() }) });
    });
  },
  async loadRecoverable() {
    await attempt(async () => set({ recoverable: await call('sharing.recoverable', {}), recoverableChecked: true }));
  },
  async recover(path) {
    await attempt(async () => {
      await call('sharing.recover', { path, discardChanges: true });
      set({ recoverable: [] });
      await useWorkspace.getState().refresh();
    });
  },
  dismissRecovery: () => set({ recoverable: [] }),
  async discardRecovery(path) {
    await attempt(async () => {
      await call('sharing.discardRecovery', { path });
      set((s) => ({ recoverable: s.recoverable.filter((r) => r.workspacePath !== path) }));
    });
  },
}));

// The banner is about the open workspace's file: another file may have unsaved work of its own to offer.
resetOnWorkspaceOpen(useShare, { reload: () => useShare.getState().loadRecoverable() });
