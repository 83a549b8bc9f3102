// The plan tracker on a made-up district: a five-year plan (base 2020, targets 2025) and two annual reports
// after it. Every expected figure is worked out by hand in the comment beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { planPosition } from '../../main/core/score/plan-path';
import { baseYearOf, buildPlanCheck, isPlanTarget } from '../../main/core/score/plan-targets';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { planJson } from '../../main/cli/plan-check';
import { loadSqlJs } from '../../main/sqljs';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const fact = (over: Partial<NewFact>): NewFact => ({
  indicator: '地区生产总值', measure: 'level', value: null, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2021',
  kind: 'actual', region: '示例区', start: null, end: null, tier: 1, quote: null, ...over,
});

function district(): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  const doc = (period: string, published: string) =>
    ws.addDocument({ fileName: `${period}.txt`, title: `示例区 ${period}`, region: '示例区', period, published, encoding: 'utf-8', originalText: `report ${period}` }).id;
  ws.addFacts(doc('2021-2025', '2021-03-01'), [
    fact({ value: 1000, period: '2020' }),
    fact({ value: 1400, qualifier: 'approx', period: '2025', kind: 'target' }),
    fact({ indicator: '常住人口城镇化率', measure: 'rate', unit: '%', value: 70, period: '2020' }),
    fact({ indicator: '常住人口城镇化率', measure: 'rate', unit: '%', value: 75, period: '2025', kind: 'target' }),
    fact({ measure: 'growth', unit: '%', value: 6, qualifier: 'approx', period: '2021-2025', kind: 'target' }),
    fact({ indicator: '新增上市公司', measure: 'count', unit: '家', value: 10, period: '2025', kind: 'target', tier: 2 }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.5, qualifier: 'at_most', period: '2025', kind: 'target' }),
    fact({ indicator: '示例区特色指数', measure: 'level', unit: '点', value: 120, period: '2025', kind: 'target', tier: 2 }),
  ]);
  ws.addFacts(doc('2021', '2022-01-20'), [
    fact({ value: 1080, period: '2021' }),
    fact({ measure: 'growth', unit: '%', value: 8.0, period: '2021' }),
    fact({ indicator: '常住人口城镇化率', measure: 'rate', unit: '%', value: 71, period: '2021' }),
    fact({ indicator: '新增上市公司', measure: 'count', unit: '家', value: 3, period: '2021' }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.0, period: '2021' }),
    // Next year's annual target is the scorecard's, not the tracker's.
    fact({ measure: 'growth', unit: '%', value: 6.5, qualifier: 'approx', period: '2022', kind: 'target' }),
  ]);
  ws.addFacts(doc('2022', '2023-01-20'), [
    fact({ value: 1120, period: '2022' }),
    fact({ measure: 'growth', unit: '%', value: 3.7, period: '2022' }),
    fact({ indicator: '常住人口城镇化率', measure: 'rate', unit: '%', value: 71.8, period: '2022' }),
    fact({ indicator: '新增上市公司', measure: 'count', unit: '家', value: 1, period: '2022' }),
    fact({ indicator: '城镇调查失业率', measure: 'rate', unit: '%', value: 5.8, period: '2022' }),
    fact({ indicator: '示例区特色指数', measure: 'level', unit: '点', value: 100, period: '2022' }),
  ]);
  return ws;
}

describe('buildPlanCheck on a five-year plan and the annual reports after it', () => {
  const rowOf = (ws: Workspace, indicator: string, measure: string) => buildPlanCheck(ws).find((r) => r.indicator === indicator && r.measure === measure)!;

  it('a level: compound growth achieved since the base and required from the latest outcome', () => {
    const r = rowOf(district(), '地区生产总值', 'level');
    // achieved (1120/1000)^(1/2) - 1 = 5.83%; required (1400/1120)^(1/3) - 1 = 7.72%; 120 of the 400 to go = 30%.
    expect(r).toMatchObject({ base: { value: 1000, period: '2020' }, latest: { value: 1120, period: '2022' }, achievedAnnualGrowthPct: 5.83,
      requiredAnnualGrowthPct: 7.72, progressPct: 30, timeElapsedPct: 40, status: 'off_track' });
  });

  it('a rate: change per year in percentage points', () => {
    const r = rowOf(district(), '常住人口城镇化率', 'rate');
    // achieved (71.8 - 70) / 2 = 0.9 pp a year; required (75 - 71.8) / 3 = 1.07 pp a year.
    expect(r).toMatchObject({ achievedAnnualChangePp: 0.9, requiredAnnualChangePp: 1.07, status: 'off_track' });
    expect(planJson(r)).toMatchObject({ achieved_annual_change_pp: 0.9, required_annual_change_pp: 1.07 });
    expect(planJson(r)).not.toHaveProperty('required_annual_growth_pct');
  });

  it('a span average: the years reported so far and what the rest need', () => {
    const r = rowOf(district(), '地区生产总值', 'growth');
    // sqrt(1.08 × 1.037) - 1 = 5.83%; (1.06^5 / (1.08 × 1.037))^(1/3) - 1 = 6.11%; 5.83 is within 0.5 pp of 6 左右.
    expect(r).toMatchObject({ averageSoFarPct: 5.83, requiredAnnualGrowthPct: 6.11, timeElapsedPct: 40, status: 'on_track', base: null });
  });

  it('a total over the plan: the sum so far against the time gone', () => {
    const r = rowOf(district(), '新增上市公司', 'count');
    // 3 + 1 = 4 of 10 = 40% of the total, 2 of 5 years = 40% of the time; (10 - 4) / 3 = 2 a year still needed.
    expect(r).toMatchObject({ totalSoFar: 4, requiredPerYear: 2, progressPct: 40, timeElapsedPct: 40, status: 'on_track' });
  });

  it('a ceiling (控制在5.5%以内) is on track only while the latest outcome keeps it', () => {
    expect(rowOf(district(), '城镇调查失业率', 'rate')).toMatchObject({ latest: { value: 5.8 }, status: 'off_track' });
  });

  it('an indicator whose direction nobody knows is not judged, and says why', () => {
    expect(rowOf(district(), '示例区特色指数', 'level')).toMatchObject({ status: 'not_judged', reason: '指标方向未知,不作判断' });
  });

  it('lists only multi-year targets, headline targets first', () => {
    const rows = buildPlanCheck(district());
    expect(rows.map((r) => r.target.period)).not.toContain('2022');
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)!.tier).toBe(2);
  });
});

describe('planPosition', () => {
  const target = { value: 1400, low: null, high: null, qualifier: 'approx' as const, unit: '亿元', period: '2025' };
  it('is met when the target year is reached and the outcome meets it, off track when it does not', () => {
    const input = { measure: 'level' as const, direction: 'higher' as const, target, base: { value: 1000, period: '2020' }, baseYear: 2020 };
    expect(planPosition({ ...input, outcomes: [{ value: 1410, period: '2025' }] }).status).toBe('met');
    expect(planPosition({ ...input, outcomes: [{ value: 1300, period: '2025' }] }).status).toBe('off_track');
    // Reached two years early.
    expect(planPosition({ ...input, outcomes: [{ value: 1420, period: '2023' }] })).toMatchObject({ status: 'met', reason: '已提前达到目标' });
    expect(planPosition({ ...input, outcomes: [] })).toMatchObject({ status: 'no_actual', latest: null });
  });
  it('a lower-is-better level is on track while it falls at least as fast as required', () => {
    const energy = { ...target, value: 80, qualifier: 'exact' as const };
    // achieved (90/100)^(1/2) - 1 = -5.13%; required (80/90)^(1/3) - 1 = -3.85%: falling faster than needed.
    expect(planPosition({ measure: 'level', direction: 'lower', target: energy, base: { value: 100, period: '2020' }, baseYear: 2020, outcomes: [{ value: 90, period: '2022' }] }))
      .toMatchObject({ achievedAnnualGrowthPct: -5.13, requiredAnnualGrowthPct: -3.85, status: 'on_track' });
  });
});

describe('which targets are a plan\'s', () => {
  it('a span plan\'s targets, and targets two or more years past their report, not next year\'s', () => {
    expect(isPlanTarget('2021-2025', '2025')).toBe(true);
    expect(isPlanTarget('2022', '2025')).toBe(true); // "力争到2025年…" in a 2022 report
    expect(isPlanTarget('2022', '2023')).toBe(false);
    expect(isPlanTarget('2022', '2021-2025')).toBe(true);
    expect(isPlanTarget('2024H1', '2024')).toBe(false);
  });
  it('the base year is the year before the plan\'s span, else the report\'s own year', () => {
    expect(baseYearOf('2021-2025', '2025')).toBe(2020);
    expect(baseYearOf('2022', '2025')).toBe(2022);
    expect(baseYearOf('2022', '2021-2025')).toBe(2020);
  });
});

describe('cli plan-check', () => {
  it('prints one JSON line per plan target of a workspace file, and refuses a missing --db', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { runCli } = await import('../../main/cli');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'planscope-plan-')), 'district.db');
    writeFileSync(file, district().export());
    const out: string[] = [];
    const err: string[] = [];
    expect(await runCli(['plan-check', '--jsonl', '--db', file], { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    const gdp = out.map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r.indicator === '地区生产总值' && r.measure === 'level');
    expect(gdp).toMatchObject({ unit: '亿元', target: { value: 1400, qualifier: 'approx', period: '2025' }, base: { value: 1000, period: '2020' },
      latest: { value: 1120, period: '2022' }, achieved_annual_growth_pct: 5.83, required_annual_growth_pct: 7.72, status: 'off_track' });
    expect(out).toHaveLength(6);
    expect(await runCli(['plan-check', '--jsonl'], { out: () => {}, err: (l) => err.push(l) })).not.toBe(0);
    expect(err.join('\n')).toMatch(/no workspace file given/);
  });
});

describe('a target with only its base so far', () => {
  it('still says what pace the target asks for from the base year', () => {
    const target = { value: 36.4, low: null, high: null, qualifier: 'exact' as const, unit: '%', period: '2025' };
    // (36.4 - 31.9) / 5 = 0.9 points a year from the 2020 base.
    expect(planPosition({ measure: 'share', direction: 'higher', target, base: { value: 31.9, period: '2020' }, baseYear: 2020, outcomes: [] }))
      .toMatchObject({ requiredAnnualChangePp: 0.9, status: 'no_actual', latest: null });
    // (250 / 150.24)^(1/5) - 1 = 10.72% a year.
    expect(planPosition({ measure: 'level', direction: 'higher', target: { ...target, value: 250, unit: '亿元' }, base: { value: 150.24, period: '2020' }, baseYear: 2020, outcomes: [] }))
      .toMatchObject({ requiredAnnualGrowthPct: 10.72 });
  });
});
