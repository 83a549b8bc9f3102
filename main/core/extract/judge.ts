// Judging one quantity: its measure and qualifier, and whether it is an indicator of the district at all
// (counts of projects, thresholds inside a noun phrase and named examples are not).
import type { FactKind, Measure, Qualifier } from '../types';
import type { Quantity } from './numbers';
import { readRightNoun } from './phrase';
import { ACTIVITY_VERB, COUNTED_INDICATOR_HEAD, NOT_INDICATOR_NOUN, PEOPLE_NOUN, PER_HEAD, POST_QUALIFIERS } from './words';

export function postQualifier(right: string): Qualifier | 'over' | null {
  const r = right.trimStart();
  for (const [re, q] of POST_QUALIFIERS) if (re.test(r)) return q;
  return null;
}

export function measureOf(q: Pick<Quantity, 'unit' | 'unitClass'>, subject: string, growth: boolean, relative: boolean): Measure {
  if (q.unit === '个百分点') return 'change';
  if (q.unitClass === 'percent') {
    if (growth) return relative ? 'change' : 'growth';
    if (/(占|比重|比例|份额|计划|任务|预算|目标)/.test(subject)) return 'share';
    return 'rate';
  }
  if (q.unitClass === 'count') return PER_HEAD.test(subject) ? 'level' : 'count';
  if (q.unitClass === 'pure') return 'rate';
  return 'level';
}

export const LEADING_VERB = /^(累计|全年|共)?(新增|新引进|新引育|引育|引进|引入|培育|认定|建成|新建|落地|集聚|新设立|打造|储备)/;

/**
 * "引进浦发银行深圳分行等31家持牌金融机构", "引入宜家家居等品牌首店22家": the names before 等 are examples;
 * the indicator is the verb and the counted noun.
 */
export function withoutExamples(indicator: string, left: string, right: string): string {
  // Asked of every number: words without 等 list no examples, and nothing is cut or read.
  if (!indicator.includes('等') && !left.includes('等')) return indicator;
  const at = indicator.lastIndexOf('等');
  const compact = left.replace(/\s+/g, '');
  const verb = LEADING_VERB.exec(compact.replace(/^(全年|其中)/, ''))?.[0].replace(/^(全年|共)/, '') ?? '';
  if (/等$/.test(compact) && readRightNoun(right)) return verb + readRightNoun(right);
  // "在防疫补贴、稳企扶持等方面已公示扶持资金", "通过租金减免等方式减负": 方面/方式 close the examples too.
  if (at > 0 && at < indicator.length - 1 && indicator.slice(0, at).length > 1) return verb + indicator.slice(at + 1).replace(/^(方面|领域|方式|途径|渠道|措施|形式|手段)(已经|已|共计|共|累计)?(?=[\u4e00-\u9fff]{2})/, '');
  return indicator;
}

/**
 * "引进产值10亿元以上企业3-5家": a number inside a noun phrase that the next number counts is a threshold
 * describing the things counted, not a fact.
 */
export function isThreshold(s: string, q: Quantity, next: Quantity | undefined): boolean {
  if (!next || next.unitClass !== 'count' || q.unitClass === 'count') return false;
  const between = s.slice(q.end, next.start);
  return /^\s*(以上|以下)?的?[\u4e00-\u9fff]{0,6}(企业|公司|机构|项目)\s*$/.test(between);
}

export function continuedFrom(prev: { indicator: string } | null, indicator: string): boolean {
  return prev !== null && prev.indicator === indicator;
}

/**
 * keepCount's answer known before the indicator is named: a count whose noun (after the number, or carried from
 * the number before) is no indicator's is refused whatever the name ("引进培训项目35个" counts 项目).
 */
export function refusedByNoun(q: Quantity, right: string, carried: string): boolean {
  if (q.unitClass !== 'count') return false;
  const noun = readRightNoun(right) || carried;
  return noun !== '' && NOT_INDICATOR_NOUN.test(noun);
}

/**
 * Visits (人次) counted by the statistics: tourist arrivals and passenger traffic ("接待游客9.6亿人次", "旅客吞吐量突破
 * 9000万人次", "旅客运输总量185.1亿人次", "口岸出入境人员达5.2亿人次"). Other visits are those of one programme (培训, 服务, 运送游客): no indicator.
 */
const VISITS_INDICATOR = /(接待.{0,6}游客|游客接待|旅游人数|旅游人次|游客(?:总)?(?:人数|量)|入境游客|过夜游客|旅客吞吐量|旅客运输|旅客发送|客运量|客流量|出入境人员|出入境旅客)/;

export function keepCount(q: Quantity, indicator: string, right: string, carried: string): boolean {
  if (q.unitClass !== 'count') return true;
  const noun = readRightNoun(right) || carried || indicator;
  if (NOT_INDICATOR_NOUN.test(noun) || NOT_INDICATOR_NOUN.test(indicator)) return false;
  if (/^(万?人|名)$/.test(q.unit ?? '')) return PEOPLE_NOUN.test(indicator);
  if (/人次$/.test(q.unit ?? '')) return VISITS_INDICATOR.test(indicator);
  if (ACTIVITY_VERB.test(indicator)) return false;
  if (/户$/.test(q.unit ?? '')) return /(户|轮候|家庭|居民|商户|主体)/.test(indicator + noun);
  // "关键技术平台、重点实验室、科研基础设施": a list is counted when one of its items is.
  const items = noun.includes('、') || noun.includes('或') ? noun.split(/[、或]/) : [noun];
  return items.some((item) => COUNTED_INDICATOR_HEAD.test(item)) || COUNTED_INDICATOR_HEAD.test(indicator);
}

export function qualifierOf(q: Quantity, pre: Qualifier | 'over' | null, post: Qualifier | 'over' | null, kind: FactKind): Qualifier {
  if (q.low !== null) return 'range';
  // The word after the number is the number's own (控制在3%左右 is about 3%: 控制在 only says it is held there);
  // a bound after it (以内, 以上) or, with none, a bound before it (不超过, 不低于) makes it a bound.
  const word = q.more ? 'over' : post === 'at_most' || post === 'approx' ? post : pre === 'at_most' ? 'at_most' : pre === 'at_least' ? 'at_least' : (post ?? pre);
  if (word === 'over') return kind === 'target' ? 'at_least' : 'more_than';
  return word ?? 'exact';
}

