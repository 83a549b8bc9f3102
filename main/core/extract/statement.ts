// Reads every quantity of one sentence into facts: indicator, measure, value, qualifier, kind, period.
// All built-in extractors go through here; they differ in which sentences they hand over and in what they
// already know (a headline list's kind, an inline "(目标…)"'s period).
import { canonicalIndicator } from '../catalog';
import type { FactKind, Measure, Period } from '../types';
import type { Quantity } from './numbers';
import { readLeft, readRightNoun } from './phrase';
import { isAboutOtherPlace, isRegionItself, startsWithOtherPlace } from './places';
import type { Candidate, ReportView } from './types';
import { COUNT_VERB, COUNTED_INDICATOR_HEAD, INVENTORY_VERB, PLACE_PART, RATE_HEAD, WORKS } from './words';
import { continuedFrom, isThreshold, keepCount, LEADING_VERB, measureOf, postQualifier, qualifierOf, withoutExamples } from './judge';
import { averagePeriod, cuesOf, kindOf, periodOf } from './when';
import { nameFromSentence } from './context-names';

export interface SentenceOptions {
  tier: 1 | 2;
  /** Known from the caller (an inline "(目标…)" is a target of the full year). */
  kind?: FactKind;
  period?: string;
  /** The indicator a sentence fragment continues ("(目标6.0%左右)" after "地区生产总值增长4.1%"). */
  inherit?: { indicator: string; measure: Measure };
  /** Names given by "A、B分别为 x、y" lists: `at` is the offset of 分别 in the sentence. */
  respectively?: readonly { at: number; names: readonly string[] }[];
}

/** Words that name a measure of some indicator, not an indicator. */
const MEASURE_ONLY = /^(增速|增幅|增长率|同比|规模|总量)$/;

const CLAUSE_BREAKS = new Set([...'，,；;：:'].map((c) => c.charCodeAt(0)));
const FULL_STOP = '。'.charCodeAt(0);

/** Facts for the quantities of text[start, end) that no earlier extractor claimed. */
export function readSentence(report: ReportView, start: number, end: number, claimed: ReadonlySet<number>, opts: SentenceOptions): Candidate[] {
  const found = report.quantitiesIn(start, end);
  if (found.length === 0 || found.every((q) => claimed.has(q.start))) return [];
  const s = report.text.slice(start, end);
  // Counterpart assistance (东西部协作, 对口帮扶): its figures are the assisted places', not the district's.
  // The topic runs to the full stop, across semicolons.
  const line = report.lines[report.lineAt(start)]!;
  // Look back at most a paragraph's worth, so a report without full stops stays linear.
  const back = Math.max(line.start, start - 600);
  const topic = report.text.slice(Math.max(back, report.text.lastIndexOf('。', start - 1) + 1), end);
  if (/(东西部协作|对口帮扶|对口支援|对口协作|援建|结对帮扶|受援地)/.test(topic)) return [];
  const ctx = report.contexts[report.lineAt(start)]!;
  // The sentence before, in the same paragraph: "…政府投资项目计划共安排137项。1-6月，下达投资计划…" continues its topic.
  const previousSentence = report.text.slice(Math.max(back, report.text.lastIndexOf('。', start - 2) + 1), start);
  const out: Candidate[] = [];
  // Offsets relative to the sentence from here on; a quantity running past the sentence's end is cut off.
  const quantities: Quantity[] = found.filter((q) => q.end <= end).map((q) => ({ ...q, start: q.start - start, end: q.end - start }))
    .filter((q, i, all) => !isThreshold(s, q, all[i + 1]));
  let prev: { indicator: string; measure: Measure; unit: string | null; fall: boolean; end: number } | null = opts.inherit ? { ...opts.inherit, unit: null, fall: false, end: 0 } : null;
  let prevVerb = '';
  let otherPlaceAt = -1;
  let listSuffix = '';
  const cues = cuesOf(s, report.meta.reviewYear);
  // A paragraph opened with "“十三五”期间" reviews the whole span in every sentence that follows.
  if (/(十[一二三四五]五|五年来)/.test(report.text.slice(Math.max(line.start, start - 3000), start))) cues.spanAt = -1;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (claimed.has(start + q.start)) continue;
    const clauseStart = lastBreakBefore(s, q.start);
    // "引进产值10亿元以上企业3-5家,产值千万元以上企业5家": a count that only names firms, in the clause right
    // after a count of the same unit, continues that clause's verb.
    const clauseVerb = prev && prev.end < clauseStart && lastBreakBefore(s, clauseStart - 1) <= prev.end && q.unitClass === 'count' && prev.unit === q.unit ? prevVerb : '';
    if (prev && prev.end < clauseStart) prevVerb = '';
    const segStart = Math.max(clauseStart, i > 0 ? quantities[i - 1]!.end : 0);
    let left = s.slice(segStart, q.start);
    const dun = Math.max(left.lastIndexOf('、'), left.lastIndexOf('和'), left.lastIndexOf('及'));
    const afterList = dun >= 0 && i > 0 && quantities[i - 1]!.end >= clauseStart;
    if (afterList) left = left.slice(dun + 1);
    const nextStart = quantities[i + 1]?.start ?? s.length;
    let right = s.slice(q.end, Math.min(nextStart, nextBreakAfter(s, q.end)));
    // "建设筹集5000套、供应2524套保障性住房": a list's items share the noun written after the last one.
    const next = quantities[i + 1];
    if (!readRightNoun(right) && next && /^\s*、[\u4e00-\u9fff]{0,4}\s*$/.test(right) && q.unitClass === 'count' && next.unit === q.unit) {
      right = s.slice(next.end, nextBreakAfter(s, next.end));
    }
    const L = readLeft(left, report.meta.region);
    // "落后福田区的51%、40%": a list continuing another place's number is that place's too.
    if (isAboutOtherPlace(s.slice(clauseStart, q.start), report.meta.region) || (afterList && !L.subject && otherPlaceAt === i - 1)) {
      otherPlaceAt = i;
      continue;
    }
    // "公安、教育、医疗、交通4个行业数据平台": a count of the things just enumerated.
    if (dun >= 0 && !afterList && left.length < 8 && q.unitClass === 'count' && /、/.test(s.slice(segStart, q.start))) continue;

    const post = postQualifier(right);
    let indicator = '';
    let carried = '';
    const named = nameFromList(opts.respectively, quantities, q);
    if (named) {
      // "会计师事务所、律所数量分别占全市比重的11%": what follows 分别 completes every name.
      const after = L.subject.includes('分别') ? L.subject.slice(L.subject.lastIndexOf('分别') + 2) : L.subject;
      if (/^占/.test(after)) listSuffix = after;
      indicator = named + (/^占/.test(after) ? after : !L.subject ? listSuffix : '');
    }
    else if (prev && (afterList || s.slice(prev.end, q.start).replace(/[\s，,、]/g, '').length <= 4) && (COUNT_VERB.test(L.subject) || /^(在建|在施|已建|累计|其中|实际发放|实际拨付|实际到位)$/.test(L.subject)) && q.unitClass !== 'percent' && !readRightNoun(right)) {
      // "建设筹集保障性住房2152套、供应1169套": the second verb counts the same thing.
      carried = prev.indicator.replace(/^(?:(?:及|和|并)?(?:新增|新引进|引进|引入|培育|认定|建成|建设|新建|新开工|筹集|供应|完成|累计|开工))+/, '');
      // ("新开工及筹集X": both verbs go, with the 及 between them.)
      // "在建11座" after "完成49座超充站": 在建超充站; "供应1169套" after housing: 保障性住房供应;
      // "公示扶持资金3.7亿元,实际发放3.6亿元": 扶持资金实际发放.
      indicator = /^(在建|在施|已建)$/.test(L.subject) ? L.subject + carried : carried + L.subject;
    } else if (prev && L.growth && MEASURE_ONLY.test(L.subject)) {
      // "增加值不足20亿元,增速下降32%": a growth named only by its measure word is the previous number's.
      indicator = prev.indicator;
    } else if (L.subject && !COUNT_VERB.test(L.subject) && !/^占/.test(L.subject) && !(L.subject.length <= 2 && readRightNoun(right))) indicator = withCountedNoun(L.subject, q, right);
    else if (/^占/.test(L.subject) && /^\s*的[\u4e00-\u9fff]{2,8}?(?=受|在|是|已|也|的|$)/.test(right)) {
      // "占GDP比重近四成的金融业": the owner of the share is named after it.
      indicator = /^\s*的([\u4e00-\u9fff]{2,8}?)(?=受|在|是|已|也|的|$)/.exec(right)![1]! + L.subject;
    } else if (/^占/.test(L.subject) && prev) indicator = prev.indicator.replace(/占.*$/, '') + L.subject;
    else if ((q.unitClass === 'count' || q.unitClass === 'measure' || q.unitClass === 'money') && readRightNoun(right)) {
      const verb = L.subject || L.verbOnly.replace(/^(累计|共)/, '') || (afterList ? prevVerb : '');
      const counting = COUNT_VERB.test(verb) || (verb.length <= 3 && q.unitClass !== 'count');
      // "新增173家企业入库纳统": the status the firms reached is what is counted (新增入库纳统企业).
      // Only a count covers a list of nouns; an area or amount belongs to the first thing named.
      const noun = q.unitClass === 'count' ? readRightNoun(right) : readRightNoun(right).split(/[、或]/)[0]!;
      const rest = right.replace(/\s+/g, '').replace(/^(以上|多|余)/, '');
      const status = counting && q.unitClass === 'count' && rest.startsWith(noun) ? /^(入库纳统|纳统入库|入库|纳统|上市|挂牌)$/.exec(rest.slice(noun.length))?.[1] ?? '' : '';
      indicator = (counting ? verb : '') + status + noun;
    } else if (!L.subject && !L.growth && namedBefore(s, prev?.end ?? 0, clauseStart, report.meta.region)) {
      // "新型研发机构数量翻番，累计达21家": the clause just before, with no number of its own, names it.
      indicator = namedBefore(s, prev?.end ?? 0, clauseStart, report.meta.region)!;
    } else if (prev && (L.growth || (!L.subject && (prev.unit === null || prev.unit === q.unit)))) {
      // "新增创新载体41家，累计达85家": the running total of a flow is the stock.
      indicator = L.cumulative && !L.growth && /^(新增|新引进|引进)/.test(prev.indicator) ? prev.indicator.replace(/^(新增|新引进|引进)/, '') + '数量' : prev.indicator;
      // "诊疗量占总诊疗量的45%，增长5.7%": a growth after a share is the growth of the share's owner.
      if (L.growth && q.unitClass === 'percent' && q.unit !== '个百分点' && prev.measure === 'share') indicator = indicator.replace(/占.*$/, '') || indicator;
    }
    // A fragment that continues the previous number's indicator keeps its measure ("(目标6.0%左右)").
    const continued = prev !== null && indicator === prev.indicator && !L.subject && !L.growth;
    // "事故起数、死亡人数分别下降50%、37.5%": later numbers of a list keep the list's verb and its sign.
    const listGrowth = afterList && !L.subject && !L.growth && prev !== null && (prev.measure === 'growth' || prev.measure === 'change') && q.unitClass === 'percent';
    const fall = L.fall || (listGrowth && prev !== null && prev.fall);
    const measure = listGrowth && prev ? prev.measure : continued && prev && (q.unitClass === 'percent') === (prev.measure === 'growth' || prev.measure === 'share' || prev.measure === 'rate') ? prev.measure : measureOf(q, indicator === L.subject ? L.subject : indicator, L.growth, L.relative);
    // "居民电子健康档案覆盖80%": a rate named by its verb is that verb's rate.
    if (measure === 'rate' && /(覆盖|参与|知晓|达标|开通|回收利用|分类)$/.test(indicator)) indicator += '率';
    indicator = withoutExamples(indicator, afterList ? s.slice(clauseStart, q.start) : left, right);
    // "新引进A公司、B公司2家持牌金融机构": as many names as the count are examples of the noun counted.
    const listed = s.slice(segStart, q.start).replace(/\s/g, '').split('、');
    if (q.unitClass === 'count' && !afterList && listed.length >= 2 && listed.length === q.value && readRightNoun(right)) {
      indicator = (LEADING_VERB.exec(listed[0]!.replace(/^(全年|其中)/, ''))?.[0].replace(/^(全年|共)/, '') ?? '') + readRightNoun(right);
    }
    // "新增新型研发机构6个、创新载体10个": the list's verb belongs to every item.
    // "新增碧道1.5公里、海绵城市0.1平方公里": also for lengths and areas.
    if (afterList && prevVerb && indicator === L.subject && !LEADING_VERB.test(indicator) && (q.unitClass === 'count' || q.unitClass === 'measure')) indicator = prevVerb + indicator;
    else if (clauseVerb && indicator === L.subject && !LEADING_VERB.test(indicator) && COUNTED_INDICATOR_HEAD.test(indicator)) indicator = clauseVerb + indicator;
    indicator = namedByUnit(indicator, q, measure, left, prev?.indicator ?? '');
    // "招商…, 实缴税收1亿元", "总金额1.1亿元的X项目": a generic amount is named by its sentence's programme.
    indicator = nameFromSentence(indicator, q.unitClass, s.slice(0, clauseStart), s.slice(clauseStart, q.start), s.slice(q.end), previousSentence);
    // "食用农产品抽检52249批次,合格率达99.59%": a bare pass rate is the rate of the checks named just before.
    if (q.unitClass === 'percent' && indicator === L.subject && /^[\u4e00-\u9fff]{1,2}率$/.test(indicator)) indicator = checkedBefore(s, clauseStart, report.meta.region) + indicator;
    // "引进人才6029人，其中大专及以上学历占比94%": a share after 其中 is a share within the number just given.
    if (prev && (measure === 'share' || measure === 'rate') && prev.measure !== 'share' && prev.measure !== 'rate' && q.unitClass === 'percent' &&
      /^\s*其中/.test(s.slice(clauseStart, q.start)) && /(比例|占比|比重)$/.test(indicator) && !indicator.startsWith(prev.indicator)) indicator = `${prev.indicator}中${indicator}`;
    // "发放救助资金", "公示扶持资金", "建成养老服务驿站", "完成49座超充站": paying out or building names no different indicator.
    if (q.unitClass === 'money') indicator = indicator.replace(/^.{0,6}(发放|公示)(?=[\u4e00-\u9fff]{2})/, '');
    if (q.unitClass === 'count') indicator = indicator.replace(/^(建成|建立|完成)(?=[\u4e00-\u9fff]{2})/, '');
    if (!indicator || !/[\u4e00-\u9fffA-Za-z]{2}/.test(indicator) || indicator.length > 30) continue;
    // "增长5.2%,比一季度提高0.5个百分点": how the growth moved against another period is no indicator of its own.
    if (/^(比|较)/.test(indicator)) continue;
    if (startsWithOtherPlace(indicator, report.meta.region) || isRegionItself(indicator, report.meta.region)) continue;
    // "将玉龙片区1.1平方公里纳入…", "与X合作开展24万平方米…", "为港企提供授信额度": a clause led by a
    // preposition says what was done to or with someone, not what the district's indicator is.
    if (/^(将|把|与|同|为|通过|面向|向|对)(?![\u4e00-\u9fff]?(率|比|量|数)$)/.test(indicator)) continue;
    // "博盈大厦、澳康达等5个": a number right after 等 counts the named projects, not an indicator.
    if (/等\s*$/.test(left) && q.unitClass !== 'percent' && (q.unitClass !== 'count' || !readRightNoun(right))) continue;
    // "建成99座超充设施(含10座…)": a part of the number just stated, not a fact of its own.
    if (/[(（](含|其中)\s*$/.test(left)) continue;
    if (!keepCount(q, indicator, right, carried) || INVENTORY_VERB.test(indicator)) continue;
    // "谋划103个项目,总投资1070亿元", "引进项目43个、总投资超650亿元": the size of a list of projects, like their
    // count, is no indicator of the district.
    if (q.unitClass === 'money' && /^(计划)?总投资$|^投资总额$/.test(indicator) &&
      /项目|\d\s*个/.test(s.slice(lastBreakBefore(s, Math.max(0, clauseStart - 1)), q.start) + s.slice(q.end, q.end + 16))) continue;
    // "直接拉动消费5.52亿元": what a campaign is said to have set off is its effect, not a measured indicator.
    if (/^(直接|间接|共|累计)?(拉动|带动|撬动)/.test(indicator)) continue;
    // "面向469名青年人才提供…": the people a service reached, not an indicator of the district.
    if (q.unitClass === 'count' && /(面向|给予|给)\s*$/.test(left)) continue;
    // "推动大望梧桐片区北侧23.7公顷", "完成160公顷中幼龄林抚育工作": a place or a piece of work, not an indicator.
    if (q.unitClass === 'measure' && (PLACE_PART.test(indicator) || /(工作|活动|行动)$/.test(readRightNoun(right)))) continue;
    if ((/^(公里|千米|米)$/.test(q.unit ?? '') || (q.unitClass === 'percent' && !L.growth && !/占/.test(indicator))) && WORKS.test(indicator)) continue;
    // "公安、教育、医疗、交通4个行业数据平台": a count of the names just listed.
    if (q.unitClass === 'count' && (s.slice(segStart, q.start).match(/、/g)?.length ?? 0) >= 2 && L.subject.length <= 4) continue;
    // "收回6.5万平方米", "推进8.3公里": a bare verb before an amount names no indicator.
    if ((q.unitClass === 'measure' || q.unitClass === 'money') && !carried && indicator === L.subject && L.subject.length <= 2 && !readRightNoun(right)) continue;
    if (q.unitClass === 'percent' && !L.growth && !/占/.test(L.subject) && !named && !continuedFrom(prev, indicator) &&
      !RATE_HEAD.test(indicator) && !/(达|为|到|至|超|过|于|在|有|现|持|升|高|是)$/.test(left.trim())) continue;
    if (COUNT_VERB.test(L.subject)) prevVerb = L.subject;
    else if (!afterList) prevVerb = LEADING_VERB.exec(L.subject)?.[2] ?? prevVerb;

    const kind = opts.kind ?? kindOf(ctx, cues, q.start);
    const period = (L.average ? averagePeriod(report, ctx, kind, s.slice(0, q.start)) : null) ??
      opts.period ?? periodOf(report, ctx, kind, cues, q.start, s.slice(clauseStart, q.start), L.year, L.from, indicator);
    const value = fall && q.value > 0 ? -q.value : q.value;
    const qualifier = qualifierOf(q, L.qualifier, post, kind);
    const tail = right.match(/^\s*(左右|上下|以上|以内|以下)/)?.[0].length ?? 0;
    const spanStart = start + segStart + (left.length - left.trimStart().length) + (afterList ? s.slice(segStart, q.start).length - left.length : 0);
    const canonical = canonicalIndicator(indicator);
    out.push({
      // "研发投入强度5.5%" is the catalogue's 研发投入占GDP比重: a share, whatever the words called it.
      indicator: canonical, measure: measure === 'rate' && /(比重|占比)$/.test(canonical) ? 'share' : measure, value, low: q.low, high: q.high, unit: q.unit, qualifier,
      period: period as Period, kind, tier: opts.tier, start: spanStart, end: start + q.end + tail, anchor: start + q.start,
    });
    prev = { indicator, measure, unit: q.unit, fall, end: q.end };
  }
  return out;
}

/**
 * Wording that only the unit or the measure completes: "X占辖区常住人口52%" is X占常住人口比重 (辖区 and 总 add
 * nothing), "轮候库有3万户" counts 轮候户数, "开办企业1个工作日内办结" is a handling time.
 */
export function namedByUnit(indicator: string, q: Pick<Quantity, 'unit' | 'unitClass'>, measure: Measure, left = '', before = ''): string {
  // "完成年度区政府投资任务50.8%": how much of the year's X task is done; a bare "完成年度计划" is the previous number's.
  // "地区生产总值完成全年目标的52.3%": the owner may also come first; 全年 and 年度 say the same.
  const task = q.unitClass === 'percent' && /完成\s*(年度|全年)/.test(left) ? /^(.*?)(?:年度|全年)(.*?)(任务|计划|目标|预算)$/.exec(indicator) : null;
  const owner = task ? task[2] || task[1] || before.replace(/占.*$/, '') : '';
  if (task && owner) return `${owner}完成年度${task[3]}比例`;
  // "投入6.5亿元扶持民营企业": money put in to support firms is support funding.
  if (q.unitClass === 'money' && /^(投入|安排|兑现|拨付)(扶持|支持)/.test(indicator)) return '扶持资金';
  if (AREA_UNIT.test(q.unit ?? '')) {
    // "完成3平方公里海绵城市建设": an area of works is that works' area (建设 already says it was done).
    const works = /^(?:完成|建成)?(.{2,}(?:建设|改造))$/.exec(indicator);
    if (works) return works[1]! + '面积';
    // "新增海绵城市0.1平方公里": the area added of a kind of land is its area.
    if (/^(新增|新建|建成)/.test(indicator) && !/(面积|用地|土地|空间|用房|建筑|规模|区)$/.test(indicator)) return indicator + '面积';
    // "城市更新项目共完成38公顷": the area the projects completed.
    if (/项目$/.test(indicator) && /完成\s*$/.test(left)) return indicator + '完成面积';
  }
  if (measure === 'share' && /占[\u4e00-\u9fffA-Za-z]+$/.test(indicator) && !/(比重|比例|占比|份额)$/.test(indicator)) {
    return indicator.replace(/占(辖区|本区|全区)?总?/, '占') + '比重';
  }
  // "战略性新兴产业总数达537家": 家 counts an industry's firms.
  if (q.unit === '家' && /(产业|行业)(总数|数量|数)$/.test(indicator)) return indicator.replace(/(产业|行业)(总数|数量|数)$/, '$1企业数量');
  if (/户$/.test(q.unit ?? '') && /库$/.test(indicator)) return indicator.slice(0, -1) + '户数';
  if (/工作日$/.test(q.unit ?? '') && !/(时间|时限|天数|时长|周期)$/.test(indicator)) return indicator + '办理时间';
  return indicator;
}

const AREA_UNIT = /^(万?平方(公里|千米|米)|公顷|亩)$/;

/**
 * "3个保险园区引进18家保险机构", "前瞻性布局5个重点实验室": a phrase ending in a counting verb takes the counted
 * noun after the number; an adverb before the verb ("前瞻性", "大力") names nothing.
 */
export function withCountedNoun(subject: string, q: Pick<Quantity, 'unitClass'>, right: string): string {
  const noun = q.unitClass === 'count' ? readRightNoun(right) : '';
  const m = /^(.*?)(引进|引入|培育|布局|打造|集聚|新增|建成|设立|认定|储备)$/.exec(subject);
  if (!noun || !m) return subject;
  return (/^(.{1,3}性|.{1,3}地|大力|积极|加快|全力|重点|集中|率先|持续|着力)?$/.test(m[1]!) ? m[2]! : subject) + noun;
}

/** The indicator named by the clause right before `clauseStart`, if that clause (after `from`) states no number. */
function namedBefore(s: string, from: number, clauseStart: number, region: string): string | null {
  if (clauseStart <= 1 || clauseStart - 1 <= from) return null;
  const before = s.slice(Math.max(from, lastBreakBefore(s, clauseStart - 1)), clauseStart - 1);
  if (/\d/.test(before) || before.length > 16) return null;
  const subject = readLeft(before.replace(/(翻番|翻一番|持续增长|稳步增长|大幅增长|快速增长)$/, ''), region).subject;
  return /^[\u4e00-\u9fff]{2,12}(数量|数|量|总数|规模|总额)$/.test(subject) ? subject : null;
}

/** "食用农产品抽检及快筛快检52249批次," → 食用农产品抽检: the checks the clause before `clauseStart` reports. */
function checkedBefore(s: string, clauseStart: number, region: string): string {
  if (clauseStart <= 1) return '';
  const before = s.slice(lastBreakBefore(s, clauseStart - 1), clauseStart - 1);
  const checks = /^(.{2,16}?(?:抽检|抽查|抽样|检测|检验|监测))/.exec(before.replace(/\s/g, ''));
  return checks ? readLeft(checks[1]!, region).subject.replace(/^(开展|完成|实施|组织|进行)/, '') : '';
}

function nameFromList(lists: SentenceOptions['respectively'], quantities: readonly Quantity[], q: Quantity): string | undefined {
  const group = lists?.filter((g) => g.at < q.start).pop();
  if (!group) return undefined;
  const k = quantities.filter((x) => x.start > group.at && x.start <= q.start).length - 1;
  return group.names[k];
}

function lastBreakBefore(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAKS.has(s.charCodeAt(i))) return i + 1;
  return 0;
}

function nextBreakAfter(s: string, at: number): number {
  for (let i = at; i < s.length; i++) if (CLAUSE_BREAKS.has(s.charCodeAt(i)) || s.charCodeAt(i) === FULL_STOP) return i;
  return s.length;
}
