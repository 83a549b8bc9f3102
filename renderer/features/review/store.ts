// Review slice: the facts matching the filter, the selected fact (shared with the source viewer), and the
// review actions. main writes every change to the audit table; undo/redo replay it there, and the facts
// they return replace ours so the grid always shows what is saved.
import { create } from 'zustand';
import type { Fact } from '../../../main/core/types';
import type { FactChanges, FactFilterArgs, FactFilterOptions } from '../../../main/contract/facts';
import { call } from '../../bridge';
import { attempt } from '../../shell/notices';
import { useWorkspace } from '../../shell/workspace';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';

interface ReviewState {
  filter: FactFilterArgs;
  options: FactFilterOptions | null;
  facts: Fact[];
  loading: boolean;
  selectedId: number | null;
  /** What the last undo/redo did, for the toolbar message; 'nothing' when there was nothing to undo. */
  lastHistory: { action: 'undo' | 'redo'; what: string | null } | null;
  load(): Promise<void>;
  loadOptions(): Promise<void>;
  setFilter(patch: Partial<FactFilterArgs>): void;
  clearFilter(): void;
  select(id: number | null): void;
  update(id: number, changes: FactChanges): Promise<boolean>;
  /** False when main refused (the reason is shown as a notice). */
  accept(ids: number[]): Promise<boolean>;
  reject(ids: number[]): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** Drops keys set to undefined so the contract's strict filter object does not see them. */
function cleanFilter(f: FactFilterArgs): FactFilterArgs {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as FactFilterArgs;
}

/** The facts list being fetched, by its filter: a second load of the same list joins it. */
let loading: { key: string; done: Promise<void> } | null = null;

export const useReview = create<ReviewState>((set, get) => {
  /** Puts saved facts in place of ours; facts we do not show (another filter) are ignored. */
  function merge(saved: readonly Fact[]) {
    const byId = new Map(saved.map((f) => [f.id, f]));
    set((s) => ({ facts: s.facts.map((f) => byId.get(f.id) ?? f) }));
  }

  return {
    filter: {},
    options: null,
    facts: [],
    loading: false,
    selectedId: null,
    lastHistory: null,
    async load() {
      const filter = cleanFilter(get().filter);
      // Of this workspace: a list still on its way from the one open before is not joined.
      const key = `${useWorkspace.getState().generation}|${JSON.stringify(filter)}`;
      // The same list already on its way (fetched while idle after the workspace opened, and the view opening now):
      // wait for it rather than ask main for 20,000 facts twice at once.
      if (loading?.key === key) return loading.done;
      set({ loading: true });
      const done = attempt(async () => {
        const facts = await call('facts.list', Object.keys(filter).length ? { filter } : {});
        set((s) => ({ facts, selectedId: s.selectedId ?? facts[0]?.id ?? null }));
      }).then(() => {
        if (loading?.done === done) loading = null;
        set({ loading: false });
      });
      loading = { key, done };
      return done;
    },
    async loadOptions() {
      await attempt(async () => set({ options: await call('facts.filterOptions', {}) }));
    },
    setFilter(patch) {
      set((s) => ({ filter: cleanFilter({ ...s.filter, ...patch }), selectedId: null }));
      void get().load();
    },
    clearFilter() {
      set({ filter: {}, selectedId: null });
      void get().load();
    },
    select(id) {
      set({ selectedId: id });
    },
    async update(id, changes) {
      return attempt(async () => merge([await call('facts.update', { id, changes })]));
    },
    async accept(ids) {
      if (!ids.length) return false;
      return attempt(async () => merge(await call('facts.accept', { ids })));
    },
    async reject(ids) {
      if (!ids.length) return false;
      return attempt(async () => merge(await call('facts.reject', { ids })));
    },
    async undo() {
      await attempt(async () => {
        const r = await call('facts.undo', {});
        merge(r.facts);
        // A report brought back or deleted again adds or removes whole rows: read the list again.
        if (r.entry?.action === 'reports.delete') await get().load();
        set({ lastHistory: { action: 'undo', what: r.entry?.action ?? null } });
      });
    },
    async redo() {
      await attempt(async () => {
        const r = await call('facts.redo', {});
        merge(r.facts);
        // A report brought back or deleted again adds or removes whole rows: read the list again.
        if (r.entry?.action === 'reports.delete') await get().load();
        set({ lastHistory: { action: 'redo', what: r.entry?.action ?? null } });
      });
    },
  };
});

// Another workspace means other ids: a filter on report 3 or a selected fact 120 would point at something else.
useWorkspace.subscribe((now, before) => {
  if (now.generation !== before.generation) useReview.setState({ filter: {}, facts: [], options: null, selectedId: null, lastHistory: null });
});

// Review is where an economist goes first after opening a workspace: its facts are fetched while idle meanwhile.
resetOnWorkspaceOpen(useReview, { view: 'review', warmWhenIdle: true, reload: () => Promise.all([useReview.getState().load(), useReview.getState().loadOptions()]) });
