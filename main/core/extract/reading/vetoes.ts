// Vetoes: numbers that are not an indicator of the region, whatever their words. Three stages, each an
// ordered table: a sentence's topic, a number before it is named, and a named number. The trace records the
// first veto that refuses a number (readReport(…, { trace: true }).rejected).
import type { Quantity } from '../numbers';
import { isAboutOtherPlace, isRegionItself, startsWithOtherPlace } from '../places';
import { readRightNoun } from '../phrase';
import { continuedFrom, isThreshold, keepCount } from '../judge';
import { INVENTORY_VERB, PLACE_PART, RATE_HEAD, WORKS } from '../words';
import type { Clause } from './clause';
import { lastBreakBefore } from './clause';
import type { Naming } from './naming';
import { ruleTable, type Rule } from './rule';
import type { ListState } from './state';

export interface TopicVeto extends Rule {
  /** `topic`: the sentence from its full stop back (a paragraph at most). */
  rejects(topic: string): boolean;
}

export interface ScanVeto extends Rule {
  rejects(s: string, q: Quantity, next: Quantity | undefined): boolean;
}

export interface NumberVeto extends Rule {
  rejects(c: Clause, st: ListState): boolean;
}

export interface NamedVeto extends Rule {
  rejects(c: Clause, st: ListState, n: Naming): boolean;
}

const WHOLE_AREA = /^全[省市区县州盟旗](?![省市区县州盟旗])/;
const SHARE_OF_PARENT = /^\s*占\s*(全市|全省|全国|全区|全州|全盟)\s*(的|比重|总量的)?\s*$/;

export const TOPIC_VETOES: readonly TopicVeto[] = ruleTable<TopicVeto>([
  {
    id: 'veto.counterpart-assistance',
    says: 'Figures of counterpart assistance (东西部协作, 对口帮扶) are the assisted places\', not the region\'s; the topic runs to the full stop.',
    zh: '对口帮扶、东西部协作的数字属于受援地,不属于本地区',
    examples: [{ text: '深化东西部协作,全年投入帮扶资金1.5亿元。', fact: '1.5' }],
    rejects: (topic) => /(东西部协作|对口帮扶|对口支援|对口协作|援建|结对帮扶|受援地)/.test(topic),
  },
]);

export const SCAN_VETOES: readonly ScanVeto[] = ruleTable<ScanVeto>([
  {
    id: 'veto.threshold-in-noun-phrase',
    says: 'A number inside a noun phrase that the next number counts is a threshold describing the things counted.',
    zh: '名词短语里的门槛数(“产值10亿元以上企业”)不是数据',
    examples: [{ text: '引进产值10亿元以上企业3家。', fact: '10' }],
    rejects: isThreshold,
  },
]);

export const NUMBER_VETOES: readonly NumberVeto[] = ruleTable<NumberVeto>([
  {
    id: 'veto.other-place',
    says: 'A number about another place (named in its clause), or a list continuing one, is that place\'s.',
    zh: '分句中讲的是其他地方的数字',
    examples: [{ text: '全区地区生产总值增长5.2%,落后台江区的6.1%、仓山区的6.5%。', fact: '6.5' }],
    // "占全市17.9%" in a district's report is the district's share of its city, not the city's figure.
    rejects: (c, st) => (isAboutOtherPlace(c.s.slice(c.clauseStart, c.q.start), c.region) && !SHARE_OF_PARENT.test(c.left)) || (c.afterList && !c.L.subject && st.otherPlaceAt === c.i - 1),
  },
  {
    id: 'veto.count-of-names-just-listed',
    says: 'A count right after names listed with 、 ("公安、教育、医疗4个行业平台") counts the names, it is no indicator.',
    zh: '紧跟在顿号列举后的计数只是在数名称',
    examples: [{ text: '公安、教育4个行业平台上线。', fact: '4' }],
    rejects: (c) => c.dun >= 0 && !c.afterList && c.left.length < 8 && c.q.unitClass === 'count' && /、/.test(c.s.slice(c.segStart, c.q.start)),
  },
]);

/** A clause comparing with another figure: "高于全市平均水平", "分别高出全市平均增速", "比全市高" (not "比上年"). */
function gapClause(clause: string): boolean {
  return /(高于|低于|快于|慢于|高出|超出|领先于?|落后于?)/.test(clause) || /比(?!上年|去年|同期|上年同期)[^，,；;。]{1,12}(高|低|快|慢)[\d.、和及\s]*$/.test(clause);
}

// Every named number meets every veto below: a pattern that must end the words before the number is tried
// only when its key word is in them at all (includes is one pass; the regex tries every position).
export const NAMED_VETOES: readonly NamedVeto[] = ruleTable<NamedVeto>([
  {
    id: 'veto.no-name',
    says: 'A number that no rule could name (or named by one character, or by over 30) is not kept.',
    zh: '没有规则能给这个数命名',
    examples: [{ text: '其中,5个。', fact: '5' }],
    rejects: (_c, _st, n) => !n.indicator || !/[\u4e00-\u9fffA-Za-z]{2}/.test(n.indicator) || n.indicator.length > 30,
  },
  {
    id: 'veto.move-against-other-period',
    says: 'How a growth moved against another period ("比一季度提高0.5个百分点") is no indicator of its own.',
    zh: '与其他时期相比的变化(比一季度提高…)不是单独的指标',
    examples: [{ text: '地区生产总值增长5.2%,比一季度提高0.5个百分点。', fact: '0.5' }],
    rejects: (_c, _st, n) => /^(比|较)/.test(n.indicator),
  },
  {
    id: 'veto.other-place-named',
    says: 'A name that starts with another place, or is the region itself, is not the region\'s indicator.',
    zh: '名称以其他地方开头,或就是本地区名',
    examples: [{ text: '台江区地区生产总值增长6.3%。', fact: '6.3' }],
    // A document whose region nothing names (a bulletin fragment) is about the whole area its 全市/全省 speaks of.
    rejects: (c, _st, n) => (startsWithOtherPlace(n.indicator, c.region) && !(c.region === '' && WHOLE_AREA.test(n.indicator))) || isRegionItself(n.indicator, c.region),
  },
  {
    id: 'veto.preposition-clause',
    says: 'A clause led by a preposition (将, 与, 为, 通过, 向) says what was done to or with someone, not what the indicator is.',
    zh: '介词(将、与、为、通过、向)引出的分句讲的是对谁做了什么',
    examples: [{ text: '为中小企业提供授信额度12亿元。', fact: '12' }],
    rejects: (_c, _st, n) => /^(将|把|与|同|为|通过|面向|向|对)(?![\u4e00-\u9fff]?(率|比|量|数)$)/.test(n.indicator),
  },
  {
    id: 'veto.count-of-named-projects',
    says: 'A number right after 等 counts the things just named ("甲大厦、乙中心等5个"), unless it counts a noun after it.',
    zh: '“等”后的数在数刚列举的事物',
    examples: [{ text: '完成甲大厦、乙中心等8.5万平方米。', fact: '8.5' }],
    rejects: (c) => c.left.includes('等') && /等\s*$/.test(c.left) && c.q.unitClass !== 'percent' && (c.q.unitClass !== 'count' || !readRightNoun(c.right)),
  },
  {
    id: 'veto.part-of-previous',
    says: 'A number in brackets after 含/其中 is part of the number just stated.',
    zh: '括号里“含/其中”的数是前一个数的一部分',
    examples: [{ text: '建成超充设施120座(含30座超充站)。', fact: '30' }],
    rejects: (c) => (c.left.includes('含') || c.left.includes('其中')) && /[(（](含|其中)\s*$/.test(c.left),
  },
  {
    id: 'veto.not-a-counted-indicator',
    says: 'A count of projects, meetings, campaigns or people served is no indicator; only counts of firms, places, beds, talents and the like are.',
    zh: '项目、会议、活动、服务人次的计数不是指标',
    examples: [{ text: '全年引进培训项目35个。', fact: '35' }],
    rejects: (c, _st, n) => !keepCount(c.q, n.indicator, c.right, n.carried ?? ''),
  },
  {
    id: 'veto.inventory',
    says: 'What was surveyed or listed (梳理, 摸排, 盘点) is an inventory, not an outcome.',
    zh: '梳理、摸排、盘点出的是清单,不是成果',
    examples: [{ text: '梳理低效用地120公顷。', fact: '120' }],
    rejects: (_c, _st, n) => INVENTORY_VERB.test(n.indicator),
  },
  {
    id: 'veto.project-list-size',
    says: 'The total investment of a list of projects, like their count, is no indicator of the region.',
    zh: '一批项目的总投资与项目个数一样,不是本地区指标',
    examples: [{ text: '谋划重大项目103个,总投资1070亿元。', fact: '1070' }],
    rejects(c, _st, n) {
      if (c.q.unitClass !== 'money' || !/^(计划)?总投资$|^投资总额$/.test(n.indicator)) return false;
      return /项目|\d\s*个/.test(c.s.slice(lastBreakBefore(c.s, Math.max(0, c.clauseStart - 1)), c.q.start) + c.s.slice(c.q.end, c.q.end + 16));
    },
  },
  {
    id: 'veto.campaign-effect',
    says: 'What a campaign is said to have set off (拉动, 带动, 撬动) is its claimed effect, not a measured indicator.',
    zh: '活动“拉动、带动”的效果是宣称的,不是统计指标',
    examples: [{ text: '发放消费券,直接拉动消费5.5亿元。', fact: '5.5' }],
    rejects: (_c, _st, n) => /^(直接|间接|共|累计)?(拉动|带动|撬动)/.test(n.indicator),
  },
  {
    id: 'veto.people-reached',
    says: 'The people a service reached ("面向469名青年提供…") is no indicator of the region.',
    zh: '服务覆盖的人数(面向…名)不是本地区指标',
    examples: [{ text: '面向320名青年人才提供公寓。', fact: '320' }],
    rejects: (c) => c.q.unitClass === 'count' && (c.left.includes('给') || c.left.includes('面向')) && /(面向|给予|给)\s*$/.test(c.left),
  },
  {
    id: 'veto.place-or-piece-of-work',
    says: 'An area that is a place ("片区北侧23.7公顷") or a piece of work ("…抚育工作") is no indicator.',
    zh: '作为地块或某项工作的面积不是指标',
    examples: [{ text: '完成160公顷中幼龄林抚育工作。', fact: '160' }],
    rejects: (c, _st, n) => c.q.unitClass === 'measure' && (PLACE_PART.test(n.indicator) || /(工作|活动|行动)$/.test(readRightNoun(c.right))),
  },
  {
    id: 'veto.length-or-progress-of-works',
    says: 'Lengths of roads and pipes, and bare percentages of works\' progress, are project details, not indicators.',
    zh: '道路管网长度、工程进度百分比是项目细节',
    examples: [{ text: '新建改造雨污管网8.5公里。', fact: '8.5' }],
    // (Kept, by the 总里程 exception: '全区高速公路总里程达到90公里' — tests/core/extract-rules.test.ts.)
    // The length of a whole network ("高速公路总里程达到9000公里") is a stock of the region, not a project detail;
    // a planned length (规划总里程) is a project's.
    rejects: (c, _st, n) => (/^(公里|千米|米)$/.test(c.q.unit ?? '') || (c.q.unitClass === 'percent' && !c.L.growth && !/占/.test(n.indicator))) && WORKS.test(n.indicator) && !(/(总里程|通车里程|运营里程)$/.test(n.indicator) && !/^(规划|计划|设计)/.test(n.indicator)),
  },
  {
    id: 'veto.count-of-listed-names',
    says: 'A count after two or more names listed with 、 and a short subject counts those names.',
    zh: '两项以上列举后、主语很短的计数只是在数名称',
    examples: [{ text: '建成公园5个、书屋、绿道、驿站12个。', fact: '12' }],
    rejects: (c) => c.q.unitClass === 'count' && (c.s.slice(c.segStart, c.q.start).match(/、/g)?.length ?? 0) >= 2 && c.L.subject.length <= 4,
  },
  {
    id: 'veto.bare-verb-amount',
    says: 'A bare verb before an amount or area ("收回6.5万平方米", "推进8.3公里") names no indicator.',
    zh: '金额或面积前只有一个单独的动词(收回、推进),没有指标名',
    examples: [{ text: '全年收回6.5万平方米。', fact: '6.5' }],
    rejects: (c, _st, n) => (c.q.unitClass === 'measure' || c.q.unitClass === 'money') && !n.carried && n.indicator === c.L.subject && c.L.subject.length <= 2 && !readRightNoun(c.right),
  },
  {
    id: 'veto.bare-percent',
    says: 'A percentage that is neither a growth, a share, a named rate nor linked by a verb (达, 为, 超) is no fact.',
    zh: '既非增长、比重、具名比率,也无“达、为、超”连接的百分数',
    examples: [{ text: '推动服务提质90%项目。', fact: '90' }],
    rejects(c, st, n) {
      return c.q.unitClass === 'percent' && !c.L.growth && !/占/.test(c.L.subject) && !n.named && !continuedFrom(st.prev, n.indicator) &&
        !RATE_HEAD.test(n.indicator) && !/(达|为|到|至|超|过|于|在|有|现|持|升|高|是)$/.test(c.left.trim());
    },
  },
  {
    id: 'veto.gap-to-other-figure',
    says: 'A gap in percentage points to another figure ("高于全市平均水平5个百分点", "比全市高1.7个百分点") compares two growths; it is no indicator (a change against last year, "比上年提高1.2个百分点", is kept).',
    zh: '与其他地区或平均水平相比高出、低于的百分点差距不是指标',
    // sz_pingshan_2017_exec_2018_draft (shared/real-reports): "增长15%,高于全市平均水平5个百分点"; the second example is made up.
    examples: [{ text: '规上工业增加值增长15%,高于全市平均水平5个百分点。', fact: '5' }, { text: '规模以上工业增加值增长6%,增速快于平均水平2.1个百分点。', fact: '2.1' },
      { text: '生物、新材料产业增加值分别增长30%、25%,分别高出全市平均增速22.7和7.2个百分点。', fact: '22.7' }],
    // Read on the clause up to the number, so every member of "分别高出全市平均增速12、22.7和7.2个百分点" is refused.
    rejects: (c) => /百分点$/.test(c.q.unit ?? '') && gapClause(c.s.slice(c.clauseStart, c.q.start)),
  },
  {
    id: 'veto.margin-over-plan',
    says: 'A percentage by which a plan was exceeded ("完成投资2929亿元、超年度计划28%") is a margin, not an indicator (a completion rate "完成年度计划的115%" is kept).',
    zh: '“超年度计划××%”是超出计划的幅度,不是指标',
    // gansu_2026 (yqcao/China-Fiscal-Data data/prov-reports/text/2026_GS.txt): "304个省列重大项目完成投资2929亿元、超年度计划28%"; the second example is made up.
    examples: [{ text: '省列重大项目完成投资2929亿元、超年度计划28%。', fact: '28' }, { text: '全年完成固定资产投资85亿元,超年初计划12%。', fact: '12' }],
    rejects: (c) => c.q.unitClass === 'percent' && c.left.includes('超') && /超(?:出|过|额)?(?:年度|全年|年初|序时)?(?:计划|目标|任务|进度)\s*$/.test(c.left.trim()),
  },
  {
    id: 'veto.payout-to-people-counted',
    says: 'An amount paid or recovered for a counted group ("为6107名困难家庭高校新生发放资助金5637.2万元") is one programme\'s, not the region\'s indicator.',
    zh: '“为××名…发放/追回××元”是某项帮扶的金额,不是本地区指标',
    // gansu_2026 (yqcao/China-Fiscal-Data data/prov-reports/text/2026_GS.txt).
    examples: [{ text: '为6107名困难家庭高校新生发放资助金5637.2万元。', fact: '5637.2' }, { text: '为5.01万名农民工追回欠薪6.83亿元。', fact: '6.83' }],
    rejects: (c) => c.q.unitClass === 'money' && /^为\s*[\d.]+\s*万?\s*(名|户|人|位|家)/.test(c.s.slice(c.clauseStart, c.q.start).trim()),
  },
  {
    id: 'veto.size-class-of-items',
    says: 'A size after 单笔/单个/单项, or an age, with 以上/以下 ("单笔50万元以下拖欠企业账款", "60岁以上人群") is the class of the things or people meant, not a figure.',
    zh: '“单笔××万元以下”是所指事项的规模档次,不是数据',
    // gansu_2026 (yqcao/China-Fiscal-Data data/prov-reports/text/2026_GS.txt): "单笔50万元以下拖欠企业账款全部清零".
    // An age with 以上/以下 ("60岁以上人群", sz_pingshan_2022_exec_2023_plan in shared/real-reports) is the age group meant.
    examples: [{ text: '单笔50万元以下拖欠企业账款全部清零。', fact: '50' }, { text: '推动60岁以上人群全程接种。', fact: '60' }],
    // An age group is followed by the people it names; "人均预期寿命提高到80岁以上," ends its clause and is kept.
    rejects: (c) => (/^\s*(及以上|及以下|以上|以下)/.test(c.right) && /(单笔|单个|单项|单次|单宗|单户|每笔)$/.test(c.left.trim())) ||
      (c.q.unit === '岁' && /^\s*(及以上|及以下|以上|以下)[\u4e00-\u9fff]/.test(c.right)),
  },
]);

/** A veto's test called with its one to three arguments in place (the table's type says which). */
type UpToThree = (a: unknown, b: unknown, c: unknown) => boolean;

export function firstVeto<A extends [unknown, unknown?, unknown?]>(table: readonly (Rule & { rejects(...a: A): boolean })[], ...args: A): string | null {
  // Called for every number of every sentence: the arguments are passed as they are, not spread again per veto.
  const [a, b, c] = args;
  for (const v of table) if ((v.rejects as unknown as UpToThree)(a, b, c)) return v.id;
  return null;
}
