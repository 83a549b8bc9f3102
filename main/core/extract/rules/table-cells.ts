// How the cells of an indicator table are read beyond a plain number: the conventions of five-year plan tables
// as provinces and cities publish them (a bracketed five-year total, a target stated in words, a row named by a
// fall), and the debris a PDF export leaves in and between a table's rows. Each rule is data with examples; the
// table reader (indicator-table.ts) applies them.

/**
 * A value in brackets ("〔5〕", "[13.5]", "【550】", "［18］") is, by the convention of Chinese plan tables
 * ("注：〔〕内为五年累计数"), a total over the plan's whole span, wherever its column is.
 */
export const FIVE_YEAR_BRACKET = {
  id: 'indicator-table.five-year-bracket',
  pattern: /^\s*(?:>=|<=|≥|≤|>|<)?\s*[[［〔【]/,
  examples: ['〔5〕', '[13.5]', '【550】', '【>16】', '>[3]'],
  counterExamples: ['5左右', '(5)', '13.5'],
};

export function isFiveYearTotal(cell: string): boolean {
  return FIVE_YEAR_BRACKET.pattern.test(cell);
}

/** "【>16】": a bound written inside the bracket is read as if before it (">【16】"), same length. */
export function boundBeforeBracket(cell: string): string {
  return cell.replace(/^([[［〔【])(\s*)(>=|<=|≥|≤|>|<)/, '$3$1$2');
}

/**
 * A target stated in words in a value cell ("高于GDP增长", "与GDP增长同步", "基本稳定", "完成国家下达指标"): a
 * headline target with no number, kept with no value (as a headline list keeps "增速与GDP增速持平").
 */
export const WORDED_TARGET = {
  id: 'indicator-table.worded-target',
  pattern: /^(?:(?:高于|快于|不低于|略高于|低于)[\u4e00-\u9fffA-Za-z]{1,12}|与[\u4e00-\u9fffA-Za-z]{1,12}(?:同步|持平|相适应|基本同步)|(?:基本|保持|总体)?稳定(?:在合理区间)?|基本持平|持续(?:提高|提升|下降|改善)|完成(?:国家|省|市)?(?:下达|确定)的?(?:目标|指标|任务)(?:任务)?|【?完成经国家审核衔接后确定的目标】?)$/,
  examples: ['高于GDP增长', '与GDP增长同步', '基本稳定', '完成国家下达指标', '保持稳定', '完成省下达任务'],
  counterExamples: ['预期性', '—', '5左右', '地区生产总值', '完成'],
};

/**
 * A row named by a fall ("单位GDP能耗降低(%)", "生产安全事故死亡人数下降(%)"): its numbers are changes of the
 * indicator before the word, and negative (a fall of 16 % is a change of -16 %).
 */
export const FALL_ROW = {
  id: 'indicator-table.fall-row',
  pattern: /^(.{2,}?)(?:累计)?(?:下降|降低|减少)(?:率|幅度)?$/,
  examples: [['生产安全事故死亡人数下降', '生产安全事故死亡人数'], ['单位地区生产总值能源消耗降低', '单位地区生产总值能源消耗']] as const,
  counterExamples: ['城镇调查失业率', '地区生产总值增长'],
};

/**
 * A letter of a category label that a PDF export prints down the table's left edge, glued to the start of a
 * row's name cell: one character before the row's number ("经4.每万人口高价值发明专利拥有量"). The number says
 * where the name starts, so the letter is dropped; without a number nothing is cut.
 */
export const SIDE_LETTER = {
  id: 'indicator-table.side-letter',
  pattern: /^[\u4e00-\u9fff]\s*(?=\d{1,2}[.、．][^\d])/,
  examples: [['经4.每万人口高价值发明专利拥有量', '4.每万人口高价值发明专利拥有量']] as const,
  counterExamples: ['13.3岁以下婴幼儿入托率', '4.每万人口高价值发明专利拥有量'],
};

/**
 * A line between a table's rows that is debris of the page layout, not the end of the table: a category label
 * printed letter by letter down the left edge ("经", "济"), a dash left from a cell ("—"), a page number ("— 33 —"),
 * or a name fragment ("克/立方米)"), a page's running head. Short, no sentence punctuation; a table ends at a sentence, a heading (第三章, 二、,
 * 表3) or a blank gap.
 */
export const LAYOUT_DEBRIS_LINE = {
  id: 'indicator-table.layout-debris-line',
  pattern: /^(?!第[一二三四五六七八九十百]+[章节篇部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|表\s*\d|附表|附件)[^。；;！？!?,，:：、]{1,24}$/,
  examples: ['经', '济强', '—', '—33—', '克/立方米)', '【完成经国家审核衔', '地级及以上城市细颗粒物(PM2.5)浓度(微'],
  counterExamples: ['注:【】内为5年累计数。', '到2030年,全省地区生产总值达到15万亿元。', '二、主要任务', '第三章 发展目标', '表3 重大项目', '(二)主要任务', '江苏省人民代表大会常务委员会公报2026年第2号(总第三百四十五期)'],
};

/**
 * A row of a table of GDP by industry ("地区生产总值 | 2313.0" then "其中:第一产业 | 287.0", "工业 | 526.3"):
 * under a 地区生产总值 row, a row naming an industry of the national classification (三次产业, 门类 such as
 * 工业, 建筑业, 金融业) gives that industry's value added (增加值). Other rows of a plan table that begins with
 * 地区生产总值 ("新增城镇就业") are not industries.
 */
export const GDP_BY_INDUSTRY = {
  id: 'indicator-table.gdp-by-industry',
  pattern: /^(?:第[一二三]产业|农林牧渔业|农业|工业|制造业|建筑业|批发和零售业|批发零售业|交通运输、?仓储和邮政业|住宿和餐饮业|金融业|房地产业|信息传输、?软件和信息技术服务业|租赁和商务服务业|其他服务业|服务业)$/,
  examples: [['工业', '工业增加值'], ['农林牧渔业', '农林牧渔业增加值'], ['第二产业', '第二产业增加值'], ['金融业', '金融业增加值']] as const,
  counterExamples: ['工业增加值', '规模以上工业企业', '就业', '新增城镇就业', '商业网点'],
};

export function industryValueAdded(name: string): string | null {
  return GDP_BY_INDUSTRY.pattern.test(name) ? `${name}增加值` : null;
}
