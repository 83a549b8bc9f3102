// Student's t distribution: short series estimate their error scale from a handful of residuals, so the
// normal quantile understates the spread; t with the residuals' degrees of freedom carries that uncertainty.

/** ln Γ(x) by the Lanczos approximation (g = 7, 9 terms; relative error below 1e-13 for x > 0). */
function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / (Math.abs(1 + num * d) < tiny ? tiny : 1 + num * d);
    c = Math.abs(1 + num / c) < tiny ? tiny : 1 + num / c;
    h *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / (Math.abs(1 + num * d) < tiny ? tiny : 1 + num * d);
    c = Math.abs(1 + num / c) < tiny ? tiny : 1 + num / c;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ x) for T ~ t(df). */
export function tCdf(x: number, df: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(df / (df + x * x), df / 2, 0.5);
  return x >= 0 ? 1 - tail : tail;
}

const quantiles = new Map<string, number>();

/**
 * The p quantile of t(df), by bisection on the CDF (80 halvings: far below any figure we print). Remembered:
 * intervals ask for the same few (level, df) pairs thousands of times in a batch.
 */
export function tQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  const known = quantiles.get(key);
  if (known !== undefined) return known;
  let lo = -1e4;
  let hi = 1e4;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  if (quantiles.size > 10_000) quantiles.clear();
  quantiles.set(key, (lo + hi) / 2);
  return (lo + hi) / 2;
}

/** The half-width multiplier of a central interval at `level` %. */
export const tMultiplier = (level: number, df: number) => tQuantile(0.5 + level / 200, df);
