// The small grammar of plan reports as word lists: the words that sit between an indicator and its number, the
// nouns that make a count an indicator or an activity. ../words.ts compiles them into the readers' regexes.
// Each list is written longest-first where one spelling contains another; no word appears twice.

/** Qualifiers before a number: at least N. */
export const AT_LEAST_BEFORE = ['不低于', '不少于', '至少', '不小于'] as const;
/** Qualifiers before a number: at most N (控制在/保持在: a ceiling a plan holds to). */
export const AT_MOST_BEFORE = ['不超过', '不高于', '不多于', '控制在', '保持在', '低于', '不足', '少于', '小于', '以内'] as const;
/** Qualifiers before a number: more than N (超过-style: more_than for an outcome, at_least for a target). */
export const OVER_BEFORE = ['超过', '超出', '突破', '多于', '大于', '高于', '超', '逾'] as const;
/** Qualifiers before a number: about N. 约 and 近 are compiled separately (not the 约 of 签约, nor the 近 of 最近). */
export const APPROX_BEFORE = ['接近', '大约', '将近'] as const;

/** Qualifiers after a number and its unit: about, more than, at most. */
export const APPROX_AFTER = ['左右', '上下'] as const;
export const OVER_AFTER = ['以上', '多', '余'] as const;
export const AT_MOST_AFTER = ['以内', '以下'] as const;

/** Words that make a number a goal wherever they stand. 目标, 预期, 努力 and 计划 need their context (../words.ts). */
export const TARGET_WORDS = ['力争', '争取', '确保', '拟'] as const;
/** 努力 sets a goal only before a verb of reaching ("努力实现"), not of effort ("努力保障"). */
export const EFFORT_REACH_VERBS = ['实现', '达到', '完成', '争取', '确保', '使', '到', '在', '于', '将'] as const;
/** 计划 sets a goal only as a verb ("计划安排", "计划完成"), not as a noun ("年度计划"). */
export const PLAN_VERBS = ['安排', '完成', '投资', '实现', '新增', '引进', '建设', '达到', '推动', '筹集', '供应', '建成'] as const;

/** Verbs that turn a percentage into a change of the indicator. */
export const GROWTH_VERBS = [
  '年均增长', '年均增速为', '年均增速达', '年均增速', '年平均增长', '年均提高', '年均下降', '年均降低',
  '同比增长', '同比上涨', '同比下降', '同比减少', '比上年增长', '比上年下降',
  // County bulletins compare with the same period of the year before: "种植面积12981公顷,比上年同期增长1.32%".
  '比上年同期增长', '比上年同期下降', '较上年同期增长', '较上年同期下降', '比去年同期增长', '比去年同期下降',
  '增速为', '增速达', '增速', '增长', '增幅', '下降', '减少', '降低', '回落', '提高', '提升', '上升', '增加', '下滑',
  '上涨', '涨幅为', '涨幅',
] as const;
/** The growth verbs that say the indicator fell (the value is negative). */
export const FALL_VERBS = ['下降', '减少', '降低', '回落', '下滑'] as const;

/** Verbs and fillers between an indicator and its number that carry no meaning of their own. */
export const LINK_WORDS = [
  '分别增长到', '分别增长至', '分别达到', '分别达', '分别为', '分别', '力争', '争取', '确保', '预计', '努力', '虽已', '虽然',
  '已经', '仍然', '仍', '均', '也', '都', '还', '增长到', '增长至', '增至', '增加到', '增加至', '提高到', '提高至', '提升到',
  '提升至', '下降到', '下降至', '下降为', '降至', '降到', '稳定在', '累计达', '达到', '高达', '仅为', '仅有', '仅', '已达', '达', '为',
  '是', '实现', '完成', '突破', '有', '共计', '合计', '总计', '共', '累计', '至', '到', '了', '的', '超过', '超', '同比',
  '比上年', '较上年', '上年同期', '同期',
  // Milestone verbs of an economy's size: "经济总量迈上千亿台阶", "跨上3万亿元台阶".
  '迈上', '跨上', '跃上', '站上', '登上',
] as const;

/**
 * Openers of an indicator phrase that say when or how, not what. Region words (全区, 我市, 辖区 …) are not here:
 * which of them is the document's own region depends on the region (../phrase.ts strips those).
 */
export const LEADING_FILLER_WORDS = [
  '的', '其中', '同时', '另外', '此外', '特别是', '尤其是', '但是', '但', '而且', '而', '并', '且', '建区以来', '今年以来', '以来', '首次',
  '全年目标', '全年', '今年', '上半年', '下半年', '五年内', '年内', '年度', '初步预计', '预计', '力争', '争取', '确保', '计划',
  '目标', '推动', '持续', '进一步', '当年', '年均', '截至目前', '期间', '五年来', '已', '共', '全面', '加快', '大力',
  '积极', '有效', '顺利', '成功', '基本', '总体', '整体', '主要指标', ',', '，',
] as const;

/** Verbs that, with nothing named before them, take their indicator from the noun after the count. */
export const COUNT_VERBS = [
  '新引进', '累计引进', '引进', '引入', '培育', '新认定', '认定', '累计建成', '建成', '落地', '集聚', '新设立', '设立', '打造', '布局',
  '储备', '建设', '新建', '开工', '筹集', '供应', '推动', '争取', '入选', '获批', '累计完成', '完成', '建立',
  '发放', '开设', '开通', '组建', '新增',
] as const;

/** Head nouns of counted things that are activities or parts of the region, not its indicators. */
export const NOT_INDICATOR_NOUNS = [
  '项目', '活动', '会议', '政策', '措施', '文件', '方案', '小区', '道路', '街道', '社区', '行业', '集群', '园区', '商圈',
  '楼宇', '片区', '城中村', '网格', '党', '干部', '队', '工程', '任务', '问题', '标准', '制度', '机制', '清单', '办法',
  '课题', '案件', '专场', '系列', '领域', '部门', '单位', '环节', '方面', '试点', '批次', '板块', '区域', '口岸', '路段',
  '节点', '场所', '窗口', '事项', '指标', '考核', '宗', '轮', '次', '阶段', '事件', '宣传', '培训', '讲座', '会', '赛',
  '节', '展', '城市', '行动', '村', '厂', '线', '站点', '岗位', '小组', '台风',
] as const;

/** People counts worth keeping are of talent and workforce, not of officials or participants. */
export const PEOPLE_NOUNS = [
  '人才', '人员', '从业', '就业', '签约', '医生', '教师', '院士', '专家', '博士', '人口', '居民', '学生', '志愿者', '创业',
  // "参保人数5100万人": head counts of insured people are kept.
  '人数', '参保',
] as const;

/** Per-head and density wording makes a count a level. */
export const PER_HEAD_WORDS = ['人均', '密度', '万人', '千人', '户均', '每'] as const;

/** Head nouns of counts that are indicators: firms, institutions, talent, places for people (学位, 床位). */
export const COUNTED_INDICATOR_HEADS = [
  '企业', '公司', '机构', '载体', '平台', '人才', '学位', '床位', '病床', '托位', '停车位', '泊位', '车位', '住房', '驿站',
  '超充站', '充电站', '充电桩', '超充设施', '基地', '品牌', '业态', 'IP', '学科', '首店', '银行', '总部', '研究院', '学院',
  '实验室', '基金', '专利', '医生', '旅行社', '律所', '事务所', '商户', '市场主体', '总数', '数量', '户数', '位数', '申请量',
  '授权量', '拥有量', '房', '店',
] as const;

/** Verbs of what the government did to or for firms and people (served, visited, trained): activities. */
export const ACTIVITY_VERBS = [
  '挂点', '点对点', '受益', '惠及', '培训', '走访', '拜访', '对接', '帮扶', '帮助', '检查', '约谈', '慰问', '调研', '宣讲',
  '督导', '整治', '排查', '巡查', '处置', '受理', '办理', '审批', '举办', '召开', '组织', '开展',
] as const;

/** Head words that make a percentage a rate or share of the region. */
export const RATE_HEADS = ['率', '比重', '比例', '占比', '水平', '覆盖', '素养', '份额', '贡献', '增速', '浓度', '计划', '任务'] as const;

/** Words of construction works (roads, pipes, a metro line's progress): their lengths and progress are project quantities. */
export const WORKS_WORDS = [
  '路', '管网', '管道', '管线', '车道', '工程', '网络', '线', '桥', '隧道', '轨道', '地铁', '规划', '建设', '完善', '改造',
  '进度', '项目',
] as const;

/** Head words that make a phrase about works a rate of the region (覆盖率, 普及率, 达标率, 比例). */
export const RATE_OF_WORKS = ['覆盖率', '普及率', '达标率', '通达率', '完好率', '比例'] as const;

/** Parts of the map: an area stated for one of them is that place's size, not an indicator of the region. */
export const PLACE_PARTS = ['片区', '北侧', '南侧', '东侧', '西侧', '范围内', '周边', '沿线', '一带', '产业带', '园区'] as const;

/** Inventories the government drew up ("梳理24.6万平方米产业用地进行推介"): lists of work, not outcomes. */
export const INVENTORY_VERBS = ['梳理', '摸排', '排查', '盘点', '推介'] as const;

/** A number said to be an estimate (初步核算, preliminary accounting, is an outcome). */
export const ESTIMATE_WORDS = ['预计', '预估'] as const;

/** Verbs that end a counted noun after a number ("3个保险园区累计引进…" counts 保险园区). */
export const VERBS_AFTER_NOUN = [
  '累计', '引进', '新增', '建成', '完成', '实现', '达到', '成功', '落地', '入库', '设立', '入选', '获得', '获评', '参与', '开展',
  '实行', '投入', '纳入', '覆盖', '建立', '推动', '形成', '通过', '成为',
] as const;

/** Words closing a counted noun that are not part of it ("50万人以上", "突破千亿大关"). */
export const NOUN_TAIL_WORDS = ['等', '以上', '左右', '任务', '目标', '大关', '关口', '台阶'] as const;

/** "各类人才" is 人才: words saying "of all kinds" name no different indicator. */
export const ALL_KINDS_WORDS = ['各领域', '各类', '各项', '各级'] as const;

/** Verbs whose running total is a series of its own ("累计引进18家"); 累计 before any other verb adds nothing. */
export const RUNNING_TOTAL_VERBS = ['引进', '引入', '建成', '新增', '培育', '设立', '认定'] as const;

/** Time words written between an indicator and its verb ("社消零总额预计全年实现", "增加值全年增长"): no part of its name. */
export const TRAILING_TIME_WORDS = ['预计全年', '今年以来', '全年'] as const;

/** Openers that say a total runs from the period's start ("今年以来累计…"): the period's flow, not a stock. */
export const SINCE_PERIOD_START = ['今年以来', '年内', '本年', '当年', '全年', '上半年'] as const;
