// `npm run bench -- forecast-calibration`: the calibration table of the recommended forecast on simulated short
// series (see forecast-sim.ts), 300 series per cell, through `forecast --all`.
import { runCalibration } from './forecast-sim';

const pct = (x: number) => Math.round(x * 1000) / 10;

export async function run(): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const cells = await runCalibration(300);
  return {
    runsPerCell: 300,
    ms: Math.round(performance.now() - t0),
    cells: cells.map((c) => ({ process: c.process, points: c.points, coverage80: pct(c.coverage80), coverage95: pct(c.coverage95), brier: Math.round(c.brier * 1000) / 1000, missing: c.missing })),
  };
}
