// Who the region is, and whose number a number is. Sentences are made up in the style of plan reports unless a
// source is cited.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { readLeft } from '../../main/core/extract/phrase';
import {
  documentRegion, isAboutOtherPlace, isRegionItself, issuingRegion, levelOf, ownRegionWords, PLACE_RULES, regionInTitle, shortName,
  startsWithOtherPlace,
} from '../../main/core/extract/places';

describe('the region a title names', () => {
  it.each([
    ['深圳市罗湖区2024年上半年国民经济和社会发展计划执行情况报告', '罗湖区'],
    ['关于福州市长乐区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告', '长乐区'],
    ['关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告', '深圳市'],
    ['广东省人民政府工作报告', '广东省'],
    ['广西壮族自治区2025年国民经济和社会发展统计公报', '广西壮族自治区'],
    ['关于长阳土家族自治县2023年国民经济和社会发展计划执行情况的报告', '长阳土家族自治县'],
    ['准格尔旗2024年国民经济和社会发展统计公报', '准格尔旗'],
    ['锡林郭勒盟2024年政府工作报告', '锡林郭勒盟'],
    ['上海市浦东新区2024年国民经济和社会发展计划', '浦东新区'],
    ['2024年北京市国民经济和社会发展统计公报', '北京市'],
    ['乌鲁木齐市2025年政府工作报告', '乌鲁木齐市'],
    ['罗湖区产业发展“十四五”规划', '罗湖区'],
    ['深圳市福田区香蜜湖街道2024年工作总结和2025年工作计划', '香蜜湖街道'],
    ['长沙县黄花镇2024年政府工作报告', '黄花镇'],
    ['景德镇市2024年国民经济和社会发展统计公报', '景德镇市'],
    ['成都市2024年国民经济和社会发展统计公报', '成都市'],
    ['晋城市2024年政府工作报告', '晋城市'],
    ['北京市东城区2024年国民经济和社会发展计划执行情况', '东城区'],
    ['莆田市荔城区2022年国民经济和社会发展计划执行情况', '荔城区'],
    ['双江拉祜族佤族布朗族傣族自治县2024年政府工作报告', '双江拉祜族佤族布朗族傣族自治县'],
    ['莫力达瓦达斡尔族自治旗2024年政府工作报告', '莫力达瓦达斡尔族自治旗'],
    // Real titles: https://www.gongwensou.com/zhengfubaogao/32409.html, …/30673.html, …/34562.html.
    ['(内蒙古)2019年正蓝旗人民政府工作报告(全文)', '正蓝旗'],
    ['新巴尔虎左旗第十五届人民代表大会第二次会议政府工作报告', '新巴尔虎左旗'],
    ['(湖北省)2020年江陵县人民政府工作报告(全文)', '江陵县'],
  ])('%s → %s', (title, region) => {
    expect(regionInTitle(title)).toBe(region);
  });

  it('names no region when the title opens with none', () => {
    expect(regionInTitle('2026年政府工作报告')).toBeNull();
    expect(regionInTitle('市场监管工作报告')).toBeNull();
    expect(regionInTitle('产业园区2024年工作报告')).toBeNull();
    expect(regionInTitle('智慧城市2024年工作报告')).toBeNull();
    expect(regionInTitle('老城区2024年工作报告')).toBeNull();
    expect(regionInTitle('一、2024年国民经济和社会发展计划执行情况')).toBeNull();
  });
});

describe('the region of the body that issued the report', () => {
  it('reads the congress a work report was delivered to, across a line break', () => {
    // Real heading: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_GD.txt (广东省 2026 政府工作报告).
    expect(issuingRegion('政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长  孟凡利')).toBe('广东省');
    // Real heading: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_GX.txt (广西 2026 政府工作报告).
    expect(issuingRegion('——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上\n\n自治区主席 韦韬')).toBe('广西壮族自治区');
  });
  it('reads the congresses and heads of counties, banners and cities', () => {
    // Real heading: http://bx2200.com/baogao/xibei/6350.html (苏尼特右旗 2023 政府工作报告).
    expect(issuingRegion('政 府 工 作 报 告\n—— 2023年2月23日在苏尼特右旗\n第十六届人民代表大会第三次会议上\n苏尼特右旗人民政府旗长 王占奇')).toBe('苏尼特右旗');
    // Real opening: https://laobiganzi.top/133153.html (上杭县 政府工作报告).
    expect(issuingRegion('各位代表:\n现在,我代表上杭县人民政府,向大会报告政府工作')).toBe('上杭县');
    // Real heading: https://nextlevelartsconsulting.com/bhuazhong/5439.html (长沙县 2023 政府工作报告).
    expect(issuingRegion('——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n县长 陈永高')).toBe('长沙县');
    // Real heading: http://btskw.com.cn/info/201309250007 (包头市 政府工作报告).
    expect(issuingRegion('包头市人民政府市长 孙炜东\n各位代表:')).toBe('包头市');
  });
  it('reads a government or planning office by its place', () => {
    expect(issuingRegion('准格尔旗人民政府\n2024年3月')).toBe('准格尔旗');
    expect(issuingRegion('（XX区发展和改革局）')).toBeNull();
  });
  it('does not read the speaker as a place ("我代表省人民政府")', () => {
    expect(issuingRegion('现在，我代表省人民政府，向大会报告工作')).toBeNull();
  });
  it('falls back from the title to the body line, and makes up none', () => {
    expect(documentRegion('2026年政府工作报告', '2026年政府工作报告\n——在广东省第十四届人民代表大会第五次会议上')).toBe('广东省');
    expect(documentRegion('', '全年经济运行总体平稳。')).toBe('');
    // A bulletin's heading, which the title finder does not take for a title.
    expect(documentRegion('', '首页>统计数据\n2024年嘉兴市国民经济和社会发展统计公报\n全市生产总值增长5.8%。')).toBe('嘉兴市');
    expect(documentRegion('', '首页>统计数据\n嘉兴市人民政府门户网站\n全市生产总值增长5.8%。')).toBe('嘉兴市');
  });
});

describe('the region\'s own words', () => {
  it.each([
    ['广东省', '省', '广东'], ['广西壮族自治区', '区', '广西'], ['深圳市', '市', '深圳'], ['罗湖区', '区', '罗湖'],
    ['长阳土家族自治县', '县', '长阳'], ['恩施土家族苗族自治州', '州', '恩施'], ['准格尔旗', '旗', '准格尔'], ['锡林郭勒盟', '盟', '锡林郭勒'],
    ['浦东新区', '区', '浦东'], ['内蒙古自治区', '区', '内蒙古'],
  ])('%s: level %s, short name %s', (region, level, short) => {
    expect(levelOf(region)).toBe(level);
    expect(shortName(region)).toBe(short);
    expect(ownRegionWords(region).has('全' + level)).toBe(true);
  });

  it('takes 我X and 本X as the region itself at any level, and 全国 never', () => {
    expect(ownRegionWords('广东省').has('我省')).toBe(true);
    expect(ownRegionWords('深圳市').has('本市')).toBe(true);
    expect(ownRegionWords('广东省').has('全国')).toBe(false);
    expect(isRegionItself('全省', '广东省')).toBe(true);
    expect(isRegionItself('全市', '罗湖区')).toBe(false);
  });

  it('reads 全省生产总值 as the province\'s 生产总值, 我县 and 本市 likewise', () => {
    expect(readLeft('全省生产总值增长', '广东省').subject).toBe('生产总值');
    expect(readLeft('我县地区生产总值增长', '长阳土家族自治县').subject).toBe('地区生产总值');
    expect(readLeft('本市社会消费品零售总额增长', '深圳市').subject).toBe('社会消费品零售总额');
    expect(readLeft('全旗粮食产量达', '准格尔旗').subject).toBe('粮食产量');
    expect(readLeft('全区地区生产总值增长', '罗湖区').subject).toBe('地区生产总值');
    expect(readLeft('深圳市罗湖区地区生产总值增长', '罗湖区').subject).toBe('地区生产总值');
    expect(readLeft('广东省深圳市地区生产总值增长', '深圳市').subject).toBe('地区生产总值');
  });

  it('keeps a level of government in the name and never reads it as another place (省级财政)', () => {
    expect(readLeft('省级财政科技支出增长', '广东省').subject).toBe('省级财政科技支出');
    expect(startsWithOtherPlace('市级财政补助资金', '罗湖区')).toBe(false);
    expect(startsWithOtherPlace('县级医院床位', '广东省')).toBe(false);
    expect(startsWithOtherPlace('省市区三级联动项目投资', '罗湖区')).toBe(false);
    expect(isAboutOtherPlace('资金来自省市区', '罗湖区')).toBe(false);
  });

  it('takes an autonomous region\'s own government word as its own ("自治区国资委")', () => {
    // Real sentence: GitHub yqcao/China-Fiscal-Data data/prov-reports/text/2026_GX.txt.
    expect(startsWithOtherPlace('自治区国资委监管企业利润', '广西壮族自治区')).toBe(false);
  });
});

describe('another place\'s number: each rule on its own examples', () => {
  for (const rule of PLACE_RULES) {
    it(rule.id, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const { end, start } of rule.examples) {
        if (end) expect(isAboutOtherPlace(end.text, end.region), `${end.text} in ${end.region}`).toBe(end.other);
        if (start) expect(startsWithOtherPlace(start.text, start.region), `${start.text} in ${start.region}`).toBe(start.other);
      }
    });
  }

  it('lists the characters each place written before a number can end with (endChars), and only those', () => {
    for (const rule of PLACE_RULES) {
      expect(rule.endChars === null, rule.id).toBe(rule.end === null);
      if (!rule.end || !rule.endChars) continue;
      const endsAPlace = new RegExp(`(?:${rule.end})$`);
      const said = rule.examples.flatMap((e) => (e.end ? [e.end.text] : []));
      for (const text of said) {
        const m = endsAPlace.exec(text);
        if (m) expect(rule.endChars, `${rule.id}: ${text}`).toContain(m[0][m[0].length - 1]);
      }
      // Words ending in no listed character end no place of the rule (made-up clause ends).
      for (const text of ['地区生产总值增长', '固定资产投资达到', '增速高于平均水平']) {
        if (!rule.endChars.includes(text[text.length - 1]!)) expect(endsAPlace.test(text), `${rule.id}: ${text}`).toBe(false);
      }
    }
  });

  it('reads the league a banner ranks in as another place ("增速居全盟第三位")', () => {
    // Real sentence: http://bx2200.com/baogao/xibei/6350.html.
    expect(isAboutOtherPlace('社会消费品零售总额完成8.6亿元,增速居全盟', '苏尼特右旗')).toBe(true);
    expect(isAboutOtherPlace('全旗一般财政公共预算收入完成', '新巴尔虎左旗')).toBe(false);
  });

  it('takes the place after 占 as the whole of the region\'s share, not as its owner', () => {
    expect(isAboutOtherPlace('核电装机规模占全国', '广东省')).toBe(false);
    expect(isAboutOtherPlace('固定资产投资占全市', '宝安区')).toBe(false);
    expect(isAboutOtherPlace('增速高于全国', '广东省')).toBe(true);
  });
});

describe('reports of other levels, end to end (made-up sentences)', () => {
  const facts = (text: string) => readReport(text, 't.txt');

  it('a province: 全省 and 广东 are its own, a city and the nation are not', () => {
    const r = facts('广东省2025年国民经济和社会发展计划执行情况报告\n一、2025年计划执行情况\n全省地区生产总值增长3.9%，高于全国0.5个百分点。广州、深圳地铁客运量分别增长5%、6%。全省常住人口城镇化率提高到76.6%。');
    expect(r.meta.region).toBe('广东省');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([['地区生产总值', 3.9], ['常住人口城镇化率', 76.6]]);
  });

  it('a province: its parts and the areas it shares are not the province', () => {
    const r = facts('广东省2025年国民经济和社会发展计划执行情况报告\n一、2025年计划执行情况\n珠三角地区生产总值增长4.5%，粤东西北地区增长3.2%。深圳GDP增长5.1%。我省居民人均可支配收入增长4.3%。');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([['居民人均可支配收入', 4.3]]);
  });

  it('a county: 全县 opens its own indicator, another county\'s does not', () => {
    const r = facts('关于长阳土家族自治县2023年国民经济和社会发展计划执行情况的报告\n一、2023年计划执行情况\n全县地区生产总值增长6.2%。五峰县地区生产总值增长5.1%。');
    expect(r.meta.region).toBe('长阳土家族自治县');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([['地区生产总值', 6.2]]);
  });

  it('a city: its districts\' figures are theirs', () => {
    const r = facts('深圳市2024年国民经济和社会发展计划执行情况报告\n一、2024年计划执行情况\n全市地区生产总值增长5.8%。南山区地区生产总值增长6.1%。');
    expect(r.meta.region).toBe('深圳市');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([['地区生产总值', 5.8]]);
  });
});

describe('the region of every real report in ../shared/real-reports', () => {
  // The gold labels name each document's region (坪山区, 深圳市, 广东省 …); a report whose text does not say
  // which region it is (a repost, a page cut before its title) must get '' rather than a guess.
  const dir = path.resolve(__dirname, '../../../shared/real-reports');
  const unsaid = new Set(['sz_city_2023_targets_repost.txt', 'sz_longhua_2024_exec_2025_plan.txt']);
  const docs = readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, '.txt'));
  it('has the documents', () => expect(docs.length).toBeGreaterThanOrEqual(17));
  it.each(docs)('%s', (doc) => {
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold', doc.replace(/\.txt$/, '.jsonl')), 'utf8').split('\n')[0]!) as { region: string };
    const region = readReport(readFileSync(path.join(dir, doc), 'utf8'), doc).meta.region;
    expect(region).toBe(unsaid.has(doc) ? '' : gold.region);
  });
});
