// Target bands and half-year marks in the pivot charts (pure trace building, no browser needed).
// Time axis, legend and attainment: tests/renderer/pivot-chart-time.test.ts.
import { describe, expect, it } from 'vitest';
import type { ChartPoint, ChartSeries } from '../../main/contract/pivots';
import { band, targetVsActual, type ChartWords } from '../../renderer/features/charts/traces';

const point = (p: Partial<ChartPoint> & Pick<ChartPoint, 'period' | 'value'>): ChartPoint =>
  ({ low: null, high: null, qualifier: 'exact', kind: 'target', factId: 1, partOfYear: false, ...p });
const words: ChartWords = { target: '目标', outcome: '实际', partOfYear: '上半年', attainment: '完成率', timeProgress: '时序进度', legendKey: '色带 = 目标', measure: (m) => m, period: (p) => p };

describe('pivot charts', () => {
  it('a range is a two-sided band, 左右 a band around the value, at least / at most one-sided', () => {
    expect(band(point({ period: '2024', value: 6.25, low: 6, high: 6.5, qualifier: 'range' }))).toEqual({ low: 6, high: 6.5 });
    const approx = band(point({ period: '2024', value: 6, qualifier: 'approx' }));
    expect(approx.low).toBeLessThan(6);
    expect(approx.high).toBeGreaterThan(6);
    expect(band(point({ period: '2024', value: 410, qualifier: 'at_least' }))).toEqual({ low: 410, high: null });
    expect(band(point({ period: '2024', value: 2.5, qualifier: 'at_most' }))).toEqual({ low: null, high: 2.5 });
  });

  it('draws one rectangle per target (open side to the plot edge) and half-year outcomes as their own marked trace', () => {
    const s: ChartSeries = {
      region: '罗湖区', indicator: '固定资产投资', measure: 'level', unit: '亿元', sources: [],
      targets: [point({ period: '2024', value: 410, qualifier: 'at_least' })],
      outcomes: [point({ period: '2023', value: 385, kind: 'actual' }), point({ period: '2024H1', value: 194.7, kind: 'actual', partOfYear: true })],
    };
    const { data, layout } = targetVsActual([s], '亿元', words);
    const shapes = layout.shapes as { y0: number; y1: number }[];
    expect(shapes).toHaveLength(1);
    expect(shapes[0]!.y0).toBe(410);
    expect(shapes[0]!.y1).toBeGreaterThan(410);
    // The half-year mark sits at the end of June, labelled with its period; the year at 31 December.
    const half = data.find((d) => d.mode === 'text+markers')!;
    expect(half.x).toEqual(['2024-04-01']);
    expect(half.text).toEqual(['2024H1']);
    expect(half.customdata).toEqual(['2024H1']);
    const annual = data.find((d) => d.mode === 'lines+markers')!;
    expect(annual.x).toEqual(['2023-07-01']);
    expect((layout.xaxis as { type: string }).type).toBe('date');
  });
});
