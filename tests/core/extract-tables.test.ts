// Tables of main indicators, on tables of our own: an HTML table in a five-year plan, a tab-separated table
// copied into a text file, and one in traditional characters. Each value cell is a fact tied to its cell.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { normalizeReport } from '../../main/core/normalize';

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
