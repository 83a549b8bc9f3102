// The scorecard over a real sql.js workspace: which facts pair up (best-value rule), revision history,
// time progress for a mid-year report, a stated completion share, history, and the per-report slice.
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
  indicator: '地区生产总值', measure: 'growth', value: null, low: null, high: null, unit: '%', qualifier: 'exact', period: '2024',
  kind: 'actual', region: '罗湖区', start: null, end: null, tier: 1, quote: null, ...over,
});
const doc = (ws: Workspace, period: string, published: string) =>
  ws.addDocument({ fileName: `${period}.txt`, title: `${period} report`, region: '罗湖区', period, published, encoding: 'utf-8', originalText: `report ${period}` }).id;

function workspace(): { ws: Workspace; mid: number; y2019: number; y2020: number } {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  const y2019 = doc(ws, '2019', '2020-01-10');
  ws.addFacts(y2019, [
    fact({ value: 7.0, qualifier: 'approx', period: '2019', kind: 'estimate' }),
    fact({ value: 6.25, low: 6, high: 6.5, qualifier: 'range', period: '2020', kind: 'target' }),
    fact({ indicator: '城镇登记失业率', measure: 'rate', value: 3, qualifier: 'at_most', period: '2020', kind: 'target' }),
    fact({ indicator: '万元GDP水耗', value: -3, period: '2020', kind: 'target' }),
  ]);
  const y2020 = doc(ws, '2020', '2021-01-10');
  ws.addFacts(y2020, [
    fact({ value: 6.8, period: '2019', kind: 'actual' }),
    fact({ value: 5.7, period: '2020', kind: 'actual' }),
    fact({ indicator: '城镇登记失业率', measure: 'rate', value: 2.4, period: '2020' }),
    fact({ indicator: '万元GDP水耗', value: -1.9, period: '2020' }),
    fact({ value: 6, qualifier: 'approx', period: '2021', kind: 'target' }),
  ]);
  const mid = doc(ws, '2024H1', '2024-10-24');
  ws.addFacts(mid, [
    fact({ value: 4.1, period: '2024H1', quote: '地区生产总值增长4.1%' }),
    fact({ value: 6.0, qualifier: 'approx', period: '2024', kind: 'target', quote: '目标6.0%左右' }),
    fact({ indicator: '固定资产投资', measure: 'level', unit: '亿元', value: 194.7, period: '2024H1', quote: '固定资产投资完成194.7亿元' }),
    fact({ indicator: '固定资产投资', measure: 'level', unit: '亿元', value: 410, qualifier: 'approx', period: '2024', kind: 'target' }),
    fact({ indicator: '区政府投资', measure: 'level', unit: '亿元', value: 55, period: '2024', kind: 'target' }),
    fact({ indicator: '区政府投资完成年度任务比例', measure: 'share', unit: '%', value: 50.8, period: '2024H1', quote: '完成年度区政府投资任务50.8%' }),
  ]);
  return { ws, mid, y2019, y2020 };
}

describe('buildScorecard', () => {
  it('pairs each target with its best outcome and judges it by qualifier and direction', () => {
    const { ws } = workspace();
    const card = buildScorecard(ws);
    const row = (indicator: string, period: string) => card.rows.find((r) => r.indicator === indicator && r.period === period)!;
    expect(row('地区生产总值', '2020')).toMatchObject({ status: 'within_tolerance', gap: { value: -0.3 }, actual: { value: 5.7, kind: 'actual' } });
    expect(row('城镇登记失业率', '2020')).toMatchObject({ status: 'met', direction: 'lower' });
    expect(row('万元GDP水耗', '2020')).toMatchObject({ status: 'missed', direction: 'lower', gap: { value: 1.1 } });
    expect(row('地区生产总值', '2021')).toMatchObject({ status: 'pending', actual: null, reason: 'no outcome reported yet' });
  });

  it('a mid-year figure leaves the year pending and shows time progress for cumulative levels only', () => {
    const { ws } = workspace();
    const rows = buildScorecard(ws).rows;
    const fai = rows.find((r) => r.indicator === '固定资产投资')!;
    expect(fai).toMatchObject({ status: 'pending', actual: { value: 194.7, period: '2024H1' }, timeProgress: { expectedPct: 50, verdict: 'behind', source: 'computed' } });
    expect(fai.timeProgress!.achievedPct).toBeCloseTo(47.4878, 4);
    const gdp = rows.find((r) => r.indicator === '地区生产总值' && r.period === '2024')!;
    expect(gdp).toMatchObject({ status: 'pending', timeProgress: null, gap: { value: -1.9 } });
    const gov = rows.find((r) => r.indicator === '区政府投资')!;
    expect(gov.timeProgress).toMatchObject({ source: 'stated', achievedPct: 50.8, verdict: 'ahead' });
  });

  it('keeps the estimate that an actual replaced as a revision', () => {
    const { ws } = workspace();
    ws.addFacts(null, [fact({ value: 7, period: '2019', kind: 'target' })]);
    const r = buildScorecard(ws).rows.find((x) => x.period === '2019')!;
    expect(r.actual).toMatchObject({ value: 6.8, kind: 'actual' });
    expect(r.status).toBe('within_tolerance'); // 0.2 pp short of 7
    const outcomes = r.revisions.filter((v) => v.kind !== 'target');
    expect(outcomes.map((v) => [v.value, v.kind, v.best])).toEqual([[7, 'estimate', false], [6.8, 'actual', true]]);
  });

  it('slices by report and by period, while the track record covers every scored year', () => {
    const { ws, mid } = workspace();
    const card = buildScorecard(ws, { documentId: mid });
    expect(card.rows.map((r) => r.indicator)).toEqual(['地区生产总值', '固定资产投资', '区政府投资']);
    expect(buildScorecard(ws, { period: '2020' }).rows).toHaveLength(3);
    const gdp = card.byIndicator.find((h) => h.group === '地区生产总值')!;
    expect(gdp).toMatchObject({ scored: 1, withinTolerance: 1, hitRate: 1, meanShortfallPp: 0.3 });
    const region = card.byRegion[0]!;
    expect(region).toMatchObject({ group: '罗湖区', scored: 3, met: 1, missed: 1, withinTolerance: 1 });
    expect(region.hitRate).toBeCloseTo(2 / 3, 10);
    expect(region.meanShortfallPp).toBeCloseTo((0.3 + 1.1) / 2, 10);
  });

  it('within one report a headline statement (tier 1) beats a passing mention (tier 2), which stays a revision', () => {
    const { ws, mid } = workspace();
    ws.addFacts(mid, [fact({ indicator: '固定资产投资', measure: 'level', unit: '亿元', value: 34.06, period: '2024H1', tier: 2 })]);
    const fai = buildScorecard(ws).rows.find((r) => r.indicator === '固定资产投资')!;
    expect(fai.actual?.value).toBe(194.7);
    expect(fai.revisions.find((v) => v.value === 34.06)).toMatchObject({ best: false });
  });

  it('a completion share stated right after a target is that target\'s time progress, taken as is', () => {
    const { ws, mid } = workspace();
    ws.addFacts(mid, [
      fact({ indicator: '安排投资总规模', measure: 'level', unit: '亿元', value: 55, period: '2024', kind: 'target', start: 1000, end: 1010 }),
      fact({ indicator: '下达投资计划', measure: 'level', unit: '亿元', value: 27.7, period: '2024H1', start: 1030, end: 1036 }),
      fact({ indicator: '年度计划', measure: 'share', unit: '%', value: 50.4, period: '2024H1', start: 1044, end: 1049, quote: '完成年度计划50.4%' }),
      fact({ indicator: '远处的目标', measure: 'level', unit: '亿元', value: 9, period: '2024', kind: 'target', start: 5000, end: 5004 }),
    ]);
    const rows = buildScorecard(ws).rows;
    expect(rows.find((r) => r.indicator === '安排投资总规模')!.timeProgress).toMatchObject({ source: 'stated', achievedPct: 50.4, aheadByPct: 0.4, verdict: 'ahead' });
    expect(rows.find((r) => r.indicator === '远处的目标')!.timeProgress).toBeNull();
  });

  it('an open target shows the growth it needs against the growth delivered (five-year plan check)', () => {
    const { ws } = workspace();
    ws.addFacts(null, [
      fact({ indicator: '数字创意产业增加值', measure: 'level', unit: '亿元', value: 20, period: '2020' }),
      fact({ indicator: '数字创意产业增加值', measure: 'level', unit: '亿元', value: 24, period: '2022' }),
      fact({ indicator: '数字创意产业增加值', measure: 'level', unit: '亿元', value: 30, period: '2025', kind: 'target' }),
    ]);
    const row = buildScorecard(ws).rows.find((r) => r.indicator === '数字创意产业增加值')!;
    expect(row.status).toBe('pending');
    // (30/24)^(1/3) − 1 = 7.7217% a year needed; (24/20)^(1/2) − 1 = 9.5445% a year delivered.
    expect(row.path).toMatchObject({ fromPeriod: '2022', fromValue: 24, years: 3, plausible: true });
    expect(row.path!.requiredPct).toBeCloseTo(7.721735, 5);
    expect(row.path!.historicalPct).toBeCloseTo(9.544512, 5);
  });

  it('a target on an indicator of unknown direction is reported but not scored, unless its bound decides (made-up names)', () => {
    const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
    const d = doc(ws, '2024', '2025-01-10');
    ws.addFacts(d, [
      fact({ indicator: '纳统规模', measure: 'level', unit: '亿元', value: 150, qualifier: 'approx', period: '2024', kind: 'target' }),
      fact({ indicator: '纳统规模', measure: 'level', unit: '亿元', value: 148.13, period: '2024' }),
      fact({ indicator: '备案金额', measure: 'level', unit: '亿元', value: 280, qualifier: 'at_least', period: '2024', kind: 'target' }),
      fact({ indicator: '备案金额', measure: 'level', unit: '亿元', value: 283.19, period: '2024' }),
    ]);
    const card = buildScorecard(ws);
    const row = (indicator: string) => card.rows.find((r) => r.indicator === indicator)!;
    expect(row('纳统规模')).toMatchObject({ direction: 'unknown', status: 'direction_unknown', gap: { value: -1.87, favourable: false } });
    expect(row('纳统规模').reason).toMatch(/does not know whether higher or lower is better/);
    expect(row('备案金额')).toMatchObject({ direction: 'unknown', status: 'met' });
    // Only the bound-decided target enters the track record.
    expect(card.byIndicator.map((h) => [h.group, h.scored])).toEqual([['备案金额', 1]]);
  });

  it('a rejected fact never counts', () => {
    const { ws } = workspace();
    ws.run(`UPDATE facts SET status = 'rejected' WHERE value = 5.7`);
    expect(buildScorecard(ws).rows.find((r) => r.indicator === '地区生产总值' && r.period === '2020')!.status).toBe('pending');
  });
});
