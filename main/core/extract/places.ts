// Places: which region a report is about (a province, a city, a county, a district, a banner), the words that
// name that region itself (全省, 我市, 本区, 辖区, its own name), and whether a number belongs to some other place
// ("远高于深圳 60%", "福田区的51%", "全国24.1%") rather than to the region. The words are data in
// ./lexicon/regions.ts.
import { alternation } from './lexicon/compile';
import {
  CITIES, ETHNIC_NAMES, GOVERNMENT_LEVELS, LEVEL_CHARS, MULTI_PLACE_AREAS, NOT_A_PLACE_STEMS, OWN_REGION_WORDS, PART_NAMING_ABBRS, PROVINCES, REGION_LEVELS,
  WIDER_THAN_ANY_REGION,
} from './lexicon/regions';

const CJK = '[\\u4e00-\\u9fff]';
const NOT_A_PLACE = new RegExp(`^(${alternation(NOT_A_PLACE_STEMS)})$`);
/** Characters no place name of two or three characters carries: particles, prepositions, counters. */
const FUNCTION_CHAR = /[的和与及在对从是为了年月日个家]/;
/** A name does not start with a preposition or a pronoun ("在广东省", "我代表省政府"). */
const FUNCTION_START = /^(关于|对于|[在于向对从由经将把我本全该各其每])/;

/** A stem made only of level words ("省市区三级联动", "区县财政") names levels, not a place. */
const LEVELS_ONLY = /^[省市区县州盟旗镇乡村级两三四五]+$/;

function isPlaceStem(name: string): boolean {
  const stem = name.replace(/(新区|区|县|旗|镇|街道)$/, '');
  return stem.length >= 2 && !NOT_A_PLACE.test(stem) && !FUNCTION_CHAR.test(stem) && !LEVELS_ONLY.test(stem);
}

/** Words ending in 市 that name no city: 上市, 城市, 都市, 股市, 楼市, 车市, 超市, 夜市, 集市, 菜市, 门市, 开市. */
const MARKET_WORD_END = /[上城都股楼车超夜集菜门开闭]$/;

/** A two-character stem before 市 that can be a city's name (成都 and 晋城 are, 新上 and 大城 are not). */
function isCityStem(stem: string): boolean {
  if (CITIES.includes(stem)) return true;
  return !MARKET_WORD_END.test(stem) && !NOT_A_PLACE.test(stem) && !FUNCTION_START.test(stem) && !FUNCTION_CHAR.test(stem) && !LEVELS_ONLY.test(stem);
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
  for (let guard = 0; guard < 6; guard++) {
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
export function ownRegionWords(region: string): ReadonlySet<string> {
  const known = OWN_WORDS_OF.get(region);
  if (known) return known;
  const words = new Set<string>(OWN_REGION_WORDS);
  const level = levelOf(region);
  if (!region) words.add('全区');
  if (region) words.add(region);
  if (level) words.add('全' + level);
  if (region.endsWith('地区')) words.add('全地区');
  if (region.endsWith('新区')) words.add('全新区');
  // "自治区国资委", "自治州人民政府": an autonomous region's reports name their own government by its level.
  const autonomous = /(自治区|自治州|自治县|自治旗)$/.exec(region);
  if (autonomous) words.add(autonomous[1]!);
  const short = shortName(region);
  if (short.length >= 2) words.add(short);
  OWN_WORDS_OF.set(region, words);
  return words;
}

/** Every number of a report asks about the same region: its words are worked out once. */
const OWN_WORDS_OF = new Map<string, ReadonlySet<string>>();

/** The region's words longest first, for stripping them off the front of a phrase. */
function ownWordsLongestFirst(region: string): string[] {
  return [...ownRegionWords(region)].sort((a, b) => b.length - a.length);
}

/** Strips the words that name the document's own region from the start of `phrase` ("全省常住人口" → 常住人口). */
export function withoutOwnRegion(phrase: string, region: string): string {
  const words = ownWordsLongestFirst(region);
  let t = phrase;
  // "深圳市罗湖区GDP" in 罗湖区's report: the region named with the places above it.
  const chain = region ? nameChainAt(phrase, 0) : [];
  const own = chain.indexOf(region);
  if (own > 0) t = phrase.slice(chain.slice(0, own + 1).join('').length);
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
// Up to 14 characters before the level: "双江拉祜族佤族布朗族傣族自治县".
const NAME_TOKEN = new RegExp(`(${PROVINCE_NAMES})|(${CJK}{2,14}?)(${SUFFIXES})`, 'y');

/**
 * A name in a title or an issuing body (stem and level): no function word in the stem, and not a kind of zone
 * ("产业园区", "城市", "社区") or a phrase of the report's own wording ("人民政府", "国民经济").
 */
function isName(stem: string, name: string): boolean {
  // "长阳土家族自治县": the ethnic name is no function word (土家族 carries 家).
  const bare = ETHNIC_NAMES.reduce((t, e) => t.split(e).join(''), stem);
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
function nameChainAt(text: string, at: number): string[] {
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

/**
 * The region a title names: the most specific name of the chain it opens with ("深圳市罗湖区2024年…" → 罗湖区,
 * "关于福州市长乐区…" → 长乐区, "广东省人民政府工作报告" → 广东省). null when the title opens with no place.
 */
export function regionInTitle(title: string): string | null {
  // A repost's note in brackets ("(内蒙古)2019年正蓝旗人民政府工作报告"), the preposition and the year go first.
  const t = title.replace(/\s+/g, '').replace(/^[(（【[][^)）】\]]{1,12}[)）】\]]/, '').replace(/^(关于|对于|对)/, '').replace(/^\d{4}年(度)?/, '');
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
    // A name starts a line or a phrase, or follows a preposition or the speaker's 代表 ("在广东省第十四届人民代表
    // 大会", "我代表上杭县人民政府").
    if (!/[\u4e00-\u9fff]/.test(t[i]!) || (i > 0 && /[\u4e00-\u9fff]/.test(t[i - 1]!) && !/[在于向对经由]/.test(t[i - 1]!) && t.slice(i - 2, i) !== '代表')) continue;
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
  return regionInTitle(title) ?? headingRegion(text) ?? issuingRegion(text.slice(0, 3000)) ?? mostMentionedDistrict(text) ?? '';
}

/** Words of a report's own heading, a bulletin's included ("XX市2024年国民经济和社会发展统计公报"). */
const HEADING_WORDS = /(报告|公报|规划|计划|纲要|情况)/;

/** The region named by one of the first lines that reads as the report's heading (a title the title finder passed over). */
function headingRegion(text: string): string | null {
  const lines = text.slice(0, 1500).split('\n').map((l) => l.trim()).filter((l) => l.length >= 6 && l.length <= 80).slice(0, 15);
  for (const line of lines) {
    if (!HEADING_WORDS.test(line) || /[。；;>]/.test(line)) continue;
    const region = regionInTitle(line);
    if (region) return region;
  }
  return null;
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

const ABBRS = PART_NAMING_ABBRS.join('');
const CITY_NAMES = alternation(CITIES);
/** Provinces by full name, then by short name ("广东省" before "广东"). */
const PROVINCE_WORDS = alternation([...PROVINCES.map((p) => p.name), ...PROVINCES.map((p) => p.short)]);

export interface PlaceExample {
  /** The words before a number ("远高于深圳"), or an indicator phrase ("全国GDP"). */
  text: string;
  /** The document's region. */
  region: string;
  /** Whether the number is another place's. */
  other: boolean;
}

/**
 * One way a place is written where a number may be said of it. `end` is found at the end of the words before a
 * number ("远高于深圳 60%"), `start` at the start of an indicator phrase ("全国GDP"); either may be absent.
 * Examples are made up in the style of plan reports unless a source is cited (tests/core/places.test.ts runs them).
 */
export interface PlaceRule {
  id: string;
  end: string | null;
  start: string | null;
  /** The rule holds only in reports of some regions (a province's or a city's, not a district's). */
  appliesTo?: (region: string) => boolean;
  examples: readonly { end?: PlaceExample; start?: PlaceExample }[];
}

/** A province's or a prefecture's report: every city it names is one of its parts or another place. */
const isWideRegion = (region: string): boolean => PROVINCES.some((p) => p.name === region) || /(市|州|盟|地区)$/.test(region);

export const PLACE_RULES: readonly PlaceRule[] = [
  {
    // 全国, 全球, and 全 + a level that is not the region's own (全市 in a district's report).
    id: 'whole-area',
    end: alternation([...WIDER_THAN_ANY_REGION, ...LEVEL_CHARS.map((c) => '全' + c)]),
    start: alternation([...WIDER_THAN_ANY_REGION, ...LEVEL_CHARS.map((c) => '全' + c)]),
    examples: [
      { end: { text: '增速高于全国', region: '广东省', other: true } },
      { start: { text: '全国GDP', region: '广东省', other: true } },
      { start: { text: '全市高层次人才总数', region: '罗湖区', other: true } },
      { start: { text: '全省常住人口城镇化率', region: '广东省', other: false } },
      { start: { text: '全县地区生产总值', region: '长阳土家族自治县', other: false } },
      { start: { text: '全区生产总值', region: '广西壮族自治区', other: false } },
      { start: { text: '全旗粮食产量', region: '准格尔旗', other: false } },
    ],
  },
  {
    id: 'multi-place-area',
    end: alternation(MULTI_PLACE_AREAS),
    start: alternation(MULTI_PLACE_AREAS),
    examples: [
      { start: { text: '大湾区经济总量', region: '广东省', other: true } },
      { end: { text: '增速高于珠三角', region: '惠州市', other: true } },
      { end: { text: '经济总量占珠三角', region: '惠州市', other: false } },
    ],
  },
  {
    // A province's part named by its abbreviation and a direction: 粤东西北, 苏南, 浙西南, 闽西地区.
    id: 'province-part',
    end: `[${ABBRS}][东西南北中]{1,3}(?:地区)?`,
    start: `[${ABBRS}][东西南北中]{1,3}(?=地区|经济|生产总值|GDP)`,
    examples: [
      { start: { text: '粤东西北地区生产总值', region: '广东省', other: true } },
      { end: { text: '其中苏北地区', region: '江苏省', other: true } },
    ],
  },
  {
    // A city by its bare name closes the words before a number ("远高于深圳", "、香港"). An indicator opens
    // with a city only when written with 市 ("广州市GDP") or listed with others ("广州、深圳地铁客运量"): "深圳
    // 国际交流中心…" is a body in the district.
    id: 'named-city',
    end: `(?:${CITY_NAMES})市?`,
    start: `(?:${CITY_NAMES})(?:市(?!场|民|值|级)|(?=[、和与及])|$)`,
    examples: [
      { end: { text: '远高于深圳', region: '罗湖区', other: true } },
      { end: { text: '增速快于广州', region: '深圳市', other: true } },
      { end: { text: '增速快于深圳', region: '深圳市', other: false } },
      { start: { text: '广州、深圳地铁客运量', region: '广东省', other: true } },
      { start: { text: '广州', region: '广东省', other: true } },
      { start: { text: '深圳市场主体', region: '罗湖区', other: false } },
    ],
  },
  {
    // In a province's or a city's report a bare city opening an indicator is that city's ("深圳GDP增长5%"); in a
    // district's it is often a body there ("深圳国际交流中心…"), so the rule stays out of district reports.
    id: 'bare-city-in-wide-report',
    end: null,
    start: `(?:${CITY_NAMES})(?!市)`,
    appliesTo: isWideRegion,
    examples: [
      { start: { text: '深圳GDP', region: '广东省', other: true } },
      { start: { text: '广州地区生产总值', region: '深圳市', other: true } },
      { start: { text: '深圳地区生产总值', region: '深圳市', other: false } },
      { start: { text: '深圳国际交流中心', region: '罗湖区', other: false } },
    ],
  },
  {
    // A city not in the list (a county-level city) written with 市 opens its own figure: "昆山市地区生产总值" in a
    // prefecture's report. Not the words ending in 市 (上市, 城市, 超市, 股市) and not at a phrase's end, where a
    // fixed window cannot tell "占全市" from a name.
    id: 'city-by-level',
    end: null,
    start: `${CJK}{2}市(?!场|民|值|级|容|貌|政)`,
    examples: [
      { start: { text: '昆山市地区生产总值', region: '苏州市', other: true } },
      { start: { text: '义乌市进出口总额', region: '浙江省', other: true } },
      { start: { text: '新上市公司', region: '深圳市', other: false } },
      { start: { text: '超大城市', region: '深圳市', other: false } },
      { start: { text: '昆山市地区生产总值', region: '昆山市', other: false } },
    ],
  },
  {
    id: 'named-province',
    end: PROVINCE_WORDS,
    start: PROVINCE_WORDS,
    examples: [
      { end: { text: '高于香港', region: '深圳市', other: true } },
      { start: { text: '广东省地区生产总值', region: '深圳市', other: true } },
      { start: { text: '广东省地区生产总值', region: '广东省', other: false } },
      { end: { text: '同比增速高于广东', region: '广东省', other: false } },
      // Real sentence: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_BJ.txt (北京市 2026 政府工作报告).
      { start: { text: '天津滨海-中关村科技园新增注册企业', region: '北京市', other: true } },
      { start: { text: '北京输出到津冀技术合同成交额', region: '北京市', other: false } },
    ],
  },
  {
    // A district, county or banner named with its level: "福田区的51%", "南山区地区生产总值". Not the words
    // that only end like one (园区, 社区, 城区) and not a phrase that is a rate of such a word ("社区覆盖率").
    id: 'named-by-level',
    end: `${CJK}{2}(?:新区|区|县|旗|盟)`,
    // Towns and subdistricts only open a phrase: at its end "特色小镇" would read as a town 色小镇.
    start: `${CJK}{2}(?:新区|区|县|旗|镇|街道)(?!${CJK}?(率|比|量|数)$)`,
    examples: [
      { end: { text: '落后福田区', region: '罗湖区', other: true } },
      { start: { text: '南山区地区生产总值', region: '深圳市', other: true } },
      { start: { text: '园区企业营收', region: '罗湖区', other: false } },
      { start: { text: '黄花镇工业总产值', region: '长沙县', other: true } },
      { start: { text: '东门街道地区生产总值', region: '罗湖区', other: true } },
      { start: { text: '重点镇工业总产值', region: '长沙县', other: false } },
      { start: { text: '城镇登记失业率', region: '罗湖区', other: false } },
      // Real sentence: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_BJ.txt.
      { start: { text: '雄安新区中关村科技园新增入驻企业', region: '北京市', other: true } },
      { start: { text: '罗湖区地区生产总值', region: '罗湖区', other: false } },
    ],
  },
];

const OTHER_PLACE_END = new RegExp(`(${PLACE_RULES.flatMap((r) => (r.end ? [r.end] : [])).join('|')})$`);
const OTHER_PLACE_START = new RegExp(`^(${PLACE_RULES.flatMap((r) => (r.start && !r.appliesTo ? [r.start] : [])).join('|')})`);
const GUARDED_STARTS = PLACE_RULES.flatMap((r) => (r.start && r.appliesTo ? [{ re: new RegExp(`^(${r.start})`), appliesTo: r.appliesTo }] : []));

/** The place an indicator phrase opens with, by the rules that hold in this region's reports. */
function placeAtStart(subject: string, region: string): string | null {
  const general = OTHER_PLACE_START.exec(subject);
  if (general) return general[1]!;
  for (const g of GUARDED_STARTS) {
    const m = g.appliesTo(region) ? g.re.exec(subject) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** Is `place` (a word found before a number or opening its indicator) some place other than the document's region? */
function isOther(place: string, region: string): boolean {
  if (ownRegionWords(region).has(place)) return false;
  if (MULTI_PLACE_AREAS.includes(place)) return true;
  const short = shortName(region);
  if (region && short.length >= 2 && place.includes(short)) return false;
  if (/^[\u4e00-\u9fff]{2}(?:区|县|市|省|旗|盟)$/.test(place) && !isPlaceStem(place.replace(/[市省盟]$/, '区'))) return false;
  return true;
}

/** "占全国25.8%", "贡献了全国24.1%的增量": the place after 占 is the whole the region's share is of. */
const SHARE_OF = /(占|约占|占到|贡献了?)$/;

/**
 * True when the words just before a number name a place other than `region` as whose number it is:
 * "远高于深圳 60%", "、香港 80%", "福田区的51%". "占全市比重的11%" is the district's own share and passes.
 */
export function isAboutOtherPlace(before: string, region: string): boolean {
  const tail = before.replace(/[\s"“”]/g, '').replace(/(的|为|达|约|仅|是|有)+$/, '');
  const m = OTHER_PLACE_END.exec(tail);
  return m !== null && !SHARE_OF.test(tail.slice(0, m.index)) && isOther(m[1]!, region);
}

/** True when an indicator phrase is another place's ("全市高层次人才总数" in a district's report, "全国GDP"). */
export function startsWithOtherPlace(subject: string, region: string): boolean {
  // "省级财政", "市级重点项目": a tier of the region's own government.
  if (GOVERNMENT_LEVELS.some((w) => subject.startsWith(w))) return false;
  const found = placeAtStart(subject, region);
  if (found === null) return false;
  const place = found.replace(/[、和与及]$/, '');
  if (/(区|县|旗|镇|街道)$/.test(place) && !isPlaceStem(place) && !MULTI_PLACE_AREAS.includes(place)) return false;
  if (/^[\u4e00-\u9fff]{2}市$/.test(place) && !isCityStem(place.slice(0, 2))) return false;
  return isOther(place, region);
}

/** "完成罗湖区2.6公里", "全省": the region's own name is no indicator. */
export function isRegionItself(indicator: string, region: string): boolean {
  return ownRegionWords(region).has(indicator) || indicator === '全区';
}
