// Rewrites: after a rule has named a number, these complete or tidy the name, in this order. Each is a
// general statement about wording; the trace lists the ones that changed a fact's name.
import type { Measure } from '../../types';
import { canonicalIndicator, indicatorInfo } from '../../catalog';
import { nameFromSentence } from '../context-names';
import { LEADING_VERB, withoutExamples } from '../judge';
import { readLeft, readRightNoun } from '../phrase';
import { COUNTED_INDICATOR_HEAD } from '../words';
import type { Clause } from './clause';
import { lastBreakBefore } from './clause';
import { unitNaming } from './unit-names';
import { ruleTable, type Rule } from './rule';
import type { ListState } from './state';

export interface RewriteInput {
  c: Clause;
  st: ListState;
  measure: Measure;
  /** The counting verb carried into this clause from the clause before (state.ts clauseVerbOf). */
  clauseVerb: string;
}

export interface RewriteRule extends Rule {
  /** The new name; or the new name and the id of the finer rule that made it (unit-names.ts). */
  rewrite(indicator: string, x: RewriteInput): string | { name: string; rule: string | null };
}

/** A name the catalogue lists exactly as written (not after trimming words off it). */
const isWholeCatalogueName = (name: string) => canonicalIndicator(name) === name && indicatorInfo(name).known;
const MANNER_OR_BASIS_WORDS = ['强劲', '稳步', '快速', '大幅', '较快', '平稳', '持续', '明显', '增速', '增幅', '增长率', '同口径', '自然口径', '可比口径'];
const MANNER_OR_BASIS = new RegExp(`(${MANNER_OR_BASIS_WORDS.join('|')})+$`);
/** The characters a manner or basis word ends with: a name ending otherwise has none to cut (and is not searched). */
const MANNER_OR_BASIS_ENDS = new Set(MANNER_OR_BASIS_WORDS.map((w) => w.charCodeAt(w.length - 1)));
const SUMMARY_BEFORE = /^(主要经济指标|主要指标|经济运行|经济发展)[\u4e00-\u9fff]{0,4}?(增长强劲|强劲|稳中有进|稳中向好|稳中有升|持续向好|好于预期|回升向好|平稳|良好)/;
const GENERIC_MEASURE = /^(总产出|增加值|总产值|产值|营业收入|营收|总营收)$/;
/** An industry a sentence opens with ("数字经济主引擎地位…", "海洋产业…"). */
const SENTENCE_INDUSTRY = /^\s*([\u4e00-\u9fff]{2,8}?(?:经济|产业|服务业|制造业|工业|农业))(?![\u4e00-\u9fff]*[\d])/;

export const REWRITE_RULES: readonly RewriteRule[] = ruleTable<RewriteRule>([
  {
    id: 'rewrite.rate-named-by-verb',
    says: 'A rate named by its verb (覆盖, 参与, 知晓) is that verb\'s rate.',
    zh: '以动词命名的比率(覆盖、参与、知晓)即该动词的比率',
    examples: [{ text: '居民电子健康档案覆盖85%。', fact: '居民电子健康档案覆盖率 85' }],
    rewrite: (ind, { measure }) => (measure === 'rate' && /(覆盖|参与|知晓|达标|开通|回收利用|分类)$/.test(ind) ? ind + '率' : ind),
  },
  {
    id: 'rewrite.average-of-rate',
    says: 'A rate\'s average over the period (失业率平均值) is how the period\'s rate is stated: the same indicator.',
    zh: '比率的期内平均值(失业率平均值)就是该期的比率',
    examples: [{ text: '全年城镇登记失业率平均值为2.6%。', fact: '城镇登记失业率 2.6' }],
    rewrite: (ind, { c }) => (c.q.unitClass === 'percent' && (ind.endsWith('值') || ind.endsWith('平')) ? ind.replace(/^(.+率)(平均值|平均水平|均值)$/, '$1') : ind),
  },
  {
    id: 'rewrite.manner-of-growth',
    says: 'How a growth went (强劲, 稳步, 快速, 大幅) and the measure or basis words of a growth (增速, 同口径) are no part of its name.',
    zh: '增长的方式(强劲、稳步、快速、大幅)和增长的口径词(增速、同口径)不属于指标名',
    examples: [{ text: '规模以上服务业营业收入强劲增长13.6%。', fact: '规模以上服务业营业收入 13.6' }, { text: '税收收入同口径增长3.6%。', fact: '税收收入 3.6' }, { text: '一般公共预算收入增速达12.5%。', fact: '一般公共预算收入 12.5' }],
    // A name the catalogue knows as a whole (人口自然增长率) keeps its words.
    rewrite(ind, { c, measure }) {
      if (!(c.L.growth || measure === 'growth') || !MANNER_OR_BASIS_ENDS.has(ind.charCodeAt(ind.length - 1))) return ind;
      // The catalogue is asked only when there are words to cut.
      const cut = ind.replace(MANNER_OR_BASIS, '');
      return cut && cut !== ind && !isWholeCatalogueName(ind) ? cut : ind;
    },
  },
  {
    id: 'rewrite.summary-before-name',
    says: 'A summary judgement run into a name when a separator was lost ("主要经济指标增长强劲地区生产总值…") is no part of it.',
    zh: '标点丢失后连进指标名的概括语(“主要经济指标增长强劲地区生产总值”)不属于指标名',
    examples: [{ text: '主要经济指标稳中有进地区生产总值1820亿元。', fact: '地区生产总值 1820' }],
    // SUMMARY_BEFORE opens with 主要 or 经济: other names are not searched.
    rewrite: (ind) => (ind.startsWith('主要') || ind.startsWith('经济') ? ind.replace(SUMMARY_BEFORE, '') || ind : ind),
  },
  {
    id: 'rewrite.owner-of-generic-measure',
    says: 'A generic measure (总产出, 增加值, 营收) with no owner belongs to the industry the sentence opens with.',
    zh: '没有主体的泛称量(总产出、增加值、营收)属于句首所讲的产业',
    examples: [{ text: '数字经济主引擎地位不断增强,总产出超4600亿元。', fact: '数字经济总产出 4600' }],
    rewrite(ind, { c }) {
      if (!GENERIC_MEASURE.test(ind)) return ind;
      const owner = SENTENCE_INDUSTRY.exec(c.s.slice(0, c.clauseStart));
      return owner ? owner[1]! + ind : ind;
    },
  },
  {
    id: 'rewrite.examples-before-deng',
    says: 'Names listed before 等 are examples; the indicator is the verb and the noun counted.',
    zh: '“等”前列举的是例子,指标是动词加所计名词',
    examples: [{ text: '引进甲银行、乙证券等12家持牌金融机构。', fact: '引进持牌金融机构 12' }],
    rewrite: (ind, { c }) => withoutExamples(ind, c.afterList ? c.s.slice(c.clauseStart, c.q.start) : c.left, c.right),
  },
  {
    id: 'rewrite.count-of-listed-examples',
    says: 'As many names as the count, listed before it, are examples of the noun counted.',
    zh: '列举的名称个数等于计数时,这些名称只是所计名词的例子',
    examples: [{ text: '新引进甲公司、乙公司2家持牌金融机构。', fact: '引进持牌金融机构 2' }],
    rewrite(ind, { c }) {
      if (c.q.unitClass !== 'count' || c.afterList) return ind;
      // No 、 before the number, no list: the segment is not cut up.
      // As many names as the count: counted by their 、 before the segment is cut up.
      const names = listMarksIn(c.s, c.segStart, c.q.start) + 1;
      if (names < 2 || names !== c.q.value) return ind;
      const listed = c.s.slice(c.segStart, c.q.start).replace(/\s/g, '').split('、');
      if (listed.length < 2 || listed.length !== c.q.value || !readRightNoun(c.right)) return ind;
      return (LEADING_VERB.exec(listed[0]!.replace(/^(全年|其中)/, ''))?.[0].replace(/^(全年|共)/, '') ?? '') + readRightNoun(c.right);
    },
  },
  {
    id: 'rewrite.list-verb-to-items',
    says: 'The counting verb of a list belongs to every item of it ("新增新型研发机构6个、创新载体10个").',
    zh: '列举的计数动词适用于每一项',
    examples: [{ text: '新增新型研发机构6个、创新载体10个。', fact: '新增创新载体 10' }],
    rewrite(ind, { c, st }) {
      return c.afterList && st.prevVerb && ind === c.L.subject && !LEADING_VERB.test(ind) && (c.q.unitClass === 'count' || c.q.unitClass === 'measure') ? st.prevVerb + ind : ind;
    },
  },
  {
    id: 'rewrite.verb-of-clause-before',
    says: 'A count naming only firms, in the clause after a count of the same unit, takes that clause\'s verb.',
    zh: '只写企业的计数沿用前一同单位分句的动词',
    examples: [{ text: '引进产值10亿元以上企业3家,产值千万元以上企业5家。', fact: '引进产值千万元以上企业 5' }],
    rewrite(ind, { c, clauseVerb }) {
      return clauseVerb && ind === c.L.subject && !LEADING_VERB.test(ind) && COUNTED_INDICATOR_HEAD.test(ind) ? clauseVerb + ind : ind;
    },
  },
  {
    id: 'rewrite.completed-by-unit',
    says: 'Wording that only the unit or the measure completes: the first rule of unit-names.ts that applies (its id is traced).',
    zh: '由单位或口径补全的名称(见单位规则)',
    examples: [],
    rewrite: (ind, { c, st, measure }) => unitNaming(ind, c.q, measure, c.left, st.prev?.indicator ?? ''),
  },
  {
    id: 'rewrite.programme-of-sentence',
    says: 'A generic amount (税收, 投入, 总金额) is named by the programme its sentence is about.',
    zh: '泛称的金额(税收、投入、总金额)以句子所讲的项目命名',
    examples: [{ text: '全年招商引资成效明显,实缴税收2.1亿元。', fact: '招商引资实缴税收 2.1' }],
    // Only an amount of money is named so; the other numbers skip cutting the sentence into parts.
    rewrite: (ind, { c }) => c.q.unitClass !== 'money' ? ind : nameFromSentence(ind, c.q.unitClass, c.s.slice(0, c.clauseStart), c.s.slice(c.clauseStart, c.q.start), c.s.slice(c.q.end), c.previousSentence),
  },
  {
    id: 'rewrite.pass-rate-of-checks',
    says: 'A bare pass rate is the rate of the checks named in the clause before.',
    zh: '单独的合格率是前一分句所讲检查的合格率',
    examples: [{ text: '食用农产品抽检3200批次,合格率达98.5%。', fact: '食用农产品抽检合格率 98.5' }],
    rewrite(ind, { c }) {
      return c.q.unitClass === 'percent' && ind === c.L.subject && /^[\u4e00-\u9fff]{1,2}率$/.test(ind) ? checkedBefore(c.s, c.clauseStart, c.region) + ind : ind;
    },
  },
  {
    id: 'rewrite.share-within-previous',
    says: 'A share after 其中 is a share within the number just given.',
    zh: '“其中”后的比重是刚给出的数之内的比重',
    examples: [{ text: '引进人才5200人,其中本科及以上学历占比90%。', fact: '引进人才中本科及以上学历占比 90' }],
    rewrite(ind, { c, st, measure }) {
      const { prev } = st;
      if (!prev || (measure !== 'share' && measure !== 'rate') || prev.measure === 'share' || prev.measure === 'rate' || c.q.unitClass !== 'percent') return ind;
      return /^\s*其中/.test(c.s.slice(c.clauseStart, c.q.start)) && /(比例|占比|比重)$/.test(ind) && !ind.startsWith(prev.indicator) ? `${prev.indicator}中${ind}` : ind;
    },
  },
  {
    id: 'rewrite.paying-out-names-nothing',
    says: 'Paying out or announcing money (发放, 公示) names no different indicator.',
    zh: '“发放、公示”资金不改变指标',
    examples: [{ text: '全年发放救助资金1.2亿元。', fact: '社会救助资金 1.2' }],
    rewrite: (ind, { c }) => (c.q.unitClass === 'money' && (ind.includes('发放') || ind.includes('公示')) ? ind.replace(/^.{0,6}(发放|公示)(?=[\u4e00-\u9fff]{2})/, '') : ind),
  },
  {
    id: 'rewrite.building-names-nothing',
    says: 'Building or completing things counted (建成, 完成) names no different indicator.',
    zh: '“建成、完成”若干个不改变所计指标',
    examples: [{ text: '全年建成养老服务驿站15个。', fact: '养老服务驿站 15' }],
    rewrite: (ind, { c }) => (c.q.unitClass === 'count' && (ind.startsWith('建') || ind.startsWith('完')) ? ind.replace(/^(建成|建立|完成)(?=[\u4e00-\u9fff]{2})/, '') : ind),
  },
]);

/** How many 、 are in s[from, to). */
function listMarksIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === LIST_COMMA) n++;
  return n;
}
const LIST_COMMA = '、'.charCodeAt(0);

/** Applies the rewrites in order; `rules` receives the id of each that changed the name. */
export function rewriteName(indicator: string, x: RewriteInput, rules: string[]): string {
  let name = indicator;
  for (const rule of REWRITE_RULES) {
    const out = rule.rewrite(name, x);
    const next = typeof out === 'string' ? out : out.name;
    if (next !== name) rules.push(typeof out === 'string' ? rule.id : out.rule ?? rule.id);
    name = next;
  }
  return name;
}

/** "食用农产品抽检及快筛快检52249批次," → 食用农产品抽检: the checks the clause before `clauseStart` reports. */
function checkedBefore(s: string, clauseStart: number, region: string): string {
  if (clauseStart <= 1) return '';
  const before = s.slice(lastBreakBefore(s, clauseStart - 1), clauseStart - 1);
  const checks = /^(.{2,16}?(?:抽检|抽查|抽样|检测|检验|监测))/.exec(before.replace(/\s/g, ''));
  return checks ? readLeft(checks[1]!, region).subject.replace(/^(开展|完成|实施|组织|进行)/, '') : '';
}
