// The grammar of a stated quantity: a number (or a range of two), an optional unit, and the unit's class.
// Reports write "6.0%-6.5%", "5%—5.5%", "1-2 个", "8900 万美元", "近四成", "超2000万" — all handled here, so the
// rules above only reason about words around the quantity.

/** `pure`: a number without a unit that a rate's name makes a fact ("亿元GDP死亡率预计达0.0075"). */
export type UnitClass = 'percent' | 'money' | 'measure' | 'count' | 'pure' | 'ignore';

export interface Quantity {
  /** Offsets in the text scanned (normalized text). */
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  unit: string | null;
  unitClass: UnitClass;
  /** "6000 多万元", "100余家": more than the number. */
  more: boolean;
}

// Longest spellings first so "万平方米" wins over "万" and "平方米".
const UNITS: readonly (readonly [string, string, UnitClass])[] = [
  ['万人/平方公里', '万人/平方公里', 'measure'],
  ['微克/立方米', '微克/立方米', 'measure'], ['μg/m³', 'μg/m³', 'measure'], ['μg/m3', 'μg/m³', 'measure'],
  ['个工作日', '个工作日', 'measure'], ['个百分点', '个百分点', 'percent'],
  ['亿美元', '亿美元', 'money'], ['万美元', '万美元', 'money'], ['美元', '美元', 'money'],
  ['万亿元', '万亿元', 'money'], ['亿元', '亿元', 'money'], ['万元', '万元', 'money'], ['元', '元', 'money'],
  ['万平方米', '万平方米', 'measure'], ['平方公里', '平方公里', 'measure'], ['平方米', '平方米', 'measure'],
  ['万立方米', '万立方米', 'measure'], ['立方米', '立方米', 'measure'],
  ['亿千瓦时', '亿千瓦时', 'measure'], ['万千瓦时', '万千瓦时', 'measure'], ['千瓦时', '千瓦时', 'measure'], ['亿立方米', '亿立方米', 'measure'],
  ['万标箱', '万标箱', 'measure'], ['标箱', '标箱', 'measure'], ['兆瓦', '兆瓦', 'measure'], ['岁', '岁', 'measure'],
  ['万吨标准煤', '万吨标准煤', 'measure'], ['万千瓦', '万千瓦', 'measure'], ['千瓦', '千瓦', 'measure'],
  ['吨标准煤', '吨标准煤', 'measure'], ['万吨', '万吨', 'measure'], ['吨', '吨', 'measure'],
  ['公顷', '公顷', 'measure'], ['万亩', '万亩', 'measure'], ['亩', '亩', 'measure'], ['公里', '公里', 'measure'], ['千米', '千米', 'measure'],
  ['万人次', '万人次', 'ignore'], ['人次', '人次', 'ignore'],
  ['万人', '万人', 'count'], ['万户', '万户', 'count'], ['万家', '万家', 'count'], ['万个', '万个', 'count'], ['万套', '万套', 'count'], ['万张', '万张', 'count'],
  ['家', '家', 'count'], ['个', '个', 'count'], ['名', '名', 'count'], ['人', '人', 'count'], ['套', '套', 'count'], ['张', '张', 'count'],
  ['座', '座', 'count'], ['所', '所', 'count'], ['件', '件', 'count'], ['户', '户', 'count'],
  ['%', '%', 'percent'], ['％', '%', 'percent'], ['‰', '‰', 'percent'],
  // Things reports count that are never indicators of the district (projects, meetings, rounds, items).
  ['项', '项', 'ignore'], ['场', '场', 'ignore'], ['次', '次', 'ignore'], ['条', '条', 'ignore'], ['批', '批', 'ignore'],
  ['支', '支', 'ignore'], ['期', '期', 'ignore'], ['轮', '轮', 'ignore'], ['届', '届', 'ignore'], ['倍', '倍', 'ignore'],
  ['年', '年', 'ignore'], ['月', '月', 'ignore'], ['日', '日', 'ignore'], ['天', '天', 'ignore'], ['辆', '辆', 'ignore'], ['例', '例', 'ignore'],
  ['类', '类', 'ignore'], ['种', '种', 'ignore'], ['位', '位', 'count'], ['间', '间', 'ignore'], ['栋', '栋', 'ignore'],
];

// "1,234.56": thousands separators are part of the number (a clause comma is never followed by exactly three digits and a non-digit).
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?`;
const DASH = String.raw`[-—–~～至到]`;
// Spaces (not line breaks) may sit inside a quantity: "增长 6.0% - 6.5%", "332 亿元".
const SP = String.raw`[ \t\u3000]*`;
const QUANTITY = new RegExp(String.raw`(${NUM})(${SP}[%％]?${SP}${DASH}{1,2}${SP}(${NUM}))?${SP}`, 'g');
const toNumber = (written: string) => Number(written.replace(/,/g, ''));
const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// Units by their first character, longest first, so a lookup tries two or three spellings, not seventy.
const UNITS_BY_FIRST = new Map<string, (readonly [string, string, UnitClass])[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u[0][0]!) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u[0][0]!, list);
}

/** The class of a unit written on its own (a table's 单位 column): 'measure' for units this grammar does not know. */
export function unitClassOf(unit: string | null): UnitClass {
  if (!unit) return 'measure';
  const found = unitAt(unit, 0);
  return found && found.length === unit.length ? found.cls : 'measure';
}

function unitAt(text: string, at: number): { unit: string; cls: UnitClass; length: number } | null {
  for (const [spelling, unit, cls] of UNITS_BY_FIRST.get(text[at] ?? '') ?? []) {
    if (text.startsWith(spelling, at)) return { unit, cls, length: spelling.length };
  }
  // A bare 万/亿 closing a phrase is money ("发放救助资金超2000万"); followed by a noun it is not a unit.
  const bare = text[at];
  if ((bare === '万' || bare === '亿') && !/[\u4e00-\u9fff\dA-Za-z]/.test(text[at + 1] ?? '')) {
    return { unit: bare + '元', cls: 'money', length: 1 };
  }
  return null;
}

// A rate, index or coefficient, then the verb that states it: "死亡率预计达", "基尼系数为", "指数降至".
const RATE_BEFORE = /(率|指数|系数)(预计|初步)?(达到|达|为|降至|降低至|下降至|下降到|控制在|保持在)$/;

/** A unitless number ending a clause right after a rate's name and its verb is that rate's value. */
function isPureRate(text: string, start: number, end: number): boolean {
  return RATE_BEFORE.test(text.slice(Math.max(0, start - 12), start).replace(/\s/g, '')) && /^(\s*[，,。；;）)]|\s*$)/.test(text.slice(end, end + 2));
}

/** Every quantity in `text`. Numbers glued to letters or other digits ("PM2.5", "5G", "20+8") are not quantities. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const start = m.index;
    const before = text[start - 1] ?? '';
    // Glued to letters or digits ("PM2.5", "5G", "20+8"), an ordinal (第3), or a time or date ("10:30", "2024/10/24").
    if (/[A-Za-z0-9.+_·第]/.test(before) || (/[-−－:/]/.test(before) && /[\dA-Za-z]/.test(text[start - 2] ?? ''))) continue;
    let at = start + m[0].length;
    const more = /[多余]/.test(text[at] ?? '') && unitAt(text, at + 1) !== null;
    if (more) at++;
    const u = unitAt(text, at);
    const afterNumber = text[start + m[1]!.length] ?? '';
    if (/[+·:/]/.test(afterNumber) || (afterNumber === '.' && /\d/.test(text[start + m[1]!.length + 1] ?? ''))) continue;
    if (!u) {
      if (m[3] === undefined && isPureRate(text, start, at)) out.push({ start, end: start + m[1]!.length, value: toNumber(m[1]!), low: null, high: null, unit: null, unitClass: 'pure', more: false });
      continue;
    }
    at += u.length;
    // "增长-2.0%": a minus sign written before the number (not a range dash after another number).
    const negative = /[-−－]/.test(before) && !/[\d%％]/.test(text[start - 2] ?? '');
    let value = negative ? -toNumber(m[1]!) : toNumber(m[1]!);
    let low: number | null = null;
    let high: number | null = null;
    if (m[3] !== undefined) {
      low = value;
      high = toNumber(m[3]!);
      if (!(high > low)) continue; // "2016-2020" style spans and dates are not ranges of one indicator
      value = Math.round(((low + high) / 2) * 1e9) / 1e9;
    }
    out.push({ start: negative ? start - 1 : start, end: at, value, low, high, unit: u.unit, unitClass: u.cls, more });
    QUANTITY.lastIndex = at;
  }
  for (const c of text.matchAll(/([一二两三四五六七八九])成(?![本果员为立功])/g)) {
    out.push({ start: c.index, end: c.index + 2, value: CHINESE_DIGIT[c[1]!]! * 10, low: null, high: null, unit: '%', unitClass: 'percent', more: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
