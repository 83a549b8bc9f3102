// Indicator tables as provinces and cities publish them, not as the sample district does: a five-year plan's
// 主要指标 table exported from a PDF with | between cells (header split over lines, values a line below their
// name, target words split around a row), a statistical bulletin's GDP table, and a space-aligned plan table.
// Real texts cite their source; the others are made up in the published layouts and say so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { BETWEEN_COLUMNS, CONTINUED_ROW, NAME_ABOVE_ROW, SPILLED_TARGET } from '../../main/core/extract/rules/indicator-table';
import { AVERAGE_COLUMN, COLUMN_UNIT, STACKED_HEADER, columnUnitOf, stackedHeader } from '../../main/core/extract/rules/table-columns';
import { FALL_ROW, FIVE_YEAR_BRACKET, GDP_BY_INDUSTRY, LAYOUT_DEBRIS_LINE, SIDE_LETTER, WORDED_TARGET, boundBeforeBracket, industryValueAdded, isFiveYearTotal } from '../../main/core/extract/rules/table-cells';

type Row = [string, string, number | null, string | null, string, string, string];
const facts = (text: string, file = 'plan.txt'): Row[] => readReport(text, file).facts.map((f) => [f.indicator, f.measure, f.value, f.unit, f.qualifier, f.period, f.kind]);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), 'utf8');

describe('rules as data, each with its examples', () => {
  it(`${FIVE_YEAR_BRACKET.id}: a bracketed value is a five-year total; a bound inside the bracket is read before it`, () => {
    for (const e of FIVE_YEAR_BRACKET.examples) expect(isFiveYearTotal(e), e).toBe(true);
    for (const e of FIVE_YEAR_BRACKET.counterExamples) expect(isFiveYearTotal(e), e).toBe(false);
    expect(boundBeforeBracket('【>16】')).toBe('>【16】');
  });
  it(`${WORDED_TARGET.id}: targets in words, not attributes, dashes or names`, () => {
    for (const e of WORDED_TARGET.examples) expect(WORDED_TARGET.pattern.test(e), e).toBe(true);
    for (const e of WORDED_TARGET.counterExamples) expect(WORDED_TARGET.pattern.test(e), e).toBe(false);
  });
  it(`${FALL_ROW.id}, ${SIDE_LETTER.id}, ${GDP_BY_INDUSTRY.id}`, () => {
    for (const [row, name] of FALL_ROW.examples) expect(FALL_ROW.pattern.exec(row)?.[1]).toBe(name);
    for (const e of FALL_ROW.counterExamples) expect(FALL_ROW.pattern.test(e), e).toBe(false);
    for (const [cell, rest] of SIDE_LETTER.examples) expect(cell.replace(SIDE_LETTER.pattern, '')).toBe(rest);
    for (const e of SIDE_LETTER.counterExamples) expect(e.replace(SIDE_LETTER.pattern, '')).toBe(e);
    for (const [row, name] of GDP_BY_INDUSTRY.examples) expect(industryValueAdded(row)).toBe(name);
    for (const e of GDP_BY_INDUSTRY.counterExamples) expect(industryValueAdded(e), e).toBeNull();
  });
  it(`${LAYOUT_DEBRIS_LINE.id}: short layout lines between rows, not sentences`, () => {
    for (const e of LAYOUT_DEBRIS_LINE.examples) expect(LAYOUT_DEBRIS_LINE.pattern.test(e), e).toBe(true);
    for (const e of LAYOUT_DEBRIS_LINE.counterExamples) expect(LAYOUT_DEBRIS_LINE.pattern.test(e), e).toBe(false);
  });
  it(`${STACKED_HEADER.id}, ${COLUMN_UNIT.id}`, () => {
    for (const [upper, lower, joined] of STACKED_HEADER.examples) expect(stackedHeader(upper, lower)).toEqual(joined);
    // A data row is no upper header row.
    expect(stackedHeader(['1.地区生产总值增长(%)', '', '预期性'], ['别', '2030年', ''])).toBeNull();
    for (const [header, unit] of COLUMN_UNIT.examples) expect(columnUnitOf(header)).toBe(unit);
  });
});

// Made-up rows in the layout of the Jiangsu export below.
const pdfPlan = (rows: readonly string[]) => ['某省国民经济和社会发展第十五个五年规划纲要', '类\t\t规划目标\t\t\t属性', '指标', '别\t\t2030年\t\t年均/累计\t', ...rows].join('\n');

// The layout of the table's second page: no 类别 column.
const pdfPage2 = (rows: readonly string[]) => ['某省国民经济和社会发展第十五个五年规划纲要', '\t\t规划目标\t\t属性', '类', '指标', '别', '\t\t2030年\t年均/累计\t', ...rows].join('\n');

describe('a plan table exported from a PDF (made-up rows, the Jiangsu layout)', () => {
  it(`${CONTINUED_ROW.id}: values a line below their name belong to it`, () => {
    expect(facts(pdfPlan(['13.3岁以下婴幼儿入托率(%)\t\t\t\t\t预期性', '\t\t20\t\t—\t']))).toContainEqual(['3岁以下婴幼儿入托率', 'rate', 20, '%', 'exact', '2030', 'target']);
  });
  it(`${BETWEEN_COLUMNS.id}: a cell under no header goes to the empty value column beside it (the growth column in a growth row)`, () => {
    expect(facts(pdfPlan(['2.全员劳动生产率增长(%)\t\t\t高于GDP增长\t\t预期性']))).toEqual([['全员劳动生产率', 'growth', null, '%', 'exact', '2026-2030', 'target']]);
  });
  it(`${NAME_ABOVE_ROW.id} and ${SPILLED_TARGET.id}: a name or a target printed around the row`, () => {
    const [name, row, rest] = NAME_ABOVE_ROW.examples[0];
    expect(facts(pdfPage2([name, row, rest]))).toEqual([['地级及以上城市细颗粒物(PM2.5)浓度', 'level', null, '微克/立方米', 'exact', '2030', 'target']]);
    const [above, spilled, below] = SPILLED_TARGET.examples[0];
    expect(facts(pdfPage2([above, spilled, below]))).toEqual([['非化石能源占能源消费总量比重', 'share', null, '%', 'exact', '2030', 'target']]);
  });
  it(`${AVERAGE_COLUMN.id}: a plain number under 年均/累计 is the span's average growth, a bracketed one its total`, () => {
    const got = facts(pdfPlan(['地区生产总值(亿元)\t\t4100\t\t5左右\t预期性', '新增城镇就业(万人)\t\t—\t\t〔60〕\t预期性', '生产安全事故死亡人数下降(%)\t\t—\t\t【>16】\t约束性']));
    expect(got).toEqual([
      ['地区生产总值', 'level', 4100, '亿元', 'exact', '2030', 'target'],
      ['地区生产总值', 'growth', 5, '%', 'approx', '2026-2030', 'target'],
      ['城镇新增就业', 'count', 60, '万人', 'exact', '2026-2030', 'target'],
      ['生产安全事故死亡人数', 'change', -16, '%', 'at_least', '2026-2030', 'target'],
    ]);
  });
});

describe('real tables', () => {
  // yqcao/China-Fiscal-Data data/prov-reports/text/2026_JS.txt (commit 47b05504ec9a214101c98f46ddff1648a8a475e2),
  // 江苏省人民代表大会常务委员会公报 2026·2 pp. 33–34: 表2 "十五五"经济社会发展主要指标, as tests/fixtures/real/README.md says.
  const jiangsu = facts(fixture('jiangsu_15th_fyp_main_indicators_table.txt'));
  it('Jiangsu: 2030 targets, 2026-2030 averages and totals, targets in words, bounds', () => {
    for (const fact of [
      ['地区生产总值', 'growth', 5, '%', 'approx', '2026-2030', 'target'],
      ['全员劳动生产率', 'growth', null, '%', 'exact', '2026-2030', 'target'],
      ['每万人口高价值发明专利拥有量', 'level', 43, '件', 'exact', '2030', 'target'],
      ['制造业增加值占比', 'share', null, '%', 'exact', '2030', 'target'],
      ['规模以上数字经济核心产业企业营业收入占比', 'share', 23, '%', 'at_least', '2030', 'target'],
      ['城镇调查失业率', 'rate', 5, '%', 'at_most', '2030', 'target'],
      ['森林覆盖率', 'rate', 7.22, '%', 'at_least', '2030', 'target'],
      ['新增人才数', 'count', 550, '万人', 'exact', '2026-2030', 'target'],
      ['生产安全事故死亡人数', 'change', -16, '%', 'at_least', '2026-2030', 'target'],
    ] satisfies Row[]) expect(jiangsu, fact[0]).toContainEqual(fact);
    expect(jiangsu.filter((f) => f[1] !== 'level' || f[2] !== 13.3).length).toBeGreaterThanOrEqual(24);
  });
  // http://www.ilynn.cn/document_detail/133968.html (蚌埠市统计局 2024年统计公报, traditional script with pinyin).
  it('Bengbu: a bulletin\'s GDP table, the unit in the column header, industries as their value added', () => {
    const table = facts(fixture('bengbu_2024_statistical_bulletin_traditional_pinyin_noise.txt'), 'bengbu.txt');
    expect(table).toContainEqual(['地区生产总值', 'level', 2313, '亿元', 'exact', '2024', 'actual']);
    expect(table).toContainEqual(['工业增加值', 'level', 526.3, '亿元', 'exact', '2024', 'actual']);
    expect(table).toContainEqual(['农林牧渔业增加值', 'growth', 2.4, '%', 'exact', '2024', 'actual']);
  });
});

describe('a space-aligned plan table (made up, in the layout pdftotext -layout gives)', () => {
  const text = ['某市国民经济和社会发展第十五个五年规划纲要', '表1  “十五五”时期经济社会发展主要指标',
    '指  标                          单位        2025年      2030年      年均/累计        属性',
    '地区生产总值增长                  %           5.4         —           5左右           预期性',
    '全员劳动生产率增长                %           —           —           高于GDP增长      预期性',
    '单位地区生产总值能源消耗降低      %           —           —           〔13.5〕         约束性',
    '森林覆盖率                        %           25.1        ≥25.5       —               约束性', '注：〔〕内为五年累计数。'].join('\n');
  it('reads the base year as actual, the target year as target, 年均 as the span\'s growth and 〔〕 as its total', () => {
    expect(facts(text)).toEqual([
      ['地区生产总值', 'growth', 5.4, '%', 'exact', '2025', 'actual'],
      ['地区生产总值', 'growth', 5, '%', 'approx', '2026-2030', 'target'],
      ['全员劳动生产率', 'growth', null, '%', 'exact', '2026-2030', 'target'],
      ['万元GDP能耗', 'change', -13.5, '%', 'exact', '2026-2030', 'target'],
      ['森林覆盖率', 'rate', 25.1, '%', 'exact', '2025', 'actual'],
      ['森林覆盖率', 'rate', 25.5, '%', 'at_least', '2030', 'target'],
    ]);
  });
});

describe('more space-aligned layouts (made up, as pdftotext -layout gives them)', () => {
  it('a bulletin\'s GDP table: a spaced-out 指 标, the unit in the column header, indented industries', () => {
    const text = ['某市2024年国民经济和社会发展统计公报', '表1  2024年全市地区生产总值及其增长速度', '指      标            绝对数(亿元)     比上年增长(%)',
      '地区生产总值            2313.0            5.2', '  第一产业               287.0            2.2', '    其中：工业           526.3            6.8'].join('\n');
    expect(facts(text, 'bulletin.txt')).toEqual([
      ['地区生产总值', 'level', 2313, '亿元', 'exact', '2024', 'actual'], ['地区生产总值', 'growth', 5.2, '%', 'exact', '2024', 'actual'],
      ['第一产业增加值', 'level', 287, '亿元', 'exact', '2024', 'actual'], ['第一产业增加值', 'growth', 2.2, '%', 'exact', '2024', 'actual'],
      ['工业增加值', 'level', 526.3, '亿元', 'exact', '2024', 'actual'], ['工业增加值', 'growth', 6.8, '%', 'exact', '2024', 'actual'],
    ]);
  });
  it('a plan table with a unit line under the header, "5 左右", full-width ＞, a range and a bracketed total of a rate', () => {
    const text = ['某县国民经济和社会发展第十五个五年规划纲要',
      '类别   序号   指标                          单位       2025 年     2030 年     年均增长      属性',
      '                                                                              (累计)',
      '经济   1      地区生产总值                  亿元       820         1050        5 左右        预期性',
      '发展   3      规模以上工业增加值增长        %          6.5         —           ＞6           预期性',
      '       4      常住人口城镇化率              %          58.2        62~63       〔4.3〕       预期性'].join('\n');
    expect(facts(text)).toEqual([
      ['地区生产总值', 'level', 820, '亿元', 'exact', '2025', 'actual'], ['地区生产总值', 'level', 1050, '亿元', 'exact', '2030', 'target'],
      ['地区生产总值', 'growth', 5, '%', 'approx', '2026-2030', 'target'],
      ['规模以上工业增加值', 'growth', 6.5, '%', 'exact', '2025', 'actual'], ['规模以上工业增加值', 'growth', 6, '%', 'at_least', '2026-2030', 'target'],
      ['常住人口城镇化率', 'rate', 58.2, '%', 'exact', '2025', 'actual'], ['常住人口城镇化率', 'rate', 62.5, '%', 'range', '2030', 'target'],
      ['常住人口城镇化率', 'change', 4.3, '%', 'exact', '2026-2030', 'target'],
    ]);
  });
});

describe('footnote marks on a row name', () => {
  it('drops circled marks after the name or its unit bracket, and still reads the unit (made-up rows)', () => {
    const text = ['某市国民经济和社会发展第十五个五年规划纲要', '指标\t单位\t2025年\t2030年\t属性', '研发经费投入强度(%)①\t\t2.9\t3.2左右\t预期性', '每万人口发明专利拥有量②\t件\t40\t55\t预期性'].join('\n');
    expect(facts(text).map((f) => [f[2], f[3], f[5]])).toEqual([[2.9, '%', '2025'], [3.2, '%', '2030'], [40, '件', '2025'], [55, '件', '2030']]);
  });
});

describe(`${STACKED_HEADER.id} downward: the years on the header's second line`, () => {
  it('joins "基期值" over "2025年" and reads the row under both lines as data (made-up table)', () => {
    const text = ['某市国民经济和社会发展第十五个五年规划纲要', '指标                          单位      基期值      目标值      年均增长      属性',
      '                                        2025年      2030年      (%)', '地区生产总值                  亿元      3200        4100        5左右         预期性'].join('\n');
    expect(facts(text)).toEqual([
      ['地区生产总值', 'level', 3200, '亿元', 'exact', '2025', 'actual'], ['地区生产总值', 'level', 4100, '亿元', 'exact', '2030', 'target'],
      ['地区生产总值', 'growth', 5, '%', 'approx', '2026-2030', 'target'],
    ]);
  });
});
