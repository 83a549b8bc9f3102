// Pivot results against hand-written SQL (and, for period-ordered picks, an independent JS oracle) on a
// workspace built from the sample reports' labelled facts.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPivot, TOTAL_COLUMN_KEY, defaultPivotSpec, type Aggregation, type PivotResult, type PivotSpecInput } from '../../main/core/pivot/index';
import type { Workspace } from '../../main/core/store/workspace';
import { comparePeriods } from '../../main/core/types';
import { extractedWorkspace, sampleWorkspace } from './pivot-fixture';

let ws: Workspace;
beforeAll(async () => {
  ws = await sampleWorkspace();
});

// The equality-with-SQL checks run on both the hand-labelled facts and the extractor's own reading.
const sources = { 'gold facts': sampleWorkspace, 'extracted by importReport': extractedWorkspace };

/** The cell at a (row path, column path), or undefined. */
function cell(r: PivotResult, rowPath: string[], colPath: string[]) {
  return r.rows.find((row) => row.kind === 'data' && JSON.stringify(row.path) === JSON.stringify(rowPath))?.cells[JSON.stringify(colPath)];
}

const VISIBLE = `value IS NOT NULL AND status <> 'rejected'`;

describe.each(Object.entries(sources))('runPivot equals hand-written SQL on the sample workspace (%s)', (_name, build) => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await build();
  });

  const simple: Exclude<Aggregation, 'first' | 'last' | 'latest'>[] = ['sum', 'mean', 'min', 'max', 'count'];
  for (const agg of simple) {
    it(`${agg} of value, indicator × period`, () => {
      const sqlAgg = { sum: 'sum(value)', mean: 'avg(value)', min: 'min(value)', max: 'max(value)', count: 'count(*)' }[agg];
      const expected = ws.all(`SELECT indicator, period, ${sqlAgg} AS v, count(DISTINCT COALESCE(unit, '')) AS units, count(*) AS n
        FROM facts WHERE ${VISIBLE} GROUP BY indicator, period`);
      expect(expected.length).toBeGreaterThan(50);
      const r = runPivot(ws, { rows: ['indicator'], columns: ['period'], value: { aggregation: agg } });
      let errors = 0;
      for (const e of expected) {
        const c = cell(r, [String(e.indicator)], [String(e.period)]);
        expect(c, `${e.indicator} ${e.period}`).toBeDefined();
        expect(c!.count).toBe(Number(e.n));
        if (agg !== 'count' && Number(e.units) > 1) {
          errors++;
          expect(c!.error?.code).toBe('mixed-units');
          expect(c!.value).toBeNull();
        } else {
          expect(c!.value).toBeCloseTo(Number(e.v), 9);
        }
      }
      const cellCount = r.rows.reduce((n, row) => n + Object.keys(row.cells).length, 0);
      expect(cellCount).toBe(expected.length);
      if (agg === 'count') expect(errors).toBe(0);
      expect(r.factCount).toBe(Number(ws.one(`SELECT count(*) AS n FROM facts WHERE ${VISIBLE}`)!.n));
    });
  }

  it('latest = the statement from the most recent report (period end when no publication date is known)', async () => {
    // The gold facts never have two reports stating one cell, so without these the report order would go
    // untested there: the newest and the oldest report disagree on one cell, the OLDER statement stored last
    // (higher id), so only the report order, not insertion order, gives 99.
    const ws = await build();
    const docs = ws.all(`SELECT id FROM documents ORDER BY COALESCE(published, CASE WHEN period LIKE '%H1' THEN substr(period, 1, 4) || '-06-30' ELSE substr(period, -4) || '-12-31' END), id`).map((d) => Number(d.id));
    expect(docs.length).toBe(5);
    const probe = { indicator: '报告顺序探针', measure: 'level', low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2023', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 2, quote: null } as const;
    ws.addFacts(docs[docs.length - 1]!, [{ ...probe, value: 99 }]);
    ws.addFacts(docs[0]!, [{ ...probe, value: 11 }]);
    const expected = ws.all(`WITH visible AS (SELECT * FROM facts WHERE ${VISIBLE}),
        units AS (SELECT indicator, measure, period, kind, count(DISTINCT COALESCE(unit, '')) AS units FROM visible GROUP BY 1, 2, 3, 4),
        ranked AS (SELECT v.indicator, v.measure, v.period, v.kind, v.value,
          row_number() OVER (PARTITION BY v.indicator, v.measure, v.period, v.kind ORDER BY COALESCE(d.published, CASE WHEN d.period LIKE '%H1' THEN substr(d.period, 1, 4) || '-06-30'
            ELSE substr(d.period, -4) || '-12-31' END) DESC, v.id DESC) AS rn
          FROM visible v JOIN documents d ON d.id = v.document_id)
      SELECT r.*, u.units FROM ranked r JOIN units u USING (indicator, measure, period, kind) WHERE rn = 1`);
    const r = runPivot(ws, defaultPivotSpec);
    expect(expected.length).toBeGreaterThan(50);
    for (const e of expected) {
      const c = cell(r, [String(e.indicator), String(e.measure)], [String(e.period), String(e.kind)]);
      if (Number(e.units) > 1) expect(c?.error?.code).toBe('mixed-units');
      else expect(c?.value, `${e.indicator} ${e.period} ${e.kind}`).toBe(Number(e.value));
    }
    // Cells where reports disagree on the value: only there does picking the most recent report matter.
    const contested = ws.all(`SELECT 1 FROM facts WHERE ${VISIBLE} GROUP BY indicator, measure, period, kind
      HAVING count(DISTINCT document_id) > 1 AND count(DISTINCT value) > 1 AND count(DISTINCT COALESCE(unit, '')) = 1`);
    expect(contested.length).toBeGreaterThan(0);
    expect(cell(r, ['报告顺序探针', 'level'], ['2023', 'actual'])?.value).toBe(99);
    ws.close();
  });

  for (const agg of ['first', 'last'] as const) {
    it(`${agg} = the statement for the ${agg === 'first' ? 'earliest' : 'latest'} period in the cell`, () => {
      const r = runPivot(ws, { rows: ['indicator', 'measure'], columns: ['kind'], value: { aggregation: agg } });
      const groups = new Map<string, { period: string; id: number; value: number; unit: string }[]>();
      for (const f of ws.listFacts()) {
        if (f.value === null || f.status === 'rejected') continue;
        const k = JSON.stringify([f.indicator, f.measure, f.kind]);
        groups.set(k, [...(groups.get(k) ?? []), { period: f.period, id: f.id, value: f.value, unit: f.unit ?? '' }]);
      }
      let decided = 0; // single-unit cells where first and last differ: the ones that prove the period order is used
      for (const [k, list] of groups) {
        const [indicator, measure, kind] = JSON.parse(k) as string[];
        list.sort((a, b) => comparePeriods(a.period, b.period) || a.id - b.id);
        const want = agg === 'first' ? list[0]! : list[list.length - 1]!;
        const c = cell(r, [indicator!, measure!], [kind!]);
        if (new Set(list.map((x) => x.unit)).size > 1) expect(c?.error?.code).toBe('mixed-units');
        else {
          expect(c?.value, k).toBe(want.value);
          if (list[0]!.value !== list[list.length - 1]!.value) decided++;
        }
      }
      expect(decided).toBeGreaterThan(10);
    });
  }
});

describe('units never mix silently', () => {
  it('a cell whose statements are in different units is an error, not a sum; counting them is fine', async () => {
    const local = await sampleWorkspace();
    local.addFacts(null, [
      { indicator: '测试指标', measure: 'level', value: 10, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2023', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 2, quote: null },
      { indicator: '测试指标', measure: 'level', value: 5000, low: null, high: null, unit: '万元', qualifier: 'exact', period: '2023', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 2, quote: null },
      { indicator: '测试指标', measure: 'level', value: 12, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2024', kind: 'actual', region: '罗湖区', start: null, end: null, tier: 2, quote: null },
    ]);
    const spec: PivotSpecInput = { rows: ['indicator'], columns: ['period'], value: { aggregation: 'sum' }, filters: { indicator: ['测试指标'] }, totals: { rowSubtotals: false, rowGrandTotal: true, columnGrandTotal: true } };
    const r = runPivot(local, spec);
    const mixed = cell(r, ['测试指标'], ['2023'])!;
    expect(mixed.value).toBeNull();
    expect(mixed.error).toMatchObject({ code: 'mixed-units', units: ['万元', '亿元'].sort() });
    expect(mixed.error!.message).toContain('万元');
    expect(cell(r, ['测试指标'], ['2024'])).toMatchObject({ value: 12, unit: '亿元', count: 1 });
    // The row total spans both years, so it carries the mix too.
    expect(r.rows[0]!.cells[TOTAL_COLUMN_KEY]!.error?.code).toBe('mixed-units');
    const counted = runPivot(local, { ...spec, value: { aggregation: 'count' } });
    expect(cell(counted, ['测试指标'], ['2023'])).toMatchObject({ value: 2, count: 2 });
    local.close();
  });
});

describe('a filter of any length', () => {
  it('a filter of 40,000 values (over SQLite\'s 32,766 bound values) gives the same cells as the short filter it contains', async () => {
    const local = await sampleWorkspace();
    const spec: PivotSpecInput = { rows: ['indicator'], columns: ['period'], value: { aggregation: 'count' }, filters: { indicator: ['地区生产总值'] } };
    const short = runPivot(local, spec);
    const long = runPivot(local, { ...spec, filters: { indicator: ['地区生产总值', ...Array.from({ length: 40_000 }, (_, i) => `不存在的指标${i}`)] } });
    expect(short.rows.length).toBeGreaterThan(0);
    expect(long.rows).toEqual(short.rows);
    local.close();
  });
});

describe('totals, subtotals, filters, status, headers', () => {
  it('labels totals by what they hold: 总计/小计 for a sum, 最新值 for the newest statement', () => {
    const spec = (aggregation: Aggregation): PivotSpecInput => ({
      rows: ['measure', 'indicator'], columns: ['kind'], value: { aggregation }, filters: { unit: ['%'] },
      totals: { rowSubtotals: true, rowGrandTotal: true, columnGrandTotal: true },
    });
    const words = (r: PivotResult) => [r.rows.find((x) => x.kind === 'subtotal')!.labels[1], r.rows.at(-1)!.labels[0], r.columns.find((c) => c.isTotal)!.labels[0]];
    expect(words(runPivot(ws, spec('sum')))).toEqual(['小计', '总计', '总计']);
    expect(words(runPivot(ws, spec('latest')))).toEqual(['最新值', '最新值', '最新值']);
  });

  it('subtotal rows follow each outer group and the grand total row and column are the mean of all statements', () => {
    const r = runPivot(ws, {
      rows: ['measure', 'indicator'], columns: ['kind'], value: { aggregation: 'mean' }, filters: { unit: ['%'] },
      totals: { rowSubtotals: true, rowGrandTotal: true, columnGrandTotal: true },
    });
    const measures = ws.all(`SELECT measure, avg(value) AS v FROM facts WHERE ${VISIBLE} AND unit = '%' GROUP BY measure`);
    const subtotals = r.rows.filter((row) => row.kind === 'subtotal');
    expect(subtotals.map((s) => s.path[0]).sort()).toEqual(measures.map((m) => String(m.measure)).sort());
    for (const m of measures) {
      const sub = subtotals.find((s) => s.path[0] === m.measure)!;
      expect(sub.path[1]).toBeNull();
      // A mean's subtotal is an average, and says so (小计 would read as a sum).
      expect(sub.labels[1]).toBe('平均');
      expect(sub.cells[TOTAL_COLUMN_KEY]!.value).toBeCloseTo(Number(m.v), 9);
      // The subtotal comes right after the last data row of its group.
      const at = r.rows.indexOf(sub);
      expect(r.rows[at - 1]!.path[0]).toBe(m.measure);
      expect(r.rows[at + 1]?.path[0] === m.measure).toBe(false);
    }
    const total = r.rows[r.rows.length - 1]!;
    expect(total.kind).toBe('total');
    const all = ws.one(`SELECT avg(value) AS v FROM facts WHERE ${VISIBLE} AND unit = '%'`)!;
    expect(total.cells[TOTAL_COLUMN_KEY]!.value).toBeCloseTo(Number(all.v), 9);
    const targets = ws.one(`SELECT avg(value) AS v FROM facts WHERE ${VISIBLE} AND unit = '%' AND kind = 'target'`)!;
    expect(total.cells[JSON.stringify(['target'])]!.value).toBeCloseTo(Number(targets.v), 9);
    expect(r.columns.map((c) => c.path[0] ?? 'total')).toEqual(['target', 'estimate', 'actual', 'total']);
  });

  it('acceptedOnly keeps accepted facts; rejected facts count only when a status filter names them', () => {
    const n = (sql: string) => Number(ws.one(`SELECT count(*) AS n FROM facts WHERE value IS NOT NULL AND ${sql}`)!.n);
    const spec: PivotSpecInput = { rows: ['status'], columns: [], value: { aggregation: 'count' } };
    expect(runPivot(ws, spec).factCount).toBe(n(`status <> 'rejected'`));
    expect(runPivot(ws, { ...spec, acceptedOnly: true }).factCount).toBe(n(`status = 'accepted'`));
    const withRejected = runPivot(ws, { ...spec, filters: { status: ['rejected', 'accepted'] } });
    expect(withRejected.rows.map((row) => row.path[0])).toEqual(['accepted', 'rejected']);
    expect(withRejected.rows[1]!.cells['[]']!.value).toBe(n(`status = 'rejected'`));
  });

  it('nested column fields make a header tree; periods run chronologically; reports show their titles', () => {
    const r = runPivot(ws, { rows: ['report'], columns: ['period', 'kind'], value: { aggregation: 'count' }, filters: { indicator: ['地区生产总值'] } });
    const periods = r.columnTree.map((n) => n.value);
    expect(periods).toEqual([...periods].sort(comparePeriods));
    expect(periods.length).toBeGreaterThan(2);
    for (const node of r.columnTree) {
      expect(node.field).toBe('period');
      expect(node.children.length, node.value).toBeGreaterThan(0);
      expect(node.children.every((c) => c.field === 'kind' && c.columnKey === JSON.stringify([node.value, c.value]))).toBe(true);
    }
    expect(r.columns.length).toBe(r.columnTree.reduce((n, p) => n + p.children.length, 0));
    expect(r.rows.every((row) => row.labels[0]!.startsWith('样本报告'))).toBe(true);
  });

  it('sorting by value orders rows by one column, largest first', () => {
    const r = runPivot(ws, { rows: ['indicator'], columns: [], value: { aggregation: 'count' }, sort: { by: 'value', direction: 'desc' } });
    const values = r.rows.map((row) => row.cells['[]']!.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('a bad spec is refused with the field that is wrong', () => {
    expect(() => runPivot(ws, { rows: ['indicator'], columns: ['indicator'], value: { aggregation: 'sum' } })).toThrow(/used twice/);
    expect(() => runPivot(ws, { rows: ['colour' as 'indicator'], columns: [], value: { aggregation: 'sum' } })).toThrow(/rows\.0/);
  });
});
