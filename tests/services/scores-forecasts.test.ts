// Scorecard and forecast services on a workspace built from the bundled sample reports (real extractor, real
// sql.js), called through the real registry and dispatch as the app calls them; and the two CLI commands.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { runCli } from '../../main/cli';
import type { MethodResult } from '../../main/contract/index';
import { seedCatalog } from '../../main/core/catalog';
import { importReport } from '../../main/core/store/import-report';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import type { ServiceContext } from '../../main/services/context';
import { dispatch } from '../../main/services/dispatch';
import { createNodeContext } from '../../main/services/node-context';
import { registry } from '../../main/services/registry';

const samplesDir = resolve(__dirname, '../../assets/samples');
let SQL: SqlJsStatic;
let dir: string;
let sampleBytes: Uint8Array;

function sampleWorkspace(): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  seedCatalog(ws);
  for (const f of readdirSync(samplesDir).filter((n) => n.endsWith('.txt')).sort()) {
    importReport(ws, { fileName: f, bytes: new Uint8Array(readFileSync(join(samplesDir, f))) });
  }
  return ws;
}

beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-scores-'));
  const ws = sampleWorkspace();
  sampleBytes = ws.export();
  ws.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(): { ctx: ServiceContext; events: string[] } {
  const events: string[] = [];
  const ctx = createNodeContext({ SQL, samplesDir, clock: () => '2026-03-01T00:00:00Z', emit: (e, p) => events.push(`${e}:${JSON.stringify(p)}`) });
  ctx.session.replace(Workspace.fromBytes(SQL, sampleBytes), null);
  return { ctx, events };
}

async function call<K extends keyof typeof registry.methods & string>(ctx: ServiceContext, name: K, args: unknown): Promise<MethodResult<K>> {
  const r = await dispatch(registry, ctx, name, args, () => undefined);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as MethodResult<K>;
}

describe('scorecard on the sample workspace', () => {
  it('the 2024 H1 report: fixed-asset investment behind time progress, budget revenue further behind, GDP growth pending', async () => {
    const { ctx } = context();
    const choices = await call(ctx, 'scores.choices', {});
    const h1 = choices.documents.find((d) => d.period === '2024H1')!;
    const card = await call(ctx, 'scores.scorecard', { documentId: h1.id });
    const fai = card.rows.find((r) => r.indicator === '固定资产投资' && r.period === '2024')!;
    expect(fai.target.value).toBe(410);
    expect(fai.actual).toMatchObject({ value: 194.7, period: '2024H1' });
    expect(fai.status).toBe('pending');
    expect(fai.timeProgress).toMatchObject({ expectedPct: 50, verdict: 'behind', source: 'computed' });
    expect(fai.timeProgress!.achievedPct).toBeCloseTo(47.49, 2);
    const revenue = card.rows.find((r) => r.indicator === '一般公共预算收入' && r.period === '2024')!;
    expect(revenue.timeProgress!.achievedPct).toBeCloseTo(44.07, 2);
    expect(revenue.timeProgress!.aheadByPct).toBeLessThan(fai.timeProgress!.aheadByPct);
    const gdp = card.rows.find((r) => r.indicator === '地区生产总值' && r.measure === 'growth' && r.period === '2024')!;
    expect(gdp).toMatchObject({ status: 'pending', actual: { value: 4.1 }, gap: { value: -1.9, relativeUnit: 'pp' } });
  });

  it('traces a score to the sentences its target and outcome came from', async () => {
    const { ctx } = context();
    const card = await call(ctx, 'scores.scorecard', { period: '2024H1' });
    const fai = card.rows.find((r) => r.indicator === '固定资产投资')!;
    const [target, actual] = await call(ctx, 'scores.sources', { factIds: [fai.target.factId!, fai.actual!.factId!] });
    expect(target!.sentence).toContain('410');
    expect(actual!.sentence).toContain('194.7');
    expect(actual!.sentence!.slice(actual!.markStart!, actual!.markEnd!)).toContain('194.7');
    expect(actual!.documentTitle).toContain('2024年上半年');
  });

  it('refuses bad arguments and unknown ids with specific errors', async () => {
    const { ctx } = context();
    const bad = await dispatch(registry, ctx, 'scores.scorecard', { tolerance: { pp: -1 } }, () => undefined);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const missing = await dispatch(registry, ctx, 'scores.sources', { factIds: [999999] }, () => undefined);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no fact with id 999999 in this workspace (it may belong to another workspace).', say: { id: 'fact.not-found' } } });
  });
});

describe('forecasts on the sample workspace', () => {
  const gdp = { region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024' } as const;

  it('builds a forecast for GDP growth against the 2024 target, with the H1 figure and honest gaps', async () => {
    const { ctx } = context();
    const r = await call(ctx, 'forecasts.build', gdp);
    expect(r.inputs.target).toMatchObject({ value: 6, qualifier: 'approx' });
    expect(r.inputs.partial).toMatchObject({ period: '2024H1', value: 4.1 });
    expect(r.inputs.series.some((p) => p.period === '2019' && p.value === 7)).toBe(true);
    const h1 = r.methods.find((m) => m.method === 'h1_to_full_year')!;
    expect(h1.available).toBe(false);
    expect(h1.reason).toContain('no earlier year');
    // The full-year series the extractor reads is 2019: 7 and 2022: 3.5 (both estimates): no backtest origin
    // has 3 points before it, so nothing is ranked and the default for a growth rate (naive) stands. Its
    // random-walk scale rests on one step, 3.5 over 3 years: σ² = 3.5²/3 a year, df 1; two years on to 2024
    // se = 3.5/√3·√2 ≈ 2.858. The 2024H1 figure 4.1 enters as a reading of the full year with the stated error
    // σ × ½ (half the year left) ≈ 1.010: precision-weighted, point = (3.5/2.858² + 4.1/1.010²)/(1/2.858² +
    // 1/1.010²) = 4.0333, se = 0.9526, and with t(1) P(growth ≥ 6) = 0.5 − atan(1.9667/0.9526)/π ≈ 0.1436
    // (by hand).
    expect(r.inputs.series.map((p) => [p.period, p.value])).toEqual([['2019', 7], ['2022', 3.5]]);
    expect(r.best).toBe('naive');
    expect(r.backtestPoints).toBe(0);
    expect(r.notes.join(' ')).toContain('not ranked');
    const best = r.methods.find((m) => m.method === r.best)!;
    const sF = (3.5 / Math.sqrt(3)) * Math.SQRT2;
    const sP = (3.5 / Math.sqrt(3)) * 0.5;
    const wF = 1 / sF ** 2;
    const wP = 1 / sP ** 2;
    expect(best.point).toBeCloseTo((wF * 3.5 + wP * 4.1) / (wF + wP), 9);
    expect(best.intervalDf).toBe(1);
    expect(best.seWorking).toBeCloseTo(Math.sqrt(1 / (wF + wP)), 9);
    expect(best.pMeet).toBeCloseTo(0.5 - Math.atan((6 - best.point!) / best.seWorking!) / Math.PI, 9);
    expect(best.pMeet).toBeCloseTo(0.1436, 3);
    expect(best.intervalBasis).toContain('conditioned on 2024H1 = 4.1');
    expect(r.notes.join(' ')).toContain('the 2024H1 figure 4.1 enters the forecast');
    // One degree of freedom gives a probability, flagged as resting on too little.
    expect(best.intervalNote).toMatch(/indicative only.*1 degree/);
  });

  it('saves a forecast with its inputs and scores it once the actual arrives', async () => {
    const { ctx, events } = context();
    const saved = await call(ctx, 'forecasts.save', { ...gdp, method: 'naive' });
    expect(saved).toMatchObject({ method: 'naive', targetPeriod: '2024', createdAt: '2026-03-01T00:00:00Z', outcome: null });
    expect(events).toContain('workspace.changed:{"tables":["forecasts"]}');
    const ws = ctx.session.current();
    const doc = ws.addDocument({ fileName: 'later.txt', title: '2024 report', region: '罗湖区', period: '2024', published: '2025-02-01', encoding: 'utf-8', originalText: 'later' }).id;
    ws.addFacts(doc, [{ indicator: '地区生产总值', measure: 'growth', value: 5.8, low: null, high: null, unit: '%', qualifier: 'exact', period: '2024', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 1, quote: null }]);
    const [scored] = await call(ctx, 'forecasts.list', {});
    expect(scored!.outcome).toMatchObject({ actual: 5.8, targetStatus: 'within_tolerance' });
    expect(scored!.outcome!.error).toBeCloseTo(5.8 - saved.point!, 10);
    expect((await call(ctx, 'forecasts.delete', { id: saved.id })).deleted).toBe(true);
    expect(await call(ctx, 'forecasts.list', {})).toEqual([]);
  });

  it('says which series it cannot forecast', async () => {
    const { ctx } = context();
    const r = await dispatch(registry, ctx, 'forecasts.build', { ...gdp, indicator: '不存在的指标' }, () => undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const m = await dispatch(registry, ctx, 'forecasts.build', { ...gdp, measure: 'speed' }, () => undefined);
    expect(m).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const series = await call(ctx, 'forecasts.series', {});
    expect(series.find((s) => s.indicator === '地区生产总值' && s.measure === 'growth')?.targetPeriods).toContain('2024');
  });
});

describe('CLI', () => {
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err: err.join('\n') };
  }

  it('score --jsonl prints one object per scored target with the documented shape', async () => {
    const file = join(dir, 'samples.db');
    writeFileSync(file, sampleBytes);
    const r = await cli('score', '--jsonl', file);
    expect(r.code).toBe(0);
    const rows = r.out.map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row.target)).toEqual(expect.arrayContaining(['value', 'low', 'high', 'qualifier', 'fact_id']));
      expect(Object.keys(row.actual)).toEqual(expect.arrayContaining(['value', 'period', 'kind', 'fact_id']));
      expect(['met', 'missed', 'within_tolerance', 'pending', 'not_comparable']).toContain(row.status);
    }
    const fai = rows.find((x) => x.indicator === '固定资产投资' && x.period === '2024');
    expect(fai.time_progress).toMatchObject({ expected_pct: 50, verdict: 'behind' });
    expect(Object.keys(fai.time_progress)).toEqual(expect.arrayContaining(['expected_pct', 'achieved_pct', 'ahead_by_pct']));
  });

  it('forecast prints ranked methods, the forecast and P(meet target); bad flags are usage errors', async () => {
    const file = join(dir, 'samples2.db');
    writeFileSync(file, sampleBytes);
    const r = await cli('forecast', '--db', file, '--indicator', '地区生产总值', '--measure', 'growth', '--region', '罗湖区', '--target-period', '2024');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.join('\n'));
    expect(j).toHaveProperty('p_meet_target');
    expect(j.p_meet_target).toBeCloseTo(0.1436, 3); // the naive forecast conditioned on H1, worked out by hand above
    expect(j.ranking).toEqual([]); // two figures: too few common backtest points to rank
    expect(j.target).toMatchObject({ value: 6, qualifier: 'approx' });
    const saved = await cli('forecast', '--db', file, '--indicator', '地区生产总值', '--measure', 'growth', '--region', '罗湖区', '--target-period', '2024', '--save', '--method', 'naive');
    expect(saved.code).toBe(0);
    const id = JSON.parse(saved.out.join('\n')).saved_id;
    const reopened = Workspace.fromBytes(SQL, new Uint8Array(readFileSync(file)));
    expect(reopened.one('SELECT id, method, target_period FROM forecasts')).toEqual({ id, method: 'naive', target_period: '2024' });
    reopened.close();
    const bad = await cli('forecast', '--db', file, '--indicator', 'x', '--measure', 'speed', '--region', 'r', '--target-period', '2024');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--measure must be one of');
  });

  it('forecast --all --jsonl: one line per series with figures before the period, the single-series fields', async () => {
    const file = join(dir, 'samples3.db');
    writeFileSync(file, sampleBytes);
    const r = await cli('forecast', '--db', file, '--all', '--target-period', '2024', '--jsonl');
    expect(r.code).toBe(0);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['region', 'indicator', 'measure', 'forecast', 'p_meet_target', 'ranking', 'interval_basis', 'backtest_points', 'outcome_known']));
      expect(l.series.some((p: { period: string }) => Number(p.period.slice(0, 4)) < 2024)).toBe(true);
    }
    const gdp = lines.find((l) => l.indicator === '地区生产总值' && l.measure === 'growth');
    expect(gdp.p_meet_target).toBeCloseTo(0.1436, 3); // the same figure as the single-series command
    const bad = await cli('forecast', '--db', file, '--all', '--target-period', '2024', '--save');
    expect(bad.code).toBe(2);
  });
});
