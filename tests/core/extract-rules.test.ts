// Every rule of the sentence reader fires on its own examples (made-up sentences written for the rule, in
// main/core/extract/reading/*.ts): a naming rule or rewrite must appear in the trace of the fact it names, a
// veto must be the one that refuses its number. The ids are pinned below, so removing a rule fails by name
// here as well as in the per-fact snapshots.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { SHARED_NOUN_RULE } from '../../main/core/extract/reading/clause';
import { NAMING_RULES } from '../../main/core/extract/reading/naming';
import { REWRITE_RULES } from '../../main/core/extract/reading/rewrites';
import type { Rule } from '../../main/core/extract/reading/rule';
import { UNIT_NAMING_RULES } from '../../main/core/extract/reading/unit-names';
import { NAMED_VETOES, NUMBER_VETOES, SCAN_VETOES, TOPIC_VETOES } from '../../main/core/extract/reading/vetoes';

// A made-up annual report of a district (鼓楼区; its neighbours 台江区, 仓山区 are "other places" in the
// examples): a title with its year and a review heading, then the example.
const reportAround = (text: string) => `鼓楼区2023年国民经济和社会发展计划执行情况的报告\n一、2023年计划执行情况\n${text}\n`;

const naming: readonly Rule[] = [SHARED_NOUN_RULE, ...NAMING_RULES, ...REWRITE_RULES, ...UNIT_NAMING_RULES];
const vetoes: readonly Rule[] = [...TOPIC_VETOES, ...SCAN_VETOES, ...NUMBER_VETOES, ...NAMED_VETOES];

const PINNED = [
  'clause.noun-after-last-item',
  'name.respectively', 'name.second-verb-same-thing', 'name.economy-growth', 'name.growth-basis', 'name.plan-of-outcome', 'name.completion-of-plan',
  'name.measure-of-firms-counted', 'name.level-by-measure-word', 'name.growth-by-measure-word', 'name.subject', 'name.share-owner-after',
  'name.share-of-previous', 'name.verb-and-counted-noun', 'name.clause-before', 'name.previous-number',
  'rewrite.rate-named-by-verb', 'rewrite.average-of-rate', 'rewrite.manner-of-growth', 'rewrite.summary-before-name',
  'rewrite.owner-of-generic-measure', 'rewrite.examples-before-deng', 'rewrite.count-of-listed-examples', 'rewrite.list-verb-to-items',
  'rewrite.verb-of-clause-before', 'rewrite.completed-by-unit', 'rewrite.programme-of-sentence', 'rewrite.pass-rate-of-checks',
  'rewrite.share-within-previous', 'rewrite.paying-out-names-nothing', 'rewrite.building-names-nothing',
  'unit.task-completion', 'unit.support-funding', 'unit.area-of-works', 'unit.area-added', 'unit.area-projects-completed',
  'unit.share-of-total', 'unit.firms-of-industry', 'unit.households-of-register', 'unit.handling-time',
  'veto.counterpart-assistance', 'veto.threshold-in-noun-phrase', 'veto.other-place', 'veto.count-of-names-just-listed',
  'veto.no-name', 'veto.move-against-other-period', 'veto.other-place-named', 'veto.preposition-clause', 'veto.count-of-named-projects',
  'veto.part-of-previous', 'veto.not-a-counted-indicator', 'veto.inventory', 'veto.project-list-size', 'veto.campaign-effect',
  'veto.people-reached', 'veto.place-or-piece-of-work', 'veto.length-or-progress-of-works', 'veto.count-of-listed-names',
  'veto.bare-verb-amount', 'veto.bare-percent', 'veto.gap-to-other-figure', 'veto.margin-over-plan', 'veto.payout-to-people-counted', 'veto.size-class-of-items',
];

describe('the sentence reader\'s rules', () => {
  it('are the pinned set, each id once', () => {
    const ids = [...naming, ...vetoes].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...PINNED].sort());
  });

  it('every rule but the dispatcher of unit rules has an example', () => {
    expect([...naming, ...vetoes].filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual(['rewrite.completed-by-unit']);
  });

  for (const rule of naming) {
    for (const ex of rule.examples) {
      it(`${rule.id} names "${ex.fact}" in: ${ex.text}`, () => {
        const [indicator, value] = ex.fact.split(' ');
        const { facts } = readReport(reportAround(ex.text), 'example.txt', { trace: true });
        const fact = facts.find((f) => f.value !== null && Math.abs(Math.abs(f.value) - Math.abs(Number(value))) < 1e-9);
        expect(fact, `a fact of value ${value}; got ${JSON.stringify(facts.map((f) => [f.indicator, f.value]))}`).toBeDefined();
        expect(fact!.indicator).toBe(indicator);
        expect(fact!.rules).toContain(rule.id);
      });
    }
  }

  for (const rule of vetoes) {
    for (const ex of rule.examples) {
      it(`${rule.id} refuses ${ex.fact} in: ${ex.text}`, () => {
        const { facts, rejected } = readReport(reportAround(ex.text), 'example.txt', { trace: true });
        const value = Number(ex.fact);
        expect(facts.filter((f) => f.value === value).map((f) => f.indicator)).toEqual([]);
        expect(rejected?.find((r) => r.value === value)?.rule).toBe(rule.id);
      });
    }
  }
});

describe('a document whose region nothing names', () => {
  // Made up after the opening of a city bulletin fragment (tests/fixtures/real/songyuan_2024_statistical_bulletin_excerpt.txt):
  // no title, no issuing body. Its 全市 is the document's own area, so veto.other-place-named lets it through.
  it('keeps 全市 figures as the document\'s own', () => {
    const { facts, meta } = readReport('2024年是关键一年。面对变化,推动经济实现增长。\n初步核算,全年全市实现地区生产总值1002.18亿元,按可比价格计算,比上年增长3.8%。\n', 'x.txt');
    expect(meta.region).toBe('');
    expect(facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([['地区生产总值', 'level', 1002.18], ['地区生产总值', 'growth', 3.8]]);
  });
  it('but in a district\'s report 全市 is the city, another place', () => {
    const { facts } = readReport(`${'鼓楼区2023年国民经济和社会发展计划执行情况的报告\n一、2023年计划执行情况\n'}全市地区生产总值12000亿元,全区地区生产总值1500亿元。\n`, 'x.txt');
    expect(facts.map((f) => f.value)).toEqual([1500]);
  });
});

describe('veto.length-or-progress-of-works', () => {
  // Made up; the wording after tests/fixtures/real/gansu_2026_gov_work_report_review_targets.txt ("高速公路总里程达到9000公里").
  it('keeps the length of a whole network (总里程) while refusing a project\'s', () => {
    const { facts } = readReport(reportAround('全区高速公路总里程达到90公里,新建改造雨污管网8.5公里。'), 'x.txt');
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([['高速公路总里程', 90]]);
  });
});

describe('tier.headline-intro-in-prose', () => {
  it('makes every item of a headline-target list in running text tier 1, and the prose after it tier 2', async () => {
    const { HEADLINE_INTRO } = await import('../../main/core/extract/rules/prose');
    const text = `鼓楼区2024年政府工作报告\n一、2023年工作回顾\n全区地区生产总值增长5%。\n二、2024年工作安排\n${HEADLINE_INTRO.examples[0]}。全年新增城市绿地12公顷。\n`;
    const { facts } = readReport(text, 'x.txt');
    expect(facts.filter((f) => f.kind === 'target').map((f) => [f.indicator, f.tier])).toEqual([
      ['地区生产总值', 1], ['一般公共预算收入', 1], ['新增城市绿地面积', 2]]);
  });
});

describe('growth against the same period of last year (比上年同期)', () => {
  it('reads 比上年同期增长/下降 as the growth of the indicator before it', () => {
    // tests/fixtures/real/danzhai_2015_county_statistical_bulletin_excerpt.txt (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html).
    const { facts } = readReport(reportAround('粮食作物种植面积12981公顷,比上年同期增长1.32%;油料种植面积1139公顷,比上年同期下降0.35%。'), 'x.txt');
    expect(facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['粮食作物种植面积', 'level', 12981], ['粮食作物种植面积', 'growth', 1.32], ['油料种植面积', 'level', 1139], ['油料种植面积', 'growth', -0.35]]);
  });
});

describe('milestones of an economy\'s size (迈上/跨上…台阶)', () => {
  it('reads the amount before 台阶 as yuan and the milestone verb as no part of the name', () => {
    // Made up, in the words of Sichuan's 2026 report ("服务业…增加值跨上3万亿元台阶", yqcao/China-Fiscal-Data data/prov-reports/text/2026_SC.txt).
    const { facts } = readReport(reportAround('全县经济总量迈上千亿台阶。服务业增加值跨上3万亿元台阶。'), 'x.txt');
    expect(facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([['地区生产总值', 1000, '亿元'], ['服务业增加值', 3, '万亿元']]);
  });
});

describe('count.visits-of-the-region', () => {
  it('keeps tourist arrivals and passenger traffic counted in 人次, not the visits of one programme', () => {
    // Made up, in the words of Sichuan's 2026 report ("全省接待游客超11亿人次", yqcao/China-Fiscal-Data
    // data/prov-reports/text/2026_SC.txt) and Guangdong's ("开展职业技能培训超30万人次", shared/real-reports).
    const { facts } = readReport(reportAround('全年接待游客1520万人次,旅游总收入156亿元。机场旅客吞吐量突破9000万人次。开展职业技能培训超30万人次。累计运送游客近7万人次。'), 'x.txt');
    expect(facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['接待游客', 1520, '万人次'], ['旅游总收入', 156, '亿元'], ['机场旅客吞吐量', 9000, '万人次']]);
  });
});

describe('headline.qualitative-known', () => {
  it('keeps a numberless list item of outcomes only when it names a catalogue indicator; a numberless target is kept', () => {
    // Bullets as in 长江日报's digest of Hubei's 2025 report (https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm);
    // the 工业增加值 line is made up.
    const text = [
      '政府工作报告摘要与导读', '■ 2024年成绩单', '●预计全省地区生产总值增长6%左右', '●增速在经济大省和中部地区保持领先',
      '●城乡居民收入稳步增长', '●规模以上工业增加值增速高于全国平均水平',
      '■ 2025年经济社会发展的主要预期目标', '●经济增长6%左右', '●居民收入增长与经济增长同步', '',
    ].join('\n');
    const { facts } = readReport(text, 'x.txt');
    expect(facts.filter((f) => f.value === null).map((f) => [f.indicator, f.kind, f.period])).toEqual([
      ['规模以上工业增加值', 'actual', '2024'], ['居民人均可支配收入', 'target', '2025']]);
    expect(facts.filter((f) => f.value !== null).map((f) => [f.indicator, f.value, f.kind, f.period])).toEqual([
      ['地区生产总值', 6, 'estimate', '2024'], ['地区生产总值', 6, 'target', '2025']]);
  });
});

describe('the rule book', () => {
  it('has a Chinese note for every rule the reader can trace', async () => {
    const { RULE_BOOK } = await import('../../main/core/extract/explain');
    expect([...RULE_BOOK.values()].filter((r) => !/[\u4e00-\u9fff]/.test(r.zh)).map((r) => r.id)).toEqual([]);
  });
});
