// The small grammar of plan reports: the words that sit between an indicator and its number. Each list is
// written longest-first where one spelling contains another.
import type { Qualifier } from '../types';

/** Qualifier words just before a number. `over` is 超过-style: more_than for an outcome, at_least for a target. */
export const PRE_QUALIFIERS: readonly [RegExp, Qualifier | 'over'][] = [
  [/(不低于|不少于|至少|不小于)$/, 'at_least'],
  [/(不超过|不高于|不多于|控制在|保持在|低于|不足|少于|小于|以内)$/, 'at_most'],
  [/(超过|超出|超|逾|高于|突破|多于|大于)$/, 'over'],
  // Not the 约 of 签约/制约/合约, nor the 近 of 最近/附近.
  [/(接近|大约|将近|(?<![签制合公条预节简契])约|(?<![最附])近)$/, 'approx'],
];

/** Qualifier words just after a number and its unit. */
export const POST_QUALIFIERS: readonly [RegExp, Qualifier | 'over'][] = [
  [/^(左右|上下)/, 'approx'],
  [/^(以上|多|余)/, 'over'],
  [/^(以内|以下)/, 'at_most'],
];

/** Verbs that turn a percentage into a change of the indicator; the sign is negative for falls. */
export const GROWTH_VERB = /(年均增长|年均增速为|年均增速达|年均增速|年平均增长|年均提高|年均下降|年均降低|同比增长|同比上涨|同比下降|同比减少|比上年增长|比上年下降|增长|增速为|增速达|增速|增幅|下降|减少|降低|回落|提高|提升|上升|增加|下滑|上涨|涨幅为|涨幅)$/;
export const FALL_VERB = /(下降|减少|降低|回落|下滑)$/;

/** Verbs and fillers between an indicator and its number that carry no meaning of their own. */
export const LINK_WORDS = /(分别增长到|分别增长至|分别达到|分别达|分别为|分别|力争|争取|确保|预计|努力|虽已|虽然|已经|仍然|仍|均|也|都|还|增长到|增长至|增至|增加到|增加至|提高到|提高至|提升到|提升至|降至|降到|下降到|下降至|下降为|达到|累计达|高达|仅为|仅有|仅|已达|达|为|是|实现|完成|突破|有|共计|合计|总计|共|累计|至|到|了|的|超过|超|同比|比上年|较上年|上年同期|同期)$/;

/** Openers of an indicator phrase that say when or who, not what; and list numbering (1. ① 一是). */
export const LEADING_FILLERS = /^([—\-－•·]+|\d{1,2}\s*[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,2}是|的|按照?(?=每|人均)|\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月(份)?|\d{1,2}\s*月(份)?|[一二三四]季度|前三季度|其中|同时|另外|此外|特别是|尤其是|但是|但|而且|而|并|且|建区以来|以来|首次|全年|全区|我区|本区|辖区内?|今年以来|今年|上半年|下半年|年内|年度|全年目标|初步预计|预计|力争|争取|确保|计划|目标|推动|持续|进一步|当年|年均|截至\s*\d{4}\s*年底?|截至目前|到\s*\d{4}\s*年底?|\d{4}\s*年(底|末|度)?|“?十[一二三四五]五”?(期间|末)?|期间|五年来|五年内|已|共|全面|加快|大力|积极|有效|顺利|成功|基本|总体|整体|经济(?!总量)|主要指标|,|，)/;

/** A number said to be an estimate. */
// 初步核算 (preliminary accounting) is an outcome, not an estimate.
export const ESTIMATE_WORD = /预计|预估/;
/** A number said to be a goal (预期, but not 预期寿命: life expectancy is an outcome; 目标, but not the one a
 * number is measured against: "完成全年目标的52%"). 努力 only with a verb of reaching ("努力实现"), not of effort ("努力保障", "努力破解").
 * 计划 only counts as a verb ("计划安排", "计划完成"), not as a noun ("年度计划"). */
export const TARGET_WORD = /(力争|(?<!完成(?:全年|年度)?[\u4e00-\u9fff]{0,10})目标|争取|确保|预期(?!寿命)|拟|努力(?=实现|达到|完成|争取|确保|使|到|在|于|将)|计划(?=安排|完成|投资|实现|新增|引进|建设|达到|推动|筹集|供应|建成))/;

/** Verbs that, with nothing named before them, take their indicator from the noun after the count ("新增3家持牌金融机构"). */
export const COUNT_VERB = /^(新增|新引进|引进|引入|培育|认定|建成|落地|集聚|新设立|设立|打造|布局|储备|建设|新建|开工|筹集|供应|推动|争取|入选|获批|新认定|累计引进|累计建成|累计完成|完成|建立|发放|开设|开通|组建)+$/;

/** Counted things that are activities or parts of the district, not its indicators (tested on the head noun, which Chinese puts last). */
export const NOT_INDICATOR_NOUN = /(项目|活动|会议|政策|措施|文件|方案|小区|道路|街道|社区|行业|集群|园区|商圈|楼宇|片区|城中村|网格|党|干部|队|工程|任务|问题|标准|制度|机制|清单|办法|课题|案件|专场|系列|领域|部门|单位|环节|方面|试点|批次|板块|区域|口岸|路段|节点|场所|窗口|事项|指标|考核|宗|轮|次|阶段|事件|宣传|培训|讲座|会|赛|节|展|城市|行动|村|厂|线|站点|岗位|小组|台风)$/;

/** People counts worth keeping are of talent and workforce, not of officials or participants. */
export const PEOPLE_NOUN = /(人才|人员|从业|就业|签约|医生|教师|院士|专家|博士|人口|居民|学生|志愿者|创业|人数|参保)/;

/** Per-head and density wording makes a count a level ("每万人全科医生数4.07名"). */
export const PER_HEAD = /(每|人均|密度|万人|千人|户均)/;

/** Head nouns of counts that are indicators of a district: firms, institutions, talent, places for people (学位, 床位). */
// Buildings and facilities (schools, stations, service centres) are excluded, except the few that plans
// count as capacity: charging stations and elderly-care stations.
export const COUNTED_INDICATOR_HEAD = /(企业|公司|机构|载体|平台|人才|学位|床位|病床|托位|泊位|车位|停车位|住房|房|驿站|超充站|充电站|充电桩|超充设施|基地|品牌|业态|IP|学科|首店|店|银行|总部|研究院|学院|实验室|基金|专利|医生|旅行社|律所|事务所|商户|市场主体|总数|数量|户数|位数|申请量|授权量|拥有量)$/;

/** Counts of what the government did to or for firms (served, visited, trained) are activities, not indicators. */
// 受益/惠及: the firms or people a programme reached.
export const ACTIVITY_VERB = /(挂点|点对点|受益|惠及|培训|走访|拜访|对接|帮扶|帮助|检查|约谈|慰问|调研|宣讲|督导|整治|排查|巡查|处置|受理|办理|审批|举办|召开|组织|开展)/;

/** A percentage is a rate of the district when its phrase names one, or a verb ties it to its subject. */
export const RATE_HEAD = /(率|比重|比例|占比|水平|覆盖|素养|份额|贡献|增速|浓度|计划|任务)$/;

/** Lengths and progress of construction works (roads, pipes, lanes, a metro line's progress) are project quantities. */
export const WORKS = /(路|管网|管道|管线|车道|工程|网络|线|桥|隧道|轨道|地铁|规划|建设|完善|改造|进度|项目)/;

/** Parts of the map: an area stated for one of them is that place's size, not an indicator of the district. */
export const PLACE_PART = /(片区|北侧|南侧|东侧|西侧|范围内|周边|沿线|一带|产业带|园区)$/;

/** Inventories the government drew up ("梳理24.6万平方米产业用地进行推介", "摸排闲置楼宇"): lists of work, not outcomes. */
export const INVENTORY_VERB = /^(梳理|摸排|排查|盘点|推介)/;
