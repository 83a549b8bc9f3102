// 时序进度 against hand-worked figures, including the negative-target case.
import { describe, expect, it } from 'vitest';
import { elapsedPct, statedProgress, timeProgress } from '../../main/core/score/time-progress';

describe('time progress', () => {
  it('194.7 of 410 亿元 at mid-year is 47.49% against 50%: behind by 2.51 points', () => {
    const tp = timeProgress(194.7, 410, '2024H1', 'higher')!;
    expect(tp.expectedPct).toBe(50);
    expect(tp.achievedPct).toBeCloseTo(47.487804878, 8);
    expect(tp.aheadByPct).toBeCloseTo(-2.512195122, 8);
    expect(tp.verdict).toBe('behind');
    expect(tp.source).toBe('computed');
  });
  it('Q1 against 25%, Q3 against 75%', () => {
    expect(timeProgress(30, 100, '2024Q1', 'higher')).toMatchObject({ expectedPct: 25, achievedPct: 30, aheadByPct: 5, verdict: 'ahead' });
    expect(timeProgress(75, 100, '2024Q3', 'higher')).toMatchObject({ expectedPct: 75, aheadByPct: 0, verdict: 'on_track' });
    expect(elapsedPct('2024Q2')).toBe(50);
  });
  it('negative target -100: -30 at mid-year is ahead of the pro-rata -50 by 20 points, though the ratio reads 30%', () => {
    const tp = timeProgress(-30, -100, '2024H1', 'higher')!;
    expect(tp.achievedPct).toBe(30);
    expect(tp.aheadByPct).toBe(20);
    expect(tp.verdict).toBe('ahead');
    expect(tp.note).toContain('negative target');
    expect(timeProgress(-70, -100, '2024H1', 'higher')).toMatchObject({ aheadByPct: -20, verdict: 'behind' });
    // A positive outcome against a negative target is far ahead: (20 + 50) / 100.
    expect(timeProgress(20, -100, '2024H1', 'higher')).toMatchObject({ aheadByPct: 70, verdict: 'ahead' });
  });
  it('lower is better: using 40% of a cap at mid-year is 10 points ahead', () => {
    expect(timeProgress(40, 100, '2024H1', 'lower')).toMatchObject({ achievedPct: 40, aheadByPct: 10, verdict: 'ahead' });
  });
  it('no time progress for a full year, a second half alone, a span, or a zero target', () => {
    expect(timeProgress(50, 100, '2024', 'higher')).toBeNull();
    expect(timeProgress(50, 100, '2024H2', 'higher')).toBeNull();
    expect(timeProgress(50, 100, '2021-2025', 'higher')).toBeNull();
    expect(timeProgress(5, 0, '2024H1', 'higher')).toBeNull();
  });
  it('none for an indicator whose better side is unknown: ahead of the path might be behind', () => {
    expect(timeProgress(60, 100, '2024H1', 'higher')?.verdict).toBe('ahead');
    expect(timeProgress(60, 100, '2024H1', 'unknown')).toBeNull();
  });
  it('a stated completion share is taken as is: 44.3% at mid-year is 5.7 points behind', () => {
    expect(statedProgress(44.3, '2024H1')).toMatchObject({ expectedPct: 50, achievedPct: 44.3, aheadByPct: -5.7, verdict: 'behind', source: 'stated' });
    expect(statedProgress(50.8, '2024H1')?.verdict).toBe('ahead');
  });
});
