// The predictive spreads and t quantiles against R's forecast package and base R (values computed with
// R 4 + forecast, written in as numbers; CI does not need R).
import { describe, expect, it } from 'vitest';
import { isFitted, sesState, theta } from '../../main/core/forecast/methods';
import { driftSpread, naiveSpread, sesSpread, trendSpread } from '../../main/core/forecast/predictive';
import { tCdf, tMultiplier } from '../../main/core/forecast/student-t';

const pts = (ys: number[], t0 = 2019) => ys.map((y, i) => ({ t: t0 + i, y }));
const S = pts([10, 12, 13, 15, 16]);
const logS = pts([10, 12, 13, 15, 16].map(Math.log));

describe('spreads as R forms them', () => {
  // f <- rwf(ts(c(10,12,13,15,16), start = 2019), h = 2); (f$upper[, 1] - f$mean) / qnorm(0.9) → 1.581139 2.236068
  it('naive: rwf sigma √2.5, × √2 at two years', () => {
    expect(naiveSpread(S, 2024)!.se).toBeCloseTo(1.581139, 6);
    expect(naiveSpread(S, 2025)!.se).toBeCloseTo(2.236068, 6);
  });
  // f <- rwf(y, h = 2, drift = TRUE); f$mean → 17.5 19; (f$upper[, 1] - f$mean) / qnorm(0.9) → 0.6454972 1
  it('drift: rwf(drift = TRUE) standard errors 0.6454972 and 1 with the drift uncertainty', () => {
    expect(driftSpread(S, 2024)!.se).toBeCloseTo(0.6454972, 6);
    expect(driftSpread(S, 2025)!.se).toBeCloseTo(1, 6);
    expect(driftSpread(S, 2024)!.df).toBe(3);
  });
  // p <- predict(lm(y ~ t, data.frame(y = c(10,12,13,15,16), t = 2019:2023)), data.frame(t = 2024:2025),
  //   interval = "prediction", level = 0.95) → fit 17.7 19.2, lwr 16.24162 17.51601, upr 19.15838 20.88399;
  //   level = 0.8 at 2024 → 16.94949 18.45051
  it('linear trend: tslm / lm prediction intervals with t(3)', () => {
    for (const [t, fit, lwr] of [[2024, 17.7, 16.24162], [2025, 19.2, 17.51601]] as const) {
      const s = trendSpread(S, t)!;
      expect(s.df).toBe(3);
      expect(fit - tMultiplier(95, s.df) * s.se).toBeCloseTo(lwr, 4);
    }
    expect(17.7 + tMultiplier(80, 3) * trendSpread(S, 2024)!.se).toBeCloseTo(18.45051, 4);
  });
  // f <- rwf(y, h = 1, drift = TRUE, lambda = 0); (log(f$upper[1, 1]) - log(f$mean[1])) / qnorm(0.9) → 0.06145867;
  // f$mean → 17.99492 (the CAGR point)
  it('CAGR = drift on the log scale: rwf(drift = TRUE, lambda = 0) sigma 0.06145867', () => {
    expect(driftSpread(logS, 2024)!.se).toBeCloseTo(0.06145867, 7);
  });
  // predict(lm(log(y) ~ t), data.frame(t = 2024), se.fit = TRUE): sqrt(se.fit^2 + residual.scale^2) → 0.04969458
  it('log-linear trend prediction standard error 0.04969458', () => {
    expect(trendSpread(logS, 2024)!.se).toBeCloseTo(0.04969458, 7);
  });
});

describe('simple exponential smoothing against R', () => {
  // f <- ses(y, h = 2, alpha = 0.5, initial = "simple"); f$mean → 14.75 14.75;
  // HoltWinters(y, alpha = 0.5, beta = FALSE, gamma = FALSE)$SSE → 23.25;
  // (f$upper[, 1] - f$mean) / qnorm(0.9) → 2.156386 2.410913 (= √(23.25/5) and × √(1 + α²))
  it('level 14.75 and SSE 23.25 at α = 0.5; the spread grows by √(1 + α²) at two years as in R', () => {
    expect(sesState(S, 0.5)).toEqual({ level: 14.75, sse: 23.25 });
    const one = sesSpread(S, 2024)!;
    const two = sesSpread(S, 2025)!;
    // The grid picks α = 1 on this steadily rising series (it follows the last value), so the ratio is √2 here.
    expect(two.se / one.se).toBeCloseTo(Math.sqrt(1 + 1), 12);
    // σ² divides the SSE by n − 2 (one α, one initial level), R's HoltWinters path by n: wider on purpose.
    expect(one.df).toBe(3);
  });
});

describe('Theta against R', () => {
  // thetaf(ts(c(10,12,13,15,16), start = 2019), h = 2)$mean → 16.75 17.50 (R's α ≈ 1 here, as the grid's)
  it('SES plus half the trend slope: 16.75 and 17.5', () => {
    const f = theta(S);
    if (!isFitted(f)) throw new Error('theta should fit five points');
    expect(f.predict(2024)).toBeCloseTo(16.75, 10);
    expect(f.predict(2025)).toBeCloseTo(17.5, 10);
  });
});

describe('Student t against R', () => {
  // qt(c(.975, .975, .9, .9), c(1, 3, 5, 30)) → 12.7062047362 3.18244630528 1.47588404882 1.310415025
  it('quantiles', () => {
    expect(tMultiplier(95, 1)).toBeCloseTo(12.7062047362, 8);
    expect(tMultiplier(95, 3)).toBeCloseTo(3.18244630528, 8);
    expect(tMultiplier(80, 5)).toBeCloseTo(1.47588404882, 8);
    expect(tMultiplier(80, 30)).toBeCloseTo(1.310415025, 8);
  });
  // pt(c(1.5, -2.2), c(4, 7)) → 0.896 0.03186550765
  it('distribution function', () => {
    expect(tCdf(1.5, 4)).toBeCloseTo(0.896, 9);
    expect(tCdf(-2.2, 7)).toBeCloseTo(0.03186550765, 9);
  });
});
