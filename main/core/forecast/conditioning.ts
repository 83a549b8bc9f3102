// What is known of the target year already: its part-year figure (H1, Q1–Q3) of a growth rate, share or rate
// is a noisy reading of the full year. Without earlier part-year/full-year pairs to learn the relation from,
// its error is stated, not learned: the series' own one-year spread times the part of the year still to come
// (the full-year figure can still move by what the rest of the year brings). The recommended forecast and the
// part-year reading are then combined by their precisions.
import type { ForecastInputs, MethodForecast } from './types';

const YEAR_LEFT: Record<string, number> = { Q1: 0.75, H1: 0.5, Q2: 0.5, Q3: 0.25 };

export interface Conditioned {
  point: number;
  se: number;
  partialSe: number;
  weight: number;
  basis: string;
}

/**
 * The forecast N(point, se²) updated by the part-year reading N(partial, s²), s = oneYearSpread × share of the
 * year left. Only for measures that are not cumulative amounts (a level's H1 is half a year's sum, not a reading).
 */
export function conditionOnPartYear(inputs: ForecastInputs, best: MethodForecast, oneYearSpread: number): Conditioned | null {
  const p = inputs.partial;
  if (!p || inputs.measure === 'level' || inputs.measure === 'count' || best.point === null || best.seWorking === undefined) return null;
  if (inputs.partialHistory.some((h) => h.year < p.t)) return null;
  const sub = p.period.slice(4);
  const left = YEAR_LEFT[sub];
  if (left === undefined || !(oneYearSpread > 0)) return null;
  const partialSe = oneYearSpread * left;
  const wF = 1 / best.seWorking ** 2;
  const wP = 1 / partialSe ** 2;
  const point = (wF * best.point + wP * p.value) / (wF + wP);
  const se = Math.sqrt(1 / (wF + wP));
  return {
    point, se, partialSe, weight: wP / (wF + wP),
    basis: `conditioned on ${p.period} = ${p.value} (stated error ${partialSe.toPrecision(3)}: the one-year spread × the ${left * 100}% of the year left; no earlier year has both figures), weight ${(wP / (wF + wP)).toFixed(2)}`,
  };
}
