// The unit written after a number: a spelling from the lexicon (units.ts), a bare 万/亿 that closes a phrase (money,
// or 万人 in a clause that counts people), a per-unit ("元/人", "人/10万人"), and the 多/余 that says "more than".
// The number readers (numbers.ts) ask here at the first character after each number they read.
import { codes } from './char-codes';
import { type UnitClass, type UnitSpelling, unitSpelledAt } from './units';

const MORE = codes('多余');
const MAGNITUDE = codes('万亿');

export interface ReadUnit {
  unit: string;
  cls: UnitClass;
  factor: number;
  length: number;
}

const fromSpelling = (u: UnitSpelling): ReadUnit => ({ unit: u.unit, cls: u.cls, factor: u.factor, length: u.spelling.length });

// A bare 万/亿/万亿 closing a phrase is money ("发放救助资金超2000万", "突破2万亿"), and so is one before the
// milestone words of an economy's size ("突破千亿大关", "迈上万亿台阶"); followed by any other noun it is no unit.
const MILESTONE = /^(大关|台阶|关口)/;

// ...unless the clause counts people and no money: "城镇新增就业3.5万", "吸纳高校毕业生1.2万" are 万人, but
// "发放就业补贴资金超2000万" is money.
const PEOPLE_COUNTED = /(就业|人口|人才|人员|劳动力|毕业生|游客|旅客|学生|职工|参保|务工|志愿者)[^，,。；;：:]{0,8}$/;
const MONEY_NAMED = /(资金|补贴|补助|奖励|奖补|收入|金额|投资|经费|费用|资助|款|税|产值|营收|销售额|交易额|成交额|贷款|融资|工资|元)[^，,。；;：:]{0,8}$/;

const BARE_MAGNITUDES = ['万亿', '亿', '万'] as const;

function bareMagnitudeAt(text: string, at: number): ReadUnit | null {
  if (!MAGNITUDE.has(text.charCodeAt(at))) return null;
  for (const m of BARE_MAGNITUDES) {
    if (!text.startsWith(m, at)) continue;
    const after = text.slice(at + m.length, at + m.length + 2);
    // A conjunction before the next number of a list closes the phrase too: "2000万和3000万".
    if (/^[\u4e00-\u9fff\dA-Za-z]/.test(after) && !MILESTONE.test(after) && !/^[和及与或]\d/.test(after)) return null;
    const before = text.slice(Math.max(0, at - 24), at).replace(/[\d.]+$/, '');
    if (m === '万' && PEOPLE_COUNTED.test(before) && !MONEY_NAMED.test(before)) return { unit: '万人', cls: 'count', factor: 1, length: 1 };
    return { unit: m + '元', cls: 'money', factor: 1, length: m.length };
  }
  return null;
}

// The denominator of a per-unit: "人", "万元", "10万人", "百亿元", "千人", "平方公里", "人口".
const DENOMINATOR_COUNT = /^(\d+|[十百千万亿]{1,2})?/;

/** "元/人", "人/10万人": a unit over another unit, read as one unit of measure. */
function perUnitAt(text: string, at: number, numerator: ReadUnit): ReadUnit {
  if (text.charCodeAt(at) !== 0x2f /* / */ || !/^(money|measure|count)$/.test(numerator.cls)) return numerator;
  const count = DENOMINATOR_COUNT.exec(text.slice(at + 1, at + 4))![0];
  for (let k = count.length; k >= 0; k--) {
    const from = at + 1 + k;
    const below = unitSpelledAt(text, from);
    if (!below || below.cls === 'percent') continue;
    // "人/万人口": the head count of a denominator may be written 人口.
    const end = from + below.spelling.length + (below.unit.endsWith('人') && text[from + below.spelling.length] === '口' ? 1 : 0);
    const start = at - numerator.length;
    return { unit: text.slice(start, end), cls: 'measure', factor: numerator.factor, length: end - start };
  }
  return numerator;
}

/** A spelled unit or a bare magnitude at text[at], without a per-unit after it: what follows a number in characters. */
export function unitWithoutPerAt(text: string, at: number): { u: ReadUnit; more: boolean } | null {
  const spelled = unitSpelledAt(text, at);
  const u = spelled ? fromSpelling(spelled) : bareMagnitudeAt(text, at);
  return u ? { u, more: false } : null;
}

/** The unit written at text[at] (a per-unit included), or null. */
export function unitAt(text: string, at: number): ReadUnit | null {
  const spelled = unitSpelledAt(text, at);
  const found = spelled ? fromSpelling(spelled) : bareMagnitudeAt(text, at);
  return found ? perUnitAt(text, at + found.length, found) : null;
}

/**
 * The unit after a number with the 多/余 that says "more than": "6000多万元", "100余家", and inside a magnitude,
 * "1万余人", "3万多家" (more than 1 万人, 3 万家).
 */
export function unitWithMoreAt(text: string, at: number): { u: ReadUnit; more: boolean } | null {
  if (MORE.has(text.charCodeAt(at))) {
    const u = unitAt(text, at + 1);
    return u ? { u: { ...u, length: u.length + 1 }, more: true } : null;
  }
  if (MAGNITUDE.has(text.charCodeAt(at)) && MORE.has(text.charCodeAt(at + 1))) {
    const joined = text[at]! + text.slice(at + 2, at + 12);
    const spelled = unitSpelledAt(joined, 0);
    if (spelled && spelled.spelling.length > 1) {
      const u = perUnitAt(joined, spelled.spelling.length, fromSpelling(spelled));
      return { u: { ...u, length: u.length + 1 }, more: true };
    }
  }
  const u = unitAt(text, at);
  return u ? { u, more: false } : null;
}

/** The class of a unit written on its own (a table's 单位 column): 'measure' for units this grammar does not know. */
export function unitClassOf(unit: string | null): UnitClass {
  if (!unit) return 'measure';
  const found = unitAt(unit, 0);
  return found && found.length === unit.length ? found.cls : 'measure';
}
