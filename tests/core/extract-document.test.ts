// The document model: every named year, section, introduction, paragraph, kind and period rule holds for its
// own examples; a report becomes a tree of sections whose own words decide periods and kinds; a report whose
// year nothing says is refused instead of dated. Texts are made up in the wording of Chinese plan reports
// unless a source is cited.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { needsYear } from '../../main/core/extract/document-year';
import { PlanscopeError } from '../../main/core/errors';
import { sayIn } from '../../main/core/messages';
import { flatSections, readDocument } from '../../main/core/extract/document';
import { headingLevel, headingsOf } from '../../main/core/extract/headings';
import { ESTIMATE_LIST, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH, TARGET_LIST, TARGETS_OF_YEAR, YEAR_PARAGRAPH, type LineRule } from '../../main/core/extract/intro-rules';
import { readMeta } from '../../main/core/extract/meta';
import { BODY_YEAR_RULES, DELIVERY_DATE_RULE, HEADING_YEAR_RULES, OPENING_PARAGRAPH_RULE, PERIOD_RULES, PUBLICATION_DATE_RULE, TITLE_YEAR_RULES } from '../../main/core/extract/period-rules';
import { EXAMPLE_META, SECTION_RULES } from '../../main/core/extract/section-rules';
import type { LineContext } from '../../main/core/extract/sections';
import type { ReportView } from '../../main/core/extract/types';
import { cuesOf, KIND_RULES, kindOf, kindWithRule, MEASURED_AGAINST, periodWithRule, type ExampleContext } from '../../main/core/extract/when';
import { TARGET_WORD } from '../../main/core/extract/words';

const baseContext: LineContext = {
  mode: 'review', actualPeriod: '2019', targetPeriod: '2019', bullet: false, estimateList: false, headlineSection: false,
  spanPeriod: null, estimateParagraph: false, spanReviewed: null, rules: [],
};

function contextOf(where: readonly ExampleContext[]): LineContext {
  return {
    ...baseContext,
    mode: where.includes('plan') ? 'plan' : 'review',
    bullet: where.includes('list') || where.includes('estimate-list'),
    estimateList: where.includes('estimate-list'),
    estimateParagraph: where.includes('estimate-paragraph'),
  };
}

describe('year rules (title, then headings)', () => {
  for (const ex of PUBLICATION_DATE_RULE.examples) {
    it(`${PUBLICATION_DATE_RULE.id}: published ${ex.published}: ${ex.text}`, () => {
      expect(PUBLICATION_DATE_RULE.read(ex.published, ex.text)).toEqual(ex.expect);
    });
  }
  for (const rule of [...TITLE_YEAR_RULES, ...HEADING_YEAR_RULES, DELIVERY_DATE_RULE, OPENING_PARAGRAPH_RULE, ...BODY_YEAR_RULES]) {
    it(`${rule.id}: ${rule.statement}`, () => {
      for (const ex of rule.examples) expect(rule.read(ex.text), ex.text).toEqual(ex.expect);
    });
  }
});

describe('section rules', () => {
  for (const rule of SECTION_RULES) {
    it(`${rule.id}: ${rule.statement}`, () => {
      for (const ex of rule.examples) expect(rule.about(ex.heading, ex.meta ?? EXAMPLE_META), ex.heading).toEqual(ex.expect);
    });
  }
});

describe('introduction and paragraph rules', () => {
  const rules: LineRule<unknown>[] = [ESTIMATE_LIST, TARGET_LIST, TARGETS_OF_YEAR, ESTIMATE_PARAGRAPH, YEAR_PARAGRAPH];
  for (const rule of rules) {
    it(`${rule.id}: ${rule.statement}`, () => {
      for (const ex of rule.examples) expect(rule.read(ex.line), ex.line).toEqual(ex.expect);
    });
  }
  it(`${FIVE_YEAR_PARAGRAPH.id}: ${FIVE_YEAR_PARAGRAPH.statement}`, () => {
    for (const ex of FIVE_YEAR_PARAGRAPH.examples) expect(FIVE_YEAR_PARAGRAPH.read(ex.line)?.(2025) ?? null, ex.line).toEqual(ex.expect?.(2025) ?? null);
  });
});

describe('kind rules', () => {
  for (const rule of KIND_RULES) {
    it(`${rule.id}: ${rule.statement}`, () => {
      for (const ex of rule.examples) {
        const cues = cuesOf(ex.sentence, 2019);
        const at = ex.sentence.indexOf(ex.number);
        expect(at, ex.sentence).toBeGreaterThanOrEqual(0);
        expect(kindWithRule(contextOf(ex.where), cues, at), ex.sentence).toEqual({ kind: ex.kind, rule: rule.id });
        expect(kindOf(contextOf(ex.where), cues, at)).toBe(ex.kind);
      }
    });
  }
  it(`${MEASURED_AGAINST.id}: ${MEASURED_AGAINST.statement}`, () => {
    for (const sentence of MEASURED_AGAINST.examples) {
      expect(TARGET_WORD.test(sentence), 'the sentence has a target word').toBe(true);
      expect(cuesOf(sentence, 2019).targetAt, sentence).toBe(Infinity);
    }
    expect(cuesOf('力争完成年度目标,增长6%', 2019).targetAt).toBe(0);
  });
});

describe('period rules', () => {
  // Only the report's years matter here: an annual report of 2019 (planning 2020), or its part-year or five-year kin.
  const view = (shape: 'annual' | 'half-year' | 'five-year'): ReportView => ({
    meta: { ...readMeta('某区2019年国民经济和社会发展计划执行情况'), shape, ...(shape === 'half-year' ? { planYear: 2019, period: '2019H1' } : {}) },
  } as ReportView);
  for (const rule of PERIOD_RULES) {
    it(`${rule.id}: ${rule.statement}`, () => {
      for (const ex of rule.examples) {
        const at = ex.sentence.indexOf(ex.number);
        expect(at, ex.sentence).toBeGreaterThanOrEqual(0);
        const clause = ex.sentence.slice(0, at).split(/[,，;；]/).pop()!;
        const ctx: LineContext = { ...baseContext, targetPeriod: '2020', ...ex.context };
        const got = periodWithRule(view(ex.shape ?? 'annual'), ctx, ex.kind, cuesOf(ex.sentence, 2019), at, clause, ex.year ?? null, ex.from ?? false, '');
        expect(got, ex.sentence).toEqual({ period: ex.period, rule: rule.id });
      }
    });
  }
});

describe('headings', () => {
  it('reads parts, sub-headings and unnumbered year headings, not titles or sentences', () => {
    expect(headingLevel('一、2019年国民经济和社会发展计划执行情况')).toBe(1);
    expect(headingLevel('第二章 发展目标')).toBe(1);
    expect(headingLevel('(一)预期性指标。')).toBe(2);
    expect(headingLevel('2023年经济社会发展主要目标')).toBe(1);
    expect(headingLevel('2023年国民经济和社会发展计划(草案)')).toBeNull();
    expect(headingLevel('2023年,全区地区生产总值增长6%,完成年度目标')).toBeNull();
    // gansu_2026_gov_work_report (yqcao/China-Fiscal-Data data/prov-reports/text/2026_GS.txt): the year's work, unnumbered.
    expect(headingLevel('2026年重点工作')).toBe(1);
    expect(headingLevel('2026年,我们要扎实做好以下工作')).toBeNull();
  });

  it('reads a heading marked by an ornament before it or an emoji after it, or opened by the part\'s verb', () => {
    // 长江日报 2025-01-17 digest (https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm).
    expect(headingLevel('    ■ 2024年成绩单')).toBe(1);
    expect(headingLevel('■ 2025年经济社会发展的主要预期目标')).toBe(1);
    // A blog copy of 镇原县's 2024 report (https://www.paiqing-icetech.com/post/23326.html).
    expect(headingLevel('回顾2023年工作成果🏆')).toBe(1);
    expect(headingLevel('展望2024年工作目标🎯')).toBe(1);
    expect(headingsOf(['展望2024年工作目标🎯'])[0]!.text).toBe('展望2024年工作目标');
    // Made up: a bullet item and an emoji-ended sentence stay what they are.
    expect(headingLevel('●预计全省地区生产总值增长6%左右')).toBeNull();
    expect(headingLevel('2024年,全县GDP增长6%。📈')).toBeNull();
  });

  it('takes every pictograph, joiner, variation selector and blank off a heading\'s end, and no word', () => {
    // Made up: emoji sequences (❤️ is ❤ + U+FE0F, 👩‍💻 joins two with U+200D) and full-width blanks after a heading.
    expect(headingsOf(['展望2024年工作目标 ❤️👩‍💻\u3000 '])[0]!.text).toBe('展望2024年工作目标');
    expect(headingsOf(['■ 2024年成绩单🎯🎯'])[0]!.text).toBe('2024年成绩单');
    // A lone surrogate is no pictograph: it stays, and the line is no heading.
    expect(headingLevel('2024年成绩单\udfaf')).toBeNull();
    // A paragraph is no heading however it ends.
    expect(headingLevel('2024年工作目标' + '全区经济平稳增长,'.repeat(200) + '🎯')).toBeNull();
  });
});

describe('the section tree', () => {
  const text = [
    '光明区2020年国民经济和社会发展计划',
    '一、2019年国民经济和社会发展计划执行情况',
    '(一)经济总量迈上新台阶',
    '2019年实现地区生产总值1020.9亿元,增长8.0%。',
    '二、2020年经济社会发展主要目标',
    '全年经济社会发展的主要预期目标是:',
    '——地区生产总值增长7%;',
    '三、重点工作',
    '新增就业1万人。',
  ];
  it('has the title, parts, sub-headings and list introductions, each saying what its numbers are', () => {
    const meta = readMeta(text.join('\n'));
    expect(meta).toMatchObject({ reviewYear: 2019, planYear: 2020, yearRule: 'year.title-plan' });
    const doc = readDocument(text, meta);
    const sections = flatSections(doc.root).map((s) => ({ level: s.level, heading: s.heading, mode: s.about.mode, actual: s.about.actualPeriod, target: s.about.targetPeriod, rule: s.rule }));
    expect(sections).toEqual([
      { level: 0, heading: '光明区2020年国民经济和社会发展计划', mode: 'review', actual: '2019', target: '2019', rule: 'year.title-plan' },
      { level: 1, heading: text[1], mode: 'review', actual: '2019', target: '2019', rule: 'section.review-year' },
      { level: 2, heading: text[2], mode: 'review', actual: '2019', target: '2019', rule: null },
      { level: 1, heading: text[4], mode: 'plan', actual: '2019', target: '2020', rule: 'section.plan-year' },
      { level: 3, heading: text[5], mode: 'plan', actual: '2019', target: '2020', rule: 'intro.target-list' },
      { level: 1, heading: text[7], mode: 'plan', actual: '2019', target: '2020', rule: 'section.plan' },
    ]);
    expect(doc.root.children[0]!.end).toBe(4);
    expect(doc.lines[6]).toMatchObject({ bullet: true, mode: 'plan', targetPeriod: '2020', rules: ['section.plan-year', 'intro.target-list'] });
  });
  it("a part's own year overrides the title: '一、2019年…执行情况' under a 2020 plan holds 2019 outcomes", () => {
    const facts = readReport(text.join('\n'), 'guangming.txt').facts;
    expect(facts.find((f) => f.value === 1020.9)).toMatchObject({ kind: 'actual', period: '2019' });
    expect(facts.find((f) => f.value === 7)).toMatchObject({ kind: 'target', period: '2020' });
  });
  it('a list introduced as expected outcomes after a year holds estimates, not targets', () => {
    const report = ['某区2022年国民经济和社会发展计划执行情况与2023年计划', '一、2022年计划执行情况', '2022年主要指标预计完成情况:', '——地区生产总值增长3%;', '——固定资产投资增长5%。'].join('\n');
    const facts = readReport(report, 'district.txt').facts;
    expect(facts.map((f) => [f.value, f.kind, f.period])).toEqual([[3, 'estimate', '2022'], [5, 'estimate', '2022']]);
  });
  it('a paragraph opened "初步预计," holds estimates in every sentence', () => {
    const report = ['某区2022年国民经济和社会发展计划执行情况', '一、2022年计划执行情况', '初步预计,地区生产总值635亿元,增长2.0%。其中,第一产业增加值18亿元,增长3.5%。'].join('\n');
    const facts = readReport(report, 'putian-like.txt').facts;
    expect(facts.find((f) => f.value === 18)).toMatchObject({ kind: 'estimate', period: '2022' });
  });
  it("a work report's review holds last year's outcomes and the five years' changes; its plan part the new plan's span", () => {
    // Wording after guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html).
    const report = [
      '2026年政府工作报告',
      '一、2025年和“十四五”时期工作回顾',
      '二是推动全省经济运行稳中有进。地区生产总值增长3.9%。',
      '这是经济实力持续提升的五年。地区生产总值从11.37万亿元提高到14.58万亿元,居民人均可支配收入五年增长30.8%。',
      '二、“十五五”时期的主要目标和重点任务',
      '“十五五”时期经济社会发展的主要目标是:地区生产总值年均增长5%左右。',
      '三、2026年工作安排',
      '今年经济社会发展的主要预期目标是:地区生产总值增长4.5%—5%。',
    ].join('\n');
    const facts = readReport(report, 'province.txt').facts;
    const periodOfValue = (v: number) => facts.find((f) => f.value === v || f.low === v)?.period;
    expect(facts.find((f) => f.value === 3.9)).toMatchObject({ kind: 'actual', period: '2025' });
    expect([periodOfValue(11.37), periodOfValue(14.58), periodOfValue(30.8)]).toEqual(['2020', '2025', '2021-2025']);
    expect(facts.find((f) => f.value === 5 && f.kind === 'target')).toMatchObject({ period: '2026-2030' });
    expect(facts.find((f) => f.low === 4.5)).toMatchObject({ kind: 'target', period: '2026' });
  });
});

describe('a work report dated only by its delivery', () => {
  it('reviews the year before; a part on the past five years reviews them in every paragraph', () => {
    const report = [
      '政府工作报告',
      '——2026年1月20日在某市第十六届人民代表大会第五次会议上',
      '一、过去五年工作回顾',
      '五年来,我们坚持稳中求进。',
      '地区生产总值从1.2万亿元提高到1.6万亿元,年均增长5.5%。',
      '二、今年工作安排',
      '地区生产总值增长5%左右。',
    ].join('\n');
    expect(readMeta(report)).toMatchObject({ reviewYear: 2025, planYear: 2026, yearRule: 'year.delivery-date' });
    const facts = readReport(report, 'city.txt').facts;
    expect(facts.map((f) => [f.value, f.kind, f.period])).toEqual([
      [1.2, 'actual', '2020'], [1.6, 'actual', '2025'], [5.5, 'actual', '2021-2025'], [5, 'target', '2026'],
    ]);
  });
  it('a paragraph of that review opening on one year holds that year\'s outcomes, not the five years\'', () => {
    // Shape of hebei_2026_gov_work_report (http://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/202602/02/87e9bcd8-8ea5-4134-8b54-f006ab87337b.html), numbers made up.
    const report = [
      '政府工作报告',
      '——2026年1月20日在某市第十六届人民代表大会第五次会议上',
      '一、过去五年工作回顾',
      '五年来,地区生产总值年均增长5.5%。',
      '2023年,全市地区生产总值增长5.2%,粮食产量60亿斤。',
      '刚刚过去的2025年,地区生产总值增长4.8%,城镇新增就业8万人。',
      '二、2026年主要工作',
      '地区生产总值增长5%左右。',
    ].join('\n');
    const facts = readReport(report, 'city.txt').facts;
    expect(facts.map((f) => [f.value, f.kind, f.period])).toEqual([
      [5.5, 'actual', '2021-2025'], [5.2, 'actual', '2023'], [60, 'actual', '2023'], [4.8, 'actual', '2025'], [8, 'actual', '2025'], [5, 'target', '2026'],
    ]);
    const lines = readDocument(report.split('\n'), readMeta(report)).lines;
    expect(lines[4]).toMatchObject({ actualPeriod: '2023', spanReviewed: null, rules: expect.arrayContaining(['paragraph.year-review']) });
  });
  it('a term\'s review written before the year ends ("到2017年底,预计…") holds estimates over the term', () => {
    // tumotezuoqi_2017_gov_work_report (http://m.ilynn.cn/document_detail/9182.html), the opening of its review.
    const report = [
      '政府工作报告',
      '——2017年12月5日在土默特左旗第十七届人民代表大会第一次会议上',
      '一、本届政府工作回顾',
      '到2017年底,预计全旗地区生产总值达到259亿元,是2012年的1.2倍,年均增长6%。',
    ].join('\n');
    const facts = readReport(report, 'banner.txt').facts;
    expect(facts.find((f) => f.value === 259)).toMatchObject({ kind: 'estimate', period: '2017' });
    expect(facts.find((f) => f.value === 6)).toMatchObject({ kind: 'estimate', period: '2013-2017' });
  });
});

describe('never invent a period', () => {
  // Made up after sz_city_2023_targets_repost (https://dwqgbh.cn/news/ca2ac844944f4591b04914fc64323ca0), its year removed.
  const noYear = ['—————某公众号————', '发布时间:2024-03-02', '经济社会发展主要目标', '——地区生产总值增长6%。'].join('\n');
  it('a report whose title and headings name no year is refused, suggesting the publication year', () => {
    let error: unknown;
    try {
      readReport(noYear, 'repost.txt');
    } catch (e) {
      error = e;
    }
    expect(needsYear(error)).toBe(true);
    expect(error).toMatchObject({ code: 'bad-input', details: { needsYear: true, file: 'repost.txt', suggestedYear: 2024 } });
    expect((error as Error).message).toContain("the year the report is about cannot be read");
    expect(sayIn('zh-CN', (error as PlanscopeError).say!)).toBe('repost.txt：无法从标题或章节标题读出报告所属年份，请填写该报告的年份后重新导入（发布日期为2024年）。');
  });
  it('with the year supplied, its facts carry that year', () => {
    const { meta, facts } = readReport(noYear, 'repost.txt', { year: 2023 });
    expect(meta.period).toBe('2023');
    expect(facts.map((f) => f.period)).toEqual(['2023']);
  });
  it('a heading naming the year is enough: "2023年经济社会发展主要目标" holds 2023 targets', () => {
    const report = ['—————某公众号————', '2023年经济社会发展主要目标', '(一)预期性指标。', '——GDP增长6%。'].join('\n');
    const meta = readMeta(report);
    expect(meta).toMatchObject({ reviewYear: 2022, planYear: 2023, yearRule: 'year.heading-plan' });
    expect(readReport(report, 'repost.txt').facts.map((f) => [f.kind, f.period])).toEqual([['target', '2023']]);
  });
  it('a supplied year does not override what the document says', () => {
    expect(readMeta('某区2021年国民经济和社会发展计划执行情况', { year: 2030 })).toMatchObject({ reviewYear: 2021, yearRule: 'year.title-review' });
  });
  it('the trace names the document rules behind a fact', () => {
    const report = ['某区2022年国民经济和社会发展计划执行情况', '一、2022年计划执行情况', '2022年主要指标预计完成情况:', '——地区生产总值增长3%;'].join('\n');
    expect(readReport(report, 'x.txt', { trace: true }).facts[0]!.rules).toEqual(expect.arrayContaining(['section.review-year', 'intro.estimate-list']));
  });
});

describe('the title line', () => {
  it('is never web chrome or a list item, and a part reviewing a named year corrects a misread title', () => {
    // Made up: a page whose chrome names the previous year's plan before the report's own heading.
    const page = ['上一篇：某区2021年国民经济和社会发展计划', '首页 > 规划计划 > 年度计划', '● 大力实施“工业上楼”厂房建设计划', '一、2022年国民经济和社会发展计划执行情况', '全区地区生产总值增长4.5%。'].join('\n');
    expect(readMeta(page)).toMatchObject({ title: '一、2022年国民经济和社会发展计划执行情况', reviewYear: 2022 });
    const misread = ['某区2023年国民经济和社会发展计划', '一、2021年国民经济和社会发展计划执行情况'].join('\n');
    expect(readMeta(misread)).toMatchObject({ reviewYear: 2021, planYear: 2022, yearRule: 'year.heading-review' });
  });
});
