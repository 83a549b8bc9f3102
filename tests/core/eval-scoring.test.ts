// The matching rule behind `npm run eval` (main/core/extract/scoring.ts): one-to-one, value equal, span overlap;
// the figures it reports, and the naive number-with-unit scan it reports beside Planscope.
import { describe, expect, it } from 'vitest';
import { naiveScan } from '../../main/core/extract/naive-scan';
import { combineScores, FIGURES, scoreReport, type GoldFact, type ScoredFact } from '../../main/core/extract/scoring';

const text = '地区生产总值增长6.0%(目标6.0%左右),固定资产投资完成100亿元。';
const gold = (value: number | null, quote: string, extra: Partial<GoldFact> = {}): GoldFact =>
  ({ doc: 'd', tier: 1, indicator: '地区生产总值', value, period: '2024H1', kind: 'actual', quote, ...extra });
const fact = (value: number | null, quoteInText: string, extra: Partial<ScoredFact> = {}): ScoredFact => {
  const start = text.indexOf(quoteInText);
  return { indicator: '地区生产总值', value, period: '2024H1', kind: 'actual', start, end: start + quoteInText.length, ...extra };
};

describe('eval matching', () => {
  it('needs the value and an overlapping span: the same number elsewhere does not count', () => {
    const g = [gold(6.0, '地区生产总值增长6.0%'), gold(6.0, '目标6.0%左右', { kind: 'target', period: '2024' })];
    const s = scoreReport(text, g, [fact(6.0, '目标6.0%左右', { kind: 'target', period: '2024' })]);
    expect(s.counts.lenientMatched).toBe(1);
    expect(s.recall_all_strict).toBe(0.5);
  });
  it('is one-to-one: one extracted fact never satisfies two gold facts', () => {
    const g = [gold(6.0, '6.0%'), gold(6.0, '6.0%左右')];
    const s = scoreReport(text, g, [fact(6.0, '增长6.0%(目标6.0%左右')]);
    expect(s.counts.lenientMatched).toBe(1);
    expect(s.precision).toBe(1);
  });
  it('strict also needs period and kind; indicator accuracy maps catalogue aliases', () => {
    const g = [gold(100, '固定资产投资完成100亿元', { indicator: '固定资产投资' })];
    const s = scoreReport(text, g, [fact(100, '固定资产投资完成100亿元', { indicator: '全社会固定资产投资', kind: 'estimate' })]);
    expect(s).toMatchObject({ recall_all_lenient: 1, recall_all_strict: 0, indicator_accuracy: 1 });
  });
  it('counts extracted facts matching nothing against precision', () => {
    const s = scoreReport(text, [gold(100, '100亿元')], [fact(100, '100亿元'), fact(6.0, '增长6.0%')]);
    expect(s.precision).toBe(0.5);
  });
});

// Made-up sentences in the style of a work report (not quoted from one).
describe('eval figures', () => {
  it('headline recall needs value and span only; "headline, period and kind right" needs period and kind too', () => {
    const g = [gold(6.0, '地区生产总值增长6.0%'), gold(100, '固定资产投资完成100亿元', { tier: 2, indicator: '固定资产投资' })];
    const s = scoreReport(text, g, [fact(6.0, '增长6.0%', { period: '2024' }), fact(100, '100亿元')]);
    expect(s).toMatchObject({ recall_tier1_lenient: 1, recall_tier1_strict: 0, recall_all_lenient: 1, recall_all_strict: 0.5 });
  });
  it('on a headline-only document precision counts the facts claiming tier 1 only, matched among themselves', () => {
    const g = [gold(6.0, '地区生产总值增长6.0%')];
    const facts = [
      fact(6.0, '增长6.0%', { tier: 2 }), // true but claimed as tier 2: says nothing about headline precision
      fact(6.0, '目标6.0%左右', { tier: 1 }), // a headline claim matching no gold: wrong
      fact(100, '100亿元', { tier: 2 }), // possibly true, unlabelled: not judged
    ];
    const all = scoreReport(text, g, facts);
    const headlineOnly = scoreReport(text, g, facts, { labelling: 'headline-only' });
    expect(all).toMatchObject({ precision: 1 / 3, recall_all_lenient: 1 });
    expect(headlineOnly).toMatchObject({ precision: 0, recall_all_lenient: 1, counts: { precisionPool: 1, precisionMatched: 0 } });
    // Facts claiming no tier (the naive scan's) make no headline claim there: nothing to measure.
    const untiered = scoreReport(text, g, facts.map(({ tier: _tier, ...f }) => f), { labelling: 'headline-only' });
    expect(untiered.counts).toMatchObject({ precisionPool: 0, precisionMatched: 0, lenientMatched: 1 });
  });
  it('indicator accuracy is null when no matched fact names an indicator', () => {
    const s = scoreReport(text, [gold(6.0, '增长6.0%')], [fact(6.0, '6.0%', { indicator: null })]);
    expect(s).toMatchObject({ recall_all_lenient: 1, indicator_accuracy: null, counts: { named: 0 } });
  });
  it('overall figures sum the counts of every report (a micro-average)', () => {
    const a = scoreReport(text, [gold(6.0, '增长6.0%')], [fact(6.0, '6.0%')]);
    const b = scoreReport(text, [gold(100, '100亿元'), gold(7, '增长6.0%')], [fact(100, '100亿元', { indicator: '固定资产投资' })]);
    const all = combineScores([a, b]);
    expect(all).toMatchObject({ gold: 3, recall_all_lenient: 2 / 3, precision: 1, indicator_accuracy: 0.5 });
    expect(FIGURES.map((f) => f.counts(all))).toEqual([[2, 3], [2, 3], [2, 3], [2, 3], [2, 2], [1, 2]]);
  });
});

describe('the naive number-with-unit scan', () => {
  const scan = (t: string) => naiveScan(t).map((f) => [t.slice(f.start, f.end), f.value, f.unit]);
  it('takes every number written with a unit, whole, and nothing else', () => {
    expect(scan('地区生产总值增长6.0%,固定资产投资完成1,234.5亿元,新增就业1.2万人,建成3个公园,2020年1月。')).toEqual([
      ['6.0%', 6, '%'], ['1,234.5亿元', 1234.5, '亿元'], ['1.2万人', 1.2, '万人'], ['3个', 3, '个'],
    ]);
  });
  it('tells a thousands separator from a clause comma', () => {
    expect(scan('约占全国1/10,4386万名务工人员,投资1,234亿元,增长8%,12%。').map((f) => f[1])).toEqual([4386, 1234, 8, 12]);
  });
  it('knows no words around a number: 下降 stays positive, a range gives its two ends, a written sign is kept', () => {
    expect(scan('增速下降3.2%,目标6.0%-6.5%,增长5-6%,增长-2.0%,分别增长9.4%,6%。').map((f) => f[1])).toEqual([3.2, 6, 6.5, 6, -2, 9.4, 6]);
  });
  it('dates every fact to the review year as an actual, names no indicator, and points into the original text', () => {
    const original = '深圳市罗湖区2023年国民经济和社会发展计划执行情况的报告\n全区地区生产总值增长６．０％。';
    const [f, ...rest] = naiveScan(original);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ period: '2023', kind: 'actual', indicator: null, value: 6 });
    expect(original.slice(f!.start, f!.end)).toBe('６．０％');
  });
  it('is scored with the same matching rule as Planscope', () => {
    const s = scoreReport(text, [gold(6.0, '地区生产总值增长6.0%', { period: '2024' })], naiveScan(text));
    expect(s).toMatchObject({ recall_tier1_lenient: 1, indicator_accuracy: null });
    expect(s.extracted).toBe(3);
  });
});
