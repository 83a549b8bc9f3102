// Another place's number: whether a number belongs to some place other than the document's region ("远高于深圳
// 60%", "福田区的51%", "全国24.1%", "珠三角地区…"). Each way of writing a place is a named rule with examples;
// the words are data in ./lexicon/regions.ts. Who the region is lives in ./region.ts.
import { codes } from './char-codes';
import { alternation } from './lexicon/compile';
import { CITIES, GOVERNMENT_LEVELS, LEVEL_CHARS, MULTI_PLACE_AREAS, PART_NAMING_ABBRS, PROVINCES, WIDER_THAN_ANY_REGION } from './lexicon/regions';
import { CJK, isCityStem, isPlaceStem } from './place-names';
import { ownRegionWords, shortName } from './region';

export { districtIn, documentRegion, issuingRegion, levelOf, mostMentionedDistrict, ownRegionWords, regionInTitle, shortName, withoutOwnRegion } from './region';

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
  /**
   * Every character a match of `end` can end with (built from the same words as `end`). The words before a
   * number are searched for a place only when they end with one of them.
   */
  endChars: string | null;
  start: string | null;
  /** The rule holds only in reports of some regions (a province's or a city's, not a district's). */
  appliesTo?: (region: string) => boolean;
  examples: readonly { end?: PlaceExample; start?: PlaceExample }[];
}

/** The last characters of words, as a string of characters. */
function lastCharsOf(words: readonly string[]): string {
  return [...new Set(words.filter((w) => w.length > 0).map((w) => w[w.length - 1]!))].join('');
}

/** A province's or a prefecture's report: every city it names is one of its parts or another place. */
// Asked for every indicator phrase of a report about the same region: answered once per region.
const WIDE_REGION = new Map<string, boolean>();
function isWideRegion(region: string): boolean {
  let wide = WIDE_REGION.get(region);
  if (wide === undefined) {
    wide = PROVINCES.some((p) => p.name === region) || /(市|州|盟|地区)$/.test(region);
    WIDE_REGION.set(region, wide);
  }
  return wide;
}

export const PLACE_RULES: readonly PlaceRule[] = [
  {
    // 全国, 全球, and 全 + a level that is not the region's own (全市 in a district's report).
    id: 'whole-area',
    end: alternation([...WIDER_THAN_ANY_REGION, ...LEVEL_CHARS.map((c) => '全' + c)]),
    endChars: lastCharsOf([...WIDER_THAN_ANY_REGION, ...LEVEL_CHARS]),
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
    endChars: lastCharsOf(MULTI_PLACE_AREAS),
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
    endChars: '东西南北中区',
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
    endChars: lastCharsOf([...CITIES, '市']),
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
    endChars: null,
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
    endChars: null,
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
    endChars: lastCharsOf([...PROVINCES.map((p) => p.name), ...PROVINCES.map((p) => p.short)]),
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
    endChars: '区县旗盟',
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
const OTHER_PLACE_END_CHARS = new Set(PLACE_RULES.flatMap((r) => [...(r.endChars ?? '')].map((c) => c.charCodeAt(0))));
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
  // Only the clause's last characters can decide: a place name ends there, with at most 贡献了 before it. The
  // regex, slow on every character it is tried at, reads those alone (a long clause is cleaned only at its end, and
  // whole only when its end is all spaces and particles).
  const cut = before.length > END_WINDOW ? tailOf(before.slice(-END_WINDOW)) : null;
  const tail = (cut !== null && cut.length >= END_REACH + SHARE_REACH ? cut : tailOf(before)).slice(-(END_REACH + SHARE_REACH));
  // Most clauses end with a verb ("增长", "达到"), which ends no place: the alternation of every place is not run.
  const m = OTHER_PLACE_END_CHARS.has(tail.charCodeAt(tail.length - 1)) ? OTHER_PLACE_END.exec(tail) : null;
  return m !== null && !SHARE_OF.test(tail.slice(0, m.index)) && isOther(m[1]!, region);
}

/** The words before a number without spaces, quotes and the particles after a place ("福田区的", "全国为"). */
function tailOf(before: string): string {
  const t = before.replace(/[\s"“”]/g, '');
  let end = t.length;
  while (end > 0 && TRAILING_PARTICLES.has(t.charCodeAt(end - 1))) end--;
  return t.slice(0, end);
}
const TRAILING_PARTICLES = codes('的为达约仅是有');

/**
 * The longest place OTHER_PLACE_END can match: its words (with 市 or 地区 after them) or a structural name of at
 * most six characters (苏东南地区). A match ends at the tail's end, so it starts in the tail's last END_REACH
 * characters; the regex, which otherwise tries every position of a long clause, is run on those alone.
 */
const END_REACH = Math.max(6, ...[...CITIES, ...PROVINCES.map((p) => p.name), ...MULTI_PLACE_AREAS, ...WIDER_THAN_ANY_REGION].map((w) => w.length)) + 2;
/** 贡献了, the longest SHARE_OF word before a place. */
const SHARE_REACH = 3;
/** How much of a clause's end is cleaned before reading its tail: spaces and particles leave at least the reach. */
const END_WINDOW = 2 * (END_REACH + SHARE_REACH);

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
