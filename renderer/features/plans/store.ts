// Plan tracker slice: the workspace's multi-year plan targets and the selected one. Reloads when facts change.
import { create } from 'zustand';
import type { PlanRow } from '../../../main/contract/scores';
import { call } from '../../bridge';
import { attempt } from '../../shell/notices';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';

export type PlanGridRow = PlanRow & { id: string };

interface PlanState {
  rows: PlanGridRow[];
  selectedId: string | null;
  load(): Promise<void>;
  select(id: string | null): void;
  reset(): void;
}

const idOf = (r: PlanRow) => `${r.region}|${r.indicator}|${r.measure}|${r.target.period}`;

export const usePlans = create<PlanState>((set) => ({
  rows: [],
  selectedId: null,
  async load() {
    await attempt(async () => {
      const rows = await call('scores.planCheck', {});
      set({ rows: rows.map((r) => ({ ...r, id: idOf(r) })) });
    });
  },
  select(id) {
    set({ selectedId: id });
  },
  reset() {
    set({ rows: [], selectedId: null });
  },
}));

resetOnWorkspaceOpen(usePlans, { view: 'plans', reload: () => usePlans.getState().load() });
