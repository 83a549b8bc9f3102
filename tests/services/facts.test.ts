// Reviewing facts: filters, corrections, accept/reject, and every change in the audit table, undoable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../main/core/types';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
let facts: Fact[];
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.newFromSamples', {});
  facts = await h.call('facts.list', {});
  h.events.length = 0;
});
afterEach(() => h.cleanup());

const audit = () => h.ctx.session.current().all('SELECT action, fact_id, before, after, undone FROM audit WHERE action LIKE ? ORDER BY id', ['facts.%']);
const get = async (id: number) => (await h.call('facts.list', {})).find((f) => f.id === id)!;

describe('facts services', () => {
  it('filters by report, indicator, kind, period and status, and offers the values to filter by', async () => {
    const opts = await h.call('facts.filterOptions', {});
    expect(opts.documents.length).toBeGreaterThan(1);
    expect(opts.kinds.sort()).toEqual([...new Set(facts.map((f) => f.kind))].sort());
    const first = facts[0]!;
    const filter = { documentId: first.documentId!, indicator: first.indicator, kind: first.kind, period: first.period, status: 'unreviewed' as const };
    const got = await h.call('facts.list', { filter });
    const expected = facts.filter((f) => f.documentId === first.documentId && f.indicator === first.indicator && f.kind === first.kind && f.period === first.period);
    expect(got.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    expect(opts.periods).toContain(first.period);
    // Each filter on its own must narrow the list (the combined one above would pass with some of them ignored).
    const single = [
      [{ documentId: first.documentId! }, (f: Fact) => f.documentId === first.documentId],
      [{ indicator: first.indicator }, (f: Fact) => f.indicator === first.indicator],
      [{ kind: first.kind }, (f: Fact) => f.kind === first.kind],
      [{ period: first.period }, (f: Fact) => f.period === first.period],
    ] as const;
    for (const [one, keep] of single) {
      const want = facts.filter(keep).map((f) => f.id);
      expect(want.length, JSON.stringify(one)).toBeLessThan(facts.length);
      expect((await h.call('facts.list', { filter: one })).map((f) => f.id), JSON.stringify(one)).toEqual(want);
    }
    // Every sample fact starts unreviewed, so the status filter is only tested once one of them is not.
    await h.call('facts.reject', { ids: [first.id] });
    expect((await h.call('facts.list', { filter: { ...filter } })).map((f) => f.id)).toEqual(expected.filter((f) => f.id !== first.id).map((f) => f.id));
    expect((await h.call('facts.list', { filter: { status: 'rejected' } })).map((f) => f.id)).toEqual([first.id]);
  });

  it('corrects a value and a period, records before/after in the audit table, and undo/redo restore exactly', async () => {
    const f = facts[0]!;
    const updated = await h.call('facts.update', { id: f.id, changes: { value: 123.4, period: '2023', kind: 'estimate' } });
    expect(updated).toMatchObject({ id: f.id, value: 123.4, period: '2023', kind: 'estimate', indicator: f.indicator });
    const [row] = audit();
    expect(row).toMatchObject({ action: 'facts.update', fact_id: f.id, undone: 0 });
    expect(JSON.parse(String(row!.before))[0]).toMatchObject({ id: f.id, value: f.value, period: f.period, kind: f.kind });
    expect(JSON.parse(String(row!.after))[0]).toMatchObject({ id: f.id, value: 123.4, period: '2023', kind: 'estimate' });
    expect(h.events).toContainEqual({ event: 'workspace.changed', payload: { tables: ['facts', 'audit'], fromReview: true } });

    const undone = await h.call('facts.undo', {});
    expect(undone.entry).toMatchObject({ action: 'facts.update', factIds: [f.id], undone: true });
    expect(await get(f.id)).toMatchObject({ value: f.value, period: f.period, kind: f.kind });
    await h.call('facts.redo', {});
    expect(await get(f.id)).toMatchObject({ value: 123.4, period: '2023', kind: 'estimate' });
    expect(audit()).toHaveLength(1);
  });

  it('accepts and rejects a selection as one undoable step', async () => {
    const ids = facts.slice(0, 3).map((f) => f.id);
    const accepted = await h.call('facts.accept', { ids });
    expect(accepted.map((f) => f.status)).toEqual(['accepted', 'accepted', 'accepted']);
    await h.call('facts.reject', { ids: [ids[1]!] });
    expect((await get(ids[1]!)).status).toBe('rejected');
    await h.call('facts.undo', {});
    expect((await get(ids[1]!)).status).toBe('accepted');
    await h.call('facts.undo', {});
    for (const id of ids) expect((await get(id)).status).toBe('unreviewed');
    expect((await h.call('facts.undo', {})).entry).toBeNull();
    expect(audit().map((r) => [r.action, r.undone])).toEqual([['facts.accept', 1], ['facts.reject', 1]]);
  });

  it('a new change after undo drops the redo step but keeps it in the history', async () => {
    const [a, b] = facts;
    await h.call('facts.update', { id: a!.id, changes: { value: 1 } });
    await h.call('facts.undo', {});
    await h.call('facts.update', { id: b!.id, changes: { value: 2 } });
    expect((await h.call('facts.redo', {})).entry).toBeNull();
    expect(await get(a!.id)).toMatchObject({ value: a!.value });
    const history = await h.call('facts.history', {});
    expect(history.filter((e) => e.action.startsWith('facts.')).map((e) => e.factIds[0])).toEqual([b!.id, a!.id]);
    expect((await h.call('facts.history', { factId: a!.id })).map((e) => e.action)).toEqual(['facts.update']);
  });

  it('refuses an undo that would overwrite a later change made elsewhere', async () => {
    const f = facts[0]!;
    await h.call('facts.update', { id: f.id, changes: { value: 10 } });
    h.ctx.session.current().run('UPDATE facts SET value = 11 WHERE id = ?', [f.id]); // e.g. a merge
    const out = await h.outcome('facts.undo', {});
    expect(out).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(`fact ${f.id}`) } });
    expect((await get(f.id)).value).toBe(11);
  });

  it('refuses incoherent edits and unknown facts with a clear reason, changing nothing', async () => {
    const f = facts[0]!;
    const range = await h.outcome('facts.update', { id: f.id, changes: { qualifier: 'range', low: 7, high: 6 } });
    expect(range).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/low end \(7\) is above the high end \(6\)/) } });
    const half = await h.outcome('facts.update', { id: f.id, changes: { qualifier: 'range', low: null, high: null } });
    expect(half).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/needs both a low and a high/) } });
    const ghost = await h.outcome('facts.accept', { ids: [f.id, 999999] });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('999999') } });
    const empty = await h.outcome('facts.update', { id: f.id, changes: {} });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await get(f.id)).toEqual(f);
    expect(audit()).toHaveLength(0);
  });

  it('an edit that changes nothing writes no audit row and leaves the workspace clean', async () => {
    const path = `${h.dir}/clean.db`;
    await h.call('workspace.saveAs', { path });
    const f = facts[0]!;
    await h.call('facts.update', { id: f.id, changes: { value: f.value } });
    expect(audit()).toHaveLength(0);
    expect((await h.call('workspace.info', {})).dirty).toBe(false);
    // Accepting what is already accepted changes nothing either.
    h.ctx.session.current().run("UPDATE facts SET status = 'accepted' WHERE id = ?", [f.id]);
    await h.call('facts.accept', { ids: [f.id] });
    expect(audit()).toHaveLength(0);
    expect((await h.call('workspace.info', {})).dirty).toBe(false);
  });
});

describe('facts.why', () => {
  it('names the rules that found a sample fact, named it and set its kind and period', async () => {
    const growth = facts.find((f) => f.indicator === '地区生产总值' && f.measure === 'growth' && f.tier === 1 && f.start !== null)!;
    const why = await h.call('facts.why', { id: growth.id });
    expect(why.source).toBe('report');
    const ids = why.rules.map((r) => r.id);
    expect(ids[0]).toMatch(/^(headline-list|inline-target|prose|respectively|indicator-table)$/);
    expect(ids.some((id) => id.startsWith('name.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('kind.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('period.'))).toBe(true);
    expect(why.rules.every((r) => r.zh.length > 0 && r.says.length > 0)).toBe(true);
  });

  it('says when a fact was not read from a text, and refuses an unknown id', async () => {
    const ws = h.ctx.session.current();
    const [typed] = ws.addFacts(null, [{ indicator: '地区生产总值', measure: 'level', value: 1, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2024', kind: 'actual', region: '罗湖区', start: 0, end: 0, tier: 2, quote: null }]);
    expect(await h.call('facts.why', { id: typed! })).toMatchObject({ source: 'not-in-text', rules: [] });
    await expect(h.call('facts.why', { id: 999999 })).rejects.toThrow(/not-found: There is no fact with id 999999/);
  });
});
