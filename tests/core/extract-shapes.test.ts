// Shapes of statements beyond "indicator verb number": colon ratios, from-to pairs, budget arrangements,
// contributions to growth, lists whose separators were lost, and a target stated twice. Sentences are made
// up unless a source is cited beside them.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { splitRun } from '../../main/core/extract/rules/respectively';
import { industriesIn } from '../../main/core/extract/rules/industries';
import { ARRANGED_RULES } from '../../main/core/extract/rules/arranged-growth';
import { CONTRIBUTION_RULES } from '../../main/core/extract/rules/contributions';
import { FROM_TO } from '../../main/core/extract/rules/from-to';
import { RATIO_RULES } from '../../main/core/extract/rules/ratio';

const TITLE = '深圳市南山区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告';
const review = (body: string) => `${TITLE}\n一、2024年计划执行情况\n${body}\n`;
const plan = (body: string) => `${TITLE}\n一、2024年计划执行情况\n全区地区生产总值增长5.2%。\n二、2025年工作安排\n${body}\n`;
const read = (text: string) => readReport(text, 't.txt', { trace: true }).facts;
const brief = (text: string) => read(text).map((f) => [f.indicator, f.value, f.period, f.kind]);

describe('industries named by shorthand', () => {
  it.each([
    ['三次产业', ['第一产业', '第二产业', '第三产业']],
    ['第一、二、三产业', ['第一产业', '第二产业', '第三产业']],
    ['一二三产业', ['第一产业', '第二产业', '第三产业']],
    ['二三产业', ['第二产业', '第三产业']],
    ['第二、第三产业', ['第二产业', '第三产业']],
  ])('%s', (phrase, names) => expect(industriesIn(`${phrase}比例`)?.names).toEqual(names));
  it('finds no list in one industry or in a word that only contains a digit', () => {
    expect(industriesIn('第三产业增加值')).toBeNull();
    expect(industriesIn('统一产业政策')).toBeNull();
  });
});

describe('colon ratios (rule ratio-industry-structure, ratio-to-one)', () => {
  const shares = (a: number, b: number, c: number, period: string, kind = 'actual') => [
    ['第一产业增加值占GDP比重', a, period, kind], ['第二产业增加值占GDP比重', b, period, kind], ['第三产业增加值占GDP比重', c, period, kind],
  ];
  it('reads a structure of three industries as three shares of GDP', () => {
    expect(brief(review('三次产业结构为3.0:40.0:57.0。'))).toEqual(shares(3, 40, 57, '2024'));
  });
  it('reads the ratio colon (∶) and full-width colon alike', () => {
    expect(brief(review('三次产业比例调整为2.1∶38.5∶59.4。'))).toEqual(shares(2.1, 38.5, 59.4, '2024'));
    expect(brief(review('三次产业比例调整为2.1：38.5：59.4。'))).toEqual(shares(2.1, 38.5, 59.4, '2024'));
  });
  it('dates the starting structure of "由上年的…调整为…" to the year before', () => {
    expect(brief(review('三次产业结构由上年的3.1:40.2:56.7调整为2.9:39.8:57.3。'))).toEqual([...shares(3.1, 40.2, 56.7, '2023'), ...shares(2.9, 39.8, 57.3, '2024')]);
  });
  it('dates each structure by the year written with it', () => {
    expect(brief(plan('三次产业结构由2024年的2.9:39.8:57.3调整为2030年的2.5:38.0:59.5。')).slice(1)).toEqual([
      ...shares(2.9, 39.8, 57.3, '2024'), ...shares(2.5, 38, 59.5, '2030', 'target')]);
  });
  it('keeps no starting structure the text gives no year', () => {
    expect(brief(review('三次产业结构由3.1:40.2:56.7调整为2.9:39.8:57.3。'))).toEqual(shares(2.9, 39.8, 57.3, '2024'));
  });
  it('reads two industries as two shares', () => {
    // 深圳市坪山区2017年计划执行情况 (https://www.szpsq.gov.cn/zwgk/ghjh/fzgh/content/post_7614632.html): "二三产业比例为65:35".
    expect(brief(review('二三产业比例为65:35。'))).toEqual([['第二产业增加值占GDP比重', 65, '2024', 'actual'], ['第三产业增加值占GDP比重', 35, '2024', 'actual']]);
  });
  it('reads a real structure sentence', () => {
    // 莆田市荔城区2022年计划执行情况 (http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm).
    const f = read(review('三次产业结构调整为2.8:50.9:46.3。'));
    expect(f.map((x) => [x.indicator, x.value, x.unit, x.measure])).toEqual([
      ['第一产业增加值占GDP比重', 2.8, '%', 'share'], ['第二产业增加值占GDP比重', 50.9, '%', 'share'], ['第三产业增加值占GDP比重', 46.3, '%', 'share']]);
    expect(f[0]!.rules).toContain('ratio-industry-structure');
  });
  it('reads no share from a ratio that is not a structure of the industries named', () => {
    expect(read(review('三次产业结构为3.0:40.0:50.0。'))).toEqual([]);
    expect(read(review('二三产业比例为3.0:40.0:57.0。'))).toEqual([]);
    // A ratio to one is a ratio's value (the scanner's ratio-to-one), never an industry share; a clock time is nothing.
    expect(read(review('会议于10:30召开，男女比例为1:1。')).map((x) => [x.indicator, x.measure, x.value])).toEqual([['男女比例', 'rate', 1]]);
  });
  it('reads a ratio to one as the value of the ratio named, dated by a five-year review in its paragraph', () => {
    // 广东省2026年政府工作报告 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html): "这是城乡区域协调发展
    // 取得新进展的五年。…城乡居民收入比从2.50:1缩小至2.27:1".
    const text = `广东省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n这是城乡区域协调发展取得新进展的五年。城乡居民收入比从2.50:1缩小至2.27:1。\n`;
    expect(read(text).map((f) => [f.indicator, f.measure, f.value, f.unit, f.period])).toEqual([
      ['城乡居民收入比', 'rate', 2.5, null, '2020'], ['城乡居民收入比', 'rate', 2.27, null, '2025']]);
  });
  it('reads a target ratio to one with its verb and qualifier, and no ratio of a proportion', () => {
    expect(read(plan('城乡居民收入比缩小到2.2:1以内。按1:1比例配套资金。')).slice(1).map((x) => [x.indicator, x.value, x.qualifier, x.period, x.kind])).toEqual([
      ['城乡居民收入比', 2.2, 'at_most', '2025', 'target']]);
  });
  it('reads a target structure in a plan section as a target', () => {
    expect(brief(plan('三次产业结构优化为2.5:38.0:59.5。')).slice(1)).toEqual(shares(2.5, 38, 59.5, '2025', 'target'));
  });
});

describe('from-to pairs (rule from-to-pair)', () => {
  it('gives each value of "从2020年的X提高到2025年的Y左右" its own year and kind', () => {
    const f = read(plan('居民人均可支配收入从2020年的8.1万元提高到2025年的11万元左右。'));
    expect(f.slice(1).map((x) => [x.indicator, x.value, x.qualifier, x.period, x.kind])).toEqual([
      ['居民人均可支配收入', 8.1, 'exact', '2020', 'actual'], ['居民人均可支配收入', 11, 'approx', '2025', 'target']]);
  });
  it('dates "由上年的" to the year before the new value', () => {
    expect(brief(review('全区常住人口城镇化率由上年的72.1%提高到73.5%。'))).toEqual([
      ['常住人口城镇化率', 72.1, '2023', 'actual'], ['常住人口城镇化率', 73.5, '2024', 'actual']]);
  });
  it('dates the start of a five-year review to the year before the five years', () => {
    // 广东省2026年政府工作报告 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    const text = `广东省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n这是经济实力持续提升的五年。地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元。\n`;
    expect(brief(text)).toEqual([
      ['地区生产总值', 11.37, '2020', 'actual'], ['地区生产总值', 14.58, '2025', 'actual'],
      ['人均地区生产总值', 9, '2020', 'actual'], ['人均地区生产总值', 11, '2025', 'actual']]);
  });
  it('does not date a starting value the text does not date', () => {
    const f = brief(review('全区常住人口城镇化率从72.1%提高到73.5%。'));
    expect(f[1]).toEqual(['常住人口城镇化率', 73.5, '2024', 'actual']);
    expect(f[0]![2]).not.toBe('2019');
  });
  it('keeps the name for a number after the pair', () => {
    expect(brief(review('居民人均可支配收入由上年的5万元提高到5.2万元，增长4%。'))).toEqual([
      ['居民人均可支配收入', 5, '2023', 'actual'], ['居民人均可支配收入', 5.2, '2024', 'actual'], ['居民人均可支配收入', 4, '2024', 'actual']]);
  });
});

describe('budget arrangements (rules arranged-growth-verb-first, arranged-growth-rate-first)', () => {
  it('reads "按增长X%安排" as a growth target of the plan year', () => {
    const f = read(plan('一般公共预算收入按增长5%安排，税收收入按同口径增长3%左右安排，政府性基金支出按比上年下降2%安排。'));
    expect(f.slice(1).map((x) => [x.indicator, x.measure, x.value, x.qualifier, x.period, x.kind])).toEqual([
      ['一般公共预算收入', 'growth', 5, 'exact', '2025', 'target'], ['税收收入', 'growth', 3, 'approx', '2025', 'target'],
      ['政府性基金支出', 'growth', -2, 'exact', '2025', 'target']]);
  });
  it('reads "按X%的增幅安排"', () => {
    expect(brief(plan('一般公共预算支出按5%的增幅安排。')).slice(1)).toEqual([['一般公共预算支出', 5, '2025', 'target']]);
  });
  it('reads the reviewed year\'s budget recalled in the review as that year\'s target', () => {
    const f = brief(review('一般公共预算收入年初预算按增长5%安排，执行中完成120亿元，增长5.6%。'));
    expect(f[0]).toEqual(['一般公共预算收入', 5, '2024', 'target']);
    // What was done in the year stays an outcome of it.
    expect(f.slice(1).map((x) => [x[1], x[2], x[3]])).toEqual([[120, '2024', 'actual'], [5.6, '2024', 'actual']]);
  });
});

describe('contributions to growth (rules contribution-points, contribution-share)', () => {
  it('names each industry of "分别拉动经济增长a、b和c个百分点", with the unit written once', () => {
    const f = read(review('第一、二、三产业分别拉动经济增长0.1、1.9和3.2个百分点。'));
    expect(f.map((x) => [x.indicator, x.measure, x.value, x.unit])).toEqual([
      ['第一产业对经济增长的拉动', 'change', 0.1, '个百分点'], ['第二产业对经济增长的拉动', 'change', 1.9, '个百分点'], ['第三产业对经济增长的拉动', 'change', 3.2, '个百分点']]);
  });
  it('reads contribution rates, and lets a second list borrow the names of the first', () => {
    const f = read(review('三次产业分别拉动GDP增长0.1、1.9和3.2个百分点，对经济增长的贡献率分别为2.1%、36.5%和61.4%。'));
    expect(f.slice(3).map((x) => [x.indicator, x.measure, x.value])).toEqual([
      ['第一产业对经济增长的贡献率', 'share', 2.1], ['第二产业对经济增长的贡献率', 'share', 36.5], ['第三产业对经济增长的贡献率', 'share', 61.4]]);
  });
  it('reads a real bulletin sentence', () => {
    // 内蒙古自治区2023年国民经济和社会发展统计公报, as quoted by 中新网 (2024-03-21).
    expect(read(review('第一、二、三产业对地区生产总值增长的贡献率分别为8.7%、45.7%和45.6%。')).map((x) => [x.indicator, x.value])).toEqual([
      ['第一产业对经济增长的贡献率', 8.7], ['第二产业对经济增长的贡献率', 45.7], ['第三产业对经济增长的贡献率', 45.6]]);
  });
  it('names the parts of demand as written', () => {
    expect(read(review('消费、投资和净出口分别拉动经济增长2.1、1.5和0.6个百分点。')).map((x) => [x.indicator, x.value])).toEqual([
      ['消费对经济增长的拉动', 2.1], ['投资对经济增长的拉动', 1.5], ['净出口对经济增长的拉动', 0.6]]);
  });
  it('never reads a contribution as growth of GDP, and names none when names and numbers do not pair up', () => {
    const f = read(review('第一、二产业分别拉动经济增长0.1、1.9和3.2个百分点。'));
    expect(f.filter((x) => /对经济增长/.test(x.indicator) || x.indicator === '地区生产总值')).toEqual([]);
  });
});

describe('lists after 分别 (respectively)', () => {
  it('names the three industries of "三次产业增加值分别增长…"', () => {
    expect(read(review('三次产业增加值分别增长3.1%、4.6%、5.9%。')).map((x) => [x.indicator, x.measure, x.value])).toEqual([
      ['第一产业增加值', 'growth', 3.1], ['第二产业增加值', 'growth', 4.6], ['服务业增加值', 'growth', 5.9]]);
  });
  it('names each industry\'s share of "三次产业增加值占地区生产总值的比重分别为…" and "第一、二、三产业占比分别为…"', () => {
    const shares = ['第一产业增加值占GDP比重', '第二产业增加值占GDP比重', '第三产业增加值占GDP比重'];
    expect(read(review('三次产业增加值占地区生产总值的比重分别为3.0%、40.0%和57.0%。')).map((x) => [x.indicator, x.measure])).toEqual(shares.map((n) => [n, 'share']));
    expect(read(review('第一、二、三产业占比分别为3%、40%、57%。')).map((x) => x.indicator)).toEqual(shares);
  });
  it('keeps the verb for percentages whose separators were lost', () => {
    expect(read(review('三次产业增加值分别增长3.1%4.6%5.9%。')).map((x) => [x.indicator, x.measure, x.value])).toEqual([
      ['第一产业增加值', 'growth', 3.1], ['第二产业增加值', 'growth', 4.6], ['服务业增加值', 'growth', 5.9]]);
    expect(read(review('工业、建筑业增加值分别下降1.2%3.4%。')).map((x) => x.value)).toEqual([-1.2, -3.4]);
  });
  it('splits amounts run together before one unit by the count of names', () => {
    const f = read(review('农业、工业、建筑业增加值分别为45.6890.11234.5亿元。'));
    expect(f.map((x) => [x.indicator, x.value, x.unit])).toEqual([['农业增加值', 45.6, '亿元'], ['工业增加值', 890.1, '亿元'], ['建筑业增加值', 1234.5, '亿元']]);
  });
  it('splits a run only where exactly one number of decimals fits', () => {
    expect(splitRun('45.6890.11234.5', 3)).toEqual(['45.6', '890.1', '1234.5']);
    expect(splitRun('12.3445.67', 2)).toEqual(['12.34', '45.67']);
    expect(splitRun('45.6890.11234.5', 2)).toBeNull();
    expect(splitRun('1.23.4', 2)).toEqual(['1.2', '3.4']);
    // An integer part never starts with 0: "1.203.4" is no pair of one-decimal numbers.
    expect(splitRun('1.203.4', 2)).toBeNull();
  });
});

describe('a target stated twice (rule restated-target)', () => {
  it('reads a target in the list and again in a table of main indicators as one target', () => {
    const text = `${TITLE}\n一、2024年计划执行情况\n二、2025年主要目标\n2025年主要预期目标是：\n——地区生产总值增长6%左右；\n附表：2025年主要指标\n指标\t单位\t2024年实际\t2025年目标\n地区生产总值增速\t%\t5.2\t6左右\n`;
    const f = read(text).filter((x) => x.kind === 'target');
    expect(f.map((x) => [x.indicator, x.measure, x.value, x.qualifier, x.period])).toEqual([
      ['地区生产总值', 'growth', 6, 'approx', '2025'], ['地区生产总值', 'growth', 6, 'approx', '2025']]);
    expect(f[0]!.start).not.toBe(f[1]!.start);
  });
  const text = `${TITLE}\n一、2024年计划执行情况\n全区地区生产总值增长5.2%。\n二、2025年主要目标\n2025年全区经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右；\n——一般公共预算收入增长5%。\n三、2025年重点工作\n围绕地区生产总值增长6%左右的目标，扎实推进各项工作。全年一般公共预算收入增长5%。\n`;
  it('keeps both statements, each with its own span, as one target: same name, period and kind', () => {
    const f = read(text).filter((x) => x.kind === 'target');
    expect(f.map((x) => [x.indicator, x.value, x.period, x.kind, x.tier])).toEqual([
      ['地区生产总值', 6, '2025', 'target', 1], ['一般公共预算收入', 5, '2025', 'target', 1],
      ['地区生产总值', 6, '2025', 'target', 2], ['一般公共预算收入', 5, '2025', 'target', 2]]);
    expect(new Set(f.map((x) => x.start)).size).toBe(4);
    expect(text.slice(f[2]!.start, f[2]!.end)).toContain('地区生产总值增长6%左右');
  });
});

describe('lists after 分别 whose names share a share or a standard (respectively)', () => {
  it('gives every name the share written on the last one', () => {
    // 广东省2026年政府工作报告 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    expect(read(review('先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%。')).map((x) => [x.indicator, x.value])).toEqual([
      ['先进制造业增加值占规模以上工业增加值比重', 56.2], ['高技术制造业增加值占规模以上工业增加值比重', 34.7]]);
  });
  it('names the starting and the new values of "A、B分别从a、b提高到c、d"', () => {
    // 广东省2026年政府工作报告: "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元".
    expect(read(plan('困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。')).slice(1).map((x) => [x.indicator, x.value])).toEqual([
      ['困难残疾人生活补贴标准', 209], ['重度残疾人护理补贴标准', 280], ['困难残疾人生活补贴标准', 217], ['重度残疾人护理补贴标准', 290]]);
  });
});

describe('more list and ratio wordings', () => {
  it('gives bare numbers of a 分别 list the unit written after the last one', () => {
    expect(read(review('全年粮食、蔬菜、水果产量分别为123.4、56.7和89.1万吨。')).map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['粮食总产量', 123.4, '万吨'], ['蔬菜产量', 56.7, '万吨'], ['水果产量', 89.1, '万吨']]);
    expect(read(review('农业、工业、建筑业增加值分别增长3.1、4.6、5.9%。')).map((x) => [x.indicator, x.measure, x.value])).toEqual([
      ['农业增加值', 'growth', 3.1], ['工业增加值', 'growth', 4.6], ['建筑业增加值', 'growth', 5.9]]);
  });
  it('reads the region\'s 产业结构 in three parts as the three industries, but no other structure', () => {
    expect(read(review('全区产业结构进一步优化为2.8:50.9:46.3。')).map((x) => x.indicator)).toEqual([
      '第一产业增加值占GDP比重', '第二产业增加值占GDP比重', '第三产业增加值占GDP比重']);
    expect(read(review('新兴产业结构为40:35:25。'))).toEqual([]);
  });
  it('names an industry\'s contribution by the industry and keeps its qualifier', () => {
    const f = read(review('第三产业增加值对经济增长的贡献率超过60%，拉动经济增长3.4个百分点左右。'));
    expect(f.map((x) => [x.indicator, x.value, x.qualifier])).toEqual([
      ['第三产业对经济增长的贡献率', 60, 'more_than'], ['第三产业对经济增长的拉动', 3.4, 'approx']]);
  });
});

describe('every rule reads its own examples', () => {
  const traced = (text: string) => read(text).flatMap((f) => f.rules ?? []);
  it.each(RATIO_RULES.flatMap((r) => r.examples.map((e) => [r.id, e])))('%s: %s', (id, example) => expect(traced(review(`${example}。`))).toContain(id));
  it.each(CONTRIBUTION_RULES.flatMap((r) => r.examples.map((e) => [r.id, e])))('%s: %s', (id, example) => expect(traced(review(`${example}。`))).toContain(id));
  it.each(ARRANGED_RULES.flatMap((r) => r.examples.map((e) => [r.id, e])))('%s: %s', (id, example) => expect(traced(plan(`${example}。`))).toContain(id));
  it.each(FROM_TO.examples.map((e) => [FROM_TO.id, e]))('%s: %s', (id, example) => expect(traced(review(`${example}。`))).toContain(id));
});

describe('shapes in traditional script', () => {
  it('reads a structure, contributions and a from-to pair written in traditional characters', () => {
    const f = read(review('三次產業結構調整為2.8：50.9：46.3。第一、二、三產業分別拉動經濟增長0.1、1.9和3.2個百分點。居民人均可支配收入由上年的5萬元提高到5.2萬元。'));
    expect(f.map((x) => [x.indicator, x.value, x.period])).toEqual([
      ['第一产业增加值占GDP比重', 2.8, '2024'], ['第二产业增加值占GDP比重', 50.9, '2024'], ['第三产业增加值占GDP比重', 46.3, '2024'],
      ['第一产业对经济增长的拉动', 0.1, '2024'], ['第二产业对经济增长的拉动', 1.9, '2024'], ['第三产业对经济增长的拉动', 3.2, '2024'],
      ['居民人均可支配收入', 5, '2023'], ['居民人均可支配收入', 5.2, '2024']]);
  });
});

describe('contributions continued clause by clause (rule contribution-continued)', () => {
  it('reads "…贡献率为a%，第二产业为b%，第三产业为c%" as one list, and stops at a clause about something else', () => {
    const text = review('第一产业对经济增长的贡献率为2.1%，第二产业为36.5%，第三产业为61.4%，增速为5%。第一产业拉动经济增长0.1个百分点，第二产业拉动1.9个百分点。');
    const f = read(text).filter((x) => /对经济增长/.test(x.indicator));
    expect(f.map((x) => [x.indicator, x.value])).toEqual([
      ['第一产业对经济增长的贡献率', 2.1], ['第二产业对经济增长的贡献率', 36.5], ['第三产业对经济增长的贡献率', 61.4],
      ['第一产业对经济增长的拉动', 0.1], ['第二产业对经济增长的拉动', 1.9]]);
    expect(text.slice(f[1]!.start, f[1]!.end)).toBe('第二产业为36.5%');
  });
});
