// Chart series follow the store's best-value rule; attainment bars compare the year's target with the
// year's outcome, or with the latest half-year amount against time progress.
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { attainmentBars, chartSeries } from '../../main/core/pivot/series';

const fact = (f: Partial<NewFact> & Pick<NewFact, 'value' | 'period' | 'kind'>): NewFact => ({
  indicator: '固定资产投资', measure: 'level', low: null, high: null, unit: '亿元', qualifier: 'exact', region: '罗湖区',
  start: null, end: null, tier: 1, quote: null, ...f,
});

async function workspace(): Promise<Workspace> {
  const ws = Workspace.create(await loadSqlJs());
  const early = ws.addDocument({ fileName: 'a.txt', title: 'A', region: '罗湖区', period: '2023', published: '2024-01-10', encoding: 'utf-8', originalText: 'a' }).id;
  const late = ws.addDocument({ fileName: 'b.txt', title: 'B', region: '罗湖区', period: '2024H1', published: '2024-08-10', encoding: 'utf-8', originalText: 'b' }).id;
  ws.addFacts(early, [
    fact({ value: 410, period: '2024', kind: 'target', qualifier: 'at_least' }),
    fact({ value: 380, period: '2023', kind: 'estimate' }),
    fact({ value: 6, period: '2024', kind: 'target', measure: 'growth', unit: '%', qualifier: 'approx' }),
  ]);
  ws.addFacts(late, [
    fact({ value: 385, period: '2023', kind: 'actual' }),
    fact({ value: 194.7, period: '2024H1', kind: 'actual' }),
    fact({ value: 999, period: '2024H1', kind: 'actual', status: 'rejected' }),
    fact({ value: 4.1, period: '2024H1', kind: 'actual', measure: 'growth', unit: '%' }),
  ]);
  return ws;
}

describe('chart series and attainment', () => {
  it('one series per measure and unit; the actual beats the estimate; rejected statements never count; half-years flagged', async () => {
    const ws = await workspace();
    const series = chartSeries(ws, [{ indicator: '固定资产投资' }]);
    expect(series.map((s) => `${s.measure}/${s.unit}`).sort()).toEqual(['growth/%', 'level/亿元']);
    const level = series.find((s) => s.measure === 'level')!;
    expect(level.outcomes.map((o) => [o.period, o.value, o.kind, o.partOfYear])).toEqual([['2023', 385, 'actual', false], ['2024H1', 194.7, 'actual', true]]);
    expect(level.targets).toEqual([expect.objectContaining({ period: '2024', value: 410, qualifier: 'at_least' })]);
    expect(chartSeries(ws, [{ indicator: '固定资产投资', measure: 'growth' }])).toHaveLength(1);
  });

  it('draws only the periods of the pivot\'s period filter', async () => {
    const ws = await workspace();
    const level = chartSeries(ws, [{ indicator: '固定资产投资', measure: 'level' }], false, ['2023'])[0]!;
    expect(level.outcomes.map((o) => o.period)).toEqual(['2023']);
    expect(level.targets).toEqual([]);
    const all = chartSeries(ws, [{ indicator: '固定资产投资', measure: 'level' }], false, [])[0]!;
    expect(all.outcomes.map((o) => o.period)).toEqual(['2023', '2024H1']);
  });

  it('attainment for 2024: H1 investment 194.7 of at least 410 is 47.5% with 50% of the year gone; growth has no time progress', async () => {
    const ws = await workspace();
    const bars = attainmentBars(chartSeries(ws, [{ indicator: '固定资产投资' }]), '2024');
    const level = bars.find((b) => b.measure === 'level')!;
    expect(level.percent).toBeCloseTo(47.49, 2);
    expect(level.reading).toMatchObject({ kind: 'progress', elapsed: 50 });
    expect(level.outcome.period).toBe('2024H1');
    const growth = bars.find((b) => b.measure === 'growth')!;
    expect(growth.percent).toBeCloseTo((4.1 / 6) * 100, 6);
    // A half-year growth rate against the year's growth target is neither attainment nor progress.
    expect(growth.reading).toEqual({ kind: 'not-comparable', why: 'part-year-rate' });
    expect(attainmentBars(chartSeries(ws, [{ indicator: '固定资产投资' }]), '2023')).toEqual([]);
  });

  it('draws each statement once when the requested series overlap (an indicator everywhere and in one region)', async () => {
    const ws = await workspace();
    const points = (keys: Parameters<typeof chartSeries>[1]) => chartSeries(ws, keys).flatMap((s) => [...s.targets, ...s.outcomes]).length;
    const alone = points([{ indicator: '固定资产投资' }]);
    expect(alone).toBeGreaterThan(0);
    expect(points([{ indicator: '固定资产投资' }, { indicator: '固定资产投资', region: '罗湖区' }])).toBe(alone);
  });
});
