// CAGR-to-target: what the target asks of the years left, set against what the series has delivered.
import type { ForecastInputs, TargetPath } from './types';

const r2 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Only what the path needs, so the scorecard can ask it too (story 5: can a 2025 target still be reached?). */
export type PathInputs = Pick<ForecastInputs, 'target' | 'series' | 'measure' | 'direction'>;

export function targetPath(inputs: PathInputs, targetYear: number): TargetPath | null {
  const t = inputs.target;
  const series = inputs.series.filter((p) => p.t < targetYear);
  const last = series[series.length - 1];
  const first = series[0];
  if (!t || !last || !first) return null;
  const goal = t.qualifier === 'range' && t.low !== null && t.high !== null ? (t.low + t.high) / 2 : t.value;
  if (goal === null) return null;
  const years = targetYear - last.t;
  const span = last.t - first.t;
  const better = (a: number, b: number) => (inputs.direction === 'lower' ? a <= b : a >= b);
  const base = { fromPeriod: last.period, fromValue: last.value, years };
  if (inputs.measure === 'level' || inputs.measure === 'count') {
    if (last.value <= 0 || goal <= 0) return { ...base, requiredPct: null, historicalPct: null, plausible: null, note: 'compound growth needs positive values' };
    const required = ((goal / last.value) ** (1 / years) - 1) * 100;
    const historical = span > 0 && first.value > 0 ? ((last.value / first.value) ** (1 / span) - 1) * 100 : null;
    return {
      ...base, requiredPct: r2(required), historicalPct: historical === null ? null : r2(historical),
      plausible: historical === null ? null : better(historical, required),
      note: `reaching ${goal} by ${targetYear} from ${last.value} in ${last.period} needs ${r2(required)}% a year`,
    };
  }
  if (inputs.measure === 'growth') {
    const historical = series.reduce((s, p) => s + p.value, 0) / series.length;
    return {
      ...base, requiredPct: goal, historicalPct: r2(historical), plausible: better(historical, goal),
      note: `the target is itself a growth rate: ${goal}% against a mean of ${r2(historical)}% over ${series.length} reported year(s)`,
    };
  }
  // Shares and rates move in percentage points: the change a year needed against the change a year seen.
  const required = (goal - last.value) / years;
  const historical = span > 0 ? (last.value - first.value) / span : null;
  return {
    ...base, requiredPct: r2(required), historicalPct: historical === null ? null : r2(historical),
    plausible: historical === null ? null : better(historical, required),
    note: `needs ${r2(required)} pp a year to reach ${goal}`,
  };
}
