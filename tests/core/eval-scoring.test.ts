// The matching rule behind `npm run eval` (main/core/extract/scoring.ts): one-to-one, value equal, span overlap.
import { describe, expect, it } from 'vitest';
import { scoreReport, type GoldFact, type ScoredFact } from '../../main/core/extract/scoring';

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
