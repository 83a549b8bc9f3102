// Done-when of issue 13: on simulated short series (iid growth, log random walk with drift, trend plus noise;
// 5, 7 and 10 points; 200 each, fixed seed) the recommended method's 80% interval holds 72–88% of next-year
// outcomes and its 95% interval 90–98.5% in every cell, and P(meet target) beats always answering 50%
// (Brier 0.25). It runs through `forecast --all --jsonl` (tests/bench/forecast-sim.ts); `npm run bench --
// forecast-calibration` prints the same table with 300 series per cell.
import { describe, expect, it } from 'vitest';
import { runCalibration } from '../bench/forecast-sim';

describe('forecast calibration on short series', () => {
  it('80% covers 72–88%, 95% covers 90–98.5% and Brier < 0.25 in every cell', async () => {
    const cells = await runCalibration(200);
    expect(cells).toHaveLength(9);
    for (const c of cells) {
      const label = `${c.process} ${c.points} points: 80% ${c.coverage80}, 95% ${c.coverage95}, Brier ${c.brier}`;
      expect(c.missing, label).toBe(0);
      expect(c.coverage80, label).toBeGreaterThanOrEqual(0.72);
      expect(c.coverage80, label).toBeLessThanOrEqual(0.88);
      expect(c.coverage95, label).toBeGreaterThanOrEqual(0.9);
      expect(c.coverage95, label).toBeLessThanOrEqual(0.985);
      expect(c.brier, label).toBeLessThan(0.25);
    }
  }, 60_000);
});
