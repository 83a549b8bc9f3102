// A whole forecast from inputs: intervals from backtest errors, P(meet), ranking, H1→full-year, target path.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import type { ForecastInputs } from '../../main/core/forecast/types';

const series = [10, 12, 13, 15, 16].map((value, i) => ({ period: String(2019 + i), t: 2019 + i, value, factId: i + 1, kind: 'actual' as const }));
const inputs = (over: Partial<ForecastInputs> = {}): ForecastInputs => ({
  region: '罗湖区', indicator: '测试指标', measure: 'level', targetPeriod: '2024', unit: '亿元', direction: 'higher', series,
  partial: null, partialHistory: [],
  target: { factId: 99, value: 18, low: null, high: null, qualifier: 'approx', unit: '亿元', period: '2024', documentId: 1 },
  targets: [], tolerance: { pp: 0.5, pct: 2 }, ...over,
});

describe('buildForecast', () => {
  const r = buildForecast(inputs());
  const m = (name: string) => r.methods.find((x) => x.method === name)!;

  it('naive: 16 ± z·√2.5; P(≥ 18) = 1 − Φ(2/√2.5) = 0.10295; with the 2% tolerance P(≥ 17.64) = 0.14982', () => {
    const n = m('naive');
    expect(n.point).toBe(16);
    expect(n.sigmaPerYear).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(n.intervals.find((i) => i.level === 95)!.low).toBeCloseTo(16 - 1.959963985 * Math.sqrt(2.5), 6);
    expect(n.intervals.find((i) => i.level === 80)!.high).toBeCloseTo(16 + 1.281551566 * Math.sqrt(2.5), 6);
    expect(n.pMeet).toBeCloseTo(0.102951605, 6);
    expect(n.pMeetOrWithin).toBeCloseTo(0.149815022, 6);
    expect(n.intervalNote).toBeNull();
  });
  it('ranks backtested methods by RMSE; linear trend (RMSE 0.4249 on 2 errors) is flagged as indicative', () => {
    const t = m('linear_trend');
    expect(t.metrics.rmse).toBeCloseTo(0.424918293, 8);
    expect(t.intervalNote).toContain('indicative');
    const ranked = r.methods.filter((x) => x.rank !== null).sort((a, b) => a.rank! - b.rank!);
    // naive, drift, linear trend, damped Holt and CAGR all backtest on five points: the order loop has pairs to check.
    expect(ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.metrics.rmse!).toBeGreaterThanOrEqual(ranked[i - 1]!.metrics.rmse!);
    expect(m('h1_to_full_year')).toMatchObject({ available: false, rank: null });
    // Best = the best-ranked method with an interval: linear trend ranks first and has one (indicative), while
    // naive, first in declaration order, ranks last (RMSE √2.5): picking in list order chose naive.
    expect(ranked.map((x) => x.method)).toEqual(['linear_trend', 'damped_holt', 'drift', 'cagr', 'naive']);
    expect(t.intervals.length).toBeGreaterThan(0);
    expect(r.best).toBe('linear_trend');
  });
  it('CAGR-to-target: 16 → 18 over 2 years to 2025 needs 6.066% a year against 12.468% delivered', () => {
    const p = buildForecast(inputs({ targetPeriod: '2025', target: { ...inputs().target!, period: '2025' } })).targetPath!;
    expect(p.years).toBe(2);
    expect(p.requiredPct).toBeCloseTo(6.066017178, 5);
    expect(p.historicalPct).toBeCloseTo(12.468265038, 5);
    expect(p.plausible).toBe(true);
  });
  it('H1→full-year for a level: 120 ÷ mean share (100/220, 110/240) = 262.90; leave-one-out errors 1.818 and −2', () => {
    const h = buildForecast(inputs({
      partial: { period: '2024H1', t: 2024, value: 120, factId: 50, kind: 'actual' },
      partialHistory: [{ year: 2022, partial: 100, full: 220 }, { year: 2023, partial: 110, full: 240 }],
    })).methods.find((x) => x.method === 'h1_to_full_year')!;
    expect(h.point).toBeCloseTo(262.904564315, 8);
    expect(h.params.share).toBeCloseTo(0.456439394, 8);
    expect(h.metrics.n).toBe(2);
    expect(h.metrics.me).toBeCloseTo((220 - 218.181818182 + 240 - 242) / 2, 8);
  });
  it('H1→full-year for a growth rate adds the mean full-year-minus-H1 difference: 4.1 + 0.75', () => {
    const h = buildForecast(inputs({
      measure: 'growth', unit: '%', partial: { period: '2024H1', t: 2024, value: 4.1, factId: 50, kind: 'actual' },
      partialHistory: [{ year: 2022, partial: 5, full: 6 }, { year: 2023, partial: 4, full: 4.5 }],
    })).methods.find((x) => x.method === 'h1_to_full_year')!;
    expect(h.point).toBeCloseTo(4.85, 10);
  });
  it('says when H1 history is missing and when the series is too short for intervals', () => {
    const short = buildForecast(inputs({
      measure: 'growth', series: series.slice(0, 1), partial: { period: '2024H1', t: 2024, value: 4.1, factId: 50, kind: 'actual' },
    }));
    expect(short.methods.find((x) => x.method === 'h1_to_full_year')!.reason).toContain('unavailable: no earlier year');
    expect(short.notes.join(' ')).toContain('only 1 point');
    const naive = short.methods.find((x) => x.method === 'naive')!;
    expect(naive.intervals).toEqual([]);
    expect(naive.intervalNote).toContain('too short');
    expect(naive.pMeet).toBeNull();
  });
});
