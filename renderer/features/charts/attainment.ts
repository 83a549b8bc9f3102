// What the attainment chart says beside a pair it does not draw. Which pairs are drawn is main's reading of each pair
// (core/pivot/attainment.ts, carried on every bar as `reading`).
import type { AttainmentBar } from '../../../main/contract/pivots';
import { fill } from '../../i18n';

export type { AttainmentReading, NotComparable } from '../../../main/contract/pivots';

/** A rate's outcome against its target in points: ",5.7 对目标 6,-0.3 个百分点". Nothing when either is not a number. */
export function pointsGap(b: AttainmentBar, words: string): string {
  const target = b.target.value ?? (b.target.low !== null && b.target.high !== null ? (b.target.low + b.target.high) / 2 : null);
  const actual = b.outcome.value;
  if (target === null || actual === null) return '';
  const gap = Math.round((actual - target) * 100) / 100;
  return fill(words, { actual: String(actual), target: String(target), gap: `${gap > 0 ? '+' : ''}${gap}` });
}
