// Looking indicators up by any spelling a report uses, and writing the catalogue into a workspace.
import type { Workspace } from '../store/workspace';
import { dropAliasesThatAreIndicators, upsertIndicator } from '../store/queries/catalog';
import type { Direction } from '../types';
import { directionFromWords } from './direction-words';
import { INDICATORS, type FlowStock, type IndicatorEntry } from './indicators';
import { NAME_TRIMS } from './name-trims';

export { INDICATORS, type IndicatorEntry, type FlowStock, type KnownDirection } from './indicators';
export { NAME_TRIMS } from './name-trims';
export { DIRECTION_WORDS } from './direction-words';
export { JOINT_NAMES, jointParts } from './joint-names';

/**
 * The form names are compared in: reports write "万元 GDP 水耗", "占 GDP比重", full-width brackets and
 * "PM_{2.5}"; none of that changes which indicator is meant.
 */
export function indicatorKey(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/_\{([^}]*)\}/g, '$1')
    .replace(/ＧＤＰ/g, 'GDP')
    // "万元地区生产总值水耗", "占地区生产总值比重": inside a compound name, GDP is GDP however it is spelled.
    .replace(/(万元|单位|占|与|每平方公里|每平方千米)(?:本?地区生产总值|本地生产总值|生产总值)/g, '$1GDP')
    .replace(/“|”|"/g, '')
    // "占地区生产总值的比重": the 的 of a share changes nothing.
    .replace(/(占[^占的]{1,16})的(比重|比例)$/, '$1$2')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    // "贸易型、平台型企业" and "贸易型平台型企业" name one group; the list comma is punctuation, not meaning.
    .replace(/、/g, '')
    // A share is of the thing, not of its measure word: "在园儿童数占比" is "在园儿童占比".
    .replace(/(数量|人数|面积|数)(?=占)/g, '')
    // "学历人口比例", "学历人数比例": the proportion of a group is its 占比.
    .replace(/(人口|人数|数量)比例$/, '占比')
    // An industry's value added is named by the industry: "信息技术服务增加值" is "信息技术服务业增加值".
    .replace(/(?<!业)服务增加值/g, '服务业增加值')
    // …and an industry without 业 is an 产业: "生物增加值", "新能源(汽车)增加值" are 生物产业增加值, 新能源(汽车)产业增加值.
    // The sectors of the national accounts take 业 (金融业, 建筑业, …制造业); an economy (数字经济) keeps its name.
    // "一产增加值", "三产占比": the three industries' short names (甘肃, 河北 reports).
    .replace(/^([一二三])产(?=增加值|占|比重|$)/, '第$1产业')
    .replace(/^(.*(?:制造|金融|商贸|建筑|房地产|交通运输|批发零售|住宿餐饮))增加值$/, '$1业增加值')
    .replace(/^(.+?)(?<![业济值])增加值$/, '$1产业增加值')
    // "重大项目完成投资" and "重大项目投资" are one amount: the investment a list of projects put in place.
    .replace(/项目(?:累计)?完成投资(?:额)?$/, '项目投资')
    // Customs statistics say 进出口额 and 进出口货值 for the same amount.
    .replace(/进出口货值/g, '进出口额')
    // Both word orders are in use for licensed financial institutions.
    .replace(/金融持牌机构/g, '持牌金融机构')
    // Same act, other words: 引入/新引进 = 引进, 新认定 = 认定.
    .replace(/^(引入|新引进)/, '引进')
    .replace(/^新认定/, '认定');
}

const byKey = new Map<string, IndicatorEntry>();
for (const entry of INDICATORS) {
  byKey.set(indicatorKey(entry.name), entry);
  for (const a of entry.aliases) byKey.set(indicatorKey(a), entry);
}

// Standard abbreviations in plan reports, expanded so both spellings meet in one series.
const ABBREVIATIONS: readonly [RegExp, string][] = [[/^战新产业/, '战略性新兴产业'], [/^规上/, '规模以上'], [/^社消零/, '社会消费品零售'], [/^国高企业/, '国家高新技术企业'], [/^律所/, '律师事务所'], [/人力资源企业/, '人力资源服务企业'],
  // "规模工业增加值": many provinces' reports (湖南, 江西) drop 以上 from 规模以上工业.
  [/^规模工业/, '规模以上工业']];
// "新增…", "引进…": a flow of a catalogue stock keeps its verb ("新增国高企业" → 新增国家高新技术企业).
const FLOW_VERB = /^(新增|新引进|引进|新认定|认定|培育|新设立)/;

/** "保障房和人才房" and "人才住房和保障性住房" are one set of dwellings: full names, in a fixed order. */
function dwellings(noun: string): string {
  return noun.replace(/保障房/g, '保障性住房').replace(/人才房/g, '人才住房').split('和').sort().join('和');
}

function expand(key: string): string {
  let expanded = key;
  for (const [re, full] of ABBREVIATIONS) expanded = expanded.replace(re, full);
  return expanded;
}

const ALWAYS_TRIMS = NAME_TRIMS.filter((t) => t.always);
const KNOWN_TRIMS = NAME_TRIMS.filter((t) => !t.always);

/** The key with the words that never name an indicator (the report's own region) taken off, abbreviations expanded. */
function bareKey(key: string): string {
  let bare = key;
  for (const t of ALWAYS_TRIMS) {
    const rest = bare.replace(t.pattern, '');
    if (rest.length >= 2) bare = rest;
  }
  return expand(bare);
}

/** The catalogue's name for a spelling (abbreviations expanded), or null when it is not in the catalogue. */
function lookup(key: string): string | null {
  return byKey.get(key)?.name ?? byKey.get(expand(key))?.name ?? null;
}

/**
 * The catalogue's name once measure, basis, period or region words are taken off ("地方一般公共预算收入增速",
 * "社消零总额预计全年"), or null. Up to three such words may surround one name; each trim must leave a name of at
 * least two characters.
 */
function lookupTrimmed(key: string, depth = 3): string | null {
  if (depth === 0) return null;
  for (const t of KNOWN_TRIMS) {
    const rest = key.replace(t.pattern, '');
    if (rest === key || rest.length < 2) continue;
    const bare = bareKey(rest);
    const hit = lookup(bare) ?? lookupTrimmed(bare, depth - 1);
    if (hit) return hit;
  }
  return null;
}

// Reports repeat the same few hundred spellings; remembering their canonical forms keeps extraction fast.
const canonicalCache = new Map<string, string>();

/**
 * The canonical name for a spelling, or the spelling itself (tidied) when the catalogue does not know it.
 * A sector's share is named by its value added ("服务业占GDP比重", "第三产业占比" → …增加值占GDP比重), as the
 * statistical yearbooks do.
 */
export function canonicalIndicator(name: string): string {
  let hit = canonicalCache.get(name);
  if (hit === undefined) {
    hit = canonicalOf(name);
    if (canonicalCache.size > 50_000) canonicalCache.clear();
    canonicalCache.set(name, hit);
  }
  return hit;
}

function canonicalOf(name: string): string {
  const key = bareKey(indicatorKey(name));
  const known = lookup(key) ?? lookupTrimmed(key);
  if (known) return known;
  // "战新产业增加值占全市战新产业增加值比重" says "…占全市比重" with the indicator twice over.
  const ofWhole = /^(.+?)占(全市|全省|全国)(.+?)比重$/.exec(key);
  if (ofWhole && (lookup(ofWhole[3]!) ?? ofWhole[3]) === (lookup(ofWhole[1]!) ?? ofWhole[1])) {
    return `${lookup(ofWhole[1]!) ?? ofWhole[1]}占${ofWhole[2]}比重`;
  }
  // "社康中心诊疗量占医院集团总诊疗量比重": a share of the total (总) of the same measure is that measure's 占比.
  const ofSame = /^(.+?([\u4e00-\u9fff]{2,3}))占(?:(.*?)总)?\2比重$/.exec(key);
  // Value-added and money aggregates keep their denominator (…占规模以上工业增加值比重 is a standard series).
  if (ofSame && !/^(全市|全省|全国)/.test(ofSame[3] ?? '') && !/(增加值|产值|收入|投资|总额|营收)$/.test(ofSame[1]!)) return `${lookup(ofSame[1]!) ?? ofSame[1]}占比`;
  const share = /^(.+?(?:业|产业))(?:增加值)?(?:占(.+?)比重|占比)$/.exec(key);
  if (share && !/增加值占/.test(key)) {
    const sector = lookup(share[1]!)?.replace(/增加值$/, '') ?? share[1]!;
    return `${sector}增加值占${share[2] ?? 'GDP'}比重`;
  }
  // "全社会研发支出占全市比重": a catalogue indicator's share keeps the indicator's canonical name.
  const part = /^(.+?)(占.+(?:比重|比例)|占比)$/.exec(key);
  if (part) {
    const whole = lookup(part[1]!);
    if (whole) return whole + part[2]!;
  }
  // Housing is counted as "保障性住房建设筹集", "保障性住房供应": the dwelling first, then what was done.
  const housing = /^(建设筹集|新开工筹集|新增开工筹集|开工筹集|筹集|供应|分配)((?:人才|保障性|公共|安居|保障)(?:住房|房).*)$/.exec(key);
  if (housing) return dwellings(housing[2]!) + (/筹集/.test(housing[1]!) ? '建设筹集' : housing[1]!);
  const housingDone = /^((?:人才|保障性|公共|安居|保障)(?:住房|房).*?)(建设筹集|供应|分配)$/.exec(key);
  if (housingDone) return dwellings(housingDone[1]!) + housingDone[2]!;
  // "累计建成普惠性床位": the running total of a catalogue stock is that stock.
  const running = /^累计(?:新增|引进|引入|建成|完成|培育|设立|认定)(.+)$/.exec(key);
  const stock = running ? byKey.get(running[1]!) ?? byKey.get(expand(running[1]!)) : undefined;
  if (stock?.flowStock === 'stock') return stock.name;
  const flow = FLOW_VERB.exec(key);
  if (flow) {
    const noun = lookup(key.slice(flow[0].length));
    if (noun) return flow[0] + noun.replace(/数量$/, '');
  }
  return key;
}

export interface IndicatorInfo {
  name: string;
  known: boolean;
  unit: string | null;
  direction: Direction;
  flowStock: FlowStock;
}

const byName = new Map(INDICATORS.map((entry) => [entry.name, entry]));

/**
 * What the catalogue knows about an indicator, by its canonical name. A name it does not list takes its direction
 * from its wording (direction-words.ts) or, for "新增…"/"引进…" of a catalogue stock, from that stock; otherwise
 * the direction is 'unknown', never a silent higher-is-better.
 */
export function indicatorInfo(name: string): IndicatorInfo {
  const canonical = canonicalIndicator(name);
  const entry = byName.get(canonical);
  if (entry) return { name: entry.name, known: true, unit: entry.unit, direction: entry.direction, flowStock: entry.flowStock };
  const flow = FLOW_VERB.exec(canonical);
  const stock = flow ? byName.get(canonical.slice(flow[0].length)) ?? byName.get(`${canonical.slice(flow[0].length)}数量`) : undefined;
  const ratio = /(率|比重|占比|比例|人均|每万人|每千|浓度|覆盖)/.test(canonical);
  const isStock = /^(累计|总数)|数量$|拥有量$/.test(canonical);
  return {
    name: canonical, known: false, unit: null,
    direction: stock && stock.flowStock === 'stock' ? stock.direction : directionFromWords(canonical),
    flowStock: ratio ? 'ratio' : isStock ? 'stock' : 'flow',
  };
}

/** Fills the workspace's indicators and aliases tables from the catalogue; safe to run again. */
export function seedCatalog(ws: Workspace): { indicators: number; aliases: number } {
  let aliases = 0;
  ws.transaction(() => {
    for (const entry of INDICATORS) {
      upsertIndicator(ws, entry, entry.aliases);
      aliases += entry.aliases.length;
    }
    // A workspace seeded by an older catalogue may hold an alias that is now an indicator of its own (城镇调查失业率
    // was once filed under 城镇登记失业率): a name the catalogue lists as an indicator is no other indicator's alias.
    dropAliasesThatAreIndicators(ws);
  });
  return { indicators: INDICATORS.length, aliases };
}
