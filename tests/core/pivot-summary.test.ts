// The maintained summary answers exactly like the facts themselves, through every kind of write: inserts,
// corrections, rejections, deletes (also cascaded from a report), rolled-back transactions, and writes made
// after export() (which re-opens the database and drops TEMP objects).
import { describe, expect, it } from 'vitest';
import { runPivot, type PivotSpecInput } from '../../main/core/pivot/index';
import { summaryServes } from '../../main/core/store/queries/pivot-summary';
import { parsePivotSpec } from '../../main/core/pivot/index';
import type { Workspace } from '../../main/core/store/workspace';
import { sampleWorkspace } from './pivot-fixture';

const specs: PivotSpecInput[] = [
  { rows: ['indicator'], columns: ['period'], value: { aggregation: 'mean' } },
  { rows: ['indicator', 'measure'], columns: ['kind'], value: { aggregation: 'sum' }, totals: { rowSubtotals: true, rowGrandTotal: true, columnGrandTotal: true } },
  { rows: ['unit'], columns: ['status'], value: { aggregation: 'min' }, acceptedOnly: false },
  { rows: ['period'], columns: [], value: { aggregation: 'max' }, filters: { kind: ['target'] } },
  { rows: ['indicator'], columns: [], value: { aggregation: 'count' }, acceptedOnly: true },
];

function expectSame(ws: Workspace, where: string) {
  for (const spec of specs) {
    expect(summaryServes(parsePivotSpec(spec))).toBe(true);
    const fast = runPivot(ws, spec);
    const slow = runPivot(ws, spec, { useSummary: false });
    expect(fast.rows, `${where}: ${JSON.stringify(spec)}`).toEqual(slow.rows);
    expect(fast.factCount).toBe(slow.factCount);
  }
  expect(ws.one(`SELECT count(*) AS n FROM temp.sqlite_master WHERE name = 'pivot_summary'`)!.n).toBe(1);
}

describe('pivot summary', () => {
  it('stays exact through inserts, corrections, rejections, deletes, rollbacks and export', async () => {
    const ws = await sampleWorkspace();
    expectSame(ws, 'fresh');
    const doc = Number(ws.one('SELECT max(document_id) AS d FROM facts')!.d);
    ws.addFacts(doc, [
      { indicator: '地区生产总值', measure: 'level', value: 2500, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2024', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 1, quote: null },
      { indicator: '地区生产总值', measure: 'level', value: 2500000, low: null, high: null, unit: '万元', qualifier: 'exact', period: '2024', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 1, quote: null },
      { indicator: '新指标', measure: 'count', value: 3, low: null, high: null, unit: null, qualifier: 'exact', period: '2025', kind: 'target', region: '罗湖区', start: null, end: null, tier: 2, quote: null },
    ]);
    expectSame(ws, 'after inserts');
    ws.run(`UPDATE facts SET value = value * 2 WHERE id % 7 = 1`);
    ws.run(`UPDATE facts SET unit = '万元' WHERE id % 11 = 2 AND unit = '亿元'`);
    ws.run(`UPDATE facts SET status = 'rejected' WHERE id % 9 = 4`);
    ws.run(`UPDATE facts SET status = 'accepted' WHERE id % 9 = 5`);
    ws.run(`UPDATE facts SET period = '2030', value = NULL WHERE id % 17 = 3`);
    expectSame(ws, 'after corrections');
    ws.run(`DELETE FROM facts WHERE id % 10 = 0`);
    ws.run(`DELETE FROM documents WHERE id = (SELECT min(document_id) FROM facts)`);
    expectSame(ws, 'after deletes');
    try {
      ws.transaction(() => {
        ws.run(`DELETE FROM facts WHERE id % 3 = 0`);
        throw new Error('abandon');
      });
    } catch {
      // rolled back
    }
    expectSame(ws, 'after a rolled-back transaction');
    ws.export();
    ws.run(`UPDATE facts SET value = value + 1 WHERE id % 4 = 1`);
    expectSame(ws, 'after export and more writes');
    ws.close();
  });

  it('is what a default pivot reads: a summary out of step with the facts shows in the answer', async () => {
    // Without this, every comparison above could pass with runPivot reading the facts on both sides.
    const ws = await sampleWorkspace();
    const spec = specs[0]!;
    expectSame(ws, 'fresh');
    const before = runPivot(ws, spec);
    expect(before.factCount).toBeGreaterThan(50);
    ws.run(`UPDATE temp.pivot_summary SET n = n + 1, s = s + 1000 WHERE (indicator, period, kind, measure, unit, status) IN (SELECT indicator, period, kind, measure, unit, status FROM temp.pivot_summary LIMIT 1)`);
    expect(ws.db.getRowsModified()).toBe(1);
    const fast = runPivot(ws, spec);
    const slow = runPivot(ws, spec, { useSummary: false });
    expect(fast.factCount).toBe(slow.factCount + 1);
    expect(fast.rows).not.toEqual(slow.rows);
    expect(slow.rows).toEqual(before.rows);
    ws.close();
  });
});
