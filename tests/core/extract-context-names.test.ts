// Generic amounts named by their sentence, on sentences of our own: the phrase before the number says only
// what was measured (tax, revenue, money put in); the programme the sentence is about says whose it is.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { nameFromSentence, programmeBefore } from '../../main/core/extract/context-names';

const report = (body: string) => `深圳市南山区2022年国民经济和社会发展计划执行情况报告\n一、2022年国民经济和社会发展计划执行情况\n${body}`;
const named = (body: string) => readReport(report(body), 'test.txt').facts.map((f) => [f.indicator, f.measure, f.value]);

describe('a generic amount after a programme named earlier in the sentence', () => {
  it('names tax and revenue of firms brought in by investment promotion (招商 is short for 招商引资)', () => {
    expect(named('深化产业链招商,全年引进企业300家,实缴税收2.5亿元。')).toContainEqual(['招商引资实缴税收', 'level', 2.5]);
    expect(named('持续推进招商引资,实现营业收入80亿元。')).toContainEqual(['招商引资营业收入', 'level', 80]);
  });

  it('names the investment of a renewal or rebuilding programme, without the verb that opens the clause', () => {
    expect(named('加快推进“南岭”棚户区改造,全年完成固定资产投资18亿元。')).toEqual([['南岭棚户区改造固定资产投资', 'level', 18]]);
    expect(named('稳步推进城市更新,完成固定资产投资95亿元。')).toEqual([['城市更新固定资产投资', 'level', 95]]);
  });

  it('leaves an amount alone when its own clause names the district or society as owner', () => {
    expect(named('深入推进城市更新,全社会固定资产投资完成260亿元。')).toEqual([['固定资产投资', 'level', 260]]);
    expect(named('大力招商引资,全区实缴税收达到40亿元。')).toEqual([['实缴税收', 'level', 40]]);
  });

  it('leaves a named indicator alone in a sentence about a programme', () => {
    expect(named('推进城市更新,地区生产总值增长6%。')).toEqual([['地区生产总值', 'growth', 6]]);
  });

  it('does not rename a generic amount in a sentence without a programme', () => {
    expect(named('全年实缴税收12亿元。')).toEqual([['实缴税收', 'level', 12]]);
  });
});

describe('money put into projects named after the number', () => {
  it('names the money by the projects it went into (…的X项目, 实施N个X项目)', () => {
    expect(named('审议通过320个、总金额达0.8亿元的社区营造项目。')).toContainEqual(['社区营造投入', 'level', 0.8]);
    expect(named('全年投入2.1亿元实施900个民生微实事项目。')).toContainEqual(['民生微实事投入', 'level', 2.1]);
    expect(named('投入0.9亿元财政资金,实施400个老旧小区提升项目。')).toContainEqual(['老旧小区提升投入', 'level', 0.9]);
  });
});

describe('investment figures in a passage about the government investment plan', () => {
  const passage = '2023年政府投资项目计划共安排120项,计划安排投资总规模40亿元。1-9月,下达投资计划共30亿元,完成年度计划75%,推动完成固定资产投资28亿元。';
  it('names the plan, the part released and the part spent as government investment, across the sentence break', () => {
    expect(named(passage)).toEqual([
      ['区政府投资', 'level', 40],
      ['下达政府投资计划', 'level', 30],
      ['下达政府投资计划完成年度计划比例', 'share', 75],
      ['区政府投资', 'level', 28],
    ]);
  });
  it('leaves the district\'s own investment alone, and investment in a passage about something else', () => {
    expect(named('2023年政府投资项目计划共安排120项。全社会固定资产投资完成260亿元。')).toEqual([['固定资产投资', 'level', 260]]);
    expect(named('全年重大项目进展顺利。1-9月,推动完成固定资产投资28亿元。')).toEqual([['固定资产投资', 'level', 28]]);
  });
});

describe('nameFromSentence and programmeBefore', () => {
  it('only renames money', () => {
    expect(nameFromSentence('总金额', 'count', '推进城市更新,', '', '的社区项目')).toBe('总金额');
    expect(nameFromSentence('实缴税收', 'percent', '深化招商,', '', '')).toBe('实缴税收');
  });

  it('takes the programme named last before the clause', () => {
    expect(programmeBefore('推进城市更新,深化以商招商,')).toBe('招商引资');
    expect(programmeBefore('深化招商,加快推进城中村改造,')).toBe('城中村改造');
    expect(programmeBefore('优化营商环境,')).toBeNull();
  });
});

describe('names and periods that a clause or a title would otherwise get wrong', () => {
  it('names a growth given only as 增速 after the previous number\'s indicator', () => {
    expect(named('上半年,批发零售业增加值不足30亿元,增速下降12%。')).toEqual([
      ['批发零售业增加值', 'level', 30],
      ['批发零售业增加值', 'growth', -12],
    ]);
  });

  it('drops amounts whose phrase is a preposition clause (将/与/为 …), not an indicator', () => {
    expect(named('成功将北片区2.3平方公里纳入重点区域。')).toEqual([]);
    expect(named('与某集团合作开展18万平方米物业更新。')).toEqual([]);
    expect(named('为小微企业提供授信额度近5亿元。')).toEqual([]);
  });

  it('reads no target year from a document title in a review', () => {
    const facts = readReport(report('制定《某区教育发展实施方案(2022-2023年)》,新增学位3000个。'), 'test.txt').facts;
    expect(facts.map((f) => [f.indicator, f.kind, f.period])).toEqual([['新增学位', 'actual', '2022']]);
  });

  it('reads 努力 as a target only with a verb of reaching', () => {
    const kinds = (body: string) => readReport(report(body), 'test.txt').facts.map((f) => f.kind);
    expect(kinds('努力保障住房需求,全年新开工及筹集保障性住房1800套。')).toEqual(['actual']);
    expect(kinds('努力实现新增学位3000个。')).toEqual(['target']);
  });

  it('carries a list\'s noun to a second verb without the 及 of the first', () => {
    expect(named('新开工及筹集保障性住房1800套,供应300套。')).toEqual([
      ['新开工及筹集保障性住房', 'count', 1800],
      ['保障性住房供应', 'count', 300],
    ]);
  });
});

describe('examples, durations and beneficiaries around a count', () => {
  it('names a count of as many listed names as its value by the noun counted', () => {
    expect(named('新引进甲银行深圳分行、乙证券深圳分公司2家持牌金融机构。')).toEqual([['引进持牌金融机构', 'count', 2]]);
  });

  it('closes examples at 等方面/等方式 and drops the paying-out verb', () => {
    expect(named('在稳岗补贴、援企纾困等方面已公示扶持资金2.2亿元。').map(([n]) => n)).toEqual(['产业扶持资金']);
    expect(named('通过租金减免、补助等方式减负1.5亿元。').map(([n]) => n)).toEqual(['减负']);
  });

  it('cuts a counted noun where a duration starts what the things do', () => {
    expect(named('900名医生24小时在线问诊。').map(([n]) => n)).toEqual(['医生']);
  });

  it('drops the people a service reached (面向N名…)', () => {
    expect(named('面向300名青年人才提供住房补贴。')).toEqual([]);
  });
});

describe('who a name is about is not part of it', () => {
  it('drops 辖区/全区 before a 分别 list and 按 before a per-head measure', () => {
    expect(named('辖区交通事故起数、死亡人数分别下降20%、10%。').map(([n, , v]) => [n, v])).toEqual([['交通事故起数', -20], ['死亡人数', -10]]);
    expect(named('按每千常住人口执业医师数为3.1人。').map(([n]) => n)).toEqual(['每千常住人口执业医师数']);
  });
});

describe('sizes of project lists, effects of campaigns and who a programme reached are not indicators', () => {
  it('drops the total investment of a list of projects, like their count', () => {
    expect(named('谋划交通、教育等6大领域80个项目,总投资900亿元。')).toEqual([]);
    expect(named('引进市外优质项目30个、总投资超400亿元。')).toEqual([]);
    expect(named('加快12个总投资约8亿元的智慧城市项目建设。')).toEqual([]);
  });
  it('drops what a campaign is said to have set off, and the firms a programme reached', () => {
    expect(named('发放消费券100万张,直接拉动消费3.2亿元。')).toEqual([]);
    expect(named('开展车展等促消费活动,拉动汽车零售额增长超20亿元。')).toEqual([]);
    expect(named('已公示扶持资金2亿元,受益企业3000余家。').map(([n]) => n)).toEqual(['产业扶持资金']);
    expect(named('全年点对点服务企业超2000家。')).toEqual([]);
  });
});

describe('names completed from the clause before', () => {
  it('names a bare pass rate by the checks just reported', () => {
    expect(named('开展食用农产品抽检及快检30000批次,合格率达99.2%。').map(([n, , v]) => [n, v])).toEqual([['食用农产品抽检合格率', 99.2]]);
  });
  it('continues a counting verb into the next clause when it only names firms of the same unit', () => {
    expect(named('全年引进营收10亿元以上企业2-3家,营收亿元以上企业6家。').map(([n, , v]) => [n, v])).toEqual([
      ['引进营收10亿元以上企业', 2.5], ['引进营收亿元以上企业', 6],
    ]);
  });
  it('names the money actually paid out after the money announced', () => {
    expect(named('已公示扶持资金2亿元,实际发放1.8亿元。').map(([n, , v]) => [n, v])).toEqual([['产业扶持资金', 2], ['扶持资金实际发放', 1.8]]);
  });
});
