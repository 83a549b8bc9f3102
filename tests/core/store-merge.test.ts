// Merge of two edited copies of one workspace: a colleague corrects a value, reviews a fact, adds a report,
// enters a number by hand, maps an alias differently. Each case must land in the right bucket.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { previewMerge } from '../../main/core/store/merge';
import { applyMerge, UnresolvedConflicts } from '../../main/core/store/merge-apply';
import type { FactConflict, MergeSource } from '../../main/core/store/merge-types';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const REPORT = '2023年全区地区生产总值达到1200亿元，增长6.2%；一般公共预算收入85.3亿元，增长4.1%。2024年预期目标：地区生产总值增长6%左右。';
const LATER = '2024年全区地区生产总值1275亿元，增长5.8%。';

function fact(indicator: string, measure: NewFact['measure'], value: number, period: NewFact['period'], kind: NewFact['kind'], start: number | null): NewFact {
  return {
    indicator, measure, value, low: null, high: null, unit: measure === 'level' ? '亿元' : '%', qualifier: 'exact', period, kind, region: '南山区',
    start, end: start === null ? null : start + 6, tier: 1, quote: null,
  };
}

function base(): Workspace {
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00.000Z');
  const { id } = ws.addDocument({ fileName: 'r2023.txt', title: '2023年执行情况', region: '南山区', period: '2023', published: '2024-01-10', encoding: 'utf-8', originalText: REPORT });
  ws.addFacts(id, [
    fact('地区生产总值', 'level', 1200, '2023', 'actual', 12),
    fact('地区生产总值', 'growth', 6.2, '2023', 'actual', 23),
    fact('一般公共预算收入', 'level', 85.3, '2023', 'actual', 40),
    fact('地区生产总值', 'growth', 6, '2024', 'target', 70),
  ]);
  ws.run(`INSERT INTO indicators(name, unit, direction) VALUES ('地区生产总值', '亿元', 'higher'), ('一般公共预算收入', '亿元', 'higher')`);
  ws.run(`INSERT INTO indicator_aliases(alias, indicator_id) SELECT 'GDP', id FROM indicators WHERE name = '地区生产总值'`);
  return ws;
}

const copy = (ws: Workspace) => new Workspace(new SQL.Database(ws.export()), () => '2026-02-01T00:00:00.000Z');
const source: MergeSource = { workspace: '王芳的工作区', author: '王芳', date: '2026-02-02T09:00:00.000Z' };
const factId = (ws: Workspace, indicator: string, measure: string, period: string) =>
  Number(ws.one('SELECT id FROM facts WHERE indicator = ? AND measure = ? AND period = ?', [indicator, measure, period])!.id);

function editedPair() {
  const original = base();
  const mine = copy(original);
  const theirs = copy(original);
  // She corrects the GDP level (he did not); both edit the budget revenue differently; she accepts the 2024 target.
  theirs.run('UPDATE facts SET value = 1210 WHERE id = ?', [factId(theirs, '地区生产总值', 'level', '2023')]);
  mine.run('UPDATE facts SET value = 85.4 WHERE id = ?', [factId(mine, '一般公共预算收入', 'level', '2023')]);
  theirs.run('UPDATE facts SET value = 85.2 WHERE id = ?', [factId(theirs, '一般公共预算收入', 'level', '2023')]);
  theirs.run(`UPDATE facts SET status = 'accepted' WHERE id = ?`, [factId(theirs, '地区生产总值', 'growth', '2024')]);
  // She adds a later report with its facts, a hand-entered number that contradicts his, and a new alias.
  const { id } = theirs.addDocument({ fileName: 'r2024.txt', title: '2024年执行情况', region: '南山区', period: '2024', published: '2025-01-12', encoding: 'utf-8', originalText: LATER });
  theirs.addFacts(id, [fact('地区生产总值', 'level', 1275, '2024', 'actual', 12), fact('地区生产总值', 'growth', 5.8, '2024', 'actual', 20)]);
  mine.addFacts(null, [fact('城镇调查失业率', 'rate', 5.1, '2023', 'actual', null)]);
  theirs.addFacts(null, [fact('城镇调查失业率', 'rate', 5.3, '2023', 'actual', null), fact('社会消费品零售总额', 'growth', 7.5, '2023', 'actual', null)]);
  theirs.run(`INSERT INTO indicator_aliases(alias, indicator_id) SELECT '本地区生产总值', id FROM indicators WHERE name = '地区生产总值'`);
  theirs.run(`UPDATE indicator_aliases SET indicator_id = (SELECT id FROM indicators WHERE name = '一般公共预算收入') WHERE alias = 'GDP'`);
  return { mine, theirs };
}

describe('merge plan', () => {
  it('merges two identical copies silently', () => {
    const ws = base();
    const plan = previewMerge(ws, copy(ws), source);
    expect(plan.conflicts).toEqual([]);
    expect(plan.identical).toBe(4);
    expect(plan.clean).toEqual({ documents: 0, facts: 0, indicators: 0, aliases: 0, pivots: 0, forecasts: 0 });
  });

  it('lists the expected conflicts for two edited copies', () => {
    const { mine, theirs } = editedPair();
    const plan = previewMerge(mine, theirs, source);
    const facts = plan.conflicts.filter((c): c is FactConflict => c.type === 'fact');
    const summary = facts.map((c) => [c.reason, c.mine.indicator, c.mine.measure, c.mine.period, c.differences.join(','), c.mine.value, c.theirs?.value ?? null]).sort();
    expect(summary).toEqual([
      ['same-report', '一般公共预算收入', 'level', '2023', 'value', 85.4, 85.2],
      ['same-report', '地区生产总值', 'growth', '2024', 'status', 6, 6],
      ['same-report', '地区生产总值', 'level', '2023', 'value', 1200, 1210],
      ['same-series', '城镇调查失业率', 'rate', '2023', 'value', 5.1, 5.3],
    ].sort());
    expect(plan.conflicts.filter((c) => c.type === 'alias')).toEqual([
      { id: 'alias:GDP', type: 'alias', alias: 'GDP', mine: '地区生产总值', theirs: '一般公共预算收入', choices: ['mine', 'theirs'] },
    ]);
    expect(plan.identical).toBe(1); // the GDP growth 2023 nobody touched
    expect(plan.clean).toMatchObject({ documents: 1, facts: 3, aliases: 1 }); // 2 facts of the new report + retail sales
  });

  it('applies mine / theirs / both decisions with origin and audit, in one transaction', () => {
    const { mine, theirs } = editedPair();
    const plan = previewMerge(mine, theirs, source);
    const byIndicator = (name: string, reason = 'same-report') =>
      plan.conflicts.find((c): c is FactConflict => c.type === 'fact' && c.mine.indicator === name && c.reason === reason && c.mine.measure !== 'growth')!;
    const gdp = byIndicator('地区生产总值');
    const revenue = byIndicator('一般公共预算收入');
    const jobless = byIndicator('城镇调查失业率', 'same-series');
    const decisions = Object.fromEntries(plan.conflicts.map((c) => [c.id, 'mine' as const]));
    Object.assign(decisions, { [gdp.id]: 'theirs', [revenue.id]: 'mine', [jobless.id]: 'both' });

    const before = mine.all('SELECT count(*) AS n FROM facts')[0]!.n;
    const result = applyMerge(mine, theirs, source, decisions, { unresolved: 'refuse' });
    expect(result.resolved).toEqual({ mine: 3, theirs: 1, both: 1 });
    expect(result.added).toMatchObject({ documents: 1, facts: 3, aliases: 1 });
    expect(Number(mine.one('SELECT count(*) AS n FROM facts')!.n)).toBe(Number(before) + 3 + 1);

    const corrected = mine.getFact(gdp.mine.factId)!;
    expect(corrected.value).toBe(1210);
    expect(corrected.origin).toEqual({ workspace: '王芳的工作区', author: '王芳', mergedAt: source.date });
    expect(mine.getFact(revenue.mine.factId)!.value).toBe(85.4);
    expect(mine.all(`SELECT value FROM facts WHERE indicator = '城镇调查失业率' ORDER BY value`).map((r) => r.value)).toEqual([5.1, 5.3]);
    expect(mine.one(`SELECT i.name FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id WHERE alias = 'GDP'`)!.name).toBe('地区生产总值');
    expect(mine.one(`SELECT count(*) AS n FROM indicator_aliases WHERE alias = '本地区生产总值'`)!.n).toBe(1);
    const newReportFacts = mine.all(`SELECT f.origin FROM facts f JOIN documents d ON d.id = f.document_id WHERE d.title = '2024年执行情况'`);
    expect(newReportFacts).toHaveLength(2);
    const audit = mine.all('SELECT action, fact_id, before, after FROM audit ORDER BY id');
    expect(audit.map((a) => a.action).sort()).toEqual(['merge', 'merge.add', 'merge.add', 'merge.add', 'merge.both', 'merge.theirs']);
    const theirsRow = audit.find((a) => a.action === 'merge.theirs')!;
    expect(JSON.parse(String(theirsRow.before)).value).toBe(1200);
    expect(JSON.parse(String(theirsRow.after)).value).toBe(1210);

    // Merging the same file again changes nothing new: everything is identical or already decided as mine.
    const again = previewMerge(mine, theirs, source);
    expect(again.clean).toEqual({ documents: 0, facts: 0, indicators: 0, aliases: 0, pivots: 0, forecasts: 0 });
  });

  it('refuses to apply with undecided conflicts and leaves my workspace untouched', () => {
    const { mine, theirs } = editedPair();
    const snapshot = mine.export();
    expect(() => applyMerge(mine, theirs, source, {}, { unresolved: 'refuse' })).toThrow(UnresolvedConflicts);
    expect(mine.export()).toEqual(snapshot);
  });

  it('keeps mine for undecided conflicts when asked (CLI), and still brings in what merges cleanly', () => {
    const { mine, theirs } = editedPair();
    const result = applyMerge(mine, theirs, source, {}, { unresolved: 'keep-mine' });
    expect(result.unresolved).toHaveLength(5);
    expect(result.added.facts).toBe(3);
    expect(mine.getFact(factId(mine, '地区生产总值', 'level', '2023'))!.value).toBe(1200);
  });
});

describe('merge of saved pivots', () => {
  it('adds new pivots, and keeps both versions of a redefined one under distinct names', () => {
    const mine = base();
    const theirs = copy(mine);
    mine.run(`INSERT INTO pivots(name, spec, updated_at) VALUES ('GDP', '{"rows":["period"]}', 'x'), ('GDP (王芳的工作区)', '{"old":true}', 'x')`);
    theirs.run(`INSERT INTO pivots(name, spec, updated_at) VALUES ('GDP', '{"rows":["region"]}', 'x'), ('收入', '{"rows":[]}', 'x')`);
    const plan = previewMerge(mine, theirs, source);
    expect(plan.clean.pivots).toBe(1);
    expect(plan.conflicts.map((c) => c.id)).toEqual(['pivot:GDP']);
    applyMerge(mine, theirs, source, { 'pivot:GDP': 'both' }, { unresolved: 'refuse' });
    expect(mine.all('SELECT name, spec FROM pivots ORDER BY name').map((r) => [r.name, r.spec])).toEqual([
      ['GDP', '{"rows":["period"]}'],
      ['GDP (王芳的工作区 2)', '{"rows":["region"]}'],
      ['GDP (王芳的工作区)', '{"old":true}'],
      ['收入', '{"rows":[]}'],
    ]);
  });
});

describe('a statement of a shared report that their copy lacks', () => {
  it('is a "deleted there" conflict: kept when undecided (CLI) or kept as mine, deleted here when theirs is taken', () => {
    const mine = base();
    const theirs = copy(mine);
    const gone = factId(theirs, '一般公共预算收入', 'level', '2023');
    theirs.run('DELETE FROM facts WHERE id = ?', [gone]);
    // A fact I typed in by hand is not tied to the shared report: nothing to compare it with, so no conflict.
    mine.addFacts(null, [fact('常住人口', 'level', 180, '2023', 'actual', null)]);
    const plan = previewMerge(mine, theirs, source);
    expect(plan.conflicts).toEqual([expect.objectContaining({
      id: `fact-deleted:${gone}`, type: 'fact', reason: 'deleted-there', differences: [], theirs: null, choices: ['mine', 'theirs'],
      mine: expect.objectContaining({ indicator: '一般公共预算收入', value: 85.3, report: '2023年执行情况' }),
    })]);

    const kept = copy(mine);
    expect(applyMerge(kept, theirs, source, {}, { unresolved: 'keep-mine' }).unresolved).toEqual([`fact-deleted:${gone}`]);
    expect(kept.getFact(gone)).not.toBeNull();
    expect(() => applyMerge(copy(mine), theirs, source, {}, { unresolved: 'refuse' })).toThrow(UnresolvedConflicts);

    applyMerge(mine, theirs, source, { [`fact-deleted:${gone}`]: 'theirs' }, { unresolved: 'refuse' });
    expect(mine.getFact(gone)).toBeNull();
    expect(previewMerge(mine, theirs, source).conflicts).toEqual([]);
  });
});
