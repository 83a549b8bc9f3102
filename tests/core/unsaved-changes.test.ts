// What the recovery banner says a journal brings back, on real sql.js workspaces.
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace } from '../../main/core/store/workspace';
import type { Period } from '../../main/core/types';
import { unsavedChanges } from '../../main/core/store/unsaved-changes';

async function workspaceWithFacts(): Promise<Workspace> {
  const SQL = await loadSqlJs();
  const ws = Workspace.create(SQL);
  const doc = ws.addDocument({ fileName: 'a.txt', title: '某区2024年计划', region: '某区', period: '2024', published: null, encoding: 'utf-8', originalText: '地区生产总值增长6%左右。' });
  const fact = { indicator: '地区生产总值', measure: 'growth' as const, value: 6, low: null, high: null, unit: '%', qualifier: 'approx' as const, period: '2024' as Period, kind: 'target' as const, region: '某区', start: 0, end: 12, quote: '地区生产总值增长6%左右', tier: 1 };
  ws.addFacts(doc.id, [fact, { ...fact, indicator: '社会消费品零售总额', value: 5 }, { ...fact, indicator: '固定资产投资', value: 4 }, { ...fact, indicator: '一般公共预算收入', value: 3 }]);
  return ws;
}

describe('unsavedChanges', () => {
  it('counts facts changed, added and removed, and reports added, against the saved file', async () => {
    const saved = await workspaceWithFacts();
    const SQL = await loadSqlJs();
    const journal = new Workspace(new SQL.Database(saved.export()));
    expect(unsavedChanges(saved, journal)).toEqual({ factsChanged: 0, factsAdded: 0, factsRemoved: 0, reportsAdded: 0, reportsRemoved: 0 });
    const [first, second, third] = journal.listFacts().map((f) => f.id);
    journal.run('UPDATE facts SET value = 6.5 WHERE id = ?', [first!]);
    journal.run("UPDATE facts SET status = 'accepted' WHERE id = ?", [second!]);
    journal.run('DELETE FROM facts WHERE id = ?', [third!]);
    const other = journal.addDocument({ fileName: 'b.txt', title: '某市2024年计划', region: '某市', period: '2024', published: null, encoding: 'utf-8', originalText: '城镇新增就业2万人。' });
    journal.addFacts(other.id, [{ indicator: '城镇新增就业', measure: 'level', value: 2, low: null, high: null, unit: '万人', qualifier: 'exact', period: '2024' as Period, kind: 'target', region: '某市', start: 0, end: 9, quote: '城镇新增就业2万人', tier: 1 }]);
    expect(unsavedChanges(saved, journal)).toEqual({ factsChanged: 2, factsAdded: 1, factsRemoved: 1, reportsAdded: 1, reportsRemoved: 0 });
  });

  it('counts everything in the journal as new when the file no longer exists', async () => {
    const journal = await workspaceWithFacts();
    expect(unsavedChanges(null, journal)).toEqual({ factsChanged: 0, factsAdded: 4, factsRemoved: 0, reportsAdded: 1, reportsRemoved: 0 });
  });
});

describe('a deleted fact whose id SQLite gives to a new one', () => {
  it('is a removal and an addition, not a change', async () => {
    const saved = await workspaceWithFacts();
    saved.run("UPDATE facts SET created_at = '2026-01-01T00:00:00.000Z'");
    const SQL = await loadSqlJs();
    const journal = new Workspace(new SQL.Database(saved.export()), () => '2026-02-01T00:00:00.000Z');
    const last = Math.max(...journal.listFacts().map((f) => f.id));
    journal.run('DELETE FROM facts WHERE id = ?', [last]);
    const [added] = journal.addFacts(null, [{ ...journal.listFacts()[0]!, start: null, end: null, tier: null, quote: null, indicator: '城镇新增就业', period: '2024' as Period }]);
    expect(added).toBe(last); // the id came back
    expect(unsavedChanges(saved, journal)).toMatchObject({ factsChanged: 0, factsAdded: 1, factsRemoved: 1 });
  });
});
