// Scoring semantics (issue 14), each wrong reading found in use as a case: time progress only for what
// accumulates over the year, a lower-is-better growth judged as such, no gap for part-year levels, headline
// targets first. Numbers are made up in the style of district reports.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { buildScorecard } from '../../main/core/score/scorecard';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const fact = (over: Partial<NewFact>): NewFact => ({
  indicator: '固定资产投资', measure: 'level', value: null, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2024',
  kind: 'target', region: '示例区', start: null, end: null, tier: 2, quote: null, ...over,
});

function card(facts: NewFact[]) {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  const id = ws.addDocument({ fileName: 'h1.txt', title: '示例区2024年上半年', region: '示例区', period: '2024H1', published: '2024-07-20', encoding: 'utf-8', originalText: 'x' }).id;
  ws.addFacts(id, facts);
  return buildScorecard(ws).rows;
}

describe('time progress', () => {
  it('is shown for a count of new firms (34 of 90 at H1)', () => {
    const [row] = card([
      fact({ indicator: '新增国家高新技术企业', measure: 'count', unit: '家', value: 90 }),
      fact({ indicator: '新增国家高新技术企业', measure: 'count', unit: '家', value: 34, period: '2024H1', kind: 'actual' }),
    ]);
    expect(row!.timeProgress).toMatchObject({ expectedPct: 50, verdict: 'behind' });
    expect(row!.timeProgress!.achievedPct).toBeCloseTo(37.78, 2);
  });
  it('is never shown for a stock (常住人口 119 of 120) or an intensity (能耗强度 0.45 of 0.46)', () => {
    const rows = card([
      fact({ indicator: '常住人口', unit: '万人', value: 120 }),
      fact({ indicator: '常住人口', unit: '万人', value: 119, period: '2024H1', kind: 'actual' }),
      fact({ indicator: '单位GDP能耗', unit: '吨标准煤', value: 0.46 }),
      fact({ indicator: '单位GDP能耗', unit: '吨标准煤', value: 0.45, period: '2024H1', kind: 'actual' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.timeProgress)).toEqual([null, null]);
  });
  it('a part-year level against the year\'s target has no gap (221 of 400 is not −44.75%)', () => {
    const [row] = card([fact({ value: 400 }), fact({ value: 221, period: '2024H1', kind: 'actual' })]);
    expect(row).toMatchObject({ status: 'pending', gap: null, timeProgress: { expectedPct: 50 } });
  });
});

describe('direction', () => {
  it('碳排放强度下降3.5% against an actual fall of 2.0% is missed, not met', () => {
    const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
    const id = ws.addDocument({ fileName: 'y.txt', title: '示例区2024年', region: '示例区', period: '2024', published: '2025-01-20', encoding: 'utf-8', originalText: 'x' }).id;
    ws.addFacts(id, [
      fact({ indicator: '碳排放强度', measure: 'growth', unit: '%', value: -3.5 }),
      fact({ indicator: '碳排放强度', measure: 'growth', unit: '%', value: -2.0, kind: 'actual' }),
    ]);
    expect(buildScorecard(ws).rows[0]).toMatchObject({ direction: 'lower', status: 'missed' });
  });
});

describe('order', () => {
  it('headline (tier 1) targets come first, whatever order they were stated in', () => {
    const rows = card([
      fact({ indicator: '新增市场主体', measure: 'count', unit: '户', value: 5000, tier: 2 }),
      fact({ indicator: '地区生产总值', measure: 'growth', unit: '%', value: 6, qualifier: 'approx', tier: 1 }),
    ]);
    expect(rows.map((r) => r.indicator)).toEqual(['地区生产总值', '新增市场主体']);
  });
});
