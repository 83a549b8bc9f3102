// The pivot chart in time: periods at their dates (gaps kept, a half-year inside its year), one legend entry per
// series, and attainment only where outcome and target cover the same span (pure functions, no browser).
import { describe, expect, it } from 'vitest';
import type { AttainmentBar, ChartPoint, ChartSeries } from '../../main/contract/pivots';
import { readAttainment } from '../../main/core/pivot/attainment';
import { pointsGap } from '../../renderer/features/charts/attainment';
import { timeAxis } from '../../renderer/features/charts/time-axis';
import { periodDate } from '../../renderer/format/period-dates';
import { attainmentChart, targetVsActual, type ChartWords } from '../../renderer/features/charts/traces';

const point = (p: Partial<ChartPoint> & Pick<ChartPoint, 'period' | 'value'>): ChartPoint =>
  ({ low: null, high: null, qualifier: 'exact', kind: 'target', factId: 1, partOfYear: false, ...p });
const words: ChartWords = {
  target: '目标', outcome: '实际', partOfYear: '上半年', attainment: '完成率', timeProgress: '时序进度', legendKey: '色带 = 目标',
  measure: (m) => m, period: (p) => p,
};
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('periods on a time axis', () => {
  // Where a period is drawn is format/period-dates.ts (tests/renderer/period-dates.test.ts), shared with the fan chart.
  it('keeps a missing year as a gap and a half-year inside its year', () => {
    const [y2021, y2023, h1, y2024] = ['2021', '2023', '2024H1', '2024'].map((p) => day(periodDate(p)!)) as [number, number, number, number];
    // 2021 → 2023 is two years on the axis, twice 2023 → 2024: the year in between is not squeezed out.
    expect((y2023 - y2021) / (y2024 - y2023)).toBeCloseTo(2, 1);
    expect(h1 > day('2024-01-01') && h1 < y2024).toBe(true);
  });

  it('ticks every year from the first to the last, those without data too', () => {
    const axis = timeAxis(['2024', '2021', '2024H1'])!;
    expect(axis.ticktext).toEqual(['2021', '2022', '2023', '2024']);
    expect(axis.tickvals).toEqual(['2021-07-01', '2022-07-01', '2023-07-01', '2024-07-01']);
    expect(axis.range[0] < '2021-07-01' && axis.range[1] > '2024-07-01').toBe(true);
    expect(timeAxis(['不是期间'])).toBeNull();
    // Ten years in a narrow chart: a tick every year, a label every second one, the last year always labelled.
    const decade = timeAxis(['2016', '2021-2025'])!;
    expect(decade.tickvals).toHaveLength(10);
    expect(decade.ticktext).toEqual(['', '2017', '', '2019', '', '2021', '', '2023', '', '2025']);
  });

  it('draws the chart on that axis, with the period ids beside the dates', () => {
    const s: ChartSeries = {
      region: '罗湖区', indicator: '地区生产总值', measure: 'growth', unit: '%', sources: [],
      targets: [point({ period: '2024', value: 6 })],
      outcomes: [point({ period: '2021', value: 6.5, kind: 'actual' }), point({ period: '2023', value: 5.8, kind: 'actual' }),
        point({ period: '2024H1', value: 5.2, kind: 'actual', partOfYear: true })],
    };
    const { data, layout } = targetVsActual([s], '%', words);
    const annual = data.find((d) => d.mode === 'lines+markers')!;
    expect(annual.x).toEqual(['2021-07-01', '2023-07-01']);
    expect(annual.customdata).toEqual(['2021', '2023']);
    expect((layout.xaxis as { ticktext: string[] }).ticktext).toEqual(['2021', '2022', '2023', '2024']);
    const band = (layout.shapes as { x0: string; x1: string }[])[0]!;
    expect(band.x0 < '2024-07-01' && band.x1 > '2024-07-01').toBe(true);
  });
});

describe('the legend', () => {
  const series = (region: string, indicator: string): ChartSeries => ({
    region, indicator, measure: 'level', unit: '亿元', sources: [],
    targets: [point({ period: '2024', value: 410 })],
    outcomes: [point({ period: '2023', value: 385, kind: 'actual' }), point({ period: '2024H1', value: 194.7, kind: 'actual', partOfYear: true })],
  });
  const entries = (data: ReturnType<typeof targetVsActual>['data']) => data.filter((d) => d.showlegend !== false).map((d) => String(d.name));

  it('has one entry per series, whose target, line and half-year marks are one group', () => {
    const { data, layout } = targetVsActual([series('罗湖区', '固定资产投资'), series('罗湖区', '社会消费品零售总额')], '亿元', words);
    expect(data).toHaveLength(6);
    expect(entries(data)).toEqual(['固定资产投资 level', '社会消费品零售总额 level']);
    expect(new Set(data.map((d) => d.legendgroup)).size).toBe(2);
    expect((layout.legend as { title: { text: string } }).title.text).toBe('色带 = 目标');
  });

  it('names the region when the same indicator is drawn for several regions', () => {
    const { data } = targetVsActual([series('罗湖区', '固定资产投资'), series('福田区', '固定资产投资')], '亿元', words);
    expect(entries(data)).toEqual(['罗湖区 固定资产投资 level', '福田区 固定资产投资 level']);
  });
});

describe('attainment compares like with like', () => {
  // Each bar carries main's reading of it (core/pivot/attainment.ts), as pivot.chartData sends it.
  const bar = (measure: AttainmentBar['measure'], outcome: Partial<ChartPoint> & Pick<ChartPoint, 'period' | 'value'>, percent: number | null, target = 6): AttainmentBar => {
    const o = point({ kind: 'actual', ...outcome });
    return { indicator: '地区生产总值', measure, unit: measure === 'level' ? '亿元' : '%', percent, target: point({ period: '2024', value: target }), outcome: o, reading: readAttainment(measure, o, percent) };
  };

  it('the year against the year is attainment', () => {
    expect(bar('level', { period: '2024', value: 400 }, 97.6, 410).reading).toEqual({ kind: 'attainment', percent: 97.6 });
    // A rate for the whole year is compared in points (5.7 against 6 is 0.3 short), not divided into "95%".
    expect(bar('growth', { period: '2024', value: 5.7 }, 95).reading).toEqual({ kind: 'not-comparable', why: 'rate-in-points' });
    expect(pointsGap(bar('growth', { period: '2024', value: 5.7 }, 95), '{actual}/{target}/{gap}')).toBe('5.7/6/-0.3');
    expect(bar('level', { period: '2024Q4', value: 400, partOfYear: true }, 97.6, 410).reading).toEqual({ kind: 'attainment', percent: 97.6 });
  });

  it('a half-year amount against the year is progress beside the share of the year gone (时序进度)', () => {
    expect(bar('level', { period: '2024H1', value: 194.7, partOfYear: true }, 47.5, 410).reading).toEqual({ kind: 'progress', percent: 47.5, elapsed: 50 });
    expect(bar('level', { period: '2024Q3', value: 300, partOfYear: true }, 73.2, 410).reading).toEqual({ kind: 'progress', percent: 73.2, elapsed: 75 });
  });

  it('a half-year growth rate against the annual target is no attainment at all, nor is the second half alone', () => {
    expect(bar('growth', { period: '2024H1', value: 5.2, partOfYear: true }, 86.7).reading).toEqual({ kind: 'not-comparable', why: 'part-year-rate' });
    expect(bar('share', { period: '2024Q1', value: 30, partOfYear: true }, 90).reading).toEqual({ kind: 'not-comparable', why: 'part-year-rate' });
    expect(bar('level', { period: '2024H2', value: 210, partOfYear: true }, 51, 410).reading).toEqual({ kind: 'not-comparable', why: 'part-year-alone' });
    expect(bar('level', { period: '2024', value: 10 }, null, -5).reading).toEqual({ kind: 'not-comparable', why: 'no-base' });
  });

  it('the chart draws bars only for comparable pairs, and the 时序进度 mark only for progress', () => {
    const bars = [
      bar('growth', { period: '2024H1', value: 5.2, partOfYear: true }, 86.7),
      bar('level', { period: '2024H1', value: 194.7, partOfYear: true }, 47.5, 410),
      { ...bar('growth', { period: '2024', value: 5.7 }, 95), indicator: '规模以上工业增加值' },
      { ...bar('level', { period: '2024', value: 400 }, 97.6, 410), indicator: '固定资产投资' },
    ];
    const { data } = attainmentChart(bars, '2024', words);
    // The year's growth rate is compared in points, so it has no bar; the year's amount has one.
    expect(data[0]!.x).toEqual(['地区生产总值 level (2024H1)', '固定资产投资 level']);
    expect(data[0]!.y).toEqual([47.5, 97.6]);
    expect(data[1]!.y).toEqual([50, null]);
    expect(attainmentChart([bars[0]!], '2024', words).data).toHaveLength(1);
  });
});
