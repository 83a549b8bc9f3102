// How the scorecard words a target's required path: rounded for reading, and a level already past its target
// says so instead of "需 -3.7%".
import { describe, expect, it } from 'vitest';
import type { Score } from '../../main/contract/scores';
import { formatPath } from '../../renderer/features/scorecard/columns';
import type { ScorecardStrings } from '../../renderer/features/scorecard/strings';

const path = (requiredPct: number, over: Partial<Score> = {}) => ({
  measure: 'level', direction: 'higher', path: { fromPeriod: '2023', fromValue: 100, years: 1, requiredPct, historicalPct: 4.04, plausible: true, note: '' }, ...over,
}) as unknown as Score;

describe('formatPath', () => {
  // The zh-CN words formatPath uses (renderer/features/scorecard/strings.ts).
  const s = { pp: '个百分点', pathNeeds: '需', pathSeen: '历史', pathReached: '已达到目标水平' } as ScorecardStrings;
  it('rounds to one decimal', () => {
    expect(formatPath(path(0.406407), 'zh-CN', s)).toBe('需 0.4% · 历史 4.0% ✓');
  });
  it('a level past its target is "already at the target", for either direction', () => {
    expect(formatPath(path(-3.7), 'zh-CN', s)).toBe('已达到目标水平');
    expect(formatPath(path(2.1, { direction: 'lower' }), 'zh-CN', s)).toBe('已达到目标水平');
    expect(formatPath(path(-2.1, { direction: 'lower' }), 'zh-CN', s)).toBe('需 -2.1% · 历史 4.0% ✓');
  });
});
