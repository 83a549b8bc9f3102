// The three industries (三次产业) as reports abbreviate them: "三次产业", "一二三产业", "第一、二、三产业",
// "二三产业". Statistics name each one in full (第一产业 …), and so must the facts read from such a list.

const ORDINAL: Record<string, string> = { 一: '第一产业', 二: '第二产业', 三: '第三产业' };

// "三次产业增加值", "第一、二、三产业对经济增长的贡献率", "二三产业比例": the shorthand, then what is said of each.
const SHORTHAND = /(三次产业|三大产业|(?:第?[一二三](?:产业)?[、，,和及与]?\s*){1,2}第?[一二三]产业)/;

export interface IndustryList {
  /** The industries named, in order ("第一产业", "第二产业", …). */
  names: string[];
  /** Where the shorthand starts and ends in the phrase. */
  start: number;
  end: number;
}

/** The industries a shorthand in `phrase` lists (two or three of them, each once, in order), or null. */
export function industriesIn(phrase: string): IndustryList | null {
  const m = SHORTHAND.exec(phrase);
  if (!m) return null;
  const written = m[1]!;
  const start = m.index;
  const end = start + written.length;
  if (/^三(次|大)产业$/.test(written)) return { names: Object.values(ORDINAL), start, end };
  const digits = written.replace(/[第产业、，,和及与\s]/g, '');
  // "三产业" alone, or an order that is no list ("三二产业"), names no list of industries.
  if (digits.length < 2 || !'一二三'.includes(digits)) return null;
  return { names: [...digits].map((d) => ORDINAL[d]!), start, end };
}
