// Lists, examples and non-facts, on small texts of our own: what a district report enumerates is read item by
// item, and what it counts as activity (projects, works, assistance elsewhere) is not an indicator.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';

const report = (body: string) => `深圳市南山区2022年国民经济和社会发展计划执行情况报告\n一、2022年国民经济和社会发展计划执行情况\n${body}`;
const facts = (body: string) => readReport(report(body), 'test.txt').facts;

describe('lists', () => {
  it('gives every item of a "respectively" list its own name and shared head word', () => {
    const f = facts('建筑业、批发零售业增加值分别达到120.5亿元、88.2亿元。');
    expect(f.map((x) => [x.indicator, x.value])).toEqual([['建筑业增加值', 120.5], ['批发零售业增加值', 88.2]]);
  });
  it('keeps a fall for every number of a "分别下降" list', () => {
    const f = facts('火灾起数、死亡人数分别下降12%、30%。');
    expect(f.map((x) => x.value)).toEqual([-12, -30]);
  });
  it('carries the verb of a list to its later items', () => {
    const f = facts('新增9家持牌金融机构、6家会计师事务所。');
    expect(f.map((x) => [x.indicator, x.value])).toEqual([['新增持牌金融机构', 9], ['新增会计师事务所', 6]]);
  });
  it('shares a noun written after the last item', () => {
    const f = facts('全年建设筹集3000套、供应1800套保障性住房。');
    expect(f.map((x) => x.value)).toEqual([3000, 1800]);
  });
  it('reads "引进A、B等N家X" as N of X, with the examples left out of the name', () => {
    expect(facts('引进招商银行、平安银行等12家持牌金融机构。')[0]).toMatchObject({ indicator: '引进持牌金融机构', value: 12 });
  });
});

describe('not indicators of the district', () => {
  it('skips counts of projects, meetings and enumerated places', () => {
    expect(facts('新开工建设15个项目,召开座谈会8场,推动科技园、软件园等6个园区改造。')).toEqual([]);
  });
  it('skips lengths of roads and pipes and the progress of one project', () => {
    expect(facts('完善市政排水管网12.5公里,建设自行车道30公里,地铁站主体结构形象进度达90%。')).toEqual([]);
  });
  it('skips the size of one place and amounts of one piece of work', () => {
    expect(facts('推动科技城片区北侧12.5公顷土地整备,完成80公顷林地抚育工作。')).toEqual([]);
  });
  it('skips figures about counterpart-assistance regions', () => {
    expect(facts('深化东西部协作,帮助协作地区农村劳动力就业2100人;新增引导投资约3亿元。')).toEqual([]);
  });
  it('skips a number that only describes the things counted', () => {
    expect(facts('全年引进营收5亿元以上企业8家。').map((x) => x.value)).toEqual([8]);
  });
  it('skips the rest of a list that began with another place', () => {
    expect(facts('服务业占比达到75%,低于福田区的88%、90%。').map((x) => x.value)).toEqual([75]);
  });
});

describe('numbered lists of main targets', () => {
  const plan = (body: string) => readReport(`深圳市宝安区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n二、2024年主要目标\n${body}\n三、2024年重点工作\n`, 'p.txt').facts
    .map((f) => [f.indicator, f.value, f.period, f.kind, f.tier]);
  const expected = [['地区生产总值', 6, '2024', 'target', 1], ['固定资产投资', 10, '2024', 'target', 1]];
  it.each([
    ['1. 2.', '1.地区生产总值增长6%左右。\n2.固定资产投资增长10%。'],
    ['① ②', '①地区生产总值增长6%左右;②固定资产投资增长10%。'],
    ['一是 二是', '一是地区生产总值增长6%左右;二是固定资产投资增长10%。'],
  ])('names items numbered %s without their numbers', (_label, body) => expect(plan(body)).toEqual(expected));
});
