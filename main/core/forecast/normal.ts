// The normal distribution, for intervals and the probability of meeting a target.

/** Standard normal CDF via erf (Abramowitz & Stegun 7.1.26; absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Two-sided normal quantiles for the interval levels we show. */
export const Z: Record<80 | 95, number> = { 80: 1.2815515655446004, 95: 1.959963984540054 };

/** P(low ≤ Y ≤ high) for Y ~ N(mean, sd); either bound may be infinite. */
export function probBetween(mean: number, sd: number, low: number, high: number): number {
  if (sd <= 0) return mean >= low && mean <= high ? 1 : 0;
  const hi = high === Infinity ? 1 : normalCdf((high - mean) / sd);
  const lo = low === -Infinity ? 0 : normalCdf((low - mean) / sd);
  return Math.max(0, Math.min(1, hi - lo));
}
