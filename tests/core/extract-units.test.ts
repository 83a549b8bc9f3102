// Units and unitless rates, on sentences of our own: a quantity is found only with a unit it knows, or
// without one where a rate's name and its verb say the number is that rate.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { findQuantities } from '../../main/core/extract/numbers';

const report = (body: string) => `深圳市南山区2022年国民经济和社会发展计划执行情况报告\n一、2022年国民经济和社会发展计划执行情况\n${body}`;
const facts = (body: string) => readReport(report(body), 'test.txt').facts.map((f) => [f.indicator, f.measure, f.value, f.unit, f.kind]);

describe('units', () => {
  it('reads energy, water, containers and ages', () => {
    expect(findQuantities('全社会用电量120.5亿千瓦时').map((q) => [q.value, q.unit])).toEqual([[120.5, '亿千瓦时']]);
    expect(findQuantities('供水量3.2亿立方米').map((q) => [q.value, q.unit])).toEqual([[3.2, '亿立方米']]);
    expect(findQuantities('集装箱吞吐量1350万标箱').map((q) => [q.value, q.unit])).toEqual([[1350, '万标箱']]);
    // 预期寿命 is life expectancy, an outcome: its 预期 is no 预期目标.
    expect(facts('人均预期寿命达到84.1岁。')).toEqual([['人均预期寿命', 'level', 84.1, '岁', 'actual']]);
  });

  it('reads PM2.5 in one unit however it is written (微克/立方米, μg/m³, μg/m3), with the quote as written', () => {
    for (const written of ['微克/立方米', 'μg/m³', 'μg/m3']) {
      expect(findQuantities(`PM2.5平均浓度为18${written}`).map((q) => [q.value, q.unit])).toEqual([[18, '微克/立方米']]);
    }
    const text = report('PM2.5平均浓度为18μg/m³。');
    const [fact] = readReport(text, 'test.txt').facts;
    expect(fact?.unit).toBe('微克/立方米');
    expect(text.slice(fact!.start!, fact!.end!)).toContain('μg/m³');
  });
});

describe('a rate stated without a unit', () => {
  it('is a fact when the rate and its verb come right before the number', () => {
    expect(facts('亿元GDP生产安全事故死亡率预计达0.012,低于全市平均水平。')).toEqual([['亿元GDP死亡率', 'rate', 0.012, null, 'estimate']]);
    expect(facts('居民收入基尼系数为0.31。')).toEqual([['居民收入基尼系数', 'rate', 0.31, null, 'actual']]);
  });
  it('is no fact anywhere else: a bare number is a code, a name or a year', () => {
    expect(findQuantities('完成清水河06-03等土地供应,推出3号线')).toEqual([]);
    expect(findQuantities('服务指数排名第3,数据达10,覆盖率达到')).toEqual([]);
    expect(findQuantities('死亡率达0.01,增长率达3-5,').map((q) => q.value)).toEqual([0.01]);
  });
});

describe('headline wordings other districts use', () => {
  it('reads 实现GDP, 经济总量突破…大关 and 研发投入强度 as catalogue indicators', () => {
    expect(facts('全区实现GDP 1234亿元。')).toEqual([['地区生产总值', 'level', 1234, '亿元', 'actual']]);
    expect(facts('经济总量突破4000亿元大关。')).toEqual([['地区生产总值', 'level', 4000, '亿元', 'actual']]);
    expect(facts('R&D投入强度达5.5%。')).toEqual([['全社会研发投入占GDP比重', 'share', 5.5, '%', 'actual']]);
  });
  it('reads completion of the year\'s budget, and drops a growth\'s move against another quarter', () => {
    expect(facts('一般公共预算收入88.6亿元,完成年度预算的101.2%。').map((f) => f.slice(0, 3))).toEqual([
      ['一般公共预算收入', 'level', 88.6], ['一般公共预算收入完成年度预算比例', 'share', 101.2],
    ]);
    expect(facts('地区生产总值增长5.2%,比一季度提高0.5个百分点。').map((f) => f.slice(0, 3))).toEqual([['地区生产总值', 'growth', 5.2]]);
  });
});

describe('average yearly growth (年均增长)', () => {
  const fiveYear = (body: string) => readReport(`深圳市南山区国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n${body}`, 'p.txt').facts
    .map((f) => [f.indicator, f.measure, f.value, f.period, f.kind]);
  it('is over the reviewed five years for an outcome and over the plan\'s years for a target', () => {
    expect(fiveYear('“十三五”时期,地区生产总值从2015年的3714亿元增长到2020年的6500亿元,年均增长8.5%。')).toEqual([
      ['地区生产总值', 'level', 3714, '2015', 'actual'], ['地区生产总值', 'level', 6500, '2020', 'actual'], ['地区生产总值', 'growth', 8.5, '2016-2020', 'actual'],
    ]);
    expect(fiveYear('第二章 发展目标\n到2025年,地区生产总值达到9000亿元,年均增长6%左右。')).toEqual([
      ['地区生产总值', 'level', 9000, '2025', 'target'], ['地区生产总值', 'growth', 6, '2021-2025', 'target'],
    ]);
  });
  it('takes a span written out in an annual report', () => {
    expect(facts('2019-2023年,税收收入年均增长4.2%。').map((f) => f.slice(0, 3))).toEqual([['税收收入', 'growth', 4.2]]);
    expect(readReport(report('2019-2023年,税收收入年均增长4.2%。'), 't.txt').facts.map((f) => f.period)).toEqual(['2019-2023']);
  });
});

describe('figures of other districts in a city\'s report', () => {
  const city = (body: string) => readReport(`深圳市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n${body}`, 'c.txt').facts
    .map((f) => [f.indicator, f.value]);
  it('drops a district\'s number and keeps the city\'s and the built-up area\'s', () => {
    expect(city('南山区地区生产总值增长8%,全市规模以上工业增加值增长6.2%,建成区绿化覆盖率达45%。')).toEqual([['规模以上工业增加值', 6.2], ['城区绿化覆盖率', 45]]);
  });
});

describe('a mid-year report', () => {
  const h1 = (body: string) => readReport(`深圳市龙岗区2024年上半年国民经济和社会发展计划执行情况报告\n一、上半年经济运行情况\n${body}`, 'h.txt').facts
    .map((f) => [f.indicator, f.measure, f.value, f.period, f.kind]);
  it('reads completion of the full year\'s target as an outcome of the half-year, whoever is named first', () => {
    expect(h1('上半年,全区地区生产总值完成全年目标的52.3%。')).toEqual([['地区生产总值完成年度目标比例', 'share', 52.3, '2024H1', 'actual']]);
    expect(h1('实际利用外资3.2亿美元,完成全年任务的60%。')[1]).toEqual(['实际利用外资完成年度任务比例', 'share', 60, '2024H1', 'actual']);
  });
  it('reads 预计全年 as an estimate of the whole year', () => {
    expect(h1('预计全年地区生产总值增长6%左右。')).toEqual([['地区生产总值', 'growth', 6, '2024', 'estimate']]);
  });
});

describe('consumer prices', () => {
  it('reads 上涨 and 涨幅 as the growth of the price index, under one name', () => {
    expect(facts('居民消费价格指数上涨2.1%。')).toEqual([['居民消费价格', 'growth', 2.1, '%', 'actual']]);
    expect(facts('CPI同比上涨1.5%。')).toEqual([['居民消费价格', 'growth', 1.5, '%', 'actual']]);
    expect(facts('居民消费价格涨幅控制在3%以内。')).toEqual([['居民消费价格', 'growth', 3, '%', 'actual']]);
  });
});

describe('quantities the scanner reads beyond digits and a unit (made-up sentences)', () => {
  const read = (body: string) => readReport(report(body), 't.txt').facts.map((f) => [f.indicator, f.measure, f.value, f.unit, f.qualifier]);
  it('reads amounts written with characters and magnitudes', () => {
    expect(read('全区地区生产总值突破千亿元。')).toEqual([['地区生产总值', 'level', 1000, '亿元', 'more_than']]);
    expect(read('全區地區生產總值突破萬億元。')).toEqual([['地区生产总值', 'level', 1, '万亿元', 'more_than']]);
    expect(read('地区生产总值达两千亿元。')).toEqual([['地区生产总值', 'level', 2000, '亿元', 'exact']]);
  });
  it('reads shares in tenths, halves and fractions with their qualifier words', () => {
    expect(read('民营经济增加值占地区生产总值比重超过三分之一。')).toEqual([['民营经济增加值占GDP比重', 'share', 33.33, '%', 'more_than']]);
    expect(read('民营经济增加值占地区生产总值比重近六成。')).toEqual([['民营经济增加值占GDP比重', 'share', 60, '%', 'approx']]);
  });
  it('reads units over units and ranges with any dash', () => {
    expect(read('全员劳动生产率达到32.5万元/人。')).toEqual([['全员劳动生产率', 'level', 32.5, '万元/人', 'exact']]);
    expect(read('规模以上工业增加值增长4.5%～5%。')).toEqual([['规模以上工业增加值', 'growth', 4.75, '%', 'range']]);
  });
  it('reads more-than inside a magnitude', () => {
    expect(read('城镇新增就业1万余人。')).toEqual([['城镇新增就业', 'count', 1, '万人', 'more_than']]);
  });
});
