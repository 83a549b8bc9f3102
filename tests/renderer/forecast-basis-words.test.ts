// What an interval rests on, in the reader's language: main writes the basis in English from parts (the t
// distribution, the method's spread, the log scale, the part-year conditioning); the Chinese view reads it back part
// by part. Built from real forecasts (main's buildForecast on made-up series), not from copied strings.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import type { ForecastInputs } from '../../main/core/forecast/types';
import { localizeMessage, localizeMessage as localizeBasis } from '../../renderer/features/forecast/messages';

const inputsOf = (measure: 'level' | 'growth', ys: number[], partial: number | null): ForecastInputs => ({
  region: '测试区', indicator: '测试指标', measure, targetPeriod: '2024', unit: measure === 'level' ? '亿元' : '%', direction: 'higher',
  series: ys.map((value, i) => ({ period: String(2024 - ys.length + i), t: 2024 - ys.length + i, value, factId: null, kind: 'actual' as const })),
  partial: partial === null ? null : { period: '2024H1', t: 2024, value: partial, factId: null, kind: 'actual' },
  partialHistory: [], target: null, targets: [], tolerance: { pp: 0.5, pct: 2 },
});
const LEVELS = [1520, 1688, 1850, 2010, 2195, 2350, 2580, 2740, 2905, 3120];
const GROWTH = [7.2, 6.9, 6.8, 6.6, 6.1, 3.1, 5.4];

/** Every method's basis of a forecast, in Chinese. */
const basesZh = (inputs: ForecastInputs) => buildForecast(inputs).methods
  .flatMap((m): [string, string][] => (m.intervalBasis ? [[m.intervalBasis, localizeBasis(m.intervalBasis, 'zh-CN')]] : []));

describe('the interval basis in Chinese', () => {
  it('reads every method of a ten-year level series, log scale included, with no English left', () => {
    const bases = basesZh(inputsOf('level', LEVELS, null));
    expect(bases.length).toBeGreaterThanOrEqual(5);
    for (const [en, zh] of bases) {
      expect(zh, en).toMatch(/^t\(\d+\) 分布,基于/);
      // Only the model names (ETS forms, AICc) and R's function name stay in Latin letters.
      expect(zh.replace(/ETS\([^)]*\)|AICc|thetaf/g, ''), en).not.toMatch(/[a-z]{3,}/);
    }
    expect(bases.some(([, zh]) => zh.includes('在对数尺度上'))).toBe(true);
  });

  it('reads a basis conditioned on the H1 figure, with the period in words', () => {
    const r = buildForecast(inputsOf('growth', GROWTH, 4.1));
    const best = r.methods.find((m) => m.method === r.best)!;
    expect(best.intervalBasis).toContain('; conditioned on 2024H1 = 4.1');
    const zh = localizeBasis(best.intervalBasis, 'zh-CN');
    expect(zh).toMatch(/;以 2024H1 = 4\.1 为条件\(设定误差 [\d.]+:一年的离散度 × 全年剩余的 50%;此前没有哪一年同时有两项数据\),权重 0\.\d\d$/);
    expect(zh).not.toMatch(/[a-z]{3,}/);
  });

  it('keeps English as it is in the English interface, and a basis it cannot read whole', () => {
    const basis = "t(2) on the trend regression's prediction standard error";
    expect(localizeBasis(basis, 'en')).toBe(basis);
    expect(localizeBasis(`${basis}; a part nobody wrote yet`, 'zh-CN')).toBe(`${basis}; a part nobody wrote yet`);
    expect(localizeBasis("t(2) on a spread nobody wrote yet", 'zh-CN')).toBe("t(2) on a spread nobody wrote yet");
    expect(localizeBasis(null, 'zh-CN')).toBe('');
  });

  it('says in Chinese why the equal-weight combination is unavailable on a short series', () => {
    const combination = buildForecast(inputsOf('growth', [6.1, 5.4], null)).methods.find((m) => m.method === 'combination')!;
    expect(localizeMessage(combination.reason, 'zh-CN')).toBe('至少需要 3 个数据点和两种可组合的方法');
  });
});
