// Naming rules, on sentences of our own: the indicator a number belongs to is named the way an economist
// would file it, whatever measure words, list commas or unit-implied wording the report happens to use.
import { describe, expect, it } from 'vitest';
import { canonicalIndicator } from '../../main/core/catalog';
import { readReport } from '../../main/core/extract';

const report = (body: string) => `深圳市南山区2022年国民经济和社会发展计划执行情况报告\n一、2022年国民经济和社会发展计划执行情况\n${body}`;
const named = (body: string) => readReport(report(body), 'test.txt').facts.map((f) => [f.indicator, f.measure, f.value]);

describe('catalogue name reduction', () => {
  it('drops the measure word before 占: a share is of the thing, not of its count or area', () => {
    expect(canonicalIndicator('公办园在园幼儿数占比')).toBe(canonicalIndicator('公办园在园幼儿占比'));
    expect(canonicalIndicator('商业用地面积占建设用地比重')).toBe('商业用地占建设用地比重');
    expect(canonicalIndicator('签约律师人数占比')).toBe('签约律师占比');
  });
  it('ignores the list comma between coordinated modifiers', () => {
    expect(canonicalIndicator('引进研发型、总部型企业')).toBe(canonicalIndicator('引进研发型总部型企业'));
  });
  it('names an industry\'s value added by the industry (…服务 → …服务业)', () => {
    expect(canonicalIndicator('科技推广服务增加值')).toBe('科技推广服务业增加值');
    expect(canonicalIndicator('商务服务业增加值')).toBe('商务服务业增加值');
  });
  it('treats 进出口货值 as 进出口额', () => {
    expect(canonicalIndicator('跨境电商进出口货值')).toBe('跨境电商进出口额');
  });
});

describe('names completed by the unit or measure', () => {
  it('writes "X占Y的N%" as X占Y比重, without 辖区 or 总 before the whole', () => {
    expect(named('高新区企业营收占辖区总营收的38%。')).toEqual([['高新区企业营收占营收比重', 'share', 38]]);
  });
  it('names a growth that follows a share after the share\'s owner', () => {
    expect(named('基层门诊量占全区门诊总量的60%，增长8.5%。')).toEqual([
      ['基层门诊量占门诊总量比重', 'share', 60],
      ['基层门诊量', 'growth', 8.5],
    ]);
  });
  it('counts households on a waiting list ("X轮候库有N户") as X轮候户数', () => {
    expect(named('人才房轮候库有1.8万户。')).toEqual([['人才房轮候户数', 'count', 1.8]]);
  });
  it('reads a number of working days as a handling time', () => {
    expect(named('不动产登记2个工作日内办结。')).toEqual([['不动产登记办理时间', 'level', 2]]);
  });
});

describe('one count of a short list of nouns', () => {
  it('names the count by the whole list, up to the verb that ends it', () => {
    expect(named('引进3个以上文旅新场景、新消费业态。')).toEqual([['引进文旅新场景新消费业态', 'count', 3]]);
    expect(named('争取引进2所知名高校研究院或海外特色学院落地本区。')).toEqual([['引进知名高校研究院或海外特色学院', 'count', 2]]);
  });
  it('stops the list at an item that is a verb phrase, so the next number keeps its own name', () => {
    expect(named('累计完成36座充电站、在建9座。')).toEqual([['充电站', 'count', 36], ['在建充电站', 'count', 9]]);
  });
});

describe('areas of works and counting verbs', () => {
  it('names an area of works by the works: "完成N平方公里X建设" is X建设面积', () => {
    expect(named('全年完成2.6平方公里口袋公园建设。')).toEqual([['口袋公园建设面积', 'level', 2.6]]);
  });
  it('names the area projects completed: "X项目共完成N公顷" is X项目完成面积', () => {
    expect(named('“十三五”期间旧工业区改造项目共完成52公顷。').map((f) => f[0])).toEqual(['旧工业区改造项目完成面积']);
  });
  it('completes a phrase ending in a counting verb with the noun after the number, dropping a bare adverb', () => {
    expect(named('2个科技园区引进15家研发机构。').map((f) => f[0])).toEqual(['科技园区引进研发机构']);
    expect(named('前瞻性布局4个重点实验室。').map((f) => f[0])).toEqual(['布局重点实验室']);
  });
});

describe('more name reductions', () => {
  it('names a share of the total of the same measure as that measure\'s 占比, but keeps money denominators', () => {
    expect(canonicalIndicator('基层医疗机构门诊量占区医疗集团总门诊量比重')).toBe('基层医疗机构门诊量占比');
    expect(canonicalIndicator('高技术制造业增加值占规模以上工业增加值比重')).toBe('高技术制造业增加值占规模以上工业增加值比重');
    expect(canonicalIndicator('社区门诊量占总门诊量比重')).toBe('社区门诊量占比');
    expect(canonicalIndicator('商业用地面积占建设用地比重')).toBe('商业用地占建设用地比重');
  });
  it('puts licensed financial institutions in one word order', () => {
    expect(canonicalIndicator('引进金融持牌机构')).toBe(canonicalIndicator('新引进持牌金融机构'));
  });
  it('knows the household waste-sorting participation rate', () => {
    expect(canonicalIndicator('生活垃圾分类参与率')).toBe('居民垃圾分类参与率');
  });
  it('counts an industry in 家 as its firms', () => {
    expect(named('数字经济产业总数达420家。').map((f) => f[0])).toEqual(['数字经济产业企业数量']);
  });
});

describe('running totals', () => {
  it('keeps 累计 with the verb that defines a flow: the total brought in so far is its own series', () => {
    expect(named('累计引进招商银行、平安银行等26家持牌金融机构。').map((f) => f[0])).toEqual(['累计引进持牌金融机构']);
    expect(named('2个金融街区累计引进40家私募机构。').map((f) => f[0])).toEqual(['金融街区累计引进私募机构']);
  });
  it('reads a total since the period began (今年以来累计, 1-9月累计) as the period\'s flow, not a running total', () => {
    expect(named('今年以来累计引进各类人才5200人。').map((f) => f[0])).toEqual(['引进人才']);
    expect(named('1-9月累计引进各类人才3100人。').map((f) => f[0])).toEqual(['引进人才']);
    expect(named('累计引进各类人才5200人。').map((f) => f[0])).toEqual(['累计引进人才']);
  });
  it('names the running total of a catalogue stock by the stock', () => {
    expect(canonicalIndicator('累计完成超充站')).toBe('超充站');
    expect(named('累计建成60座超充设施。').map((f) => f[0])).toEqual(['超充站']);
    expect(canonicalIndicator('累计建成养老机构床位')).toBe('养老床位');
    expect(canonicalIndicator('累计新增国高企业')).toBe('国家高新技术企业数量');
  });
});

describe('progress against the year\'s task', () => {
  it('names "完成年度X任务N%" as X完成年度任务比例, and a bare "完成年度计划" after the previous number', () => {
    expect(named('1-6月，完成年度社会投资任务48.2%。').map((f) => f[0])).toEqual(['社会投资完成年度任务比例']);
    expect(named('1-6月，拨付专项资金12.5亿元，完成年度计划46.3%。').map((f) => f[0])).toEqual(['拨付专项资金', '拨付专项资金完成年度计划比例']);
  });
});

describe('qualities that select what is counted', () => {
  it('keeps "具有/具备X的" in the name of the counted things', () => {
    expect(named('到2025年，培育4家具备全球竞争力的供应链企业。').map((f) => f[0])).toEqual(['培育全球竞争力供应链企业']);
    expect(named('到2025年，集聚6家具有国际知名度的设计机构。').map((f) => f[0])).toEqual(['集聚国际知名设计机构']);
  });
});

describe('list verbs for lengths and areas', () => {
  it('carries the list verb to a later area and names the added area', () => {
    expect(named('全年新增绿道2.5公里、湿地公园0.3平方公里。').map((f) => f[0])).toEqual(['新增绿道', '新增湿地公园面积']);
  });
});

describe('parts of the number just given', () => {
  it('names a share after 其中 as a share within the previous indicator', () => {
    expect(named('全年新增就业3.2万人，其中高校毕业生占比达41%。').map((f) => f[0])).toEqual(['新增就业', '新增就业中高校毕业生占比']);
  });
  it('reads "X人口比例" as X占比', () => {
    expect(canonicalIndicator('本科及以上学历人口比例')).toBe('本科及以上学历占比');
  });
});

describe('status reached by the counted things', () => {
  it('names "新增N家企业入库纳统" after the status: 新增入库纳统企业', () => {
    expect(named('全年新增120家企业入库纳统。').map((f) => f[0])).toEqual(['新增入库纳统企业']);
  });
});

describe('support funding and renown', () => {
  it('names money put in to support firms as support funding', () => {
    expect(named('全年投入3.2亿元支持中小企业发展。').map((f) => f[0])).toEqual(['产业扶持资金']);
  });
  it('reads 知名影响力 as 知名 in a selecting quality', () => {
    expect(named('到2025年，打造3个具有国际知名影响力的电竞赛事品牌。').map((f) => f[0])).toEqual(['打造国际知名电竞赛事品牌']);
  });
});

describe('lists after an area', () => {
  it('gives an area only the first thing named after it', () => {
    expect(named('启动3.5万平方米厂房改造运营、老街区微更新。').map((f) => f[0])).toEqual(['启动厂房改造运营']);
  });
});

// Made-up sentences in the form of work reports and bulletins from other provinces (城乡居民…分别, CPI categories).
describe('joint subjects before 分别', () => {
  it('gives the urban and the rural series their own numbers', () => {
    expect(named('城乡居民人均可支配收入分别增长5%、6.5%。')).toEqual([
      ['城镇居民人均可支配收入', 'growth', 5], ['农村居民人均可支配收入', 'growth', 6.5]]);
    expect(named('城镇和农村居民人均可支配收入分别为35606元、21748元。').map((f) => f[0])).toEqual([
      '城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('keeps a unified 城乡居民 scheme one indicator', () => {
    expect(named('城乡居民基本养老保险参保人数达到12万人。').map((f) => f[0])).toEqual(['城乡居民基本养老保险参保人数']);
  });

  it('names each consumer-price category by its price', () => {
    expect(named('医疗保健、教育文化和娱乐价格分别上涨1.0%、0.6%。').map((f) => f[0])).toEqual(['医疗保健价格', '教育文化和娱乐价格']);
  });
});

// Made-up sentences: a fund allocated or put in is named by the fund; one paid out keeps its verb.
describe('funds', () => {
  it('drops the verb of spending before a fund', () => {
    expect(named('安排省级财政资金1042.8亿元。').map((f) => f[0])).toEqual(['省级财政资金']);
    expect(named('投入各类扶贫资金3380万元。').map((f) => f[0])).toEqual(['扶贫资金']);
  });

  it('keeps the verb of paying a fund out: the disbursement is progress against the allocation', () => {
    expect(named('拨付专项资金12.5亿元。').map((f) => f[0])).toEqual(['拨付专项资金']);
  });
});

// Made-up target sentence in the form of provincial work reports ("粮食产量稳定在…以上").
describe('holding words', () => {
  it('reads 稳定在 as the verb, not part of the name', () => {
    expect(named('粮食产量稳定在1300万吨以上。').map((f) => canonicalIndicator(f[0] as string))).toEqual(['粮食总产量']);
  });
});

// Made-up sentences in the form of provincial work reports (a list of amounts joined by 、).
describe('lists of amounts', () => {
  it('starts the next name after the list comma that ends an amount', () => {
    expect(named('争取建设任务162项、中央预算内投资资金465.8亿元。').map((f) => f[0])).toContain('中央预算内投资资金');
  });

  it('gives a growth after the list comma to the amount before it', () => {
    const growth = named('接待游客9.6亿人次、增长10.3%。').find((f) => f[2] === 10.3);
    expect(String(growth?.[0])).toMatch(/^接待游客/);
  });
});
