// Places: which region a report is about (a province, a city, a county, a district, a banner), the words that
// name that region itself (全省, 我市, 本区, 辖区, its own name), and whether a number belongs to some other place
// ("远高于深圳 60%", "福田区的51%", "全国24.1%") rather than to the region. The words are data in
// ./lexicon/regions.ts.
import { alternation } from './lexicon/compile';
import {
  CITIES, ETHNIC_NAMES, LEVEL_CHARS, MULTI_PLACE_AREAS, NOT_A_PLACE_STEMS, OWN_REGION_WORDS, PROVINCES, REGION_LEVELS,
  WIDER_THAN_ANY_REGION,
} from './lexicon/regions';

const CJK = '[\\u4e00-\\u9fff]';
const NOT_A_PLACE = new RegExp(`^(${alternation(NOT_A_PLACE_STEMS)})$`);
/** Characters no place name of two or three characters carries: particles, prepositions, counters. */
const FUNCTION_CHAR = /[的和与及在对从是为了年月日个家]/;
/** A name does not start with a preposition or a pronoun ("在广东省", "我代表省政府"). */
const FUNCTION_START = /^(关于|对于|[在于向对从由经将把我本全该各其每])/;

function isPlaceStem(name: string): boolean {
  const stem = name.replace(/(新区|区|县|旗)$/, '');
  return stem.length >= 2 && !NOT_A_PLACE.test(stem) && !FUNCTION_CHAR.test(stem);
}

// ---------------------------------------------------------------------------------------------------------
// The region's own names

/** The level word of a region's name ("自治区" → 区, "县级市" written "XX市" → 市), or '' when unknown. */
export function levelOf(region: string): string {
  return REGION_LEVELS.find((l) => region.endsWith(l.suffix) && region.length > l.suffix.length)?.level ?? '';
}

/** The region's name as prose writes it: 广东省 → 广东, 广西壮族自治区 → 广西, 罗湖区 → 罗湖, 恩施土家族苗族自治州 → 恩施. */
export function shortName(region: string): string {
  const province = PROVINCES.find((p) => p.name === region || p.short === region);
  if (province) return province.short;
  const suffix = REGION_LEVELS.find((l) => region.endsWith(l.suffix) && region.length > l.suffix.length)?.suffix ?? '';
  let stem = region.slice(0, region.length - suffix.length);
  for (let guard = 0; guard < 4; guard++) {
    const ethnic = ETHNIC_NAMES.find((e) => stem.endsWith(e) && stem.length > e.length + 1);
    if (!ethnic) break;
    stem = stem.slice(0, -ethnic.length);
  }
  return stem.length >= 2 ? stem : region;
}

/**
 * Every word that names the document's own region: its name and short name, 全 + its level (全省 in a province's
 * report, 全区 in a district's or an autonomous region's), and the words that are always the speaker's own
 * (我市, 本区, 辖区). When the region is unknown, 全区 keeps its old reading as the region itself.
 */
export function ownRegionWords(region: string): Set<string> {
  const words = new Set<string>(OWN_REGION_WORDS);
  const level = levelOf(region);
  if (!region) words.add('全区');
  if (region) words.add(region);
  if (level) words.add('全' + level);
  if (region.endsWith('地区')) words.add('全地区');
  if (region.endsWith('新区')) words.add('全新区');
  const short = shortName(region);
  if (short.length >= 2) words.add(short);
  return words;
}

/** The region's words longest first, for stripping them off the front of a phrase. */
function ownWordsLongestFirst(region: string): string[] {
  return [...ownRegionWords(region)].sort((a, b) => b.length - a.length);
}

/** Strips the words that name the document's own region from the start of `phrase` ("全省常住人口" → 常住人口). */
export function withoutOwnRegion(phrase: string, region: string): string {
  const words = ownWordsLongestFirst(region);
  let t = phrase;
  for (let guard = 0; guard < 3; guard++) {
    const w = words.find((x) => t.startsWith(x));
    if (!w) break;
    t = t.slice(w.length);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------
// Which region a report is about

const SUFFIXES = alternation(REGION_LEVELS.map((l) => l.suffix));
const PROVINCE_NAMES = alternation([...PROVINCES].map((p) => p.name).sort((a, b) => b.length - a.length));
/** One place name in a chain ("广东省", "深圳市", "罗湖区"): a province by its full name, or a stem and a level. */
const NAME_TOKEN = new RegExp(`(${PROVINCE_NAMES})|(${CJK}{2,8}?)(${SUFFIXES})`, 'y');

/** A stem of a name in a title or an issuing body: no function word, and not a kind of zone made of one character. */
function isNameStem(stem: string): boolean {
  return !FUNCTION_START.test(stem) && !FUNCTION_CHAR.test(stem) && !/^(全|我|本|辖|城|片|园|社|街|景|商|校)$/.test(stem) &&
    !/(市场|城市|都市|社区|园区|片区|景区|城区|人民|政府|关于|印发|报告|工作|国民)/.test(stem);
}

/** The chain of place names at `at` ("福建省莆田市荔城区"): each name with where it ends. */
function nameChainAt(text: string, at: number): string[] {
  const names: string[] = [];
  let i = at;
  for (;;) {
    NAME_TOKEN.lastIndex = i;
    const m = NAME_TOKEN.exec(text);
    if (!m) break;
    if (!m[1] && !isNameStem(m[2]!)) break;
    // "市场", "市民": a 市 that opens a word is no level of a name.
    if (!m[1] && m[3] === '市' && /^(场|民|值|容)/.test(text.slice(m.index + m[0].length))) break;
    names.push(m[0]);
    i = m.index + m[0].length;
  }
  return names;
}

/**
 * The region a title names: the most specific name of the chain it opens with ("深圳市罗湖区2024年…" → 罗湖区,
 * "关于福州市长乐区…" → 长乐区, "广东省人民政府工作报告" → 广东省). null when the title opens with no place.
 */
export function regionInTitle(title: string): string | null {
  const t = title.replace(/\s+/g, '').replace(/^(关于|对于|对)/, '').replace(/^\d{4}年(度)?/, '');
  const chain = nameChainAt(t, 0);
  return chain.length > 0 ? chain[chain.length - 1]! : null;
}

/** What follows the issuing body's place name: its congress, its government, its head, its planning office. */
const BODY_AFTER_NAME = /^\n?(第[一二三四五六七八九十]+届|人民代表大会|人大常委会|人民政府|政府|(省|市|区|县|州|旗|盟)长|主席|发展和改革|发展改革|统计局|财政局)/;

/**
 * The region of the body that issued or heard the report, from the report's first lines: "在广东省第十四届人民代表
 * 大会…上", "广东省省长 孟凡利", "XX县人民政府", "XX区发展和改革局".
 */
export function issuingRegion(head: string): string | null {
  // Spaces go ("广东省省长  孟凡利"); line ends stay, as the boundary a name starts after.
  const t = head.replace(/[^\S\n]+/g, '');
  for (let i = 0; i < t.length; i++) {
    // A name starts a line or a phrase, or follows a preposition ("在广东省第十四届人民代表大会").
    if (!/[\u4e00-\u9fff]/.test(t[i]!) || (i > 0 && /[\u4e00-\u9fff]/.test(t[i - 1]!) && !/[在于向对经由]/.test(t[i - 1]!))) continue;
    const chain = nameChainAt(t, i);
    if (chain.length === 0) continue;
    const end = i + chain.join('').length;
    if (BODY_AFTER_NAME.test(t.slice(end))) return chain[chain.length - 1]!;
  }
  return null;
}

/**
 * The region a report is about: named by its title, else by the body that issued it, else the place it names
 * most as a body of government ("XX区委", "XX县政府"). '' when none says: a region is never made up.
 */
export function documentRegion(title: string, text: string): string {
  return regionInTitle(title) ?? issuingRegion(text.slice(0, 3000)) ?? mostMentionedDistrict(text) ?? '';
}

/** The first district named in a line such as a title ("深圳市罗湖区2024年…" → 罗湖区). */
export function districtIn(line: string): string | null {
  // "关于宝安区…的报告": the opening preposition is not part of the name.
  for (const m of line.replace(/^\s*(关于|对于|对)/, '').matchAll(/(?:[\u4e00-\u9fff]{2,3}[省市])?([\u4e00-\u9fff]{2,3}?(?:新区|区|县|旗))/g)) {
    const name = m[1]!;
    if (isPlaceStem(name)) return name;
  }
  return null;
}

/** The district or county a report talks about most (for reports whose title was lost, e.g. a breadcrumb page). */
export function mostMentionedDistrict(text: string): string | null {
  const counts = new Map<string, number>();
  // A district's name is written after its city ("深圳市罗湖区"), at a line start, or before 区委/区政府.
  for (const m of text.matchAll(/(?:^|[^\u4e00-\u9fff]|[市省])([\u4e00-\u9fff]{2})(区|县|旗)(?=委|政府|人民政府|人大|[^\u4e00-\u9fff])?/gm)) {
    const name = m[1]! + m[2]!;
    if (isPlaceStem(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Another place's number

const ABBRS = PROVINCES.map((p) => p.abbr).join('');
const PROVINCE_WORDS = alternation([...PROVINCES.map((p) => p.name), ...PROVINCES.map((p) => p.short)].sort((a, b) => b.length - a.length));
const WHOLE_AREAS = alternation([...WIDER_THAN_ANY_REGION, ...LEVEL_CHARS.map((c) => '全' + c)]);
const AREAS = alternation(MULTI_PLACE_AREAS);
/** A province's part named by its abbreviation and a direction: 粤东西北, 苏南, 浙西南, 闽西地区. */
const PROVINCE_PART = `[${ABBRS}][东西南北中]{1,3}(?:地区)?`;

/**
 * Places a number may be said of, written at the end of the words before it: "远高于深圳 60%", "、香港 80%",
 * "福田区的51%", "全国24.1%", "珠三角地区…". Bare city names count here: "广州、深圳分别增长…".
 */
const OTHER_PLACE_END = new RegExp(`(${WHOLE_AREAS}|${AREAS}|${PROVINCE_PART}|(?:${alternation(CITIES)})市?|${PROVINCE_WORDS}|${CJK}{2}(?:区|县|旗|盟))$`);
// Only whole-area words, named areas and places written with their level open another place's indicator;
// "深圳国际…平台" is a body in the district. A city's report lists its districts' figures ("南山区地区生产总值
// 增长8%"): a district named first is that district's number, not the city's.
const OTHER_PLACE_START = new RegExp(`^(${WHOLE_AREAS}|${AREAS}|${PROVINCE_PART}(?=地区|经济|生产总值|GDP)|(?:${alternation(CITIES)})市(?!场|民|值|级)|${alternation(PROVINCES.map((p) => p.name))}|${CJK}{2}(?:区|县|旗)(?!${CJK}?(率|比|量|数)$))`);

/** Is `place` (a word found before a number or opening its indicator) some place other than the document's region? */
function isOther(place: string, region: string): boolean {
  if (ownRegionWords(region).has(place)) return false;
  const short = shortName(region);
  if (region && short.length >= 2 && place.includes(short)) return false;
  if (/^[\u4e00-\u9fff]{2}(?:区|县|市|省|旗|盟)$/.test(place) && !isPlaceStem(place.replace(/[市省盟]$/, '区'))) return false;
  return true;
}

/**
 * True when the words just before a number name a place other than `region` as whose number it is:
 * "远高于深圳 60%", "、香港 80%", "福田区的51%". "占全市比重的11%" is the district's own share and passes.
 */
export function isAboutOtherPlace(before: string, region: string): boolean {
  const tail = before.replace(/[\s"“”]/g, '').replace(/(的|为|达|约|仅|是|有)+$/, '');
  const m = OTHER_PLACE_END.exec(tail);
  return m !== null && isOther(m[1]!, region);
}

/** True when an indicator phrase is another place's ("全市高层次人才总数" in a district's report, "全国GDP"). */
export function startsWithOtherPlace(subject: string, region: string): boolean {
  const m = OTHER_PLACE_START.exec(subject);
  if (m === null) return false;
  if (/(区|县|旗)$/.test(m[1]!) && !isPlaceStem(m[1]!)) return false;
  return isOther(m[1]!, region);
}

/** "完成罗湖区2.6公里", "全省": the region's own name is no indicator. */
export function isRegionItself(indicator: string, region: string): boolean {
  return ownRegionWords(region).has(indicator) || indicator === '全区';
}
