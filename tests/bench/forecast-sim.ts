// Calibration simulation for the recommended forecast: short annual series drawn from three processes an
// economist meets (a growth rate that varies around its mean, a level that grows by a noisy constant rate,
// a rate on a straight trend), at 5, 7 and 10 points. Each series gets an "at least" target near its next
// value; we count how often the recommended method's 80% and 95% intervals hold the next value, and score
// P(meet target) by Brier (always answering 50% scores 0.25). Seeded, so every run gives the same table.
import type { ForecastResult } from '../../main/core/forecast/types';
import type { Measure } from '../../main/core/types';

export type Process = 'iid_growth' | 'log_rw_drift' | 'trend_noise';
export const PROCESSES: readonly Process[] = ['iid_growth', 'log_rw_drift', 'trend_noise'];
export const LENGTHS = [5, 7, 10] as const;

/** mulberry32: a small seeded generator, enough for a reproducible simulation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gauss(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

export interface SimSeries {
  measure: Measure;
  unit: string;
  /** n history values (years 2015…) and the next year's outcome. */
  history: number[];
  next: number;
  /** The "at least" target for the next year. */
  target: number;
}

/** One series of n points plus the next, from the process, with its own random parameters. */
export function simulate(process: Process, n: number, u: () => number): SimSeries {
  const ys: number[] = [];
  if (process === 'iid_growth') {
    const mu = 4 + 4 * u();
    const sd = 0.5 + 1.5 * u();
    for (let i = 0; i <= n; i++) ys.push(mu + sd * gauss(u));
    return { measure: 'growth', unit: '%', history: ys.slice(0, n), next: ys[n]!, target: mu + 1.5 * sd * gauss(u) };
  }
  if (process === 'log_rw_drift') {
    const drift = 0.02 + 0.08 * u();
    const sd = 0.01 + 0.04 * u();
    let y = 100 + 900 * u();
    for (let i = 0; i <= n; i++) {
      ys.push(y);
      y *= Math.exp(drift + sd * gauss(u));
    }
    const last = ys[n - 1]!;
    return { measure: 'level', unit: '亿元', history: ys.slice(0, n), next: ys[n]!, target: last * Math.exp(drift + 1.5 * sd * gauss(u)) };
  }
  const a = 30 + 30 * u();
  const b = -1 + 2 * u();
  const sd = 0.3 + 1.2 * u();
  for (let i = 0; i <= n; i++) ys.push(a + b * i + sd * gauss(u));
  return { measure: 'share', unit: '%', history: ys.slice(0, n), next: ys[n]!, target: a + b * n + 1.5 * sd * gauss(u) };
}

export interface CellScore {
  process: Process;
  points: number;
  runs: number;
  coverage80: number;
  coverage95: number;
  brier: number;
  /** Runs the recommended method gave no interval or no P: counted, not hidden. */
  missing: number;
}

/** Scores the recommended forecast of each simulated series; `forecast` is whatever produces the results. */
export function scoreCell(process: Process, points: number, results: readonly { sim: SimSeries; result: ForecastResult }[]): CellScore {
  let in80 = 0;
  let in95 = 0;
  let brier = 0;
  let missing = 0;
  for (const { sim, result } of results) {
    const best = result.methods.find((m) => m.method === result.best);
    const i80 = best?.intervals.find((i) => i.level === 80);
    const i95 = best?.intervals.find((i) => i.level === 95);
    if (!best || !i80 || !i95 || best.pMeet === null) {
      missing++;
      continue;
    }
    if (sim.next >= i80.low && sim.next <= i80.high) in80++;
    if (sim.next >= i95.low && sim.next <= i95.high) in95++;
    brier += (best.pMeet - (sim.next >= sim.target ? 1 : 0)) ** 2;
  }
  const n = results.length;
  return { process, points, runs: n, coverage80: in80 / n, coverage95: in95 / n, brier: brier / n, missing };
}
