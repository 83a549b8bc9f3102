// The grammar of a stated quantity: a number (or a range of two), an optional unit, and the unit's class.
// Reports write "6.0%-6.5%", "5%—5.5%", "1-2 个", "8900 万美元", "近四成", "超2000万", "突破千亿元",
// "两万亿元", "百分之五十" — all read here, so the rules above only reason about words around the quantity.
// Each rule of the scanner is named in SCAN_RULES with examples (tests/core/numbers.test.ts asserts them).
// Three readers: numbers in digits (scanDigits), numbers in characters (scanCharacters, numerals.ts), and the
// half words (scanHalves); units come from the lexicon in units.ts. Where two readings overlap, the earlier
// and longer wins.
import { readChineseNumeral } from './numerals';
import { codes } from './char-codes';
import { unitWithMoreAt, unitWithoutPerAt } from './unit-after-number';
import type { UnitClass } from './units';

export type { UnitClass } from './units';
export { unitClassOf } from './unit-after-number';

export interface Quantity {
  /** Offsets in the text scanned (normalized text). */
  start: number;
  end: number;
  value: number;
  low: number | null;
  high: number | null;
  unit: string | null;
  unitClass: UnitClass;
  /** "6000 多万元", "100余家", "过半": more than the number. */
  more: boolean;
}

export interface ScanRule {
  id: string;
  says: string;
  /** A text and what the scanner reads in it, each quantity as "span=value unit" ("5%—5.5%=5..5.5 %"). */
  examples: readonly (readonly [text: string, reads: readonly string[]])[];
}

/** The scanner's rules, in the economist's words, with their examples (asserted by tests). */
export const SCAN_RULES: readonly ScanRule[] = [
  { id: 'number-with-unit', says: 'a number is a quantity only with a unit it knows; thousands separators belong to the number',
    examples: [['地区生产总值1,234.5亿元', ['1,234.5亿元=1234.5 亿元']], ['粮食产量69541万吨', ['69541万吨=69541 万吨']], ['推出3号线', []]] },
  { id: 'glued-is-no-number', says: 'a number glued to letters, digits, an ordinal or a date is a name, a code or a date',
    examples: [['PM2.5浓度', []], ['5G基站', []], ['排名第3位', []], ['2024/10/24', []]] },
  { id: 'per-head-denominator', says: 'a number right after 每 is the denominator of a rate, not a quantity',
    examples: [['每10万人口', []], ['每百亿元', []]] },
  { id: 'range', says: 'two numbers joined by any dash, 至 or 到 are one range, low below high',
    examples: [['增长5%—5.5%', ['5%—5.5%=5..5.5 %']], ['增长4.5%-5%', ['4.5%-5%=4.5..5 %']], ['增长4.5%～5%', ['4.5%～5%=4.5..5 %']],
      ['增长5-5.5%', ['5-5.5%=5..5.5 %']], ['增长5%至5.5%', ['5%至5.5%=5..5.5 %']], ['增长6%――6.5%', ['6%――6.5%=6..6.5 %']], ['增长 6.0% - 6.5%', ['6.0% - 6.5%=6..6.5 %']],
      ['新增3-5家', ['3-5家=3..5 家']], ['3-5成', ['3-5成=30..50 %']],
      ['增长5.0%到5.5%', ['5.0%到5.5%=5..5.5 %']], ['新增5万-6万人', ['5万-6万人=5..6 万人']], ['投资3000亿元-3200亿元', ['3000亿元-3200亿元=3000..3200 亿元']]] },
  { id: 'span-is-no-range', says: 'a span of years or months is a period (ignored), never a range value',
    examples: [['2021-2025年', ['2021-2025年=2021..2025 年 ignore']], ['1-11月', ['1-11月=1..11 月 ignore']]] },
  { id: 'from-to-is-no-range', says: '从/由 A 到/至 B is a movement between two numbers, not a range',
    examples: [['比重从30%到35%', ['30%=30 %', '35%=35 %']]] },
  { id: 'lost-separator', says: 'a number ends at its unit: numbers whose separators were lost in copying are read one by one',
    examples: [['分别增长3.1%4.6%5.9%', ['3.1%=3.1 %', '4.6%=4.6 %', '5.9%=5.9 %']], ['增长5.5%规模以上', ['5.5%=5.5 %']],
      ['分别增长5%-2.3%', ['5%=5 %', '-2.3%=-2.3 %']]] },
  { id: 'list-shares-unit', says: 'members of a list written without units share the unit of its last member; an ordinal\'s list is no quantities',
    examples: [['分别增长3.1、4.6和5.9%', ['3.1=3.1 %', '4.6=4.6 %', '5.9%=5.9 %']], ['分别为12、15家', ['12=12 家', '15家=15 家']],
      ['获得第1、2、3名', []], ['1、2号线', []], ['1、地区生产总值增长5%', ['5%=5 %']],
      ['客运量分别达1409万、1305万人次', ['1409万=1409 万人次', '1305万人次=1305 万人次']],
      ['分别达38.7万亿元、29.9万亿元', ['38.7万亿元=38.7 万亿元', '29.9万亿元=29.9 万亿元']],
      ['资金2000万、物资一批', ['2000万=2000 万元']], ['分别为2000万和3000万。', ['2000万=2000 万元', '3000万=3000 万元']]] },
  { id: 'minus-sign', says: 'a minus sign before a number (not a range dash after another number) makes it negative',
    examples: [['增长-2.0%', ['-2.0%=-2 %']]] },
  { id: 'more-than-suffix', says: '多/余 between a number and its unit: more than the number',
    examples: [['6000多万元', ['6000多万元=6000+ 万元']], ['100余家', ['100余家=100+ 家']], ['带动就业1万余人', ['1万余人=1+ 万人']],
      ['三万多家', ['三万多家=3+ 万家']]] },
  { id: 'per-unit', says: 'a unit over a unit (元/人, 人/10万人, 人/百亿元) is one unit of measure',
    examples: [['全员劳动生产率107327元/人', ['107327元/人=107327 元/人']], ['死亡率0.5人/10万人', ['0.5人/10万人=0.5 人/10万人']],
      ['0.02人/百亿元', ['0.02人/百亿元=0.02 人/百亿元']], ['人口密度0.6万人/平方公里', ['0.6万人/平方公里=0.6 万人/平方公里']]] },
  { id: 'bare-magnitude-is-money', says: 'a bare 万/亿/万亿 closing a phrase (or before 大关/台阶) is an amount of yuan, a bare 万 of people counted is 万人; followed by a noun it is no unit',
    examples: [['发放救助资金超2000万,', ['2000万=2000 万元']], ['突破2万亿。', ['2万亿=2 万亿元']], ['1.2亿人次', ['1.2亿人次=1.2 亿人次']],
      ['城镇新增就业3.5万。', ['3.5万=3.5 万人']], ['吸纳高校毕业生超1.2万,', ['1.2万=1.2 万人']], ['发放就业补贴资金超2000万。', ['2000万=2000 万元']], ['经济总量突破千亿大关', ['千亿=1000 亿元']], ['迈上2万亿台阶', ['2万亿=2 万亿元']], ['全州经济总量迈上千亿台阶', ['千亿=1000 亿元']], ['产量1.2亿台。', ['1.2亿台=1.2 亿台']], ['千亿城区', []], ['3万平方米', ['3万平方米=3 万平方米']]] },
  { id: 'tenths', says: 'X成 is a share in tenths: 七成 and 7成 are 70 %',
    examples: [['近六成', ['六成=60 %']], ['7成以上', ['7成=70 %']], ['一成不变', []], ['形成', []]] },
  { id: 'pure-rate', says: 'a unitless number right after a rate\'s name and its verb, ending a clause, is that rate',
    examples: [['死亡率预计达0.0075,', ['0.0075=0.0075']], ['基尼系数为0.31。', ['0.31=0.31']], ['数据达10,', []]] },
  { id: 'ratio-to-one', says: 'a ratio to one (2.27:1) in a clause naming a ratio (…比) is the ratio\'s value, without a unit',
    examples: [['城乡居民收入比从2.50:1缩小至2.27:1', ['2.50:1=2.5', '2.27:1=2.27']], ['会议于10:1', []], ['比分3:15', []]] },
  { id: 'fraction-in-digits', says: 'a fraction in digits (1/10) in a clause about a share is a percent',
    examples: [['约占全国1/10', ['1/10=10 %']], ['占比超过1/3,', ['1/3=33.33 %']], ['2024/10/24', []], ['第1/2期', []]] },
  { id: 'character-number', says: 'a number written in characters before a unit: 两万亿元, 三千亿元, 十二个; a lone magnitude (千亿元, 万亿元) is one of it',
    examples: [['突破千亿元', ['千亿元=1000 亿元']], ['突破万亿元', ['万亿元=1 万亿元']], ['达两万亿元', ['两万亿元=2 万亿元']],
      ['三千亿元', ['三千亿元=3000 亿元']], ['五千多万元', ['五千多万元=5000+ 万元']], ['建成十二个', ['十二个=12 个']], ['突破千亿。', ['千亿=1000 亿元']],
      ['提高两个百分点', ['两个百分点=2 个百分点']], ['服务企业近千家', ['千家=1000 家']], ['惠及近万人', ['万人=1 万人']]] },
  { id: 'quantifier-word-is-no-count', says: 'a single numeral with a classifier is a slogan or a quantifier word (一个中心, 两个确保, 十个全覆盖), not a count',
    examples: [['一个中心、两个确保', []], ['十个全覆盖', []], ['千家万户', []], ['万人以上', []]] },
  { id: 'ordinal-is-no-number', says: 'ordinals, list openers, quarters and plan names are no numbers',
    examples: [['第一', []], ['一是', []], ['一季度', []], ['十四五期间', []], ['第十二个', []], ['二〇二五年', []]] },
  { id: 'multiple-is-no-number', says: '翻一番, 翻两番 say a multiple of a base the sentence does not give: no number',
    examples: [['经济总量翻一番', []], ['居民收入翻两番', []]] },
  { id: 'size-class-is-no-amount', says: 'a magnitude naming a size class (千亿级, 千万吨级) or a denominator (万元GDP) is no amount',
    examples: [['千亿元级产业集群', []], ['千万吨级港口', []], ['万元GDP能耗', []], ['百亿元GDP', []]] },
  { id: 'percent-in-words', says: '百分之X and 千分之X are percent and per mille; a fraction X分之Y is a percent',
    examples: [['百分之五十', ['百分之五十=50 %']], ['百分之三点五', ['百分之三点五=3.5 %']], ['千分之五', ['千分之五=5 ‰']],
      ['占全市三分之一', ['三分之一=33.33 %']], ['四分之三', ['四分之三=75 %']]] },
  { id: 'half', says: '一半/半数/过半 in a clause about a share is 50 %; 过半 is more than half',
    examples: [['占全市近一半', ['一半=50 %']], ['占比过半', ['过半=50+ %']], ['时间过半、任务过半', []]] },
];

// "1,234.56": thousands separators are part of the number (a clause comma is never followed by exactly three digits and a non-digit).
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?`;
// Hyphens, dashes (— – ― ‐ ‑), waves (~ ～ 〜), 至 and 到.
const DASH = String.raw`[-—–―‐‑~～〜至到]`;
// Spaces (not line breaks) may sit inside a quantity: "增长 6.0% - 6.5%", "332 亿元".
const SP = String.raw`[ \t\u3000]*`;
// A number, then maybe a range's second number: the first may carry "%" or a magnitude ("5万-6万人").
// Sticky: nextQuantity() finds the digit a quantity starts at and the regex reads it there (see there why).
const QUANTITY = new RegExp(String.raw`(${NUM})(${SP}([%％万亿]?)${SP}(${DASH}{1,2})${SP}(${NUM}))?${SP}`, 'y');
const toNumber = (written: string) => Number(written.includes(',') ? written.replace(/,/g, '') : written);
const round = (n: number) => Math.round(n * 1e9) / 1e9;

// Character tests by code unit (char-codes.ts): the number readers test single characters around every number.
const BLANKS = codes(' \t\u3000');
const JOINS_NUMBER = codes('+·:/');
const MINUS = codes('-−－');
const GLUE_BEFORE = codes('.+_·第每');
const DATE_OR_TIME_MARK = codes('-−－:/');
const NUMERAL_GLUE_BEFORE = codes('第每/.');
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigitAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

// A rate, index or coefficient, then the verb that states it: "死亡率预计达", "基尼系数为", "指数降至".
const RATE_BEFORE = /(率|指数|系数)(预计|初步)?(达到|达|为|降至|降低至|下降至|下降到|控制在|保持在)$/;

/** The last characters of RATE_BEFORE's verbs (达到, 为, 降至, 控制在 …). */
const RATE_VERB_END = codes('到达为至在');

/** A unitless number ending a clause right after a rate's name and its verb is that rate's value. */
function isPureRate(text: string, start: number, end: number): boolean {
  // Most unitless numbers follow no such verb: the character before them (blanks aside) decides that cheaply.
  const window = text.slice(Math.max(0, start - 12), start).trimEnd();
  if (!RATE_VERB_END.has(window.charCodeAt(window.length - 1))) return false;
  return RATE_BEFORE.test(text.slice(Math.max(0, start - 12), start).replace(/\s/g, '')) && /^(\s*[，,。；;）)]|\s*$)/.test(text.slice(end, end + 2));
}

// "城乡居民收入比从2.50:1缩小至2.27:1": a ratio to one, in a clause that names a ratio (…比), is the ratio's value.
const TO_ONE = /^[:：∶]1(?![\d.:：∶])/;
const RATIO_NAMED = /比[^，,。；;]{0,14}$/;

const RATIO_COLON = codes(':：∶');

function ratioToOne(text: string, start: number, end: number): Quantity | null {
  if (!RATIO_COLON.has(text.charCodeAt(end))) return null; // TO_ONE opens with the colon: most numbers have none
  const m = TO_ONE.exec(text.slice(end, end + 3));
  if (!m || !RATIO_NAMED.test(text.slice(Math.max(0, start - 16), start))) return null;
  return { start, end: end + m[0].length, value: toNumber(text.slice(start, end)), low: null, high: null, unit: null, unitClass: 'pure', more: false };
}

// "约占全国1/10": a fraction in digits, in a clause about a share, is a percent (dates like 10/24 are not in one).
const OVER = /^\/(\d{1,3})(?![\d./])/;
const SHARE_BEFORE = /(占|比重|比例|份额)[^，,。；;]{0,6}$/;

function fractionOfWhole(text: string, start: number, end: number): Quantity | null {
  if (text.charCodeAt(end) !== 0x2f /* / */) return null; // OVER opens with the slash: most numbers have none
  const m = OVER.exec(text.slice(end, end + 5));
  if (!m || !SHARE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return null;
  const part = toNumber(text.slice(start, end));
  const whole = Number(m[1]);
  if (!(whole > 0 && part < whole)) return null;
  return { start, end: end + m[0].length, value: Math.round((part / whole) * 10000) / 100, low: null, high: null, unit: '%', unitClass: 'percent', more: false };
}

/** Glued to letters or digits ("PM2.5", "5G", "20+8"), an ordinal (第3), a per-head denominator (每10万人), or a time or date ("10:30", "2024/10/24"). */
function gluedBefore(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return isAsciiAlnum(before) || GLUE_BEFORE.has(before) || (DATE_OR_TIME_MARK.has(before) && isAsciiAlnum(text.charCodeAt(start - 2)));
}

/** "从30%到35%": 从/由 before the first number makes 到/至 a movement, not a range. */
function movesFrom(text: string, start: number, dash: string): boolean {
  return /[到至]/.test(dash) && /[从由]$/.test(text.slice(Math.max(0, start - 1), start));
}

interface Read {
  quantity: Quantity | null;
  /** Where scanning goes on. */
  next: number;
}

/** The quantity of one written number at `start` (no range): its unit, 多/余, sign. */
function readSingle(text: string, start: number, written: string, negativeAllowed: boolean): Read {
  let at = start + written.length;
  while (BLANKS.has(text.charCodeAt(at))) at++;
  const afterNumber = text.charCodeAt(start + written.length);
  const ratio = ratioToOne(text, start, start + written.length) ?? fractionOfWhole(text, start, start + written.length);
  if (ratio) return { quantity: ratio, next: ratio.end };
  if (JOINS_NUMBER.has(afterNumber) || (afterNumber === 0x2e /* . */ && isDigitAt(text, start + written.length + 1))) return { quantity: null, next: at };
  const found = unitWithMoreAt(text, at);
  if (!found) {
    const pure = isPureRate(text, start, start + written.length);
    return { quantity: pure ? { start, end: start + written.length, value: toNumber(written), low: null, high: null, unit: null, unitClass: 'pure', more: false } : null, next: start + written.length };
  }
  // "增长-2.0%": a minus sign written before the number (not a range dash after another number).
  const { u, more } = found;
  const negative = negativeAllowed && MINUS.has(text.charCodeAt(start - 1));
  const value = round((negative ? -1 : 1) * toNumber(written) * u.factor);
  return { quantity: { start: negative ? start - 1 : start, end: at + u.length, value, low: null, high: null, unit: u.unit, unitClass: u.cls, more }, next: at + u.length };
}

/** A number written in digits at the regex match `m`, with its unit; a range when it is one. */
function readDigits(text: string, m: RegExpExecArray): Read {
  const start = m.index;
  const first = m[1]!;
  // A minus sign after a digit is a range's dash ("2016-2020"); after a percent it is a lost separator's sign.
  const negativeAllowed = !isDigitAt(text, start - 2);
  if (m[5] === undefined || movesFrom(text, start, m[4]!)) return readSingle(text, start, first, negativeAllowed);
  // A range: the unit follows the second number ("5-5.5%", "5%—5.5%", "5万-6万人").
  const secondWritten = m[5];
  const second = readSingle(text, start + first.length + m[2]!.length - secondWritten.length, secondWritten, false).quantity;
  const mark = (m[3] ?? '').replace('％', '%');
  const low = toNumber(first);
  const high = toNumber(secondWritten);
  if (!second || second.unit === null || !second.unit.startsWith(mark) || !(high > low)) {
    // "分别增长5%-2.3%": not a range but two numbers whose separator was lost; the dash is the second's sign.
    return readSingle(text, start, first, negativeAllowed);
  }
  // The unit's factor ("3-5成" is 30-50 %) applies to both ends.
  const factor = second.value / high;
  const ends = [round(low * factor), round(second.value)] as const;
  return { quantity: { start, end: second.end, value: round((ends[0] + ends[1]) / 2), low: ends[0], high: ends[1], unit: second.unit, unitClass: second.unitClass, more: false }, next: second.end };
}

const RANGE_TAIL = new RegExp(String.raw`^${SP}(${DASH}{1,2})${SP}(${NUM})`);
const DASHES = codes('-—–―‐‑~～〜至到');

/** RANGE_TAIL's opening (blanks, then a dash) at `at`: tested by code unit first, as most quantities end a phrase. */
function dashAfterBlanks(text: string, at: number): boolean {
  let i = at;
  while (BLANKS.has(text.charCodeAt(i))) i++;
  return DASHES.has(text.charCodeAt(i));
}

/** "3000亿元-3200亿元": a range whose both ends carry the same unit. */
function widenToRange(text: string, q: Quantity): Quantity {
  if (q.unitClass === 'ignore' || q.low !== null || q.more || q.unit === null) return q;
  if (!dashAfterBlanks(text, q.end)) return q;
  const m = RANGE_TAIL.exec(text.slice(q.end, q.end + 24));
  if (!m) return q;
  const secondStart = q.end + m[0].length - m[2]!.length;
  const second = readSingle(text, secondStart, m[2]!, false).quantity;
  if (!second || second.unit !== q.unit || !(second.value > q.value) || movesFrom(text, q.start, m[1]!)) return q;
  return { ...q, end: second.end, value: round((q.value + second.value) / 2), low: q.value, high: second.value };
}

// "分别增长3.1、4.6和5.9%": the members of a list written without their units share its last member's unit;
// "分别达1409万、1305万人次": so do members written with only the unit's magnitude.
const LIST_JOINER = /^[ \t]*[、和及与][ \t]*(?=\d)/;
const LIST_JOINER_OPENS = codes(' \t、和及与');

/** LIST_JOINER's first character at `at`: most numbers end a phrase, and this skips the regex for them. */
function mayJoinList(text: string, at: number): boolean {
  return LIST_JOINER_OPENS.has(text.charCodeAt(at));
}

interface Member {
  start: number;
  written: string;
  /** The magnitude the member was written with ("1409万"), '' for none. */
  magnitude: string;
  /** What the member reads as on its own when the list's unit does not fit it (a bare 万 is 万元). */
  alone: Quantity | null;
}

/** The list's members, in the unit of its last member `last` (written `lastWritten`) when it fits them. */
function membersInUnit(members: readonly Member[], last: Quantity, lastWritten: string): Quantity[] {
  const factor = last.value / toNumber(lastWritten);
  return members.flatMap((m): Quantity[] => {
    if (last.low !== null || last.unit === null || !last.unit.startsWith(m.magnitude)) return m.alone ? [m.alone] : [];
    const end = m.start + m.written.length + m.magnitude.length;
    return [{ start: m.start, end, value: round(toNumber(m.written) * (Number.isFinite(factor) ? factor : 1)), low: null, high: null, unit: last.unit, unitClass: last.unitClass, more: false }];
  });
}

/** "1409万": a number whose only unit is a bare magnitude read as money. */
function bareMagnitudeOf(text: string, q: Quantity): string {
  return q.low === null && !q.more && (q.unit === '万元' || q.unit === '亿元') && text[q.end - 1] !== '元' ? text[q.end - 1]! : '';
}

/**
 * Where a text's numbers can start, found in one pass over it for both readers: the runs of digits and the runs
 * of numeral characters (零〇一二两三四五六七八九十百千万亿), each as [start, end) pairs in text order. Reading
 * the text once, by table, costs less than a regex search per number and a second pass for the numerals.
 */
interface NumberRuns {
  digits: number[];
  numerals: number[];
}

const DIGIT_RUN = 1;
const NUMERAL_RUN = 2;
const RUN_KIND = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) RUN_KIND[c] = DIGIT_RUN;
for (const c of '零〇一二两三四五六七八九十百千万亿') RUN_KIND[c.charCodeAt(0)] = NUMERAL_RUN;

function numberRuns(text: string): NumberRuns {
  const runs: NumberRuns = { digits: [], numerals: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const kind = RUN_KIND[text.charCodeAt(i)];
    if (kind === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && RUN_KIND[text.charCodeAt(end)] === kind) end++;
    (kind === DIGIT_RUN ? runs.digits : runs.numerals).push(i, end);
    i = end;
  }
  return runs;
}

/**
 * QUANTITY's match at the first digit from its lastIndex on, as a global search would find it: the pattern opens
 * with a digit and matches at every one. The digit runs say where; `cursor.run` only moves forward, as the
 * scan's lastIndex always passes the start of the match before.
 */
function nextQuantity(text: string, digits: readonly number[], cursor: { run: number }): RegExpExecArray | null {
  const from = QUANTITY.lastIndex;
  while (cursor.run < digits.length && digits[cursor.run + 1]! <= from) cursor.run += 2;
  if (cursor.run >= digits.length) return null;
  QUANTITY.lastIndex = Math.max(from, digits[cursor.run]!);
  return QUANTITY.exec(text);
}

function scanDigits(text: string, digits: readonly number[]): Quantity[] {
  const out: Quantity[] = [];
  // The list being read: its members so far, where its next member must start, and whether it is an
  // ordinal's list ("第1、2、3名"), whose members are no quantities at all.
  let members: Member[] = [];
  let listNext = -1;
  let ordinalList = false;
  const endList = () => {
    for (const m of members) if (m.alone) out.push(m.alone);
    members = [];
    listNext = -1;
  };
  QUANTITY.lastIndex = 0;
  const cursor = { run: 0 };
  for (let m = nextQuantity(text, digits, cursor); m; m = nextQuantity(text, digits, cursor)) {
    const inList = m.index === listNext;
    if (!inList) {
      endList();
      ordinalList = false;
    }
    const glued = !inList && gluedBefore(text, m.index);
    const read = glued || (inList && ordinalList) ? { quantity: null, next: m.index + m[1]!.length } : readDigits(text, m);
    QUANTITY.lastIndex = read.next;
    const q = read.quantity ? widenToRange(text, read.quantity) : null;
    const magnitude = q ? bareMagnitudeOf(text, q) : '';
    const memberEnd = q ? q.end : m.index + m[1]!.length;
    const joiner = (!q || magnitude) && m[5] === undefined && mayJoinList(text, memberEnd) ? LIST_JOINER.exec(text.slice(memberEnd, memberEnd + 4)) : null;
    if (joiner && (!glued || text[m.index - 1] === '第')) {
      // A member without its unit: held until the list's last member says the unit.
      if (glued || ordinalList) ordinalList = true;
      else members.push({ start: m.index, written: m[1]!, magnitude, alone: q });
      listNext = memberEnd + joiner[0].length;
      QUANTITY.lastIndex = listNext;
      continue;
    }
    if (!q) {
      endList();
      continue;
    }
    if (inList && q.start === m.index) {
      for (const member of membersInUnit(members, q, m[1]!)) out.push(member);
      members = [];
    }
    endList();
    out.push(q);
    QUANTITY.lastIndex = Math.max(read.next, q.end);
  }
  endList();
  return out.sort((a, b) => a.start - b.start);
}

// Numbers in characters (两万亿元, 三千亿元, 十二个), 百分之X, and the half words, in numerals.ts's grammar.
const SIZE_CLASS_AFTER = /^(级|量级)/;
const MAX_NUMERAL = 16;
// A qualifier right before a lone magnitude makes it a number: "近千家", "超百家", "近万人".
const APPROXIMATE_BEFORE = /(近|超|逾|约|超过|突破|达|接近|将近)$/;
/** The last characters of APPROXIMATE_BEFORE's words: a run of numerals after none of them skips the regex. */
const QUALIFIER_END = codes('近超逾约过破达');
// "万元GDP能耗", "百亿元GDP": a magnitude of money before what it is divided by is a denominator.
const DENOMINATOR_AFTER = /^(GDP|地区生产总值|生产总值|国内生产总值|工业增加值|营业收入|营收)/;

/** A run of numerals at `start` and the unit after it: the longest unit wins ("三千" + "亿元", not "三千亿" + "元"). */
function readCharacterNumber(text: string, start: number, run: string): Quantity | null {
  const before = text.charCodeAt(start - 1);
  if (isAsciiAlnum(before) || NUMERAL_GLUE_BEFORE.has(before)) return null;
  // "突破万亿元": 万亿 on its own is one of it (1 万亿元), as 千亿元 is 1000 亿元; so is 万 after a qualifier ("近万人").
  const qualifiedAt = QUALIFIER_END.has(before) && APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  const first = run.startsWith('万亿') || (qualifiedAt && /^[万亿]/.test(run)) ? 0 : 1;
  // A number in characters is short: longer runs (a garbled line, a list of numerals) are never one number.
  for (let k = first; k <= Math.min(run.length, MAX_NUMERAL); k++) {
    const at = start + k;
    const found = k > 0 ? unitWithMoreAt(text, at) : unitWithoutPerAt(text, at);
    if (!found) continue;
    const numeral = run.slice(0, k);
    const { u, more } = found;
    // One numeral character with a classifier is a quantifier word or a slogan (一个中心, 十个全覆盖), unless the
    // unit is a magnitude of something (千亿元, 两万人), a share (六成, 两个百分点), or a lone magnitude after a
    // qualifier (近千家, 超百家).
    if (k === 1 && u.cls !== 'percent' && !/^[多余]?[万亿]/.test(text.slice(at, at + 2)) && !(qualifiedAt && /^[十百千]$/.test(numeral))) return null;
    const value = k === 0 ? 1 : readChineseNumeral(numeral);
    if (value === null) continue;
    const after = text.slice(at + u.length, at + u.length + 6);
    if (SIZE_CLASS_AFTER.test(after) || DENOMINATOR_AFTER.test(after)) return null;
    return { start, end: at + u.length, value: round(value * u.factor), low: null, high: null, unit: u.unit, unitClass: u.cls, more };
  }
  return null;
}

function scanCharacters(text: string, numerals: readonly number[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < numerals.length; k += 2) {
    const start = numerals[k]!;
    const end = numerals[k + 1]!;
    const words = text.startsWith('分之', end) ? readPercentInWords(text, start) : null;
    const q = words ?? readCharacterNumber(text, start, text.slice(start, end));
    if (q) out.push(q);
  }
  return out;
}

/** "百分之五十", "千分之五", "三分之一": percent, per mille and fractions (as percent) in words. */
function readPercentInWords(text: string, start: number): Quantity | null {
  const m = /^([零〇一二两三四五六七八九十百千]+)分之([零〇一二两三四五六七八九十百点]+)/.exec(text.slice(start, start + 14));
  if (!m || text[start - 1] === '第') return null;
  const part = readChineseNumeral(m[2]!);
  if (part === null) return null;
  const end = start + m[0].length;
  if (m[1] === '百') return { start, end, value: part, low: null, high: null, unit: '%', unitClass: 'percent', more: false };
  if (m[1] === '千') return { start, end, value: part, low: null, high: null, unit: '‰', unitClass: 'percent', more: false };
  const whole = readChineseNumeral(m[1]!);
  if (whole === null || whole === 0 || !(part < whole)) return null;
  return { start, end, value: Math.round((part / whole) * 10000) / 100, low: null, high: null, unit: '%', unitClass: 'percent', more: false };
}

// 一半/半数/过半 are shares only in a clause that names a share ("占全市近一半", "占比过半"); elsewhere
// "时间过半、任务过半" is a saying about the calendar.
const HALF = /(?<!超)过半数?|一半|半数/g;
const SHARE_WORD = /(占|比重|比例|份额|贡献率)/;

function scanHalves(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(HALF)) {
    const clause = text.slice(Math.max(0, m.index - 30), m.index).split(/[，,。；;：:、\n]/).pop() ?? '';
    if (!SHARE_WORD.test(clause)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: 50, low: null, high: null, unit: '%', unitClass: 'percent', more: m[0].startsWith('过') });
  }
  return out;
}

/** Every quantity in `text`, in text order; where two readings overlap, the one starting first (then the longer) wins. */
export function findQuantities(text: string): Quantity[] {
  const runs = numberRuns(text);
  const all = [...scanDigits(text, runs.digits), ...scanCharacters(text, runs.numerals), ...scanHalves(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quantity[] = [];
  for (const q of all) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}
