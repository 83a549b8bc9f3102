// Words a report writes around an indicator's name that do not change which indicator is meant: the region it
// speaks of ("全省生产总值"), the measure ("…收入增速"), the accounting basis ("…同口径"), the period or the kind of
// statement ("…预计全年"). Each is a rule with the spellings it covers; the catalogue tries them when a spelling is
// not itself listed.

export interface NameTrim {
  id: string;
  /** Matches the words to drop; the rest of the name is what is looked up. */
  pattern: RegExp;
  /** When true the trim applies to any name; otherwise only when what is left is a catalogue indicator. */
  always: boolean;
  examples: readonly [string, string][];
}

export const NAME_TRIMS: readonly NameTrim[] = [
  {
    // The report's own region: "全省", "全市", "本市", "我省", "全区", "全县", "全旗" … never part of the name.
    // "全市域", "全区级", "全市场" are other words, and 全州县 is a county's name.
    id: 'region-prefix',
    pattern: /^(?:全|本|我)(?:省|市|区|县|州|盟|旗|镇|乡)(?![域级属直委内外场县])/,
    always: true,
    examples: [['全省生产总值', '地区生产总值'], ['本市城镇调查失业率', '城镇调查失业率'], ['全旗一般公共预算收入', '一般公共预算收入']],
  },
  {
    // "全国", "我国" name a region too, but also titles ("全国文明城市"): dropped only before a known indicator.
    id: 'national-prefix',
    pattern: /^(?:全国|我国)/,
    always: false,
    examples: [['全国城镇调查失业率', '城镇调查失业率'], ['我国国内生产总值', '地区生产总值']],
  },
  {
    // The measure belongs in the fact's measure, not its name.
    id: 'growth-suffix',
    pattern: /(?:的)?(?:增速|增幅|增长率|增长速度|同比增速|同比增长|增长|涨幅|升幅)$/,
    always: false,
    examples: [['地方一般公共预算收入增速', '一般公共预算收入'], ['规模以上工业增加值增长率', '规模以上工业增加值'], ['GDP增长', '地区生产总值']],
  },
  {
    // 同口径/自然口径/可比口径 say how a growth is computed, not what grew.
    id: 'basis-suffix',
    pattern: /(?:按)?(?:同口径|自然口径|可比口径|可比价|可比价格)(?:计算)?$/,
    always: false,
    examples: [['一般公共预算收入同口径', '一般公共预算收入']],
  },
  {
    // A rate reported as the year's average is the rate ("城镇调查失业率平均值为5.0%").
    id: 'average-suffix',
    pattern: /(?:全年)?(?:平均值|平均水平|均值)$/,
    always: false,
    examples: [['城镇调查失业率平均值', '城镇调查失业率']],
  },
  {
    // Full-year and kind words left at either end of the name: "社消零总额预计全年", "全年地区生产总值", "其中工业投资",
    // the bulletins' "年末全市常住人口". Words of a shorter or longer period stay: in "前三季度地区生产总值" and
    // "居民人均可支配收入五年" the name may be the only place that still says the figure is not one year's.
    id: 'full-year-or-kind-words',
    pattern: /(?:^(?:其中|全年|今年|年末|年底|初步预计|预计)|(?:预计全年|全年预计|预计|全年)$)/,
    always: false,
    examples: [['社消零总额预计全年', '社会消费品零售总额'], ['其中工业投资', '工业投资'], ['年末全市常住人口', '常住人口'], ['预计进出口总额', '外贸进出口总额']],
  },
  {
    // "年实际使用外资保持在千亿元以上", "每年新增就业": a yearly amount is the indicator, said of each year. 年末, 年底,
    // 年度, 年均, 年初 and 年内 are other words (a point in the year, a plan year, an average of years).
    id: 'each-year-prefix',
    pattern: /^(?:每年|年)(?![末底度均初中内份])/,
    always: false,
    examples: [['年实际使用外资', '实际利用外资'], ['每年城镇新增就业', '城镇新增就业']],
  },
  {
    // How it grew, left before the verb: "规模以上服务业营业收入强劲增长", "税收收入稳步增长", "…历史性突破". Words of a run of years
    // (接连, 连续, 累计) stay: "进出口总额接连突破8万亿元、9万亿元" speaks of five years, not of the last one.
    id: 'manner-words',
    pattern: /(?:强劲|稳步|快速|平稳|大幅|持续|较快|稳定|显著|逆势|分别|同比|成功|有效|继续|进一步|保持|历史性)$/,
    always: false,
    examples: [['规模以上服务业营业收入强劲', '规模以上服务业营业收入'], ['税收收入稳步', '税收收入'], ['城镇登记失业率成功', '城镇登记失业率'], ['地区生产总值历史性', '地区生产总值']],
  },
  {
    // A heading run into the first item when the page lost its line break: "主要经济指标增长强劲地区生产总值2828亿元",
    // "农业生产保持稳定粮食总产量…". The heading ends in a word judging the economy.
    id: 'run-in-heading',
    // A heading that names a period ("前三季度经济运行平稳") is not dropped: the period may live only there.
    pattern: /^(?:(?!季度|半年|月|年均|五年|三年|十年).){2,14}?(?:增长强劲|强劲|平稳|向好|回升|稳定|良好|有力|提速|加快|有进|趋稳|提质)/,
    always: false,
    examples: [['主要经济指标增长强劲地区生产总值', '地区生产总值'], ['农业生产保持稳定粮食总产量', '粮食总产量']],
  },
  {
    // "社消零总额", "规上工业增加值总额": 总额 repeats what the name already says.
    id: 'total-suffix',
    pattern: /总额$/,
    always: false,
    examples: [['社消零总额', '社会消费品零售总额']],
  },
];
