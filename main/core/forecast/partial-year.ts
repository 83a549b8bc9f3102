// H1→full-year: the year's figure from its first half (or first quarters), by how the same part of the year
// related to the full year in earlier years of this workspace. Without such a year it says so instead of
// guessing a seasonal share.
import type { BacktestStep } from './backtest';
import type { ForecastInputs } from './types';

interface Pair {
  year: number;
  partial: number;
  full: number;
}

export interface PartialYearFit {
  fit: { point: number; params: Record<string, number> } | null;
  steps: BacktestStep[];
  reason: string;
}

/**
 * Levels accumulate over the year: full = partial ÷ (mean historical share of the year reached by then).
 * Growth rates, shares and rates do not: full = partial + mean historical (full − partial).
 */
function predictFrom(pairs: readonly Pair[], partial: number, isLevel: boolean): { point: number; params: Record<string, number> } | null {
  if (isLevel) {
    const shares = pairs.filter((p) => p.full !== 0).map((p) => p.partial / p.full);
    if (shares.length === 0) return null;
    const share = shares.reduce((a, b) => a + b, 0) / shares.length;
    if (share <= 0) return null;
    return { point: partial / share, params: { share, years: shares.length } };
  }
  const diff = pairs.reduce((s, p) => s + (p.full - p.partial), 0) / pairs.length;
  return { point: partial + diff, params: { meanDifference: diff, years: pairs.length } };
}

export function h1ToFullYear(inputs: ForecastInputs): PartialYearFit {
  const isLevel = inputs.measure === 'level' || inputs.measure === 'count';
  if (!inputs.partial) return { fit: null, steps: [], reason: `no sub-annual figure for ${inputs.targetPeriod} in the workspace yet` };
  const sub = inputs.partial.period.slice(4);
  const pairs = inputs.partialHistory.filter((p) => p.year < Number(inputs.partial!.period.slice(0, 4)));
  if (pairs.length === 0) {
    return { fit: null, steps: [], reason: `unavailable: no earlier year in the workspace has both a ${sub} figure and a full-year figure` };
  }
  const fit = predictFrom(pairs, inputs.partial.value, isLevel);
  if (!fit) return { fit: null, steps: [], reason: 'unavailable: the historical full-year figures are zero' };
  // Leave-one-year-out: each past year forecast from the others' relation, from its own partial figure.
  const steps: BacktestStep[] = [];
  for (const p of pairs) {
    const others = pairs.filter((o) => o !== p);
    const f = others.length ? predictFrom(others, p.partial, isLevel) : null;
    if (f) steps.push({ t: p.year, actual: p.full, forecast: f.point, previous: p.partial, horizon: 1 });
  }
  return { fit, steps, reason: '' };
}
