// Every qualifier and direction against hand-worked verdicts and gaps (default tolerance ±0.5 pp, ±2%).
import { describe, expect, it } from 'vitest';
import { acceptedRange, attain, DIRECTION_UNKNOWN_REASON } from '../../main/core/score/attainment';
import { DEFAULT_TOLERANCE, type ActualRef, type TargetRef } from '../../main/core/score/types';
import type { Direction, Measure, Qualifier } from '../../main/core/types';

const target = (qualifier: Qualifier, value: number | null, unit = '%', low: number | null = null, high: number | null = null): TargetRef =>
  ({ factId: 1, value, low, high, qualifier, unit, period: '2024', documentId: 1 });
const actual = (value: number | null, unit = '%', qualifier: Qualifier = 'exact'): ActualRef =>
  ({ factId: 2, value, qualifier, unit, period: '2024', kind: 'actual', documentId: 2 });
const judge = (t: TargetRef, a: ActualRef, measure: Measure = 'growth', direction: Direction = 'higher') => attain(t, a, measure, direction, DEFAULT_TOLERANCE);

describe('exact and 左右 targets, higher is better', () => {
  it('GDP growth 6.0%左右: above is met, 0.4 pp short is within tolerance, 0.6 pp short is missed', () => {
    expect(judge(target('approx', 6), actual(6.2))).toMatchObject({ status: 'met', gap: { value: 0.2, relative: 0.2, relativeUnit: 'pp', favourable: true } });
    expect(judge(target('approx', 6), actual(5.6))).toMatchObject({ status: 'within_tolerance', gap: { value: -0.4, relativeUnit: 'pp' } });
    expect(judge(target('approx', 6), actual(5.4))).toMatchObject({ status: 'missed', gap: { value: -0.6 } });
    expect(judge(target('exact', 6), actual(4.1)).gap?.value).toBe(-1.9);
  });
  it('levels use ±2% of the target: 405 of 410 亿元 is within, 400 is missed; the gap is also given in %', () => {
    const v = judge(target('exact', 410, '亿元'), actual(405, '亿元'), 'level');
    expect(v.status).toBe('within_tolerance');
    expect(v.gap?.value).toBe(-5);
    expect(v.gap?.relative).toBeCloseTo(-1.219512195, 8);
    expect(v.gap?.relativeUnit).toBe('%');
    expect(judge(target('exact', 410, '亿元'), actual(400, '亿元'), 'level').status).toBe('missed');
  });
  it('a user-set tolerance widens the band', () => {
    expect(attain(target('approx', 6), actual(5.2), 'growth', 'higher', { pp: 1, pct: 2 }).status).toBe('within_tolerance');
  });
});

describe('lower is better', () => {
  it('unemployment rate target 3%: 2.8 met, 3.3 within tolerance, 3.6 missed', () => {
    expect(judge(target('exact', 3), actual(2.8), 'rate', 'lower')).toMatchObject({ status: 'met', gap: { value: -0.2, favourable: true } });
    expect(judge(target('exact', 3), actual(3.3), 'rate', 'lower').status).toBe('within_tolerance');
    expect(judge(target('exact', 3), actual(3.6), 'rate', 'lower').status).toBe('missed');
  });
  it('万元GDP水耗 下降3%: a fall of 5.4% meets it, a fall of 2.7% is within tolerance, a fall of 2% misses', () => {
    expect(judge(target('exact', -3), actual(-5.4), 'growth', 'lower')).toMatchObject({ status: 'met', gap: { value: -2.4 } });
    expect(judge(target('exact', -3), actual(-2.7), 'growth', 'lower').status).toBe('within_tolerance');
    expect(judge(target('exact', -3), actual(-2), 'growth', 'lower').status).toBe('missed');
  });
  it('neutral indicators are met within the tolerance on either side', () => {
    expect(judge(target('approx', 10), actual(10.4), 'share', 'neutral').status).toBe('met');
    expect(judge(target('approx', 10), actual(9.6), 'share', 'neutral').status).toBe('met');
    expect(judge(target('approx', 10), actual(10.6), 'share', 'neutral').status).toBe('missed');
  });
});

describe('bounds and ranges', () => {
  it('以上 is a hard lower bound, 以内 a hard upper bound: no tolerance', () => {
    expect(judge(target('at_least', 6), actual(6)).status).toBe('met');
    expect(judge(target('at_least', 6), actual(5.99)).status).toBe('missed');
    expect(judge(target('at_most', 3), actual(3), 'rate', 'lower').status).toBe('met');
    expect(judge(target('at_most', 3), actual(3.1), 'rate', 'lower').status).toBe('missed');
    // The qualifier decides, whatever the direction says.
    expect(judge(target('at_most', 3), actual(2), 'rate', 'higher').status).toBe('met');
    expect(judge(target('more_than', 6), actual(6)).status).toBe('missed');
  });
  it('range 6.0%-6.5%: inside met with gap 0, above met, 0.3 pp below within tolerance, 0.6 below missed', () => {
    const r = target('range', 6.25, '%', 6, 6.5);
    expect(judge(r, actual(6.2))).toMatchObject({ status: 'met', gap: { value: 0 } });
    expect(judge(r, actual(7))).toMatchObject({ status: 'met', gap: { value: 0.5 } });
    expect(judge(r, actual(5.7))).toMatchObject({ status: 'within_tolerance', gap: { value: -0.3 } });
    expect(judge(r, actual(5.4))).toMatchObject({ status: 'missed', gap: { value: -0.6 } });
    expect(judge(r, actual(6.8), 'growth', 'neutral')).toMatchObject({ status: 'within_tolerance', gap: { value: 0.3 } });
    expect(judge(r, actual(5.9), 'growth', 'lower').status).toBe('met');
  });
});

describe('what cannot be compared', () => {
  it('words instead of numbers, or different units', () => {
    expect(judge(target('exact', null), actual(5)).status).toBe('not_comparable');
    expect(judge(target('exact', 5), actual(null)).status).toBe('not_comparable');
    expect(judge(target('exact', 5, '亿元'), actual(5, '万元'), 'level')).toMatchObject({ status: 'not_comparable', reason: 'units differ: target in 亿元, outcome in 万元' });
  });
  it('an outcome known only as a bound decides only when the bound is enough', () => {
    expect(judge(target('at_least', 2400, '亿元'), actual(2400, '亿元', 'more_than'), 'level').status).toBe('met');
    expect(judge(target('at_least', 2400, '亿元'), actual(2300, '亿元', 'more_than'), 'level').status).toBe('not_comparable');
    expect(judge(target('at_most', 31, '公顷'), actual(30, '公顷', 'at_most'), 'level', 'lower').status).toBe('met');
    expect(judge(target('exact', 3), actual(4, '%', 'more_than'), 'rate', 'lower').status).toBe('missed');
  });
});

describe('accepted outcomes, solved for the forecast probability', () => {
  it('matches attain at the edges', () => {
    expect(acceptedRange(target('approx', 6), 'growth', 'higher', DEFAULT_TOLERANCE, false)).toEqual([6, Infinity]);
    expect(acceptedRange(target('approx', 6), 'growth', 'higher', DEFAULT_TOLERANCE, true)).toEqual([5.5, Infinity]);
    expect(acceptedRange(target('exact', 3), 'rate', 'lower', DEFAULT_TOLERANCE, true)).toEqual([-Infinity, 3.5]);
    expect(acceptedRange(target('at_most', 3), 'rate', 'higher', DEFAULT_TOLERANCE, true)).toEqual([-Infinity, 3]);
    expect(acceptedRange(target('range', 6.25, '%', 6, 6.5), 'growth', 'neutral', DEFAULT_TOLERANCE, false)).toEqual([6, 6.5]);
    expect(acceptedRange(target('exact', 100, '亿元'), 'level', 'neutral', DEFAULT_TOLERANCE, false)).toEqual([98, 102]);
  });
});

describe('an indicator whose better side is unknown', () => {
  const unknown = (t: TargetRef, a: ActualRef, measure: Measure = 'level') => attain(t, a, measure, 'unknown', DEFAULT_TOLERANCE);
  it('is not scored when the verdict depends on the side: 6.2 against 6左右 would be met or within tolerance', () => {
    expect(unknown(target('approx', 6), actual(6.2), 'growth')).toMatchObject({
      status: 'direction_unknown', reason: DIRECTION_UNKNOWN_REASON, gap: { value: 0.2, relativeUnit: 'pp', favourable: false },
    });
    expect(unknown(target('range', 6.25, '%', 6, 6.5), actual(7), 'growth').status).toBe('direction_unknown');
  });
  it('is scored when every side agrees: on the point, inside the range, or against a bound the report chose', () => {
    expect(unknown(target('approx', 6), actual(6), 'growth').status).toBe('met');
    expect(unknown(target('range', 6.25, '%', 6, 6.5), actual(6.2), 'growth').status).toBe('met');
    expect(unknown(target('at_least', 150, '亿元'), actual(148, '亿元')).status).toBe('missed');
    expect(unknown(target('at_most', 3), actual(2.5), 'rate').status).toBe('met');
    expect(unknown(target('exact', 150, '亿元'), actual(148, '万元')).status).toBe('not_comparable');
  });
  it('gives no accepted range for a point or range target, only for a bound', () => {
    expect(acceptedRange(target('approx', 6), 'growth', 'unknown', DEFAULT_TOLERANCE, true)).toBeNull();
    expect(acceptedRange(target('at_least', 6), 'growth', 'unknown', DEFAULT_TOLERANCE, true)).toEqual([6, Infinity]);
  });
});
