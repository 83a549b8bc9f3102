// Every slice forgets the previous workspace when another is opened (issue 17: only 4 of 12 slices did): after a
// workspace open, each slice's data is its initial state again, and only the view on screen reloads.
import { describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand';
import { useForecast } from '../../renderer/features/forecast/store';
import { usePivot } from '../../renderer/features/pivot/store';
import { usePlans } from '../../renderer/features/plans/store';
import { useReports } from '../../renderer/features/reports/store';
import { useReview } from '../../renderer/features/review/store';
import { useScorecard } from '../../renderer/features/scorecard/store';
import { useShare } from '../../renderer/features/share/store';
import { useSource } from '../../renderer/features/source/store';
import { useImport } from '../../renderer/features/workbooks/store';
import { useNavigation } from '../../renderer/shell/navigation';
import { initialData, resetOnWorkspaceOpen } from '../../renderer/shell/reset-on-open';
import { useWorkspace } from '../../renderer/shell/workspace';

type Slice = StoreApi<object> & { getInitialState(): object };
const SLICES: Record<string, Slice> = {
  forecast: useForecast, pivot: usePivot, plans: usePlans, reports: useReports, review: useReview, scorecard: useScorecard,
  share: useShare, source: useSource, workbooks: useImport,
};

/** Puts something from "the old workspace" into every data field of a slice. */
function dirty(store: Slice): void {
  const changed = Object.fromEntries(Object.entries(initialData(store)).map(([k, v]) => [k, Array.isArray(v) ? ['old'] : v === null ? { old: true } : typeof v === 'number' ? 99 : typeof v === 'string' ? 'old' : typeof v === 'boolean' ? !v : { old: true }]));
  store.setState(changed);
}

describe('slices on workspace open', () => {
  it('every slice returns to its initial data', () => {
    useNavigation.setState({ viewId: 'workbooks' }); // a view no slice reloads with: nothing view-bound reloads in this test
    for (const store of Object.values(SLICES)) dirty(store);
    useWorkspace.setState((s) => ({ generation: s.generation + 1 }));
    for (const [name, store] of Object.entries(SLICES)) {
      const data = Object.fromEntries(Object.entries(store.getState()).filter(([, v]) => typeof v !== 'function'));
      expect(data, name).toEqual(initialData(store));
    }
  });

  it('reloads the slice of the view on screen, after the reset, and leaves the others for when they are shown', () => {
    const store = useReports as unknown as Slice;
    const reloadShown = vi.fn(() => expect(store.getState()).toMatchObject(initialData(store)));
    const reloadHidden = vi.fn();
    const stop = [resetOnWorkspaceOpen(useReports, { view: 'reports', reload: reloadShown }), resetOnWorkspaceOpen(usePlans, { view: 'plans', reload: reloadHidden })];
    useNavigation.setState({ viewId: 'reports' });
    dirty(store);
    useWorkspace.setState((s) => ({ generation: s.generation + 1 }));
    expect(reloadShown).toHaveBeenCalledTimes(1);
    expect(reloadHidden).not.toHaveBeenCalled();
    useWorkspace.setState({ busy: false } as never); // a change that is not an open resets nothing
    expect(reloadShown).toHaveBeenCalledTimes(1);
    for (const s of stop) s();
  });

  it('warms a slice while idle when asked, unless yet another workspace opened meanwhile', async () => {
    const warm = vi.fn();
    const stop = resetOnWorkspaceOpen(usePlans, { view: 'plans', warmWhenIdle: true, reload: warm });
    useNavigation.setState({ viewId: 'reports' });
    useWorkspace.setState((s) => ({ generation: s.generation + 1 }));
    expect(warm).not.toHaveBeenCalled(); // not at once: the view on screen goes first
    await vi.waitFor(() => expect(warm).toHaveBeenCalledTimes(1));
    useWorkspace.setState((s) => ({ generation: s.generation + 1 }));
    useWorkspace.setState((s) => ({ generation: s.generation + 1 }));
    await new Promise((r) => setTimeout(r, 500));
    expect(warm).toHaveBeenCalledTimes(2); // the first of the two opens was overtaken: only the latest is warmed
    stop();
  });
});
