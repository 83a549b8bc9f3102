// pivot.* through dispatch (argument validation, serialized errors) over the sample workspace.
import { beforeEach, describe, expect, it } from 'vitest';
import { pivotsMethods } from '../../main/contract/pivots';
import { DEFAULT_PIVOT_NAME, type PivotSpecInput } from '../../main/core/pivot/spec';
import type { CallOutcome } from '../../main/contract/index';
import { loadSqlJs } from '../../main/sqljs';
import type { ServiceContext } from '../../main/services/context';
import { dispatch } from '../../main/services/dispatch';
import { createNodeContext } from '../../main/services/node-context';
import { pivotsHandlers } from '../../main/services/pivots';
import type { Registry } from '../../main/services/registry';
import { sampleWorkspace } from '../core/pivot-fixture';

const registry: Registry<typeof pivotsMethods> = { methods: pivotsMethods, handlers: pivotsHandlers };
let ctx: ServiceContext;
let events: { event: string; tables: string[] }[];

beforeEach(async () => {
  events = [];
  ctx = createNodeContext({ SQL: await loadSqlJs(), samplesDir: '', clock: () => '2026-03-01T10:00:00.000Z', emit: (event, p) => events.push({ event, tables: (p as { tables?: string[] }).tables ?? [] }) });
  ctx.session.replace(await sampleWorkspace(), null);
});

async function call<T>(name: keyof typeof pivotsMethods, args: unknown): Promise<T> {
  const out: CallOutcome = await dispatch(registry, ctx, name, args, () => {});
  if (!out.ok) throw new Error(`${out.error.code}: ${out.error.message}`);
  return out.result as T;
}

const spec: PivotSpecInput = { rows: ['indicator'], columns: ['period'], value: { aggregation: 'mean' }, filters: { indicator: ['固定资产投资'] } };

describe('pivot services', () => {
  it('a new workspace lists the built-in default view; saving, listing, getting and deleting views by name', async () => {
    const first = await call<{ name: string; builtIn: boolean }[]>('pivot.list', {});
    expect(first).toEqual([expect.objectContaining({ name: DEFAULT_PIVOT_NAME, builtIn: true })]);
    await call('pivot.save', { name: '投资', spec });
    expect(ctx.session.dirty()).toBe(true);
    expect(events).toContainEqual({ event: 'workspace.changed', tables: ['pivots'] });
    const listed = await call<{ name: string }[]>('pivot.list', {});
    expect(listed.map((p) => p.name)).toEqual([DEFAULT_PIVOT_NAME, '投资']);
    const got = await call<{ spec: { filters: unknown; totals: unknown } }>('pivot.get', { name: '投资' });
    expect(got.spec.filters).toEqual({ indicator: ['固定资产投资'] });
    expect(got.spec.totals).toEqual({ rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false });
    // Saved in the workspace file itself.
    expect(ctx.session.current().one('SELECT count(*) AS n FROM pivots')!.n).toBe(1);
    await call('pivot.delete', { name: '投资' });
    await expect(call('pivot.get', { name: '投资' })).rejects.toThrow(/not-found: There is no saved pivot named "投资"/);
    await expect(call('pivot.delete', { name: DEFAULT_PIVOT_NAME })).rejects.toThrow(/cannot be deleted/);
  });

  it('refuses a bad spec naming the argument', async () => {
    await expect(call('pivot.run', { spec: { rows: ['indicator'], columns: [], value: { aggregation: 'median' } } })).rejects.toThrow(/invalid-arguments.*spec\.value\.aggregation/);
    await expect(call('pivot.save', { name: '  ', spec })).rejects.toThrow(/invalid-arguments.*name/);
  });

  it('drilling into a cell returns the statements behind it with their source sentence', async () => {
    const result = await call<{ rows: { path: string[]; cells: Record<string, { count: number; value: number }> }[]; columns: { key: string; path: string[] }[] }>('pivot.run', { spec });
    const row = result.rows[0]!;
    const col = result.columns.find((c) => row.cells[c.key] && row.cells[c.key]!.count > 0)!;
    const drill = await call<{ total: number; facts: { indicator: string; period: string; quote: string; documentTitle: string; start: number; value: number }[] }>('pivot.drill', { spec, coordinates: { indicator: row.path[0], period: col.path[0] } });
    expect(drill.total).toBe(row.cells[col.key]!.count);
    const mean = drill.facts.reduce((s, f) => s + f.value, 0) / drill.facts.length;
    expect(mean).toBeCloseTo(row.cells[col.key]!.value, 9);
    for (const f of drill.facts) {
      expect(f.indicator).toBe('固定资产投资');
      expect(f.period).toBe(col.path[0]);
      expect(f.documentTitle).toMatch(/样本报告/);
      const text = ctx.session.current().documentText(Number((f as unknown as { documentId: number }).documentId))!;
      expect(text.slice(f.start, f.start + f.quote.length)).toBe(f.quote);
    }
  });

  it('chart data: targets with their bands and outcomes per period, attainment for a year', async () => {
    const out = await call<{ series: { measure: string; targets: { period: string }[]; outcomes: { period: string; partOfYear: boolean }[] }[]; attainment: { percent: number | null }[]; year: string | null }>(
      'pivot.chartData', { series: [{ indicator: '固定资产投资' }, { indicator: '地区生产总值', measure: 'growth' }] });
    expect(out.series.length).toBeGreaterThanOrEqual(2);
    const gdp = out.series.find((s) => s.measure === 'growth')!;
    expect(gdp.targets.length).toBeGreaterThan(0);
    // Every outcome flagged by its period (some() passed as soon as one was right), with both sorts present.
    expect(gdp.outcomes.map((o) => [o.period, o.partOfYear])).toEqual(gdp.outcomes.map((o) => [o.period, /H|Q/.test(o.period)]));
    expect(new Set(gdp.outcomes.map((o) => o.partOfYear))).toEqual(new Set([true, false]));
    expect(out.year).toMatch(/^\d{4}$/);
    expect(out.attainment.length).toBeGreaterThan(0);
  });
});
