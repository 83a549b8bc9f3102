// The fan chart's traces on a time axis, and the method table as exported, built from a real forecast (main's
// buildForecast on a made-up growth series) with the view's real words. Pure building: no browser needed.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import type { ForecastInputs, ForecastResult } from '../../main/core/forecast/types';
import type { TargetRef } from '../../main/core/score/types';
import { fanChart } from '../../renderer/features/forecast/fan-chart';
import { fanChartCaption } from '../../renderer/features/forecast/FanChartFigure';
import { methodTableGrid, methodTableTitle } from '../../renderer/features/forecast/method-export';
import { FORECAST_STRINGS } from '../../renderer/features/forecast/strings';
import { gridProblem } from '../../main/core/xlsx/grid';
import { gridToCsv } from '../../main/core/xlsx/csv';

const target = (period: string, value: number): TargetRef => ({ factId: null, value, low: null, high: null, qualifier: 'approx', unit: '%', period, documentId: null });

/** GDP growth 2015–2023 with 2020 and 2021 missing, the 2024 H1 figure, and targets for 2023 and 2024. */
function growthForecast(): ForecastResult {
  const years = [2015, 2016, 2017, 2018, 2019, 2022, 2023];
  const values = [7.2, 6.9, 6.8, 6.6, 6.1, 3.1, 5.4];
  const inputs: ForecastInputs = {
    region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024', unit: '%', direction: 'higher',
    series: years.map((y, i) => ({ period: String(y), t: y, value: values[i]!, factId: null, kind: 'actual' as const })),
    partial: { period: '2024H1', t: 2024, value: 4.1, factId: null, kind: 'actual' },
    partialHistory: [], target: target('2024', 6), targets: [target('2023', 6), target('2024', 6)], tolerance: { pp: 0.5, pct: 2 },
  };
  return buildForecast(inputs);
}

const kindZh = (k: string) => ({ actual: '实际', estimate: '预计', target: '目标' })[k] ?? k;

describe('the fan chart on a time axis', () => {
  const r = growthForecast();
  const best = r.methods.find((m) => m.method === r.best) ?? null;
  const zh = fanChart(r, best, { s: FORECAST_STRINGS['zh-CN'], lang: 'zh-CN', kind: kindZh });
  const trace = (name: string) => zh.data.find((t) => String(t.name).startsWith(name))!;

  it('uses a date axis labelled by year in the interface language', () => {
    expect(zh.layout.xaxis).toMatchObject({ type: 'date', dtick: 'M12', ticklabelmode: 'period', tickformat: '%Y年' });
    const en = fanChart(r, best, { s: FORECAST_STRINGS.en, lang: 'en', kind: (k) => k });
    expect(en.layout.xaxis).toMatchObject({ tickformat: '%Y' });
    expect(en.data.some((t) => t.name === 'Year to date 2024 H1')).toBe(true);
  });

  it('draws actuals mid-year with a break for the missing years, and H1 2024 in the first half of 2024', () => {
    const actuals = trace('实际');
    expect(actuals.x).toEqual(['2015-07-01', '2016-07-01', '2017-07-01', '2018-07-01', '2019-07-01', '2020-07-01', '2022-07-01', '2023-07-01']);
    expect((actuals.y as unknown[])[5]).toBeNull();
    expect(actuals.connectgaps).toBe(false);
    expect((actuals.text as string[])[0]).toBe('2015年 实际');
    expect(trace('年内累计 2024年上半年').x).toEqual(['2024-04-01']);
  });

  it('fans out from the last actual to the target year, and draws each target around its own year', () => {
    expect(best).not.toBeNull();
    expect(trace('预测').x).toEqual(['2023-07-01', '2024-07-01']);
    const targets = zh.data.filter((t) => t.name === '目标');
    expect(targets).toHaveLength(2);
    const xs = targets.map((t) => [...new Set(t.x as string[])].sort());
    expect(xs).toEqual([['2023-03-13', '2023-10-19'], ['2024-03-13', '2024-10-19']]);
  });

  it('captions the exported image with title, unit and source in the interface language', () => {
    const c = fanChartCaption(r, best, { s: FORECAST_STRINGS['zh-CN'], lang: 'zh-CN', measureWord: '增速', workspace: 'w.db', now: '2026-12-03T06:05:00Z' });
    expect(c.title).toBe('地区生产总值 · 增速 · 罗湖区:实际与预测 (%)');
    expect(c.source).toMatch(/^资料来源:Planscope 工作区 w\.db 中的 8 个数据点\(2015年至2024年上半年\);预测方法:.+。2026年12月3日 \d{2}:\d{2} 导出。$/); // local time of the machine
  });
});

describe('the method table for export', () => {
  const r = growthForecast();
  const s = FORECAST_STRINGS['zh-CN'];
  const grid = methodTableGrid(r, methodTableTitle(r, s, '增速', 'zh-CN'), s, 'zh-CN');

  it('is a well-formed grid with one row per method, ranked ones first in rank order', () => {
    expect(gridProblem(grid)).toBeNull();
    expect(grid.title).toBe('地区生产总值 增速 罗湖区 2024年 预测方法比较');
    expect(grid.rows).toHaveLength(r.methods.length);
    const ranks = grid.rows.map((row) => row.cells[0]);
    const ranked = ranks.filter((x) => x !== null) as number[];
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(ranks.slice(0, ranked.length)).toEqual(ranked);
  });

  it('marks the method used, keeps numbers as numbers and errors of a percentage in percentage points', () => {
    const bestRow = grid.rows.find((row) => String(row.cells[1]).endsWith('(采用)'))!;
    const best = r.methods.find((m) => m.method === r.best)!;
    expect(bestRow.cells[2]).toBe(Math.round(best.point! * 100) / 100);
    const headers = grid.columnHeaderRows[0]!.map((h) => h.label);
    const col = (label: string) => grid.rowLabelHeaders.length + headers.indexOf(label);
    expect(bestRow.units![col('点预测')]).toBe('%');
    expect(bestRow.units![col('MAE')]).toBe('个百分点');
    expect(bestRow.cells[col('80% 区间 下限')]).toBe(Math.round(best.intervals.find((i) => i.level === 80)!.low * 100) / 100);
  });

  it('becomes a CSV whose header names the units', () => {
    const header = gridToCsv(grid).slice(1).split('\r\n')[0]!;
    expect(header).toMatch(/^排名,方法,点预测 \(%\),80% 区间 下限 \(%\),80% 区间 上限 \(%\),95% 区间 下限 \(%\),95% 区间 上限 \(%\),达标概率 \(%\),回测数,ME \(个百分点\)/);
    expect(header.endsWith(',说明')).toBe(true);
  });
});
