// Naming rules: which indicator a number is of. The array order is the priority: the first rule that applies
// names the number (its result may still be rewritten, see rewrites.ts, or vetoed, see vetoes.ts).
import type { Quantity } from '../numbers';
import { readLeft, readRightNoun } from '../phrase';
import { COUNT_VERB } from '../words';
import type { Clause } from './clause';
import { lastBreakBefore } from './clause';
import { ruleTable, type Rule } from './rule';
import type { ListState } from './state';

export interface Naming {
  indicator: string;
  /** The indicator carried over from the previous number, without its verb ("保障性住房" after "建设筹集保障性住房"). */
  carried?: string;
  /** Named by a 分别 list. */
  named?: boolean;
  /** A new suffix every later name of the 分别 list takes. */
  listSuffix?: string;
}

/** Names given by "A、B分别为 x、y" lists: `at` is the offset of 分别 in the sentence. */
export type RespectivelyLists = readonly { at: number; names: readonly string[] }[];

export interface NamingRule extends Rule {
  name(c: Clause, st: ListState, lists: RespectivelyLists | undefined): Naming | null;
}

/** Words that name a measure of some indicator, not an indicator. */
const MEASURE_ONLY = /^(增速|增幅|增长率|同比|规模|总量)$/;
/** Words that continue the previous count ("在建11座" after "完成49座超充站"). */
const CONTINUING_COUNT = /^(在建|在施|已建|累计|其中|实际发放|实际拨付|实际到位)$/;
const SHARE_OWNER_AFTER = /^\s*的([\u4e00-\u9fff]{2,8}?)(?=受|在|是|已|也|的|$)/;
/** The status counted firms reached ("新增173家企业入库纳统"). */
const STATUS = /^(入库纳统|纳统入库|入库|纳统|上市|挂牌)$/;
/** "经济增长5%": the words before the number say only that the economy grew. */
const ECONOMY_GROWTH = /(?:^|[:：,，、;；是])(?:全[省市区县州盟旗]|我[省市区县旗]|本[省市区县])?经济(?:年均)?(?:增长|增速|增幅)(?:为|达到|达)?$/;
/** A basis of comparison that names no indicator ("自然口径增长2.5%,同口径增长14%"). */
const GROWTH_BASIS = /^(自然口径|同口径|可比口径|按?可比价格?(计算)?|按?现价(计算)?|(扣除|剔除)[\u4e00-\u9fff]{1,8}因素(后|影响)?)$/;
/** The plan a figure is measured against ("完成年计划710亿元", "年度目标400亿元"). */
const PLAN_WORDS = /^(完成)?(年|年度|全年)?(计划|目标|预期目标)(任务)?$/;
/** "完成年计划710亿元的89.4%": the share of the plan figure just given that was done. */
const COMPLETION_OF_PLAN = /完成\s*(?:年|年度|全年)?(计划|目标|任务)\s*[\d.]+\s*[\u4e00-\u9fff%]{0,4}\s*的\s*$/;
/** A measure that belongs to the firms or industry just counted ("规上工业企业达7.6万家、增加值增长3%"). */
const OWNED_MEASURE = /^(增加值|总产值|产值|营业收入|营收|利润总额|利润|主营业务收入)$/;

export const NAMING_RULES: readonly NamingRule[] = ruleTable<NamingRule>([
  {
    id: 'name.respectively',
    says: 'In "A、B分别为x、y" the k-th number after 分别 is the k-th name before it; what follows 分别 completes every name.',
    zh: '“A、B分别为x、y”:分别后第k个数属于分别前第k个名称',
    examples: [{ text: '金融业、物流业增加值分别增长6.1%、3.2%。', fact: '物流业增加值 3.2' }, { text: '城镇、农村居民人均可支配收入分别达到47000元和21000元、增长4.1%和6.3%。', fact: '城镇居民人均可支配收入 4.1' }],
    name(c, st, lists) {
      const named = nameFromList(lists, c.quantities, c.q);
      if (!named) return null;
      const { subject } = c.L;
      const after = subject.includes('分别') ? subject.slice(subject.lastIndexOf('分别') + 2) : subject;
      const share = /^占/.test(after);
      const suffix = share ? after : st.listSuffix;
      return { indicator: named + (share ? after : !subject ? suffix : ''), named: true, ...(share ? { listSuffix: after } : {}) };
    },
  },
  {
    id: 'name.second-verb-same-thing',
    says: 'A second counting verb right after a count names the same thing counted ("筹集住房2152套、供应1169套").',
    zh: '紧跟在一个数量后的第二个动词,计的是同一样东西',
    examples: [{ text: '全年建设筹集保障性住房2152套、供应1169套。', fact: '保障性住房供应 1169' }],
    name(c, st) {
      const { prev } = st;
      const { L, q, s, right } = c;
      // The subject is tested before the words between are cut out (most subjects are no counting verb).
      if (!prev || !(COUNT_VERB.test(L.subject) || CONTINUING_COUNT.test(L.subject)) || q.unitClass === 'percent') return null;
      if (!(c.afterList || s.slice(prev.end, q.start).replace(/[\s，,、]/g, '').length <= 4) || readRightNoun(right)) return null;
      // "新开工及筹集X": both verbs go, with the 及 between them.
      const carried = prev.indicator.replace(/^(?:(?:及|和|并)?(?:新增|新引进|引进|引入|培育|认定|建成|建设|新建|新开工|筹集|供应|完成|累计|开工))+/, '');
      // "在建11座" after "完成49座超充站" is 在建超充站; "实际发放3.6亿元" after 扶持资金 is 扶持资金实际发放.
      return { indicator: /^(在建|在施|已建)$/.test(L.subject) ? L.subject + carried : carried + L.subject, carried };
    },
  },
  {
    id: 'name.economy-growth',
    says: 'Growth of "the economy" (经济增长, 全省经济增长) is the growth of the region\'s GDP.',
    zh: '“经济增长”即本地区生产总值的增长',
    // 河南省2026年政府工作报告 (yqcao/China-Fiscal-Data, data/prov-reports/text/2026_HA.txt).
    examples: [{ text: '主要预期目标是:经济增长5%左右,规上工业增加值增长6.5%左右。', fact: '地区生产总值 5' }],
    name: (c) => (!c.L.subject && c.L.growth && ECONOMY_GROWTH.test(c.left.replace(/\s/g, '')) ? { indicator: '地区生产总值' } : null),
  },
  {
    id: 'name.growth-basis',
    says: 'A growth named only by its basis (自然口径, 同口径, 可比价) is another growth of the previous number\'s indicator.',
    zh: '只写口径(自然口径、同口径、可比价)的增长率,是前一指标按该口径的增长',
    examples: [{ text: '一般公共预算收入80.8亿元,自然口径增长2.5%,同口径增长14%。', fact: '一般公共预算收入 14' }],
    name: (c, st) => (st.prev && c.L.growth && GROWTH_BASIS.test(c.L.subject) ? { indicator: st.prev.indicator } : null),
  },
  {
    id: 'name.plan-of-outcome',
    says: 'A plan figure beside an outcome ("产值635亿元,完成年计划710亿元") is of the same indicator (its kind and period: kind.plan-figure).',
    zh: '实际值旁的计划数(“完成年计划710亿元”)是同一指标当年的目标',
    examples: [{ text: '地区生产总值635亿元,完成年计划710亿元的89.4%。', fact: '地区生产总值 710' }],
    name(c, st) {
      const { prev } = st;
      return prev && !c.L.growth && c.q.unitClass !== 'percent' && prev.unit === c.q.unit && PLAN_WORDS.test(c.L.subject) ? { indicator: prev.indicator } : null;
    },
  },
  {
    id: 'name.completion-of-plan',
    says: 'The percent after "完成年计划N的" is how much of that plan the previous indicator reached.',
    zh: '“完成年计划N的P%”是前一指标完成年度计划的比例',
    examples: [{ text: '固定资产投资300亿元,完成年计划385亿元的77.9%。', fact: '固定资产投资完成年度计划比例 77.9' }],
    name(c, st) {
      const clause = st.prev && c.q.unitClass === 'percent' ? c.s.slice(c.clauseStart, c.q.start) : '';
      const plan = clause.includes('完成') ? COMPLETION_OF_PLAN.exec(clause) : null;
      return plan ? { indicator: `${st.prev!.indicator.replace(/完成年度.*$/, '')}完成年度${plan[1]!}比例` } : null;
    },
  },
  {
    id: 'name.measure-of-firms-counted',
    says: 'A bare 增加值/产值/营收 right after a count of firms is those firms\' (规上工业企业 → 规上工业增加值).',
    zh: '紧跟企业个数的“增加值、产值、营收”属于这些企业(规上工业企业→规上工业增加值)',
    examples: [{ text: '规模以上工业企业达1.2万家、增加值增长4.6%。', fact: '规模以上工业增加值 4.6' }],
    name(c, st) {
      const owner = st.prev && OWNED_MEASURE.test(c.L.subject) ? /^(.{2,})企业(数量|数|总数)?$/.exec(st.prev.indicator) : null;
      return owner ? { indicator: owner[1]! + c.L.subject } : null;
    },
  },
  {
    id: 'name.level-by-measure-word',
    says: 'An amount named only by 规模/总量/总额 after a number is the level of the previous number\'s indicator.',
    zh: '只写“规模、总量、总额”的数额,是前一指标的总量',
    examples: [{ text: '地方一般公共预算收入增长8.1%,规模达到420.5亿元。', fact: '一般公共预算收入 420.5' }],
    name: (c, st) => (st.prev && !c.L.growth && c.q.unitClass !== 'percent' && /^(规模|总量|总额|总规模)$/.test(c.L.subject) ? { indicator: st.prev.indicator } : null),
  },
  {
    id: 'name.growth-by-measure-word',
    says: 'A growth named only by a measure word (增速, 增幅) is the growth of the previous number\'s indicator.',
    zh: '只用“增速/增幅”称呼的增长率,属于前一个数的指标',
    examples: [{ text: '工业增加值120亿元,增速下降3.2%。', fact: '工业增加值 -3.2' }],
    name(c, st) {
      return st.prev && c.L.growth && MEASURE_ONLY.test(c.L.subject) ? { indicator: st.prev.indicator } : null;
    },
  },
  {
    id: 'name.subject',
    says: 'The words before the number, tidied of verbs, years and fillers, name it; a counting verb takes the noun counted after it.',
    zh: '数字前的词(去掉动词、年份、虚词)就是指标名',
    examples: [{ text: '全年固定资产投资达到332亿元。', fact: '固定资产投资 332' }],
    name(c) {
      const { L, q, right } = c;
      if (!L.subject || COUNT_VERB.test(L.subject) || /^占/.test(L.subject) || (L.subject.length <= 2 && readRightNoun(right))) return null;
      return { indicator: withCountedNoun(L.subject, q, right) };
    },
  },
  {
    id: 'name.share-owner-after',
    says: 'A share whose owner is named after it ("占GDP比重近四成的金融业") is that owner\'s share.',
    zh: '比重的主体写在后面(“占GDP比重近四成的金融业”)',
    examples: [{ text: '占地区生产总值比重35%的服务业是增长主动力。', fact: '服务业增加值占GDP比重 35' }],
    name(c) {
      const owner = /^占/.test(c.L.subject) ? SHARE_OWNER_AFTER.exec(c.right) : null;
      return owner ? { indicator: owner[1]! + c.L.subject } : null;
    },
  },
  {
    id: 'name.share-of-previous',
    says: 'A bare "占X" after a number is the previous indicator\'s share of X.',
    zh: '数后单独的“占X”是前一指标占X的比重',
    examples: [{ text: '数字经济核心产业增加值980亿元,占地区生产总值12%。', fact: '数字经济核心产业增加值占GDP比重 12' }],
    name(c, st) {
      return /^占/.test(c.L.subject) && st.prev ? { indicator: st.prev.indicator.replace(/占.*$/, '') + c.L.subject } : null;
    },
  },
  {
    id: 'name.verb-and-counted-noun',
    says: 'A count, amount or area with only a verb before it is named by the verb and the noun after it ("新增173家企业入库纳统").',
    zh: '数前只有动词时,由动词加数后的名词命名',
    examples: [{ text: '全年新增120家企业入库纳统。', fact: '新增入库纳统企业 120' }],
    name(c, st) {
      const { q, L, right } = c;
      if (!(q.unitClass === 'count' || q.unitClass === 'measure' || q.unitClass === 'money') || !readRightNoun(right)) return null;
      const verb = L.subject || L.verbOnly.replace(/^(累计|共)/, '') || (c.afterList ? st.prevVerb : '');
      const counting = COUNT_VERB.test(verb) || (verb.length <= 3 && q.unitClass !== 'count');
      // Only a count covers a list of nouns; an area or amount belongs to the first thing named.
      const noun = q.unitClass === 'count' ? readRightNoun(right) : readRightNoun(right).split(/[、或]/)[0]!;
      const rest = right.replace(/\s+/g, '').replace(/^(以上|多|余)/, '');
      const status = counting && q.unitClass === 'count' && rest.startsWith(noun) ? STATUS.exec(rest.slice(noun.length))?.[1] ?? '' : '';
      return { indicator: (counting ? verb : '') + status + noun };
    },
  },
  {
    id: 'name.clause-before',
    says: 'A number with no words of its own (or only a growth verb) is named by the clause just before when that clause names a measurable thing and states no number.',
    zh: '数字本身无名称时,由前一个不含数字的分句命名',
    examples: [{ text: '新型研发机构数量翻番,累计达21家。', fact: '新型研发机构数量 21' }, { text: '工业投资势头强劲,同比增长27.8%。', fact: '工业投资 27.8' }],
    name(c, st) {
      if (c.L.subject) return null;
      const before = namedBefore(c.s, st.prev?.end ?? 0, c.clauseStart, c.region);
      return before ? { indicator: before } : null;
    },
  },
  {
    id: 'name.previous-number',
    says: 'A growth, or a bare number of the same unit, right after a number is of the same indicator; the running total of a flow is the stock.',
    zh: '紧跟的增长率或同单位数字属于前一个指标;流量的累计数是存量',
    examples: [
      { text: '地区生产总值2500亿元,增长5.1%。', fact: '地区生产总值 5.1' },
      { text: '第二产业增加值323亿元,完成年计划362亿元的89.2%,下降2.0%。', fact: '第二产业增加值 -2' },
      { text: '新增创新载体41家,累计达85家。', fact: '创新载体数量 85' },
    ],
    name(c, st) {
      const { prev } = st;
      const { L, q } = c;
      if (!prev || !(L.growth || (!L.subject && (prev.unit === null || prev.unit === q.unit)))) return null;
      let indicator = L.cumulative && !L.growth && /^(新增|新引进|引进)/.test(prev.indicator) ? prev.indicator.replace(/^(新增|新引进|引进)/, '') + '数量' : prev.indicator;
      // "诊疗量占总诊疗量的45%，增长5.7%": a growth after a share is the growth of the share's owner.
      // "完成年计划710亿元的89.4%，增长2.0%": likewise after the share of a plan that was done.
      if (L.growth && q.unitClass === 'percent' && q.unit !== '个百分点' && prev.measure === 'share') indicator = indicator.replace(/(占.*|完成年度.{1,4}比例)$/, '') || indicator;
      return { indicator };
    },
  },
]);

/** The first naming rule that applies, with its id; an empty name when none does. */
export function nameNumber(c: Clause, st: ListState, lists: RespectivelyLists | undefined): Naming & { rule: string | null } {
  // One object shape for every answer (no spread of the rules' differently shaped ones): this runs per number.
  for (const rule of NAMING_RULES) {
    const n = rule.name(c, st, lists);
    if (n) return { indicator: n.indicator, carried: n.carried, named: n.named, listSuffix: n.listSuffix, rule: rule.id };
  }
  return { indicator: '', carried: undefined, named: undefined, listSuffix: undefined, rule: null };
}

/**
 * "3个保险园区引进18家保险机构", "前瞻性布局5个重点实验室": a phrase ending in a counting verb takes the counted
 * noun after the number; an adverb before the verb ("前瞻性", "大力") names nothing.
 */
export function withCountedNoun(subject: string, q: Pick<Quantity, 'unitClass'>, right: string): string {
  if (q.unitClass !== 'count' || !COUNTING_VERB_ENDS.has(subject.charCodeAt(subject.length - 1))) return subject;
  const m = COUNTING_VERB_AT_END.exec(subject);
  const noun = m ? readRightNoun(right) : '';
  if (!noun || !m) return subject;
  return (/^(.{1,3}性|.{1,3}地|大力|积极|加快|全力|重点|集中|率先|持续|着力)?$/.test(m[1]!) ? m[2]! : subject) + noun;
}

const COUNTING_VERBS = ['引进', '引入', '培育', '布局', '打造', '集聚', '新增', '建成', '设立', '认定', '储备'];
const COUNTING_VERB_AT_END = new RegExp(`^(.*?)(${COUNTING_VERBS.join('|')})$`);
/** The last characters of COUNTING_VERBS: a subject ending otherwise ends with none of them. */
const COUNTING_VERB_ENDS = new Set(COUNTING_VERBS.map((v) => v.charCodeAt(v.length - 1)));

/** How a clause judges what it names ("工业投资势头强劲", "机构数量翻番"): no part of the name. */
const EVALUATION = /(势头强劲|增势强劲|强劲|翻番|翻一番|持续增长|稳步增长|大幅增长|快速增长|保持增长|较快增长|稳中有升|稳中向好|持续向好|明显回升)$/;

/** The indicator named by the clause right before `clauseStart`, if that clause (after `from`) states no number. */
function namedBefore(s: string, from: number, clauseStart: number, region: string): string | null {
  if (clauseStart <= 1 || clauseStart - 1 <= from) return null;
  const before = s.slice(Math.max(from, lastBreakBefore(s, clauseStart - 1)), clauseStart - 1);
  if (/\d/.test(before) || before.length > 16) return null;
  const subject = readLeft(before.replace(EVALUATION, ''), region).subject;
  return /^[\u4e00-\u9fff]{2,12}(数量|数|量|总数|规模|总额|投资|收入|产值|增加值|营收|消费|出口|进口|进出口|利润|总产出)$/.test(subject) ? subject : null;
}

function nameFromList(lists: RespectivelyLists | undefined, quantities: readonly Quantity[], q: Quantity): string | undefined {
  const group = lists?.filter((g) => g.at < q.start).pop();
  if (!group) return undefined;
  const after = quantities.filter((x) => x.start > group.at);
  const k = after.filter((x) => x.start <= q.start).length - 1;
  // "分别达到37462元和17597元、增长7%和10%": numbers in rounds of as many as the names; each round starts over.
  const n = group.names.length;
  const rounds = n > 0 && after.length > n && after.length % n === 0 && after.every((x, i) => x.unit === after[i - (i % n)]!.unit);
  return group.names[rounds ? k % n : k];
}
