// The "edited" mark: a fact the economist corrected carries what it first said (the first edit still in effect),
// through the review list, the edit's own answer, undo/redo, and the pivot drill-down. Real sql.js, sample reports.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../main/core/types';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
let facts: Fact[];
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.newFromSamples', {});
  facts = await h.call('facts.list', {});
});
afterEach(() => h.cleanup());

const listed = async (id: number) => (await h.call('facts.list', {})).find((f) => f.id === id)!;

describe('edited facts', () => {
  it('say what they first said, from the first edit in effect, and lose the mark when undone or edited back', async () => {
    const f = facts.find((x) => x.value !== null)!;
    expect(f.editedFrom ?? null).toBeNull();
    const first = await h.call('facts.update', { id: f.id, changes: { value: f.value! + 0.1 } });
    expect(first.editedFrom).toMatchObject({ value: f.value, period: f.period, kind: f.kind, indicator: f.indicator });
    await h.call('facts.update', { id: f.id, changes: { period: '2031' } });
    // Two edits: the original is still what the report said, not the state between them.
    expect((await listed(f.id)).editedFrom).toMatchObject({ value: f.value, period: f.period });
    // Only statement changes count: accepting an unedited fact does not mark it.
    const other = facts.find((x) => x.id !== f.id)!;
    expect((await h.call('facts.accept', { ids: [other.id] }))[0]!.editedFrom ?? null).toBeNull();
    await h.call('facts.undo', {}); // the acceptance
    const undone = await h.call('facts.undo', {}); // the period edit
    expect(undone.facts[0]!.editedFrom).toMatchObject({ value: f.value });
    await h.call('facts.undo', {}); // the value edit: back to what the report said
    expect((await listed(f.id)).editedFrom ?? null).toBeNull();
    await h.call('facts.redo', {});
    expect((await listed(f.id)).editedFrom).toMatchObject({ value: f.value });
    // Edited back by hand to what it said: nothing to mark.
    await h.call('facts.update', { id: f.id, changes: { value: f.value } });
    expect((await listed(f.id)).editedFrom ?? null).toBeNull();
  });

  it('are marked in the pivot drill-down too', async () => {
    const f = facts.find((x) => x.value !== null && x.documentId !== null)!;
    await h.call('facts.update', { id: f.id, changes: { value: f.value! * 2 } });
    const spec = { rows: ['indicator' as const], columns: ['period' as const], value: { aggregation: 'latest' as const }, filters: { indicator: [f.indicator], period: [f.period] } };
    const drill = await h.call('pivot.drill', { spec, coordinates: { indicator: f.indicator, period: f.period } });
    const shown = drill.facts.find((x) => x.id === f.id);
    expect(shown?.editedFrom).toMatchObject({ value: f.value });
  });
});
