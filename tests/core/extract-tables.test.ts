// Tables of main indicators, on tables of our own: an HTML table in a five-year plan, a tab-separated table
// copied into a text file, and one in traditional characters. Each value cell is a fact tied to its cell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { normalizeReport } from '../../main/core/normalize';
import { GROWTH_ROW, SHORT_ROW } from '../../main/core/extract/rules/indicator-table';
import { CATEGORY_LINE, CELL_UNIT, REPORT_YEAR_COLUMN, TWO_ROW_HEADER, cellUnitOf, twoRowHeader, NAMED_PLAN_SPAN, YEARLESS_PLAN_COLUMN, planEndOf, planPointOf } from '../../main/core/extract/rules/table-columns';

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const plan = `<html><body><p>深圳市坪山区国民经济和社会发展第十四个五年规划纲要</p><p>表1 主要指标</p><table>
${row('类别', '序号', '指标', '单位', '2020年', '2025年', '年均增长', '属性')}
<tr><td rowspan="2">经济发展</td><td>1</td><td>地区生产总值</td><td>亿元</td><td>1230.5</td><td>1800</td><td>7%左右</td><td>预期性</td></tr>
${row('2', '规模以上工业增加值', '亿元', '650', '&gt;900', '[6.5]', '预期性')}
${row('民生福祉', '3', '城镇登记失业率（%）', '', '2.5', '&lt;3', '—', '约束性')}
</table><p>到2025年，人均预期寿命达到85岁。</p></body></html>`;

const facts = (text: string, file: string) => readReport(text, file).facts.map((f) => ({
  name: f.indicator, measure: f.measure, value: f.value, unit: f.unit, qualifier: f.qualifier, period: f.period, kind: f.kind, tier: f.tier, cell: text.slice(f.start, f.end),
}));

describe('a five-year plan\'s indicator table (HTML)', () => {
  const got = facts(plan, 'plan.html');
  it('reads base-year actuals, end-year targets and average growth over the plan span', () => {
    expect(got.filter((f) => f.name === '地区生产总值')).toEqual([
      { name: '地区生产总值', measure: 'level', value: 1230.5, unit: '亿元', qualifier: 'exact', period: '2020', kind: 'actual', tier: 1, cell: '1230.5' },
      { name: '地区生产总值', measure: 'level', value: 1800, unit: '亿元', qualifier: 'exact', period: '2025', kind: 'target', tier: 1, cell: '1800' },
      { name: '地区生产总值', measure: 'growth', value: 7, unit: '%', qualifier: 'approx', period: '2021-2025', kind: 'target', tier: 1, cell: '7%左右' },
    ]);
  });
  it('reads > and < as bounds, takes the unit from the name\'s brackets, and skips empty cells and dashes', () => {
    expect(got.filter((f) => f.name === '规模以上工业增加值').map((f) => [f.value, f.qualifier, f.period, f.cell])).toEqual([
      [650, 'exact', '2020', '650'], [900, 'at_least', '2025', '&gt;900'], [6.5, 'exact', '2021-2025', '[6.5]'],
    ]);
    expect(got.filter((f) => f.name === '城镇登记失业率').map((f) => [f.measure, f.value, f.unit, f.qualifier, f.period])).toEqual([
      ['rate', 2.5, '%', 'exact', '2020'], ['rate', 3, '%', 'at_most', '2025'],
    ]);
  });
  it('leaves the prose after the table to the other rules', () => {
    expect(got.filter((f) => f.tier === 2).map((f) => [f.name, f.value, f.period, f.kind])).toEqual([['人均预期寿命', 85, '2025', 'target']]);
  });
});

describe('a table copied as tab-separated text', () => {
  const annual = ['深圳市福田区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '一、2023年计划执行情况', '附表:主要经济指标',
    '指标名称\t单位\t2023年目标\t2023年完成\t增长(%)\t2024年目标', '地区生产总值\t亿元\t5900\t6012.5\t5.5\t6%左右', '社会消费品零售总额\t亿元\t—\t2100\t-1.2\t\t', ''].join('\n');
  it('gives each column its year and kind, and a growth column the year to its left', () => {
    expect(facts(annual, 'a.txt').map((f) => [f.name, f.measure, f.value, f.period, f.kind])).toEqual([
      ['地区生产总值', 'level', 5900, '2023', 'target'],
      ['地区生产总值', 'level', 6012.5, '2023', 'actual'],
      ['地区生产总值', 'growth', 5.5, '2023', 'actual'],
      ['地区生产总值', 'growth', 6, '2024', 'target'],
      ['社会消费品零售总额', 'level', 2100, '2023', 'actual'],
      ['社会消费品零售总额', 'growth', -1.2, '2023', 'actual'],
    ]);
  });
  it('reads the same table in traditional characters', () => {
    const traditional = ['深圳市福田區2023年國民經濟和社會發展計劃執行情況與2024年計劃草案的報告', '一、2023年計劃執行情況',
      '指標名稱\t單位\t2023年目標\t2023年完成\t增長(%)\t2024年目標', '地區生產總值\t億元\t5900\t6012.5\t5.5\t6%左右'].join('\n');
    expect(facts(traditional, 't.txt').filter((f) => f.name === '地区生产总值').map((f) => f.value)).toEqual([5900, 6012.5, 5.5, 6]);
  });
  it('reads no table from tab-separated lines without a header of years', () => {
    expect(facts('深圳市福田区2023年工作报告\n项目\t负责单位\n重点项目甲\t区发改局\t2023\n', 'b.txt')).toEqual([]);
  });
});

describe('normalization keeps a table\'s columns', () => {
  it('keeps an empty cell as a column (two tabs) and still drops blanks inside prose', () => {
    expect(normalizeReport('指标\t单位\t\t2025年\n增长 7.0 %').text).toBe('指标\t单位\t\t2025年\n增长7.0%');
  });
});

describe('tables that are not of indicators', () => {
  it('reads nothing from a table of projects', () => {
    const projects = ['深圳市福田区2024年国民经济和社会发展计划', '序号\t项目名称\t建设内容\t总投资(亿元)\t2024年计划投资\t2025年计划投资',
      '1\t城市大脑平台\t建设数据中枢\t3.2\t1.5\t1.7', ''].join('\n');
    expect(facts(projects, 'p.txt')).toEqual([]);
  });
  it('skips rows that name works under an indicator header', () => {
    const mixed = ['深圳市福田区2023年国民经济和社会发展计划执行情况报告', '指标\t单位\t2022年\t2023年', '新增学位\t个\t3000\t4500', '红岭中学改造\t亿元\t1.2\t2.3', ''].join('\n');
    expect(facts(mixed, 'm.txt').map((f) => [f.name, f.value])).toEqual([['新增学位', 3000], ['新增学位', 4500]]);
  });
});

// Tables aligned with spaces, as pdftotext -layout or a plain-text page gives them (made up, in that layout).
describe('a five-year plan\'s indicator table aligned with spaces', () => {
  const plan = [
    '深圳市坪山区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '表1  "十四五"时期经济社会发展主要指标',
    '类别        指标                          单位      2020年     2025年     年均增长     属性',
    '经济发展    地区生产总值                  亿元      801.05     1200       7%左右       预期性',
    '            规模以上工业增加值            亿元      420        650        [9]          预期性',
    '            战略性新兴产业增加值占地区    %         35         42                      预期性',
    '            生产总值比重',
    '民生福祉    城镇登记失业率                %         2.5        <3                      约束性',
    '注:[]内为五年累计数。',
    '到2025年，全区地区生产总值达到1200亿元。',
  ].join('\n');
  const got = facts(plan, 'plan.txt');
  it('reads each cell under its column: base year, end year, average growth over the span', () => {
    expect(got.filter((f) => f.tier === 1).map((f) => [f.name, f.measure, f.value, f.unit, f.qualifier, f.period, f.kind, f.cell])).toEqual([
      ['地区生产总值', 'level', 801.05, '亿元', 'exact', '2020', 'actual', '801.05'],
      ['地区生产总值', 'level', 1200, '亿元', 'exact', '2025', 'target', '1200'],
      ['地区生产总值', 'growth', 7, '%', 'approx', '2021-2025', 'target', '7%左右'],
      ['规模以上工业增加值', 'level', 420, '亿元', 'exact', '2020', 'actual', '420'],
      ['规模以上工业增加值', 'level', 650, '亿元', 'exact', '2025', 'target', '650'],
      ['规模以上工业增加值', 'growth', 9, '%', 'exact', '2021-2025', 'target', '[9]'],
      // The name wrapped onto its own line is read whole.
      ['战略性新兴产业增加值占GDP比重', 'share', 35, '%', 'exact', '2020', 'actual', '35'],
      ['战略性新兴产业增加值占GDP比重', 'share', 42, '%', 'exact', '2025', 'target', '42'],
      ['城镇登记失业率', 'rate', 2.5, '%', 'exact', '2020', 'actual', '2.5'],
      ['城镇登记失业率', 'rate', 3, '%', 'at_most', '2025', 'target', '<3'],
    ]);
  });
  it('leaves the prose after the table to the other rules', () => {
    expect(got.filter((f) => f.tier === 2).map((f) => [f.name, f.value, f.period])).toEqual([['地区生产总值', 1200, '2025']]);
  });
});

describe('rows mixing an outcome and a target', () => {
  it('reads a growth row against base-value and plan-target columns without years (a five-year plan)', () => {
    const plan = ['深圳市坪山区国民经济和社会发展第十四个五年规划纲要',
      '指标                          基期值      规划目标      年均增长(%)     属性',
      '经济发展',
      '地区生产总值增长(%)           6.5         5.5左右       —               预期性',
      '居民人均可支配收入(万元)      6.8         9             6.5             预期性'].join('\n');
    expect(facts(plan, 'p.txt').map((f) => [f.name, f.measure, f.value, f.unit, f.period, f.kind])).toEqual([
      ['地区生产总值', 'growth', 6.5, '%', '2020', 'actual'],
      ['地区生产总值', 'growth', 5.5, '%', '2025', 'target'],
      ['居民人均可支配收入', 'level', 6.8, '万元', '2020', 'actual'],
      ['居民人均可支配收入', 'level', 9, '万元', '2025', 'target'],
      ['居民人均可支配收入', 'growth', 6.5, '%', '2021-2025', 'target'],
    ]);
  });
  it('reads 完成 and 目标 columns of an annual report, a blank cell left empty', () => {
    const annual = ['深圳市福田区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '指标名称            单位      2023年完成      增长(%)      2024年目标',
      '一般公共预算收入    亿元      230                          3%'].join('\n');
    expect(facts(annual, 'a.txt').map((f) => [f.measure, f.value, f.period, f.kind])).toEqual([['level', 230, '2023', 'actual'], ['growth', 3, '2024', 'target']]);
  });
  it('gives no year to a yearless column outside a five-year plan', () => {
    const annual = ['深圳市福田区2023年国民经济和社会发展计划执行情况的报告', '指标\t单位\t目标值\t2023年完成', '地区生产总值\t亿元\t6000\t6012.5'].join('\n');
    expect(facts(annual, 'a.txt').map((f) => [f.value, f.period])).toEqual([[6012.5, '2023']]);
  });
});

describe('rows that do not fit the header are skipped, not guessed', () => {
  it(`${SHORT_ROW.id}: a row lacks cells only where a merged cell explains it`, () => {
    for (const [header, row, read] of SHORT_ROW.examples) {
      const got = facts(['深圳市坪山区国民经济和社会发展第十四个五年规划纲要', header, row].join('\n'), 'p.txt').filter((f) => f.tier === 1);
      expect(got.length > 0, row).toBe(read);
    }
  });
  it('skips a row that lost an inner cell (a number would land under 单位, or 约束性 under a year)', () => {
    const text = ['深圳市坪山区国民经济和社会发展第十四个五年规划纲要', '指标\t单位\t2020年\t2025年\t年均增长\t属性',
      '城镇登记失业率(%)\t2.5\t<3\t—\t约束性', '地区生产总值增长(%)\t6.5\t5.5左右\t预期性', '人均预期寿命\t岁\t83.5\t84\t—\t预期性'].join('\n');
    expect(facts(text, 'p.txt').map((f) => [f.name, f.value])).toEqual([['人均预期寿命', 83.5], ['人均预期寿命', 84]]);
  });
});

describe('table rules as data', () => {
  it(`${GROWTH_ROW.id}`, () => {
    for (const [name, of] of GROWTH_ROW.examples) expect(GROWTH_ROW.pattern.exec(name)?.[1]).toBe(of);
    for (const name of GROWTH_ROW.counterExamples) expect(GROWTH_ROW.pattern.test(name), name).toBe(false);
  });
  it(`${CATEGORY_LINE.id}`, () => {
    for (const line of CATEGORY_LINE.examples) expect(CATEGORY_LINE.pattern.test(line), line).toBe(true);
    for (const line of CATEGORY_LINE.counterExamples) expect(CATEGORY_LINE.pattern.test(line), line).toBe(false);
  });
  it(`${YEARLESS_PLAN_COLUMN.id}`, () => {
    for (const [header, point] of YEARLESS_PLAN_COLUMN.examples) expect(planPointOf(header), header).toBe(point);
  });
  it(`${TWO_ROW_HEADER.id}`, () => {
    for (const [upper, lower, header] of TWO_ROW_HEADER.examples) expect(twoRowHeader(upper, lower)).toEqual(header);
    // A data row under a header is not its second row.
    expect(twoRowHeader(['指标', '单位', '2023年', '2024年'], ['地区生产总值', '亿元', '6000', '6400'])).toBeNull();
  });
  it('reads an HTML table whose header spans two rows (rowspan, colspan), and a row with a spanning cell', () => {
    const page = ['<html><body><p>深圳市福田区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</p><table>',
      '<tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">2023年</td><td>2024年</td></tr>',
      '<tr><td>目标</td><td>完成</td><td>目标</td></tr>',
      '<tr><td>地区生产总值</td><td>亿元</td><td>6000</td><td>6012.5</td><td>6400</td></tr>',
      '<tr><td colspan="5">民生</td></tr>',
      '<tr><td>城镇登记失业率</td><td>%</td><td colspan="2">—</td><td>&lt;3</td></tr>',
      '</table></body></html>'].join('\n');
    expect(facts(page, 'p.html').map((f) => [f.name, f.value, f.period, f.kind])).toEqual([
      ['地区生产总值', 6000, '2023', 'target'], ['地区生产总值', 6012.5, '2023', 'actual'], ['地区生产总值', 6400, '2024', 'target'],
      ['城镇登记失业率', 3, '2024', 'target'],
    ]);
  });
  it(`${REPORT_YEAR_COLUMN.id}`, () => {
    for (const header of REPORT_YEAR_COLUMN.examples) expect(planPointOf(header), header).toBe('report');
    for (const header of REPORT_YEAR_COLUMN.counterExamples) expect(planPointOf(header), header).not.toBe('report');
    const rows = ['指标    单位    绝对数    比上年增长(%)', '地区生产总值    亿元    1012.5    5.2'];
    expect(facts(['深圳市坪山区2023年国民经济和社会发展计划执行情况的报告', ...rows].join('\n'), 'r.txt').map((f) => [f.measure, f.value, f.period, f.kind]))
      .toEqual([['level', 1012.5, '2023', 'actual'], ['growth', 5.2, '2023', 'actual']]);
    // A title without its year gives the column no period: nothing is read rather than a guessed year.
    expect(facts(['坪山区国民经济和社会发展统计公报', ...rows].join('\n'), 'r.txt').filter((f) => f.tier === 1)).toEqual([]);
  });
  it(`${CELL_UNIT.id}`, () => {
    for (const [cell, unit] of CELL_UNIT.examples) expect(cellUnitOf(cell), cell).toBe(unit);
    for (const cell of CELL_UNIT.counterExamples) expect(cellUnitOf(cell), cell).toBeNull();
  });
  it('reads a space-aligned table in traditional script, with units inside the value cells', () => {
    const plan = ['深圳市坪山區國民經濟和社會發展第十四個五年規劃綱要',
      '指標                    2020年      2025年目標值      年均增長[%]      屬性',
      '地區生產總值增長(%)     6.5         5.5左右           —                預期性',
      '居民人均可支配收入      6.8萬元     9萬元             6.5              預期性'].join('\n');
    expect(facts(plan, 't.txt').map((f) => [f.name, f.measure, f.value, f.unit, f.qualifier, f.period, f.kind, f.cell])).toEqual([
      ['地区生产总值', 'growth', 6.5, '%', 'exact', '2020', 'actual', '6.5'],
      ['地区生产总值', 'growth', 5.5, '%', 'approx', '2025', 'target', '5.5左右'],
      ['居民人均可支配收入', 'level', 6.8, '万元', 'exact', '2020', 'actual', '6.8萬元'],
      ['居民人均可支配收入', 'level', 9, '万元', 'exact', '2025', 'target', '9萬元'],
      ['居民人均可支配收入', 'growth', 6.5, '%', 'exact', '2021-2025', 'target', '6.5'],
    ]);
  });
  it(`${NAMED_PLAN_SPAN.id}`, () => {
    for (const [header, end] of NAMED_PLAN_SPAN.examples) expect(planEndOf(header), header).toBe(end);
    const plan = ['深圳市坪山区国民经济和社会发展第十四个五年规划纲要', '指标\t单位\t十三五末\t十三五累计\t“十四五”目标', '地区生产总值\t亿元\t801.05\t3,456.7\t1,200'].join('\n');
    // The previous plan's total is over its own span, not the report's; thousands separators are read.
    expect(facts(plan, 'p.txt').map((f) => [f.value, f.period, f.kind])).toEqual([[801.05, '2020', 'actual'], [3456.7, '2016-2020', 'actual'], [1200, '2025', 'target']]);
  });
  it('keeps a table going over a category label between its rows', () => {
    const text = ['深圳市坪山区国民经济和社会发展第十四个五年规划纲要', '指标\t单位\t2020年\t2025年', '地区生产总值\t亿元\t801\t1200', '民生福祉', '人均预期寿命\t岁\t83.5\t84'].join('\n');
    expect(facts(text, 'p.txt').map((f) => f.value)).toEqual([801, 1200, 83.5, 84]);
  });
});

// A raw government page (made up, in the layout of a district portal's article page): menus, breadcrumbs, a
// 字号 line, counters, share and print tools, a sidebar of related articles, a footer with phone and ICP numbers,
// scripts; the report's table is a Word export (every cell wrapped in <p>, a name broken by <br>, rowspan).
describe('a raw HTML page with its web chrome', () => {
  const page = readFileSync('tests/fixtures/reports/plan-page.html', 'utf8');
  const expected = [
    ['地区生产总值', 'growth', 8.9, '2016-2020', 'actual', 2],
    ['地区生产总值', 'level', 801.05, '2020', 'actual', 1],
    ['地区生产总值', 'level', 1200, '2025', 'target', 1],
    ['地区生产总值', 'growth', 7, '2021-2025', 'target', 1],
    ['战略性新兴产业增加值占GDP比重', 'share', 42, '2025', 'target', 1],
    ['全社会研发投入占GDP比重', 'share', 4.2, '2020', 'actual', 1],
    ['全社会研发投入占GDP比重', 'share', 5, '2025', 'target', 1],
    ['城镇登记失业率', 'rate', 2.5, '2020', 'actual', 1],
    ['城镇登记失业率', 'rate', 3, '2025', 'target', 1],
    ['人均预期寿命', 'level', 84, '2025', 'target', 2],
  ];
  const read = (html: string) => facts(html, 'page.html').map((f) => [f.name, f.measure, f.value, f.period, f.kind, f.tier]);
  it('reads the report and its table, and nothing from the chrome', () => {
    expect(read(page)).toEqual(expected);
  });
  it('reads the same when the chrome containers have names no rule knows (the line rules catch the rest)', () => {
    const renamed = page.replace(/class="(footer|sidebar|bdsharebuttonbox|crumb|menu)"/g, 'class="x-$1"');
    expect(renamed).not.toBe(page);
    expect(read(renamed)).toEqual(expected);
  });
});
