// The indicator catalogue: the short canonical names economists use for the indicators of Chinese plan reports
// (work reports, plan-execution reports, five-year plan outlines, statistical bulletins), the other spellings
// reports use for them, and what a reader must know to compare numbers across reports: unit, which way is
// better, and whether the number is a flow over the period, a stock at its end, or a ratio.
// Names follow ../shared/gold/SCHEMA.md; the entries live in ./data by field, each file citing its sources.
import type { Direction } from '../types';
import { DISTRICT_INDICATORS } from './data/district';
import { ECONOMY_INDICATORS } from './data/economy';
import { FISCAL_INDICATORS } from './data/fiscal';
import { GREEN_INDICATORS } from './data/green';
import { INNOVATION_INDICATORS } from './data/innovation';
import { PEOPLE_INDICATORS } from './data/people';

export type FlowStock = 'flow' | 'stock' | 'ratio';

/** A catalogue entry always knows its direction; 'unknown' is only for names the catalogue does not list. */
export type KnownDirection = Exclude<Direction, 'unknown'>;

export interface IndicatorEntry {
  name: string;
  aliases: readonly string[];
  /** The unit of its level, as reports usually write it. */
  unit: string | null;
  /**
   * Which way is better. Targets that are ceilings or bands in practice (CPI "3%左右", unemployment "5.5%左右",
   * energy intensity) are 'lower': an outcome under the ceiling meets them.
   */
  direction: KnownDirection;
  flowStock: FlowStock;
}

export const INDICATORS: readonly IndicatorEntry[] = [
  ...ECONOMY_INDICATORS,
  ...FISCAL_INDICATORS,
  ...INNOVATION_INDICATORS,
  ...PEOPLE_INDICATORS,
  ...GREEN_INDICATORS,
  ...DISTRICT_INDICATORS,
];
