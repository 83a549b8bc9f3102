// The forecast view's method table and basis line show the ETS form AICc chose ("ETS(A,Ad,N), AICc -42.0 …") and,
// on a short series, why ETS is not offered, in the reader's language. Pure row formatting: no browser needed.
// The series is made up (a level growing about 7% a year), the same as series B of tests/core/forecast-ets.test.ts.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import type { ForecastInputs } from '../../main/core/forecast/types';
import { methodNote } from '../../renderer/features/forecast/tables';

const inputsOf = (ys: number[]): ForecastInputs => ({
  region: '测试区', indicator: '测试指标', measure: 'level', targetPeriod: '2024', unit: '亿元', direction: 'higher',
  series: ys.map((value, i) => ({ period: String(2024 - ys.length + i), t: 2024 - ys.length + i, value, factId: null, kind: 'actual' as const })),
  partial: null, partialHistory: [], target: null, targets: [], tolerance: { pp: 0.5, pct: 2 },
});
const B = [1520, 1688, 1850, 2010, 2195, 2350, 2580, 2740, 2905, 3120];

describe('ETS in the forecast view', () => {
  it('shows the chosen form and its AICc in the method note', () => {
    const ets = buildForecast(inputsOf(B)).methods.find((m) => m.method === 'ets')!;
    expect(methodNote(ets, '不可用', 'zh-CN')).toMatch(/^ETS\(A,Ad,N\), AICc -42\.0\(优于 ETS\(A,N,N\) -18\.2, ETS\(A,A,N\) -40\.1\)/);
    expect(methodNote(ets, 'unavailable', 'en')).toMatch(/^ETS\(A,Ad,N\), AICc -42\.0 \(over ETS\(A,N,N\) -18\.2, ETS\(A,A,N\) -40\.1\)/);
  });

  it('says in Chinese why ETS is not offered on seven points', () => {
    const ets = buildForecast(inputsOf(B.slice(3))).methods.find((m) => m.method === 'ets')!;
    expect(methodNote(ets, '不可用', 'zh-CN')).toBe('不可用: 至少需要 8 个数据点(点数更少时无法按 AICc 选择 ETS 形式)');
    expect(methodNote(ets, 'unavailable', 'en')).toBe('unavailable: needs at least 8 points (choosing an ETS form by AICc on fewer is guesswork)');
  });
});
