// Two economists each take a copy of the sample workspace (the five bundled reports, read by the real extractor)
// and edit it; merging her copy into his lists exactly the statements they edited differently, and the one she deleted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace } from '../../main/core/store/workspace';
import { previewMerge } from '../../main/core/store/merge';
import { applyMerge } from '../../main/core/store/merge-apply';
import type { FactConflict } from '../../main/core/store/merge-types';
import { createNodeContext } from '../../main/services/node-context';
import { buildSampleWorkspace } from '../../main/services/workspace';

let SQL: SqlJsStatic;
let sample: Uint8Array;
let dir: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-samples-'));
  const ctx = createNodeContext({ SQL, samplesDir: resolve('assets/samples'), emit: () => undefined, clock: () => '2026-01-01T00:00:00.000Z' });
  const ws = await buildSampleWorkspace(ctx);
  sample = ws.export();
  ws.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const copy = () => new Workspace(new SQL.Database(sample), () => '2026-02-01T00:00:00.000Z');

it('merging two edited copies of the sample workspace lists exactly the differing edits', () => {
  const mine = copy();
  const theirs = copy();
  const ids = mine.all(`SELECT id FROM facts WHERE value IS NOT NULL AND document_id IS NOT NULL ORDER BY id`).map((r) => Number(r.id));
  expect(ids.length).toBeGreaterThan(50);
  const [a, b, c, d, e] = [ids[3]!, ids[10]!, ids[20]!, ids[30]!, ids[40]!];
  const original = (id: number) => mine.getFact(id)!;
  const [aValue, bValue, ePeriod] = [original(a).value!, original(b).value!, original(e).period];
  expect(ePeriod).not.toBe('2031');
  theirs.run('UPDATE facts SET value = value + 1 WHERE id = ?', [a]); // she corrected a value he did not touch
  mine.run('UPDATE facts SET value = value + 2 WHERE id = ?', [b]); // both corrected b, differently
  theirs.run('UPDATE facts SET value = value + 3 WHERE id = ?', [b]);
  mine.run(`UPDATE facts SET status = 'accepted' WHERE id = ?`, [c]); // both accepted c: identical
  theirs.run(`UPDATE facts SET status = 'accepted' WHERE id = ?`, [c]);
  theirs.run(`UPDATE facts SET status = 'rejected' WHERE id = ?`, [d]); // she rejected d
  theirs.run(`UPDATE facts SET period = '2031' WHERE id = ?`, [e]); // she fixed e's period
  theirs.run('DELETE FROM facts WHERE id = ?', [ids[50]!]); // she deleted one: shown as 'deleted there'

  const plan = previewMerge(mine, theirs, { workspace: 'her copy', author: null, date: '2026-02-02T00:00:00.000Z' });
  const facts = plan.conflicts.filter((x): x is FactConflict => x.type === 'fact');
  expect(facts.map((x) => [x.id, x.reason, x.differences.join(',')]).sort()).toEqual([
    [`fact:${a}`, 'same-report', 'value'],
    [`fact:${b}`, 'same-report', 'value'],
    [`fact:${d}`, 'same-report', 'status'],
    [`fact:${e}`, 'same-report', 'period'],
    [`fact-deleted:${ids[50]!}`, 'deleted-there', ''],
  ].sort());
  expect(plan.conflicts).toHaveLength(5);
  expect(plan.clean).toEqual({ documents: 0, facts: 0, indicators: 0, aliases: 0, pivots: 0, forecasts: 0 });
  const total = Number(mine.one('SELECT count(*) AS n FROM facts')!.n);
  expect(plan.identical).toBe(total - 1 - 4); // all of hers but the 4 conflicts (she has one fact fewer)

  const decisions = { [`fact:${a}`]: 'theirs', [`fact:${b}`]: 'mine', [`fact:${d}`]: 'theirs', [`fact:${e}`]: 'both', [`fact-deleted:${ids[50]!}`]: 'theirs' } as const;
  const result = applyMerge(mine, theirs, plan.source, decisions, { unresolved: 'refuse' });
  expect(result.resolved).toEqual({ mine: 1, theirs: 3, both: 1 });
  expect(mine.getFact(d)!.status).toBe('rejected');
  expect(mine.getFact(a)!.value).toBe(aValue + 1); // hers
  expect(mine.getFact(b)!.value).toBe(bValue + 2); // his
  expect(mine.getFact(e)!.period).toBe(ePeriod); // both: his kept as it was, hers added beside it
  expect(mine.all(`SELECT count(*) AS n FROM facts WHERE period = '2031'`)[0]!.n).toBe(1);
  expect(mine.getFact(ids[50]!)).toBeNull(); // he took her deletion
  expect(mine.one(`SELECT before, after FROM audit WHERE action = 'merge.deleted' AND fact_id = ?`, [ids[50]!])).toMatchObject({ after: null });
  // After the merge, her copy holds nothing new except the one difference he chose to keep.
  expect(previewMerge(mine, theirs, plan.source).conflicts.map((x) => x.id)).toEqual([`fact:${b}`]);
});
