// Excel number formats per unit, so a cell reads "194.70 亿元" or "6.0%" in Excel as in the grid while the
// cell still holds the plain number (6.0, not 0.06: reports state percentages as numbers of percent).
const cache = new Map<string, string>();

/** Decimal places Chinese plan reports use for each kind of unit. */
function decimalsFor(unit: string): number {
  if (unit === '%' || unit === '‰' || unit === '个百分点') return 1;
  // Things counted whole (家, 名, 件 …): 60 名, not 60.00 名.
  if (/^(家|个|人|名|位|项|件|户|套|所|座|次|台|辆|张|宗|条|处|栋|间|艘|架|批|场|例|篇|只|头)$/.test(unit)) return 0;
  return 2;
}

/**
 * The number format for a unit; text inside quotes is shown literally, so quotes in a unit are dropped. A whole
 * number without a unit (a count of facts, a row number) is shown without decimals: 438, not 438.00.
 */
export function numberFormatFor(unit: string | null | undefined, value?: number): string {
  const u = (unit ?? '').replace(/["\\]/g, '').trim();
  if (!u && value !== undefined && Number.isInteger(value)) return '#,##0';
  const hit = cache.get(u);
  if (hit) return hit;
  const d = decimalsFor(u);
  const body = d ? `#,##0.${'0'.repeat(d)}` : '#,##0';
  const fmt = !u ? (d ? '#,##0.00' : '#,##0') : u === '%' ? `${body}"%"` : `${body}" ${u}"`;
  cache.set(u, fmt);
  return fmt;
}
