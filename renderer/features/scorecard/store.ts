// Scorecard slice: which report or period is shown, the tolerance, the scored rows, and the sources of the
// selected row. Reloads when facts change (a review edit can change a verdict).
import { create } from 'zustand';
import type { FactSource, Score, Scorecard, ScorecardChoices, Tolerance } from '../../../main/contract/scores';
import { call } from '../../bridge';
import { attempt } from '../../shell/notices';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';

interface ScorecardState {
  choices: ScorecardChoices | null;
  documentId: number | null;
  period: string | null;
  tolerance: Tolerance;
  card: Scorecard | null;
  loading: boolean;
  selectedKey: string | null;
  sources: FactSource[];
  loadChoices(): Promise<void>;
  load(): Promise<void>;
  show(view: { documentId?: number | null; period?: string | null }): void;
  setTolerance(t: Partial<Tolerance>): void;
  select(row: Score | null): Promise<void>;
  reset(): void;
}

export const useScorecard = create<ScorecardState>((set, get) => ({
  choices: null,
  documentId: null,
  period: null,
  tolerance: { pp: 0.5, pct: 2 },
  card: null,
  loading: false,
  selectedKey: null,
  sources: [],
  async loadChoices() {
    await attempt(async () => {
      const choices = await call('scores.choices', {});
      set({ choices });
      // First visit: the latest report, as Wang opens the mid-year scorecard.
      if (get().documentId === null && get().period === null && choices.documents.length) {
        set({ documentId: choices.documents[choices.documents.length - 1]!.id });
      }
    });
  },
  async load() {
    const { documentId, period, tolerance } = get();
    set({ loading: true });
    await attempt(async () => {
      const card = await call('scores.scorecard', {
        ...(documentId !== null ? { documentId } : {}), ...(period !== null ? { period } : {}), tolerance,
      });
      set({ card });
    });
    set({ loading: false });
  },
  show(view) {
    set({ ...(view.documentId !== undefined ? { documentId: view.documentId } : {}), ...(view.period !== undefined ? { period: view.period } : {}), selectedKey: null, sources: [] });
    void get().load();
  },
  setTolerance(t) {
    set((s) => ({ tolerance: { ...s.tolerance, ...t } }));
    void get().load();
  },
  async select(row) {
    if (!row) return set({ selectedKey: null, sources: [] });
    set({ selectedKey: row.key });
    const ids = [row.target.factId, row.actual?.factId, ...row.revisions.map((r) => r.factId)]
      .filter((x): x is number => typeof x === 'number');
    await attempt(async () => {
      const sources = await call('scores.sources', { factIds: [...new Set(ids)].slice(0, 50) });
      if (get().selectedKey === row.key) set({ sources });
    });
  },
  reset() {
    set({ choices: null, documentId: null, period: null, card: null, selectedKey: null, sources: [] });
  },
}));

resetOnWorkspaceOpen(useScorecard, { view: 'scorecard', reload: async () => {
  await useScorecard.getState().loadChoices();
  await useScorecard.getState().load();
} });
