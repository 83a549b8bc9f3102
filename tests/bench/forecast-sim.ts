// Calibration simulation for the recommended forecast: short annual series drawn from three processes an
// economist meets (a growth rate that varies around its mean, a level that grows by a noisy constant rate,
// a rate on a straight trend), at 5, 7 and 10 points. Each series gets an "at least" target near its next
// value; we count how often the recommended method's 80% and 95% intervals hold the next value, and score
// P(meet target) by Brier (always answering 50% scores 0.25). Seeded, so every run gives the same table.
// It runs through `forecast --all`, the batch the CLI and the briefing workbook use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastCommand } from '../../main/cli/forecast';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import type { Measure } from '../../main/core/types';
import { loadSqlJs } from '../../main/sqljs';

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
  /** Runs the recommended method gave no interval or no P: counted as misses, not hidden. */
  missing: number;
}

/** What `forecast --all --jsonl` says about one series, as the scoring needs it. */
export interface ForecastLine {
  indicator: string;
  forecast: { interval_80: [number, number] | null; interval_95: [number, number] | null } | null;
  p_meet_target: number | null;
}

const inside = (x: number, iv: [number, number] | null | undefined) => !!iv && x >= iv[0] && x <= iv[1];

export function scoreCell(process: Process, points: number, rows: readonly { sim: SimSeries; line: ForecastLine | undefined }[]): CellScore {
  let in80 = 0;
  let in95 = 0;
  let brier = 0;
  let missing = 0;
  for (const { sim, line } of rows) {
    if (!line?.forecast?.interval_80 || !line.forecast.interval_95 || line.p_meet_target === null) {
      missing++;
      brier += 1;
      continue;
    }
    if (inside(sim.next, line.forecast.interval_80)) in80++;
    if (inside(sim.next, line.forecast.interval_95)) in95++;
    brier += (line.p_meet_target - (sim.next >= sim.target ? 1 : 0)) ** 2;
  }
  const n = rows.length;
  return { process, points, runs: n, coverage80: in80 / n, coverage95: in95 / n, brier: brier / n, missing };
}

const fact = (indicator: string, s: SimSeries, value: number, year: number, kind: 'actual' | 'target'): NewFact => ({
  indicator, measure: s.measure, value, low: null, high: null, unit: s.unit, qualifier: kind === 'target' ? 'at_least' : 'exact',
  region: '模拟区', period: `${year}`, kind, start: null, end: null, tier: null, quote: null,
});

/**
 * Writes `runs` series per cell into one workspace file (each its own indicator, history ending 2024, an
 * "at least" target for 2025, the 2025 outcome kept out), runs `forecast --all --target-period 2025 --jsonl`
 * on it and scores every cell.
 */
export async function runCalibration(runs: number, seed = 20261203): Promise<CellScore[]> {
  const ws = Workspace.create(await loadSqlJs(), () => '2026-01-01T00:00:00Z');
  const sims = new Map<string, { process: Process; points: number; sim: SimSeries }>();
  const facts: NewFact[] = [];
  PROCESSES.forEach((process, pi) => LENGTHS.forEach((points) => {
    const u = rng(seed + 1000 * pi + points);
    for (let r = 0; r < runs; r++) {
      const sim = simulate(process, points, u);
      const indicator = `模拟-${process}-${points}-${r}`;
      sims.set(indicator, { process, points, sim });
      sim.history.forEach((v, i) => facts.push(fact(indicator, sim, v, 2025 - points + i, 'actual')));
      facts.push(fact(indicator, sim, sim.target, 2025, 'target'));
    }
  }));
  ws.transaction(() => ws.addFacts(null, facts));
  const dir = mkdtempSync(join(tmpdir(), 'planscope-calibration-'));
  const file = join(dir, 'calibration.db');
  writeFileSync(file, ws.export());
  ws.close();
  const lines: ForecastLine[] = [];
  const errors: string[] = [];
  const code = await forecastCommand(['--db', file, '--all', '--target-period', '2025', '--jsonl'], { out: (l) => lines.push(JSON.parse(l) as ForecastLine), err: (l) => errors.push(l) });
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`forecast --all failed (${code}): ${errors.join(' ')}`);
  const byIndicator = new Map(lines.map((l) => [l.indicator, l]));
  return PROCESSES.flatMap((process) => LENGTHS.map((points) => scoreCell(process, points,
    [...sims].filter(([, v]) => v.process === process && v.points === points).map(([k, v]) => ({ sim: v.sim, line: byIndicator.get(k) })))));
}
