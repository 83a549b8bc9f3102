// Span-average targets (年均): P is about the span's average with the reported years in, and the remaining
// years' required average sits beside it. Made-up series for illustration.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import { averageSpread, naiveSpread } from '../../main/core/forecast/predictive';
import type { ForecastInputs } from '../../main/core/forecast/types';

const growth = (values: number[], from: number) => values.map((value, i) => ({ period: String(from + i), t: from + i, value, factId: i + 1, kind: 'actual' as const }));
const inputs = (values: number[], over: Partial<ForecastInputs> = {}): ForecastInputs => ({
  region: '某市', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2021-2025', unit: '%', direction: 'higher',
  series: growth(values, 2016), partial: null, partialHistory: [],
  target: { factId: 99, value: 6, low: null, high: null, qualifier: 'approx', unit: '%', period: '2021-2025', documentId: 1 },
  targets: [], tolerance: { pp: 0.5, pct: 2 }, ...over,
});

describe('span-average targets', () => {
  it('a random walk carries its shocks: the mean of years +1 and +2 has variance σ²(1+1+1+2)/4', () => {
    const ps = [5, 6, 5.5, 7].map((y, i) => ({ t: 2020 + i, y }));
    const one = naiveSpread(ps, 2024)!.se;
    expect(averageSpread('naive', ps, [2024, 2025])!.se).toBeCloseTo(one * Math.sqrt(5 / 4), 12);
  });
  it('2021-2023 reported at 4, 4.5, 5 and 2024-2025 to come: P is about the five-year average, the rest must average 8.25', () => {
    // 2016-2020 around 7, then slower years inside the span: the end year alone would look close to 6.
    const r = buildForecast(inputs([7, 7.2, 6.8, 7.1, 6.9, 4, 4.5, 5]));
    expect(r.span).not.toBeNull();
    const s = r.span!;
    expect(s.reported.map((x) => x.period)).toEqual(['2021', '2022', '2023']);
    expect(s.remainingYears).toEqual([2024, 2025]);
    // (6 × 5 − (4 + 4.5 + 5)) / 2 = 8.25
    expect(s.requiredAverageRemaining).toBeCloseTo(8.25, 12);
    const best = r.methods.find((m) => m.method === r.best)!;
    expect(best.pMeet).toBe(s.pMeet);
    expect(s.pMeet!).toBeGreaterThan(0);
    // The same series judged on 2025 alone (a single-year target of 6%) gets a higher P: the slow reported
    // years weigh on the average, not on the end year.
    const endYear = buildForecast(inputs([7, 7.2, 6.8, 7.1, 6.9, 4, 4.5, 5], { targetPeriod: '2025', target: { ...inputs([]).target!, period: '2025' } }));
    const endBest = endYear.methods.find((m) => m.method === endYear.best)!;
    expect(endYear.span).toBeNull();
    expect(s.pMeet!).toBeLessThan(endBest.pMeet! - 0.1);
    expect(s.averagePoint).toBeLessThan(6);
    // Every other method's end-year P is withdrawn: it answers a different question.
    for (const m of r.methods.filter((x) => x !== best)) expect(m.pMeet).toBeNull();
    expect(r.notes.join(' ')).toContain('average over the span');
  });
  it('four of five years reported: one remains, and it must make up the rest', () => {
    const r = buildForecast(inputs([7, 7.2, 6.8, 7.1, 6.9, 4, 4.5, 5, 6]));
    expect(r.span!.remainingYears).toEqual([2025]);
    expect(r.span!.reported).toHaveLength(4);
    expect(r.span!.requiredAverageRemaining).toBeCloseTo(30 - 4 - 4.5 - 5 - 6, 12);
  });
});
