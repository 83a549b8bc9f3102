// Partial aggregates of one cell: enough to merge cells into subtotals and totals exactly (sum and count for
// a mean, min/max, the order key of the picked statement for first/last/latest, and the set of units seen).
import type { Aggregation, PivotCell } from './spec';
import { NO_UNIT_LABEL } from './labels';

export interface Partial {
  n: number;
  s: number;
  lo: number;
  hi: number;
  units: Set<string>;
  /** first/last/latest: the order key of the picked statement and its value. */
  key: string | null;
  pick: number | null;
}

export function emptyPartial(): Partial {
  return { n: 0, s: 0, lo: Infinity, hi: -Infinity, units: new Set(), key: null, pick: null };
}

/** Folds `b` into `a`. `pickMax`: keep the larger order key (last, latest) or the smaller (first). */
export function mergeInto(a: Partial, b: Partial, pickMax: boolean): void {
  a.n += b.n;
  a.s += b.s;
  if (b.lo < a.lo) a.lo = b.lo;
  if (b.hi > a.hi) a.hi = b.hi;
  for (const u of b.units) a.units.add(u);
  if (b.key !== null && (a.key === null || (pickMax ? b.key > a.key : b.key < a.key))) {
    a.key = b.key;
    a.pick = b.pick;
  }
}

export function pickMaxFor(agg: Aggregation): boolean {
  return agg !== 'first';
}

/**
 * The number a cell shows. Counting statements is meaningful across units; every other aggregation over
 * statements in different units is refused in that cell (never a silent sum of 亿元 and %).
 */
export function finishCell(p: Partial, agg: Aggregation): PivotCell {
  if (agg === 'count') return { value: p.n, unit: '', count: p.n };
  if (p.units.size > 1) {
    const units = [...p.units].sort();
    const shown = units.map((u) => (u === '' ? NO_UNIT_LABEL : u)).join('、');
    return {
      value: null,
      unit: null,
      count: p.n,
      error: { code: 'mixed-units', message: `单位不一致 (${shown})：不同单位的数不能合并 / mixed units (${shown}) are not combined`, units },
    };
  }
  const unit = p.units.values().next().value ?? '';
  const value = valueOf(p, agg);
  return { value, unit, count: p.n };
}

function valueOf(p: Partial, agg: Exclude<Aggregation, 'count'>): number | null {
  if (p.n === 0) return null;
  switch (agg) {
    case 'sum':
      return p.s;
    case 'mean':
      return p.s / p.n;
    case 'min':
      return p.lo;
    case 'max':
      return p.hi;
    case 'first':
    case 'last':
    case 'latest':
      return p.pick;
  }
}
