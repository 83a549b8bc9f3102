// The pivot's layout history (撤销布局), what a cell folds together, and the chart pane's remembered width:
// the pure rules behind the view, without a browser.
import { describe, expect, it } from 'vitest';
import type { PivotSpec } from '../../main/contract/pivots';
import { CHART_PANE_DEFAULT, CHART_PANE_MIN, GRID_MIN, clampChartWidth, readChartPane } from '../../renderer/features/pivot/chart-pane';
import { foldCandidates, foldedFields, valueCountSpec } from '../../renderer/features/pivot/folds';
import { LAYOUT_HISTORY_LIMIT, emptyHistory, rememberLayout, sameLayout, undoLayout, type LayoutHistory } from '../../renderer/features/pivot/history';

const base: PivotSpec = {
  rows: ['indicator', 'measure'], columns: ['period', 'kind'], value: { aggregation: 'latest' }, filters: {},
  sort: { by: 'label', direction: 'asc' }, totals: { rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false }, acceptedOnly: false,
};
const step = (spec: PivotSpec, viewName: string | null = null) => ({ spec, viewName });

describe('layout history', () => {
  it('undoes changes one at a time, back to the first layout, then has nothing left', () => {
    const moved: PivotSpec = { ...base, rows: ['indicator'] };
    const filtered: PivotSpec = { ...moved, filters: { region: ['罗湖区'] } };
    let h: LayoutHistory = rememberLayout(emptyHistory, step(base, '默认'), moved);
    h = rememberLayout(h, step(moved), filtered);
    const first = undoLayout(h)!;
    expect(first.step.spec).toEqual(moved);
    const second = undoLayout(first.history)!;
    expect(second.step).toEqual({ spec: base, viewName: '默认' });
    expect(undoLayout(second.history)).toBeNull();
  });

  it('a change that leaves the layout as it was is no step (filter keys in another order included)', () => {
    const a: PivotSpec = { ...base, filters: { region: ['罗湖区'], kind: ['target'] } };
    const b: PivotSpec = { ...base, filters: { kind: ['target'], region: ['罗湖区'] } };
    expect(sameLayout(a, b)).toBe(true);
    expect(rememberLayout(emptyHistory, step(a), b)).toBe(emptyHistory);
    expect(rememberLayout(emptyHistory, null, a)).toBe(emptyHistory);
    expect(sameLayout(a, { ...a, value: { aggregation: 'sum' } })).toBe(false);
  });

  it('keeps only the last steps', () => {
    let h: LayoutHistory = emptyHistory;
    let spec = base;
    for (let i = 0; i < LAYOUT_HISTORY_LIMIT + 5; i++) {
      const next: PivotSpec = { ...spec, filters: { period: [String(2000 + i)] } };
      h = rememberLayout(h, step(spec), next);
      spec = next;
    }
    expect(h.past).toHaveLength(LAYOUT_HISTORY_LIMIT);
    expect(h.past[0]!.spec.filters.period).toEqual(['2004']);
  });
});

describe('what a cell folds', () => {
  it('fields off both axes and not pinned to one value by a filter, never reports or review status', () => {
    expect(foldCandidates(base)).toEqual(['region']);
    expect(foldCandidates({ ...base, filters: { region: ['罗湖区'] } })).toEqual([]);
    expect(foldCandidates({ ...base, rows: ['indicator'], filters: { region: ['罗湖区', '福田区'] } })).toEqual(['region', 'measure']);
    expect(foldCandidates({ ...base, rows: ['region'], columns: [] })).toEqual(['indicator', 'measure', 'kind', 'period']);
    // 最近期间 picks one period of the cell's on purpose: that is no silent fold.
    expect(foldCandidates({ ...base, rows: ['region'], columns: [], value: { aggregation: 'last' } })).toEqual(['indicator', 'measure', 'kind']);
  });

  it('counts a field over the same facts: alone on rows, same filters and review rule', () => {
    const spec: PivotSpec = { ...base, filters: { indicator: ['地区生产总值'] }, acceptedOnly: true, totals: { rowSubtotals: true, rowGrandTotal: true, columnGrandTotal: true } };
    expect(valueCountSpec(spec, 'region')).toMatchObject({
      rows: ['region'], columns: [], value: { aggregation: 'count' }, filters: { indicator: ['地区生产总值'] }, acceptedOnly: true,
      totals: { rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false },
    });
  });

  it('names a field once it folds two values or more', () => {
    expect(foldedFields({ region: 46, measure: 1, kind: 2 })).toEqual([{ field: 'region', values: 46 }, { field: 'kind', values: 2 }]);
    expect(foldedFields({})).toEqual([]);
  });
});

describe('chart pane', () => {
  it('stays between its minimum and what leaves the grid its room', () => {
    expect(clampChartWidth(100)).toBe(CHART_PANE_MIN);
    expect(clampChartWidth(2000, 1400)).toBe(1400 - GRID_MIN);
    expect(clampChartWidth(400.4, 1400)).toBe(400);
    expect(clampChartWidth(500, 600)).toBe(CHART_PANE_MIN);
  });

  it('reads what was remembered, and the default from anything else', () => {
    expect(readChartPane(JSON.stringify({ width: 520, collapsed: true }))).toEqual({ width: 520, collapsed: true });
    expect(readChartPane(null)).toEqual({ width: CHART_PANE_DEFAULT, collapsed: false });
    expect(readChartPane('{not json')).toEqual({ width: CHART_PANE_DEFAULT, collapsed: false });
    expect(readChartPane(JSON.stringify({ width: 'wide', collapsed: 'yes' }))).toEqual({ width: CHART_PANE_DEFAULT, collapsed: false });
  });
});
