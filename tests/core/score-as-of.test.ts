// A scorecard as of a report (issue 14): the mid-year briefing of a made-up district reads the same before and
// after its full-year report is imported, in the core and through `cli score --as-of-report`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { runCli } from '../../main/cli';
import { buildScorecard } from '../../main/core/score/scorecard';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const fact = (over: Partial<NewFact>): NewFact => ({
  indicator: '固定资产投资', measure: 'level', value: null, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2024',
  kind: 'actual', region: '示例区', start: null, end: null, tier: 1, quote: null, ...over,
});
const doc = (ws: Workspace, fileName: string, period: string, published: string) =>
  ws.addDocument({ fileName, title: `示例区 ${period}`, region: '示例区', period, published, encoding: 'utf-8', originalText: `report ${fileName}` }).id;

function midYear(): { ws: Workspace; h1: number } {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  const h1 = doc(ws, 'h1.txt', '2024H1', '2024-07-20');
  ws.addFacts(h1, [
    fact({ value: 400, period: '2024', kind: 'target' }),
    fact({ value: 221, period: '2024H1' }),
    fact({ indicator: '一般公共预算收入', value: 100, period: '2024', kind: 'target' }),
    fact({ indicator: '一般公共预算收入', value: 46.0, period: '2024H1' }),
  ]);
  return { ws, h1 };
}

function addFullYear(ws: Workspace): void {
  const year = doc(ws, 'year.txt', '2024', '2025-01-25');
  ws.addFacts(year, [
    fact({ value: 392, period: '2024' }),
    fact({ value: 410, period: '2024', kind: 'target', tier: 2 }), // the full-year report restates the year's plan
    fact({ indicator: '一般公共预算收入', value: 98, period: '2024' }),
    fact({ value: 420, period: '2025', kind: 'target' }),
  ]);
}

const briefing = (ws: Workspace, h1: number) => buildScorecard(ws, { documentId: h1, asOfReport: h1 }).rows;

describe('a scorecard as of a report', () => {
  it('the H1 briefing is the same before and after the full-year report is imported', () => {
    const { ws, h1 } = midYear();
    const before = briefing(ws, h1);
    expect(before.map((r) => [r.indicator, r.status, r.timeProgress?.achievedPct])).toEqual([
      ['固定资产投资', 'pending', 55.25], // 221 of 400
      ['一般公共预算收入', 'pending', 46], // 46.0 of 100
    ]);
    addFullYear(ws);
    expect(briefing(ws, h1)).toEqual(before);
  });

  it('without as-of, the later report takes over: the H1 slice loses rows, the overview scores the full year', () => {
    const { ws, h1 } = midYear();
    addFullYear(ws);
    expect(buildScorecard(ws, { documentId: h1 }).rows.map((r) => r.indicator)).not.toContain('固定资产投资');
    expect(buildScorecard(ws).rows.find((r) => r.indicator === '固定资产投资' && r.period === '2024'))
      .toMatchObject({ actual: { value: 392, period: '2024' }, status: 'missed', timeProgress: null });
  });

  it('cli score --as-of-report takes the report\'s id or file name, and refuses one the workspace does not have', async () => {
    const { ws } = midYear();
    addFullYear(ws);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'planscope-asof-')), 'w.db');
    writeFileSync(file, ws.export());
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.map((l) => JSON.parse(l) as { indicator: string; time_progress?: { achieved_pct: number } }), err };
    };
    const byName = await run('score', '--jsonl', '--as-of-report', 'h1.txt', file);
    expect(byName.code).toBe(0);
    expect(byName.out.map((r) => [r.indicator, r.time_progress?.achieved_pct])).toEqual([['固定资产投资', 55.25], ['一般公共预算收入', 46]]);
    const missing = await run('score', '--jsonl', '--as-of-report', 'nope.txt', file);
    expect(missing.code).not.toBe(0);
    expect(missing.err.join('\n')).toMatch(/no report "nope\.txt"/);
  });

  it('cli score --document alone scores the report\'s targets against every figure; with --as-of-report only what it knew', async () => {
    const { ws, h1 } = midYear();
    addFullYear(ws);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'planscope-asof-')), 'w.db');
    writeFileSync(file, ws.export());
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await runCli(argv, { out: (l) => out.push(l), err: () => undefined });
      return { code, rows: out.map((l) => JSON.parse(l) as { indicator: string; status: string; actual: { value: number; period: string } | null }) };
    };
    const latest = await run('score', '--jsonl', '--include-pending', '--document', String(h1), file);
    expect(latest.code).toBe(0);
    // The core without as-of (the previous test): the full year's figures take over from H1's.
    const core = buildScorecard(ws, { documentId: h1 }).rows;
    expect(latest.rows.map((r) => [r.indicator, r.status, r.actual?.period])).toEqual(core.map((r) => [r.indicator, r.status, r.actual?.period ?? undefined]));
    expect(latest.rows).toMatchObject([{ indicator: '一般公共预算收入', status: 'within_tolerance', actual: { value: 98, period: '2024' } }]);
    const knew = await run('score', '--jsonl', '--include-pending', '--document', String(h1), '--as-of-report', 'h1.txt', file);
    expect(knew.rows.map((r) => [r.indicator, r.status, r.actual?.period])).toEqual([['固定资产投资', 'pending', '2024H1'], ['一般公共预算收入', 'pending', '2024H1']]);
    const unknown = await run('score', '--jsonl', '--document', '999', file);
    expect(unknown.code).toBe(1); // the app's own check: no such report (before, an empty scorecard)
  });
});
