// Place names as a grammar: what a name's stem may be (no function word, not a kind of zone), and the chain of
// names a title or an issuing body opens with ("福建省莆田市荔城区"). The words are data in ./lexicon/regions.ts.
import { alternation } from './lexicon/compile';
import { CITIES, ETHNIC_NAMES, NOT_A_PLACE_STEMS, PROVINCES, REGION_LEVELS } from './lexicon/regions';

export const CJK = '[\\u4e00-\\u9fff]';
const NOT_A_PLACE = new RegExp(`^(${alternation(NOT_A_PLACE_STEMS)})$`);
/** Characters no place name of two or three characters carries: particles, prepositions, counters. */
const FUNCTION_CHAR = /[的和与及在对从是为了年月日个家]/;
/** A name does not start with a preposition or a pronoun ("在广东省", "我代表省政府"). */
const FUNCTION_START = /^(关于|对于|[在于向对从由经将把我本全该各其每])/;

/** A stem made only of level words ("省市区三级联动", "区县财政") names levels, not a place. */
const LEVELS_ONLY = /^[省市区县州盟旗镇乡村级两三四五]+$/;

/** Whether a word ending in 区/县/旗/镇/街道 is a proper name (福田区, 长阳县), not a kind of zone (园区, 社区). */
export function isPlaceStem(name: string): boolean {
  const stem = name.replace(/(新区|区|县|旗|镇|街道)$/, '');
  return stem.length >= 2 && !NOT_A_PLACE.test(stem) && !FUNCTION_CHAR.test(stem) && !LEVELS_ONLY.test(stem);
}

/** Words ending in 市 that name no city: 上市, 城市, 都市, 股市, 楼市, 车市, 超市, 夜市, 集市, 菜市, 门市, 开市. */
const MARKET_WORD_END = /[上城都股楼车超夜集菜门开闭]$/;

/** A two-character stem before 市 that can be a city's name (成都 and 晋城 are, 新上 and 大城 are not). */
export function isCityStem(stem: string): boolean {
  if (CITIES.includes(stem)) return true;
  return !MARKET_WORD_END.test(stem) && !NOT_A_PLACE.test(stem) && !FUNCTION_START.test(stem) && !FUNCTION_CHAR.test(stem) && !LEVELS_ONLY.test(stem);
}

const SUFFIXES = alternation(REGION_LEVELS.map((l) => l.suffix));
const PROVINCE_NAMES = alternation([...PROVINCES].map((p) => p.name).sort((a, b) => b.length - a.length));
/** One place name in a chain ("广东省", "深圳市", "罗湖区"): a province by its full name, or a stem and a level. */
// Up to 14 characters before the level: "双江拉祜族佤族布朗族傣族自治县".
const NAME_TOKEN = new RegExp(`(${PROVINCE_NAMES})|(${CJK}{2,14}?)(${SUFFIXES})`, 'y');

/** `stem` with every ethnic name taken out, in the lexicon's order; only names it contains are split out (the
 * region readers try a name at each character of a report's head, so this runs thousands of times). */
function withoutEthnicNames(stem: string): string {
  let t = stem;
  for (const e of ETHNIC_NAMES) if (t.includes(e)) t = t.split(e).join('');
  return t;
}

/**
 * A name in a title or an issuing body (stem and level): no function word in the stem, and not a kind of zone
 * ("产业园区", "城市", "社区") or a phrase of the report's own wording ("人民政府", "国民经济").
 */
function isName(stem: string, name: string): boolean {
  // "长阳土家族自治县": the ethnic name is no function word (土家族 carries 家).
  const bare = withoutEthnicNames(stem);
  if (FUNCTION_START.test(bare) || FUNCTION_CHAR.test(bare) || /(人民|政府|关于|印发|报告|工作|国民)/.test(name)) return false;
  return !isZoneWord(name);
}

const ZONE_END = /(城市|都市|社区|园区|片区|景区|城区)$/;

/**
 * "产业园区", "老城区", "智慧城市": a kind of zone, not a name. A name may end like one when a single character
 * that is no common word comes before the zone word ("荔城区", "东城区", "成都市", "晋城市"; not 老, 旧, 新).
 */
function isZoneWord(name: string): boolean {
  const zone = ZONE_END.exec(name);
  if (!zone) return false;
  const before = name.slice(0, zone.index);
  if (before.length === 1) return NOT_A_PLACE.test(before);
  return before.length === 0 || /(城市|都市)$/.test(name) || NOT_A_PLACE.test(before) || NOT_A_PLACE.test(before.slice(-2));
}

/** The chain of place names at `at` ("福建省莆田市荔城区"): each name with where it ends. */
export function nameChainAt(text: string, at: number): string[] {
  const names: string[] = [];
  let i = at;
  for (;;) {
    NAME_TOKEN.lastIndex = i;
    const m = NAME_TOKEN.exec(text);
    if (!m) break;
    if (!m[1] && !isName(m[2]!, m[0])) break;
    const rest = text.slice(m.index + m[0].length);
    // "市场", "市民": a 市 that opens a word is no level of a name.
    if (!m[1] && m[3] === '市' && /^(场|民|值|容)/.test(rest)) break;
    // "景德镇市", "满洲里市": a level character inside the name, the level after it.
    const name = !m[1] && /[镇乡州]$/.test(m[0]) && /^[市县区旗](?!场|民|值|容)/.test(rest) ? m[0] + rest[0] : m[0];
    names.push(name);
    i = m.index + name.length;
  }
  return names;
}
