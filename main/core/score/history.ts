// Track record: how often targets were hit, and by how much they were missed, over every scored year.
import type { Measure } from '../types';
import type { HitRate, Score } from './types';

/** Only final verdicts count: pending and not comparable rows say nothing about the record. */
const FINAL = new Set(['met', 'missed', 'within_tolerance']);

/**
 * Hit rate = (met + within tolerance) ÷ scored. Mean shortfall averages, over the outcomes that fell short
 * (missed or within tolerance), how far short they fell: in pp for percentage measures and in % of the
 * target for levels, kept apart because the two cannot be added.
 */
export function hitRates(rows: readonly Score[], groupOf: (r: Score) => string, byMeasure: boolean): HitRate[] {
  const groups = new Map<string, { group: string; measure: Measure | null; rows: Score[] }>();
  for (const r of rows) {
    if (!FINAL.has(r.status)) continue;
    const measure = byMeasure ? r.measure : null;
    const k = `${groupOf(r)}|${measure ?? ''}`;
    const g = groups.get(k) ?? { group: groupOf(r), measure, rows: [] };
    g.rows.push(r);
    groups.set(k, g);
  }
  return [...groups.values()].map(({ group, measure, rows: rs }) => {
    const met = rs.filter((r) => r.status === 'met').length;
    const within = rs.filter((r) => r.status === 'within_tolerance').length;
    const short = rs.filter((r) => r.status !== 'met' && r.gap && r.gap.relative !== null);
    const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e6) / 1e6 : null);
    return {
      group, measure, scored: rs.length, met, withinTolerance: within, missed: rs.length - met - within,
      hitRate: rs.length ? (met + within) / rs.length : null,
      meanShortfallPp: mean(short.filter((r) => r.gap!.relativeUnit === 'pp').map((r) => Math.abs(r.gap!.relative!))),
      meanShortfallPct: mean(short.filter((r) => r.gap!.relativeUnit === '%').map((r) => Math.abs(r.gap!.relative!))),
    };
  }).sort((a, b) => a.group.localeCompare(b.group) || (a.measure ?? '').localeCompare(b.measure ?? ''));
}
