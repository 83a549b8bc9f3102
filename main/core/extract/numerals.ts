// Numbers written in Chinese numerals: "十二", "三千", "一百零五", "两万", "三点五", and the shorthand "三千五"
// (3500). Strict on purpose: anything that is not one well-formed number ("十四五", "三五", "二〇二五") is null,
// because plan names, approximate pairs and years in characters are not quantities.

const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZERO = new Set(['零', '〇']);
const SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

function readWhole(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastUnit = 0;
  let zeroSince = false;
  for (const c of s) {
    if (ZERO.has(c)) {
      if (digit !== null || lastUnit === 0) return null;
      zeroSince = true;
    } else if (DIGIT[c] !== undefined) {
      if (digit !== null) return null;
      digit = DIGIT[c]!;
    } else if (SMALL[c] !== undefined) {
      const u = SMALL[c]!;
      if (u >= lastSmall) return null;
      const n = digit ?? (section === 0 ? 1 : null);
      if (n === null) return null;
      section += n * u;
      lastSmall = lastUnit = u;
      digit = null;
      zeroSince = false;
    } else if (BIG[c] !== undefined) {
      const u = BIG[c]!;
      section += digit ?? 0;
      if (section === 0 && total === 0) section = 1;
      total = u === 1e8 ? (total + section) * u : total + section * u;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastUnit = u;
      zeroSince = false;
    } else return null;
  }
  // "三千五" is 3500 and "两万五" 25000: a last digit right after a unit is a tenth of that unit.
  if (digit !== null) section += lastUnit >= 10 && !zeroSince ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

/** The value of a number written in Chinese numerals, or null when it is not one well-formed number. */
export function readChineseNumeral(s: string): number | null {
  const parts = s.split('点');
  if (parts.length > 2) return null;
  const whole = readWhole(parts[0]!);
  if (whole === null || parts.length === 1) return whole;
  const fraction = [...parts[1]!].map((c) => (ZERO.has(c) ? 0 : DIGIT[c]));
  if (fraction.length === 0 || fraction.some((d) => d === undefined || parts[1]!.includes('两'))) return null;
  return Number(`${whole}.${fraction.join('')}`);
}
