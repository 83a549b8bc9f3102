// Each phenomenon of issue 2 §3 on small texts of our own (not sentences from the sample reports).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';

const halfYear = (body: string) => `深圳市福田区2023年上半年国民经济和社会发展计划执行情况报告\n发布日期:2023-08-01\n一、2023年上半年经济社会发展计划执行情况\n${body}`;
const annual = (review: string, plan: string) =>
  `深圳市南山区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n一、2021年国民经济和社会发展计划执行情况\n${review}\n二、2022年经济社会发展主要目标\n${plan}`;
const facts = (text: string) => readReport(text, 'test.txt').facts;
const find = (text: string, value: number | null) => facts(text).filter((f) => f.value === value);

describe('report metadata', () => {
  it('reads title, issuing district, period and published date', () => {
    const { meta } = readReport(halfYear('——地区生产总值增长5.2%;'), 'x.txt');
    expect(meta).toEqual({ title: '深圳市福田区2023年上半年国民经济和社会发展计划执行情况报告', region: '福田区', period: '2023H1', published: '2023-08-01' });
  });
});

describe('other kinds of report', () => {
  it('reads a quarterly report: outcomes of the quarters so far, targets of the year', () => {
    const t = '东莞市2023年前三季度国民经济和社会发展计划执行情况\n一、2023年前三季度执行情况\n——地区生产总值增长5.5%(目标6%左右);';
    const f = readReport(t, 'q3.txt');
    expect(f.meta).toMatchObject({ region: '东莞市', period: '2023Q3' });
    expect(f.facts.map((x) => [x.value, x.period, x.kind])).toEqual([[5.5, '2023Q3', 'actual'], [6, '2023', 'target']]);
  });
  it('treats 全市 as the city itself in a city report, and other cities as other places', () => {
    const t = '东莞市2023年国民经济和社会发展计划执行情况\n一、2023年执行情况\n全市地区生产总值增长5.5%,高于惠州的4.1%。';
    expect(readReport(t, 'c.txt').facts.map((x) => [x.indicator, x.value, x.region])).toEqual([['地区生产总值', 5.5, '东莞市']]);
  });
});

describe('headline lists and inline targets', () => {
  const text = halfYear('——地区生产总值增长5.2%(目标6.5%左右);\n——固定资产投资完成300.5亿元(目标620亿元);\n——全社会固定资产投资完成12亿元;');
  it('reads each bullet as a tier-1 actual of the half year and each "(目标…)" as a full-year target', () => {
    const f = facts(text);
    expect(f.find((x) => x.value === 5.2)).toMatchObject({ indicator: '地区生产总值', measure: 'growth', period: '2023H1', kind: 'actual', tier: 1, qualifier: 'exact', region: '福田区' });
    expect(f.find((x) => x.value === 6.5)).toMatchObject({ indicator: '地区生产总值', measure: 'growth', period: '2023', kind: 'target', qualifier: 'approx' });
    expect(f.find((x) => x.value === 620)).toMatchObject({ indicator: '固定资产投资', measure: 'level', unit: '亿元', period: '2023', kind: 'target' });
    expect(f.find((x) => x.value === 12)).toMatchObject({ indicator: '固定资产投资' });
  });
  it('reads "（年度目标：6%左右）" with full-width brackets and a colon, in traditional script too', () => {
    const t = '關於龍崗區2023年上半年國民經濟和社會發展計劃執行情況的報告\n一、上半年主要經濟指標完成情況\n初步核算，全區地區生產總值同比增長5.8%（年度目標：6%左右）。';
    const { meta, facts: f } = readReport(t, 'trad.txt');
    expect(meta.region).toBe('龙岗区');
    expect(f.map((x) => [x.indicator, x.value, x.period, x.kind])).toEqual([['地区生产总值', 5.8, '2023H1', 'actual'], ['地区生产总值', 6, '2023', 'target']]);
    expect(t.slice(f[1]!.start, f[1]!.end)).toContain('6%');
  });
  it('points every fact at its span in the original text', () => {
    expect(facts(text).length).toBeGreaterThan(3);
    for (const f of facts(text)) expect(text.slice(f.start, f.end)).toContain(String(f.value));
  });
  it('accepts "-" and "----" bullets and an estimate list', () => {
    const t = annual('经济社会主要指标预计完成情况：\n- 地区生产总值同比增长 6.8%左右；\n----一般公共预算收入完成 88.5 亿元;\n全年经济运行平稳。', '');
    expect(find(t, 6.8)[0]).toMatchObject({ kind: 'estimate', period: '2021', qualifier: 'approx', tier: 1 });
    expect(find(t, 88.5)[0]).toMatchObject({ indicator: '一般公共预算收入', kind: 'estimate' });
  });
});

describe('levels, growth, falls and ranges', () => {
  it('reads a level and a growth in one line as two facts, a fall as negative', () => {
    const t = halfYear('——本地区生产总值1200.5亿元,同比(下同)下降2.3%;\n——万元GDP水耗4.2立方米,下降8.1%。');
    const f = facts(t);
    expect(f.find((x) => x.value === 1200.5)).toMatchObject({ indicator: '地区生产总值', measure: 'level', unit: '亿元' });
    expect(f.find((x) => x.value === -2.3)).toMatchObject({ indicator: '地区生产总值', measure: 'growth' });
    expect(f.find((x) => x.value === -8.1)).toMatchObject({ indicator: '万元GDP水耗', measure: 'growth' });
  });
  it('reads "增长-2.0%" as a fall', () => {
    expect(find(halfYear('——社会消费品零售总额增长-3.5%左右;'), -3.5)[0]).toMatchObject({ indicator: '社会消费品零售总额', qualifier: 'approx' });
  });
  it('reads ranges with their midpoint', () => {
    const t = annual('全年经济运行平稳。', '- 地区生产总值增长 5.5%-6%；\n- 税收收入增长 4%—4.5%；');
    expect(find(t, 5.75)[0]).toMatchObject({ low: 5.5, high: 6, qualifier: 'range', kind: 'target', period: '2022' });
    expect(find(t, 4.25)[0]).toMatchObject({ indicator: '税收收入', low: 4, high: 4.5 });
  });
});

describe('number grammar', () => {
  it('reads thousands separators and a next-year target paragraph inside the review', () => {
    const t = annual('全区地区生产总值8,566.12亿元,增长5.2%。综合考虑,建议2022年主要预期目标为:税收收入增长6%左右。', '');
    expect(find(t, 8566.12)[0]).toMatchObject({ indicator: '地区生产总值', kind: 'actual', period: '2021' });
    expect(find(t, 6)[0]).toMatchObject({ indicator: '税收收入', kind: 'target', period: '2022', qualifier: 'approx' });
  });
  it('does not read codes, model names or dates as quantities', () => {
    expect(facts(annual('建设5G基站,PM2.5治理,“20+8”产业集群,2021-09-30发布。', ''))).toEqual([]);
  });
});

describe('qualifiers', () => {
  const t = annual('全区金融业增加值超过 900 亿元。', '- 社会消费品零售总额增长 7%以上；\n- 城镇登记失业率控制在 2.5%以内；\n- 新增学位不少于 3000 个；\n- 税收收入不超过 500 亿元；\n- 总部企业营业收入超过 5000 亿元；');
  it.each([
    [900, 'more_than', 'actual'], [7, 'at_least', 'target'], [2.5, 'at_most', 'target'], [3000, 'at_least', 'target'], [500, 'at_most', 'target'], [5000, 'at_least', 'target'],
  ])('%s is %s (%s)', (value, qualifier, kind) => {
    expect(find(t, value)[0]).toMatchObject({ qualifier, kind });
  });
  it('a number held "about" a level (控制在5.5%左右) is approx; held within it (控制在5.5%以内) a ceiling', () => {
    // hebei_2026_gov_work_report (http://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/202602/02/87e9bcd8-8ea5-4134-8b54-f006ab87337b.html).
    const held = annual('', '- 城镇调查失业率控制在5.5%左右；\n- 居民消费价格涨幅控制在2%以内；');
    expect(find(held, 5.5)[0]).toMatchObject({ qualifier: 'approx', kind: 'target' });
    expect(find(held, 2)[0]).toMatchObject({ qualifier: 'at_most', kind: 'target' });
  });
  it('reads 城镇登记失业率 as a rate', () => {
    expect(find(t, 2.5)[0]).toMatchObject({ indicator: '城镇登记失业率', measure: 'rate' });
  });
});

describe('plan completion, base and end values, five-year targets', () => {
  it('reads completion of the annual plan as a share', () => {
    expect(find(halfYear('区政府投资完成年度计划的47.2%。'), 47.2)[0]).toMatchObject({ measure: 'share', kind: 'actual', period: '2023H1' });
  });
  it('reads "从2015年的X增长到2020年的Y" as two actuals of those years', () => {
    const t = '宝安区产业发展“十四五”规划\n一、发展现状\n宝安区地区生产总值从 2015 年的 2640.6 亿元增长到 2020 年的 3612.2 亿元。';
    expect(find(t, 2640.6)[0]).toMatchObject({ indicator: '地区生产总值', period: '2015', kind: 'actual' });
    expect(find(t, 3612.2)[0]).toMatchObject({ indicator: '地区生产总值', period: '2020', kind: 'actual' });
  });
  it('reads "力争到2025年…达到" and shares of GDP as targets of 2025', () => {
    const t = '宝安区产业发展“十四五”规划\n二、发展目标\n力争到2025年，生物医药产业增加值达到40亿元，占GDP比重达到2.5%。';
    expect(find(t, 40)[0]).toMatchObject({ indicator: '生物医药产业增加值', kind: 'target', period: '2025' });
    expect(find(t, 2.5)[0]).toMatchObject({ measure: 'share', kind: 'target', period: '2025' });
  });
  it('reads the second-half work section of a mid-year report as full-year targets', () => {
    const t = halfYear('——地区生产总值增长5.2%;\n二、下半年重点工作\n全年新增国家高新技术企业100家以上。');
    expect(find(t, 100)[0]).toMatchObject({ kind: 'target', period: '2023', qualifier: 'at_least' });
  });
});

describe('other places are not the district', () => {
  it('drops figures about other cities and districts', () => {
    const t = halfYear('服务业占比超过 85%,远高于广州 60%、香港 80%占比,相当于南山区的51%。');
    expect(facts(t).map((f) => f.value)).toEqual([85]);
  });
});

describe('bad inputs', () => {
  it('an empty text gives no facts and a metadata record, no crash', () => {
    expect(readReport('', 'empty.txt')).toEqual({ meta: { title: 'empty.txt', region: '', period: expect.any(String), published: null }, facts: [] });
  });
  it('a report with numbers but no indicators gives no facts', () => {
    expect(facts(halfYear('召开会议3场,出台政策12项,走访企业。'))).toEqual([]);
  });
});
