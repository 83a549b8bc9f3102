// A whole forecast from inputs: common backtest origins, model-based t intervals, P(meet), ranking, H1→full-year, target path.
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

  // R: rwf(ts(c(10,12,13,15,16), start = 2019), h = 1, lambda = 0) gives the log-scale sigma 0.1267784;
  // 16·exp(−qt(.975, 4)·σ) = 11.25256, 16·exp(qt(.9, 4)·σ) = 19.43287, 1 − pt(log(18/16)/σ, 4) = 0.2027266,
  // 1 − pt(log(17.64/16)/σ, 4) = 0.2422082.
  it('naive on a level works in logs with t(4): the R rwf(lambda = 0) scale, P(≥ 18) = 0.20273, within 2% 0.24221', () => {
    const n = m('naive');
    expect(n.point).toBe(16);
    expect(n.seWorking).toBeCloseTo(0.1267784, 6);
    expect(n.intervalDf).toBe(4);
    expect(n.intervals.find((i) => i.level === 95)!.low).toBeCloseTo(11.25256, 4);
    expect(n.intervals.find((i) => i.level === 80)!.high).toBeCloseTo(19.43287, 4);
    expect(n.pMeet).toBeCloseTo(0.2027266, 6);
    expect(n.pMeetOrWithin).toBeCloseTo(0.2422082, 6);
    expect(n.intervalBasis).toBe("t(4) on the random walk's residual scale, on the log scale");
  });
  it('ranks on the same two backtest origins (2022, 2023) for every method; damped trend needs 10 points', () => {
    expect(r.backtestPoints).toBe(2);
    const t = m('linear_trend');
    expect(t.metrics.rmse).toBeCloseTo(0.424918293, 8);
    const ranked = r.methods.filter((x) => x.rank !== null).sort((a, b) => a.rank! - b.rank!);
    for (const x of ranked) expect(x.metrics.n).toBe(2);
    // Before, naive was scored on 4 errors and linear trend on 2: their RMSEs were not comparable.
    expect(m('naive').metrics.rmse).toBeCloseTo(Math.sqrt((2 * 2 + 1) / 2), 12);
    expect(ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // SES picks α = 1 on this rising series: it is the naive forecast, and the tie goes to the earlier method.
    expect(ranked.map((x) => x.method)).toEqual(['linear_trend', 'drift', 'combination', 'cagr', 'theta', 'naive', 'ses']);
    expect(m('damped_holt')).toMatchObject({ available: false, rank: null });
    expect(m('damped_holt').reason).toContain('10 points');
    expect(m('h1_to_full_year')).toMatchObject({ available: false, rank: null });
    expect(r.best).toBe('linear_trend');
    expect(t.intervalBasis).toContain('recalibrated on its 2 out-of-sample error(s)');
  });
  it('too few common backtest points: no ranking, the measure\'s default method (CAGR for a level) with a note', () => {
    const short = buildForecast(inputs({ series: series.slice(0, 4) }));
    expect(short.backtestPoints).toBe(1);
    expect(short.methods.every((x) => x.rank === null)).toBe(true);
    expect(short.best).toBe('cagr');
    expect(short.notes.join(' ')).toContain('not ranked: 1 common backtest point(s)');
  });
  it('a flat series (登记失业率 3.0 every year) never gets P = 0 or 1', () => {
    const flat = [3, 3, 3, 3, 3, 3].map((value, i) => ({ period: String(2018 + i), t: 2018 + i, value, factId: i + 1, kind: 'actual' as const }));
    const f = buildForecast(inputs({ measure: 'rate', unit: '%', direction: 'lower', series: flat, target: { factId: 9, value: 3.5, low: null, high: null, qualifier: 'at_most', unit: '%', period: '2024', documentId: 1 } }));
    const best = f.methods.find((x) => x.method === f.best)!;
    expect(best.pMeet).toBeGreaterThan(0.5);
    expect(best.pMeet).toBeLessThan(1);
    const hard = buildForecast(inputs({ measure: 'rate', unit: '%', direction: 'lower', series: flat, target: { factId: 9, value: 2, low: null, high: null, qualifier: 'at_most', unit: '%', period: '2024', documentId: 1 } }));
    const hb = hard.methods.find((x) => x.method === hard.best)!;
    expect(hb.pMeet).toBeGreaterThan(0);
    expect(hb.pMeet).toBeLessThan(0.5);
    // The spread is at least one reporting step (0.1 for figures like 3.0 — here the figures are whole: 1).
    expect(hb.seWorking).toBeGreaterThan(0);
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

describe('what is already known', () => {
  it('the 2024 actual in the workspace: "outcome known", the forecast from 2019-2023 scored against it', () => {
    const withActual = [...series, { period: '2024', t: 2024, value: 17.2, factId: 6, kind: 'actual' as const }];
    const r = buildForecast(inputs({ series: withActual }));
    expect(r.outcome).toMatchObject({ period: '2024', value: 17.2, kind: 'actual', factId: 6 });
    const best = r.methods.find((x) => x.method === r.best)!;
    // Same forecast as without the actual: it is scored, not refitted on its own outcome.
    expect(best.point).toBe(buildForecast(inputs()).methods.find((x) => x.method === r.best)!.point);
    expect(r.outcome!.error).toBeCloseTo(17.2 - best.point!, 12);
    expect(r.outcome!.inside95).toBe(true);
    expect(r.notes.join(' ')).toContain('outcome known');
    expect(buildForecast(inputs()).outcome).toBeNull();
  });
});

describe('MASE instead of MAPE for rates', () => {
  it('a growth series shows MASE (MAE ÷ mean |one-year change|) and withholds MAPE; a level keeps MAPE', () => {
    const g = buildForecast(inputs({ measure: 'growth', unit: '%' }));
    const n = g.methods.find((x) => x.method === 'naive')!;
    // Common origins 2022, 2023: naive errors 2 and 1, MAE 1.5; mean |change| over 2019-2023 = (2+1+2+1)/4 = 1.5.
    expect(n.metrics.mae).toBeCloseTo(1.5, 12);
    expect(n.metrics.mase).toBeCloseTo(1, 12);
    expect(n.metrics.mape).toBeNull();
    expect(n.metrics.mapeNote).toContain('MASE');
    const lv = buildForecast(inputs()).methods.find((x) => x.method === 'naive')!;
    expect(lv.metrics.mape).not.toBeNull();
  });
});

describe('equal-weight combination', () => {
  it("is the mean of naive, drift, linear trend, SES, Theta and CAGR's points for a level", () => {
    const r = buildForecast(inputs());
    const pt = (name: string) => r.methods.find((x) => x.method === name)!.point!;
    const members = ['naive', 'drift', 'linear_trend', 'ses', 'theta', 'cagr'].map(pt);
    expect(pt('combination')).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 10);
    expect(r.methods.find((x) => x.method === 'combination')!.metrics.n).toBe(2);
  });
});

describe('the part-year figure as a conditioning point', () => {
  const g = [6, 6.5, 5.8, 6.2, 6].map((value, i) => ({ period: String(2019 + i), t: 2019 + i, value, factId: i + 1, kind: 'actual' as const }));
  const h1 = { period: '2024H1', t: 2024, value: 4, factId: 50, kind: 'actual' as const };
  it('without part-year history, H1 pulls the recommended forecast towards it and narrows it, with its error stated', () => {
    const before = buildForecast(inputs({ measure: 'growth', unit: '%', series: g }));
    const after = buildForecast(inputs({ measure: 'growth', unit: '%', series: g, partial: h1 }));
    const b = before.methods.find((x) => x.method === before.best)!;
    const a = after.methods.find((x) => x.method === after.best)!;
    expect(a.point!).toBeLessThan(b.point!);
    expect(a.point!).toBeGreaterThan(4);
    expect(a.seWorking!).toBeLessThan(b.seWorking!);
    expect(a.intervalBasis).toContain('conditioned on 2024H1 = 4 (stated error');
  });
  it('with part-year history the H1→full-year method learns the relation instead, and the best is left as it is', () => {
    const withHistory = buildForecast(inputs({ measure: 'growth', unit: '%', series: g, partial: h1, partialHistory: [{ year: 2022, partial: 5.5, full: 6.2 }] }));
    const plain = buildForecast(inputs({ measure: 'growth', unit: '%', series: g }));
    expect(withHistory.methods.find((x) => x.method === withHistory.best)!.point).toBe(plain.methods.find((x) => x.method === plain.best)!.point);
  });
});
