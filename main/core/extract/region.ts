// Who the region is: which region a report is about (a province, a city, a county, a district, a banner, a
// town), read from its title, its heading or the body that issued it; and the words that name that region itself
// in its text (全省, 我市, 本区, 辖区, its name and short name).
import { ETHNIC_NAMES, OWN_REGION_WORDS, PROVINCES, REGION_LEVELS } from './lexicon/regions';
import { isPlaceStem, nameChainAt } from './place-names';

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

/**
 * The region's words longest first, for stripping them off the front of a phrase, filed by their first
 * character: a phrase is compared only with the words that start as it does (asked several times per number).
 */
function ownWordsByFirstChar(region: string): ReadonlyMap<number, readonly string[]> {
  let byFirst = BY_FIRST_CHAR_OF.get(region);
  if (!byFirst) {
    byFirst = new Map<number, string[]>();
    for (const w of [...ownRegionWords(region)].sort((a, b) => b.length - a.length)) {
      if (!w) continue;
      const same = byFirst.get(w.charCodeAt(0));
      if (same) same.push(w);
      else byFirst.set(w.charCodeAt(0), [w]);
    }
    BY_FIRST_CHAR_OF.set(region, byFirst);
  }
  return byFirst;
}
const BY_FIRST_CHAR_OF = new Map<string, Map<number, string[]>>();

/** Strips the words that name the document's own region from the start of `phrase` ("全省常住人口" → 常住人口). */
export function withoutOwnRegion(phrase: string, region: string): string {
  const byFirst = ownWordsByFirstChar(region);
  let t = phrase;
  // "深圳市罗湖区GDP" in 罗湖区's report: the region named with the places above it. Every name of a chain is
  // written in the phrase, so a phrase without the region's name has no such chain to strip (most have none).
  const chain = region && phrase.includes(region) ? nameChainAt(phrase, 0) : [];
  const own = chain.indexOf(region);
  if (own > 0) t = phrase.slice(chain.slice(0, own + 1).join('').length);
  for (let guard = 0; guard < 3; guard++) {
    const w = byFirst.get(t.charCodeAt(0))?.find((x) => t.startsWith(x));
    if (!w) break;
    t = t.slice(w.length);
  }
  return t;
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

/** A CJK unified ideograph at t[i], by code unit (called at every character of a report's head). */
function isHanAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

// The prepositions after which a name starts inside a phrase.
const NAME_OPENERS = '在于向对经由';

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
    if (!isHanAt(t, i) || (i > 0 && isHanAt(t, i - 1) && !NAME_OPENERS.includes(t[i - 1]!) && t.slice(i - 2, i) !== '代表')) continue;
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
