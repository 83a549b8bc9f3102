// Pivot slice: the spec being built, its result, the saved views, the drilled cell, and the rows selected
// for the charts. Every change of spec re-runs the pivot in main (SQL over the store), never in the renderer.
import { create } from 'zustand';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';
import type { DrillResult, PivotCoordinates, PivotField, PivotResult, PivotSpec, SavedPivot } from '../../../main/contract/pivots';
import { call } from '../../bridge';
import { attempt, describeError } from '../../shell/notices';
import { emptyHistory, rememberLayout, undoLayout, type LayoutHistory } from './history';

export const FIELDS = ['indicator', 'measure', 'period', 'kind', 'region', 'report', 'unit', 'status'] as const satisfies readonly PivotField[];
export const AGGREGATION_LIST = ['latest', 'sum', 'mean', 'min', 'max', 'count', 'first', 'last'] as const satisfies readonly PivotSpec['value']['aggregation'][];

export type Well = 'rows' | 'columns';

interface PivotState {
  spec: PivotSpec | null;
  viewName: string | null;
  result: PivotResult | null;
  running: boolean;
  error: string | null;
  saved: SavedPivot[];
  drill: { coordinates: PivotCoordinates; title: string; result: DrillResult } | null;
  /** Row keys selected in the grid: the charts draw these rows' indicators. */
  selectedRows: string[];
  /** The layouts before the user's last changes, for 撤销布局 (Ctrl+Z). */
  layoutHistory: LayoutHistory;
  init(): Promise<void>;
  /** A layout change by the user: remembered, so 撤销布局 can put the previous one back. */
  setSpec(next: PivotSpec): Promise<void>;
  /** Back to the layout before the last change (and the saved view it was), if there was one. */
  undoLayout(): Promise<void>;
  /** Puts a field into a well at a position (moving it out of the other well), or removes it (well null). */
  placeField(field: PivotField, well: Well | null, index?: number): Promise<void>;
  setFilter(field: PivotField, values: string[] | null): Promise<void>;
  run(): Promise<void>;
  loadSaved(): Promise<void>;
  openView(name: string): Promise<void>;
  saveAs(name: string): Promise<void>;
  deleteView(name: string): Promise<void>;
  drillInto(coordinates: PivotCoordinates, title: string): Promise<void>;
  closeDrill(): void;
  selectRows(keys: string[]): void;
}

export const usePivot = create<PivotState>((set, get) => ({
  spec: null,
  viewName: null,
  result: null,
  running: false,
  error: null,
  saved: [],
  drill: null,
  selectedRows: [],
  layoutHistory: emptyHistory,
  async init() {
    await get().loadSaved();
    if (get().spec) return get().run();
    const first = get().saved[0];
    if (first) {
      set({ spec: first.spec, viewName: first.name });
      await get().run();
    }
  },
  async setSpec(next) {
    const { spec, viewName, layoutHistory } = get();
    set({ spec: next, drill: null, layoutHistory: rememberLayout(layoutHistory, spec && { spec, viewName }, next) });
    await get().run();
  },
  async undoLayout() {
    const back = undoLayout(get().layoutHistory);
    if (!back) return;
    // A view deleted since is not named again.
    const viewName = get().saved.some((v) => v.name === back.step.viewName) ? back.step.viewName : null;
    set({ spec: back.step.spec, viewName, drill: null, layoutHistory: back.history });
    await get().run();
  },
  async placeField(field, well, index) {
    const spec = get().spec;
    if (!spec) return;
    const rows = spec.rows.filter((f) => f !== field);
    const columns = spec.columns.filter((f) => f !== field);
    const target = well === 'rows' ? rows : well === 'columns' ? columns : null;
    if (target) target.splice(index ?? target.length, 0, field);
    await get().setSpec({ ...spec, rows, columns });
  },
  async setFilter(field, values) {
    const spec = get().spec;
    if (!spec) return;
    const filters = { ...spec.filters };
    if (values && values.length) filters[field] = values;
    else delete filters[field];
    await get().setSpec({ ...spec, filters });
  },
  async run() {
    const spec = get().spec;
    if (!spec) return;
    set({ running: true });
    try {
      const result = await call('pivot.run', { spec });
      // A slower earlier run must not overwrite the answer to a later spec.
      if (get().spec === spec) set({ result, error: null, selectedRows: get().selectedRows.filter((k) => result.rows.some((r) => r.key === k)) });
    } catch (e) {
      if (get().spec === spec) set({ error: describeError(e).message, result: null });
    } finally {
      set({ running: false });
    }
  },
  async loadSaved() {
    await attempt(async () => set({ saved: await call('pivot.list', {}) }));
  },
  async openView(name) {
    await attempt(async () => {
      const view = await call('pivot.get', { name });
      // The spec first, so the history remembers the view being left under its own name.
      const done = get().setSpec(view.spec);
      set({ viewName: view.name, selectedRows: [] });
      await done;
    });
  },
  async saveAs(name) {
    const spec = get().spec;
    if (!spec) return;
    await attempt(async () => {
      const saved = await call('pivot.save', { name, spec });
      set({ viewName: saved.name });
      await get().loadSaved();
    });
  },
  async deleteView(name) {
    await attempt(async () => {
      await call('pivot.delete', { name });
      await get().loadSaved();
      if (get().viewName === name) set({ viewName: null });
    });
  },
  async drillInto(coordinates, title) {
    const spec = get().spec;
    if (!spec) return;
    await attempt(async () => {
      const result = await call('pivot.drill', { spec, coordinates });
      set({ drill: { coordinates, title, result } });
    });
  },
  closeDrill() {
    set({ drill: null });
  },
  selectRows(keys) {
    set({ selectedRows: keys });
  },
}));

resetOnWorkspaceOpen(usePivot, { view: 'pivot', reload: () => usePivot.getState().init() });
