// Each forecast method and each backtest metric against values worked by hand on y = 10, 12, 13, 15, 16
// (2019–2023). Formulas are in the comments so a reader can redo them.
import { describe, expect, it } from 'vitest';
import { backtest, metrics, sigmaPerYear } from '../../main/core/forecast/backtest';
import { cagr, dampedHolt, drift, holtState, holtWith, isFitted, linearTrend, naive, type Fit, type Pt } from '../../main/core/forecast/methods';
import { normalCdf, probBetween } from '../../main/core/forecast/normal';

const ys = [10, 12, 13, 15, 16];
const S: Pt[] = ys.map((y, i) => ({ t: 2019 + i, y }));
const at = (f: Fit, t: number) => {
  if (!isFitted(f)) throw new Error(f.unavailable);
  return f.predict(t);
};

describe('methods', () => {
  it('naive carries the last value', () => expect(at(naive(S), 2025)).toBe(16));
  it('drift continues (16 − 10) / 4 = 1.5 a year', () => {
    expect(at(drift(S), 2024)).toBe(17.5);
    expect(at(drift(S), 2025)).toBe(19);
  });
  it('drift over a gap uses years, not points: 2019 10 → 2022 15 is 5/3 a year', () => {
    expect(at(drift([{ t: 2019, y: 10 }, { t: 2022, y: 15 }]), 2023)).toBeCloseTo(16.666667, 5);
  });
  it('linear trend: slope Σ(t−t̄)(y−ȳ)/Σ(t−t̄)² = 15/10 = 1.5 through (2021, 13.2): 2024 → 17.7', () => {
    expect(at(linearTrend(S), 2024)).toBeCloseTo(17.7, 10);
    expect(linearTrend(S.slice(0, 2))).toEqual({ unavailable: 'needs at least 3 points' });
  });
  it('CAGR: (16/10)^(1/4) − 1 = 12.4683% a year: 2024 → 17.99492', () => {
    expect(at(cagr(S, true), 2024)).toBeCloseTo(17.994922406, 8);
    expect(cagr(S, false)).toEqual({ unavailable: 'compound growth applies to levels and counts, not to rates' });
    expect(cagr([{ t: 1, y: -1 }, { t: 2, y: 3 }], true)).toEqual({ unavailable: 'compound growth needs positive values' });
  });
  it('damped Holt α=β=0.5, φ=0.9 on 10, 12, 13 by hand: level 13.2825, trend 1.52375', () => {
    // l=10, b=2 → f=11.8, l=11.9, b=0.5·1.9+0.5·0.9·2=1.85 → f=13.565, l=13.2825, b=0.5·1.3825+0.5·0.9·1.85=1.52375
    const st = holtState(S.slice(0, 3), { alpha: 0.5, beta: 0.5, phi: 0.9 });
    expect(st.level).toBeCloseTo(13.2825, 10);
    expect(st.trend).toBeCloseTo(1.52375, 10);
    expect(st.sse).toBeCloseTo(0.2 ** 2 + 0.565 ** 2, 10);
    const f = holtWith(S.slice(0, 3), { alpha: 0.5, beta: 0.5, phi: 0.9 });
    expect(f.predict(2022)).toBeCloseTo(14.653875, 10); // 13.2825 + 0.9·1.52375
    expect(f.predict(2023)).toBeCloseTo(15.8881125, 10); // + 0.81·1.52375
  });
  it('damped Holt over a 2-year gap advances by the trend damped over both years', () => {
    // l=10, b=2 → (h=1) f=11.8, l=11.9, b=1.85 → (h=2) f=11.9+1.85·(0.9+0.81)=15.0635, l=15.03175,
    // b=0.5·(15.03175−11.9)/2 + 0.5·0.81·1.85 = 1.5321875
    const st = holtState([{ t: 1, y: 10 }, { t: 2, y: 12 }, { t: 4, y: 15 }], { alpha: 0.5, beta: 0.5, phi: 0.9 });
    expect(st.level).toBeCloseTo(15.03175, 10);
    expect(st.trend).toBeCloseTo(1.5321875, 10);
  });
  it('damped Holt picks its parameters on a fixed grid, the same every time, and damps the trend', () => {
    const a = dampedHolt(S);
    const b = dampedHolt(S);
    expect(isFitted(a) && isFitted(b)).toBe(true);
    if (!isFitted(a) || !isFitted(b)) return;
    expect(a.params).toEqual(b.params);
    expect(a.params.phi).toBeLessThan(1);
    // Damped: the added trend shrinks each year.
    const step1 = a.predict(2024) - a.predict(2023 + 0);
    const step2 = a.predict(2025) - a.predict(2024);
    expect(step2).toBeLessThan(step1);
    expect(dampedHolt(S.slice(0, 2))).toEqual({ unavailable: 'needs at least 3 points' });
  });
});

describe('backtest metrics', () => {
  it('naive: errors 2, 1, 2, 1 → ME 1.5, MAE 1.5, RMSE √2.5, MAPE 10.9856%, U2 1, direction 0', () => {
    const m = metrics(backtest(S, naive));
    expect(m.n).toBe(4);
    expect(m.me).toBe(1.5);
    expect(m.mae).toBe(1.5);
    expect(m.rmse).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(m.mape).toBeCloseTo(10.985576923, 8); // (2/12 + 1/13 + 2/15 + 1/16) / 4 × 100
    expect(m.theilU2).toBeCloseTo(1, 12); // the no-change forecast against itself
    expect(m.directionalAccuracy).toBe(0); // it never predicts the rises
  });
  it('drift: forecasts 14, 14.5, 16.667 for 13, 15, 16 → ME −0.3889, MAE 0.7222, RMSE 0.7515, U2 0.5446, direction 1', () => {
    const m = metrics(backtest(S, drift));
    expect(m.n).toBe(3);
    expect(m.me).toBeCloseTo(-0.388888889, 8);
    expect(m.mae).toBeCloseTo(0.722222222, 8);
    expect(m.rmse).toBeCloseTo(0.751541625, 8);
    expect(m.theilU2).toBeCloseTo(0.544635622, 8);
    expect(m.directionalAccuracy).toBe(1);
  });
  it('MAPE and U2 are refused near zero; no steps means no metrics', () => {
    const z = metrics(backtest([{ t: 1, y: 3 }, { t: 2, y: 0 }, { t: 3, y: 2 }], naive));
    expect(z.mape).toBeNull();
    expect(z.mapeNote).toContain('near zero');
    expect(z.theilU2).toBeNull();
    expect(metrics([])).toMatchObject({ n: 0, rmse: null });
  });
  it('the per-year error scale divides a gap error by √gap: an error of 3 over 3 years counts as √3', () => {
    expect(sigmaPerYear([{ t: 4, actual: 13, forecast: 10, previous: 10, horizon: 3 }])).toBeCloseTo(Math.sqrt(3), 12);
    expect(sigmaPerYear(backtest(S, naive))).toBeCloseTo(Math.sqrt(2.5), 12);
  });
});

describe('normal distribution', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 6);
    expect(probBetween(16, Math.sqrt(2.5), 18, Infinity)).toBeCloseTo(0.102951605, 6);
  });
});
