// ETS by AICc against R's forecast package (R 4, forecast 8.20; CI has no R, so its answers are written in as
// numbers). Series A–D are made up for the test, shaped like annual plan indicators: A a growth rate drifting
// down (8 points), B a level on the log scale (10), C a share flattening out (12), D a rate with a weak trend (9).
//
// The R calls (t0 = 2024 − n):
//   ets(ts(y, start = t0), model = "ZZN", additive.only = TRUE, lambda = L)         → the form R chooses
//   f <- ets(ts(y, start = t0), model = M, damped = D, lambda = L); f$aicc; f$sigma2; f$par
//   fc <- forecast(f, h = 2, level = c(80, 95)); fc$mean; fc$lower; fc$upper
// with L = 0 for B (NULL otherwise) and (M, D) = ("ANN", FALSE), ("AAN", FALSE), ("AAN", TRUE).
//
// Two checks per fit. (1) R's own parameters put into our model give R's AICc, σ² and 80/95% limits (normal
// quantiles, as forecast.ets) to 1e-5: the likelihood, the state equations and the variance formula are R's.
// (2) Our maximum likelihood is at least as good as R's (AICc ≤ R's + 1e-6) and picks R's form; where R's optimiser
// reached the optimum (AICc within 0.001 of ours) the parameters agree to 1e-3 and the point and limits to 1e-4
// (relative). Where it stopped short (B's trends, C's and D's damped or trend fits) ours is better by 0.01–1.2 AICc.
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../main/core/forecast/build';
import { chooseEts, ETS_MIN_POINTS, etsPoint, etsVariance, etsWith, fitEts, type EtsForm, type EtsModel } from '../../main/core/forecast/ets';
import { nelderMead } from '../../main/core/forecast/nelder-mead';
import { Z } from '../../main/core/forecast/normal';
import type { ForecastInputs } from '../../main/core/forecast/types';

interface RFit {
  form: EtsForm;
  aicc: number;
  sigma2: number;
  /** alpha, beta, phi, l, b as f$par prints them (beta 0, phi 1 where the form has none). */
  par: [number, number, number, number, number];
  mean: [number, number];
  lo80: [number, number];
  hi80: [number, number];
  lo95: [number, number];
  hi95: [number, number];
  /** R's optimiser reached the optimum (its AICc within 0.001 of ours). */
  converged: boolean;
}

interface RSeries {
  y: number[];
  log: boolean;
  chosen: EtsForm;
  fits: RFit[];
}

const R: Record<'A' | 'B' | 'C' | 'D', RSeries> = {
  A: {
    y: [7.9, 8.4, 7.1, 6.8, 7.3, 6.2, 6.6, 5.9], log: false, chosen: 'ANN',
    fits: [{
      form: 'ANN', aicc: 22.13752349, sigma2: 0.59181036, par: [0.667426804282116, 0, 1, 7.91322062612354, 0], converged: true,
      mean: [6.125661737, 6.125661737], lo80: [5.139774221, 4.940356545], hi80: [7.111549253, 7.310966929], lo95: [4.617876896, 4.312893878], hi95: [7.633446578, 7.938429596],
    }],
  },
  B: {
    y: [1520, 1688, 1850, 2010, 2195, 2350, 2580, 2740, 2905, 3120], log: true, chosen: 'AAdN',
    fits: [
      {
        form: 'ANN', aicc: -18.21052236, sigma2: 0.007442907025, par: [0.999899995750038, 0, 1, 7.32645451156514, 0], converged: true,
        mean: [3119.977721, 3119.977721], lo80: [2793.411141, 2668.388842], hi80: [3484.7219, 3647.991935], lo95: [2634.610336, 2456.426473], hi95: [3694.763071, 3962.773193],
      },
      {
        form: 'AAN', aicc: -39.86609242, sigma2: 0.0002539511299, par: [0.581444246043855, 0.581444208887661, 1, 7.23297572495811, 0.104116062190062], converged: false,
        mean: [3315.525955, 3527.400825], lo80: [3248.501016, 3418.625763], hi80: [3383.93379, 3639.63693], lo95: [3213.570388, 3362.408193], hi95: [3420.716222, 3700.489609],
      },
      {
        form: 'AAdN', aicc: -40.82028014, sigma2: 6.180873092e-5, par: [0.110918513217597, 0.00010000256585994, 0.944390906449941, 7.22562406177418, 0.110478867664032], converged: false,
        mean: [3300.627005, 3489.351007], lo80: [3267.538934, 3454.157222], hi80: [3334.050135, 3524.903375], lo95: [3250.157651, 3435.670676], hi95: [3351.88006, 3543.870062],
      },
    ],
  },
  C: {
    y: [30.1, 31.5, 32.2, 33.8, 34.1, 35.0, 35.2, 36.1, 36.0, 36.4, 36.3, 36.6], log: false, chosen: 'AAdN',
    fits: [
      {
        form: 'ANN', aicc: 32.40326831, sigma2: 0.7030602171, par: [0.999899998741122, 0, 1, 30.100046776076, 0], converged: true,
        mean: [36.59997, 36.59997], lo80: [35.52540585, 35.08038279], hi80: [37.67453415, 38.11955721], lo95: [34.95656595, 34.27596191], hi95: [38.24337405, 38.92397809],
      },
      {
        form: 'AAN', aicc: 26.92892944, sigma2: 0.2226774973, par: [0.500355515584858, 0.500355480341436, 1, 29.0009013909605, 1.26897413499602], converged: true,
        mean: [36.63174528, 36.71199555], lo80: [36.02699754, 35.85644901], hi80: [37.23649301, 37.5675421], lo95: [35.70686343, 35.40355003], hi95: [37.55662713, 38.02044108],
      },
      {
        form: 'AAdN', aicc: 20.52650825, sigma2: 0.07169259641, par: [0.000100018212586798, 0.000100013670360086, 0.8026765778188, 28.2358563091647, 2.22725971948179], converged: false,
        mean: [36.77576517, 36.87840707], lo80: [36.43262367, 36.53526557], hi80: [37.11890666, 37.22154857], lo95: [36.25097554, 36.35361743], hi95: [37.3005548, 37.40319671],
      },
    ],
  },
  D: {
    y: [4.2, 4.5, 4.1, 4.8, 5.3, 5.1, 5.6, 6.0, 5.8], log: false, chosen: 'ANN',
    fits: [
      {
        form: 'ANN', aicc: 14.25447742, sigma2: 0.2096995841, par: [0.912021946168824, 0, 1, 4.223711170227, 0], converged: true,
        mean: [5.814168112, 5.814168112], lo80: [5.227307624, 5.01989108], hi80: [6.401028599, 6.608445144], lo95: [4.916642448, 4.599426217], hi95: [6.711693775, 7.028910006],
      },
      {
        form: 'AAN', aicc: 23.14047359, sigma2: 0.09333057542, par: [0.000100005386261346, 0.000100001120501696, 1, 3.81642743061449, 0.245791968250248], converged: false,
        mean: [6.274396608, 6.520187696], lo80: [5.882881922, 6.128673003], hi80: [6.665911294, 6.91170239], lo95: [5.675626567, 5.921417643], hi95: [6.873166649, 7.118957749],
      },
    ],
  },
};

const pointsOf = (s: RSeries) => s.y.map((y, i) => ({ t: 2024 - s.y.length + i, y: s.log ? Math.log(y) : y }));

/** Mean and normal limits at h = 1, 2 on the value's scale, as forecast.ets prints them. */
function limits(m: EtsModel, log: boolean) {
  const back = log ? Math.exp : (x: number) => x;
  const at = (h: number, z: number) => back(etsPoint(m, m.lastT + h) + z * Math.sqrt(etsVariance(m, m.lastT + h)));
  const both = (z: number) => [at(1, z), at(2, z)];
  return { mean: both(0), lo80: both(-Z[80]), hi80: both(Z[80]), lo95: both(-Z[95]), hi95: both(Z[95]) };
}

const close = (got: readonly number[], want: readonly number[], rel: number) => {
  got.forEach((g, i) => expect(Math.abs(g - want[i]!) / Math.abs(want[i]!), `${g} vs ${want[i]}`).toBeLessThan(rel));
};

describe('ETS against R', () => {
  for (const [name, s] of Object.entries(R)) {
    for (const r of s.fits) {
      it(`${name} ${r.form}: R's parameters give R's AICc ${r.aicc}, σ² and limits`, () => {
        const [alpha, beta, phi, l0, b0] = r.par;
        const m = etsWith(pointsOf(s), r.form, { alpha, beta, phi }, l0, b0);
        expect(m.aicc).toBeCloseTo(r.aicc, 5);
        close([m.sigma2], [r.sigma2], 1e-6);
        const l = limits(m, s.log);
        for (const k of ['mean', 'lo80', 'hi80', 'lo95', 'hi95'] as const) close(l[k], r[k], 1e-6);
      });
      it(`${name} ${r.form}: our fit is at least as likely as R's${r.converged ? ' and agrees with it' : ''}`, () => {
        const m = fitEts(pointsOf(s), r.form)!;
        expect(m.aicc).toBeLessThanOrEqual(r.aicc + 1e-6);
        if (!r.converged) return;
        expect(m.aicc).toBeCloseTo(r.aicc, 3);
        expect(Math.abs(m.alpha - r.par[0])).toBeLessThan(1e-3);
        if (r.form !== 'ANN') expect(Math.abs(m.beta - r.par[1])).toBeLessThan(1e-3);
        const l = limits(m, s.log);
        for (const k of ['mean', 'lo80', 'hi80', 'lo95', 'hi95'] as const) close(l[k], r[k], 1e-4);
      });
    }
    it(`${name}: AICc chooses ${s.chosen}, as ets(model = "ZZN", additive.only = TRUE)`, () => {
      expect(chooseEts(pointsOf(s))!.chosen.form).toBe(s.chosen);
    });
  }

  it('fits a form only on the points R would: n > parameters + 4 (ANN 7, AAN 9, AAdN 10)', () => {
    expect(ETS_MIN_POINTS).toEqual({ ANN: 7, AAN: 9, AAdN: 10 });
    const d = pointsOf(R.D);
    expect(fitEts(d, 'AAN')).not.toBeNull();
    expect(fitEts(d.slice(1), 'AAN')).toBeNull();
    expect(fitEts(d, 'AAdN')).toBeNull();
    expect(chooseEts(d.slice(3))).toBeNull();
  });

  it('a missing year is a longer step: ETS(A,N,N) is unchanged by it, a trend moves the level through it', () => {
    const ys = [5.1, 5.4, 5.0, 5.6, 5.9, 5.5, 6.0, 6.2];
    const contiguous = ys.map((y, i) => ({ t: 2010 + i, y }));
    const gapped = ys.map((y, i) => ({ t: 2010 + i + (i >= 4 ? 1 : 0), y }));
    expect(fitEts(gapped, 'ANN')!.aicc).toBeCloseTo(fitEts(contiguous, 'ANN')!.aicc, 6);
    // ETS(A,A,N) at α = β = 0.5 from ℓ₀ = 5, b₀ = 0.2, worked by hand: the gap year 2014 has no figure, so the
    // state moves by the trend alone (ℓ = ℓ + b) before 2015 is forecast as ℓ + b.
    const by = (ps: typeof gapped) => etsWith(ps.slice(0, 5), 'AAN', { alpha: 0.5, beta: 0.5, phi: 1 }, 5, 0.2);
    const before = etsWith(gapped.slice(0, 4), 'AAN', { alpha: 0.5, beta: 0.5, phi: 1 }, 5, 0.2);
    const after = by(gapped);
    const forecast2015 = before.level + 2 * before.trend;
    const e = 5.9 - forecast2015;
    expect(after.level).toBeCloseTo(forecast2015 + 0.5 * e, 12);
    expect(after.trend).toBeCloseTo(before.trend + 0.5 * e, 12);
  });

  it('a flat series fits with a finite AICc and the level-only form', () => {
    const flat = Array.from({ length: 10 }, (_, i) => ({ t: 2010 + i, y: 4 }));
    const c = chooseEts(flat)!;
    expect(c.chosen.form).toBe('ANN');
    expect(Number.isFinite(c.chosen.aicc)).toBe(true);
    expect(etsPoint(c.chosen, 2020)).toBeCloseTo(4, 9);
  });
});

describe('Nelder–Mead', () => {
  it('finds the Rosenbrock minimum (1, 1) from (−1.2, 1), and respects a bound scored Infinity', () => {
    const rosen = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const m = nelderMead(rosen, [-1.2, 1], { steps: [0.1, 0.1], maxIterations: 2000, relTol: 1e-14 });
    expect(m.x[0]).toBeCloseTo(1, 3);
    expect(m.x[1]).toBeCloseTo(1, 3);
    const bounded = nelderMead((x) => (x[0]! < 2 ? Infinity : (x[0]! - 1) ** 2), [3], { steps: [0.5] });
    expect(bounded.x[0]).toBeCloseTo(2, 4);
  });
});

describe('ETS as a forecast method', () => {
  const inputsOf = (ys: number[], measure: ForecastInputs['measure']): ForecastInputs => ({
    region: '测试区', indicator: '测试指标', measure, targetPeriod: '2024', unit: measure === 'level' ? '亿元' : '%', direction: 'higher',
    series: ys.map((value, i) => ({ period: String(2024 - ys.length + i), t: 2024 - ys.length + i, value, factId: null, kind: 'actual' as const })),
    partial: null, partialHistory: [], target: null, targets: [], tolerance: { pp: 0.5, pct: 2 },
  });

  it('is not offered below 8 points, and says why', () => {
    const r = buildForecast(inputsOf(R.A.y.slice(1), 'growth'));
    const ets = r.methods.find((m) => m.method === 'ets')!;
    expect(ets.available).toBe(false);
    expect(ets.reason).toBe('needs at least 8 points (choosing an ETS form by AICc on fewer is guesswork)');
  });

  it('B as a level: fitted on the log scale, ETS(A,Ad,N) chosen, the point within 0.05% of R\'s (lambda = 0)', () => {
    const r = buildForecast(inputsOf(R.B.y, 'level'));
    const ets = r.methods.find((m) => m.method === 'ets')!;
    expect(ets.available).toBe(true);
    expect(ets.form).toMatch(/^ETS\(A,Ad,N\), AICc -42\.0 \(over ETS\(A,N,N\) -18\.2, ETS\(A,A,N\) -40\.1\)$/);
    expect(Math.abs(ets.point! - 3300.627005) / 3300.627005).toBeLessThan(5e-4);
    expect(ets.metrics.n).toBe(r.backtestPoints);
    expect(ets.intervalBasis).toMatch(/^t\(5\) on ETS\(A,Ad,N\), AICc -42\.0 .*: its analytic variance by maximum likelihood, on the log scale/);
    expect(ets.params.phi).toBeGreaterThanOrEqual(0.8);
  });

  it('enters the backtest on the same origins as every other method', () => {
    const r = buildForecast(inputsOf(R.C.y, 'share'));
    const ranked = r.methods.filter((m) => m.rank !== null);
    expect(ranked.map((m) => m.method)).toContain('ets');
    for (const m of ranked) expect(m.metrics.n).toBe(r.backtestPoints);
  });
});
