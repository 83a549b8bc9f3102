// Applies a merge plan to my workspace in ONE transaction: either everything the economist decided happens, or
// (on any error) nothing does. Every fact that comes from the colleague records where it came from in its origin,
// and every change is written to the audit table so it can be reviewed later.
import type { SqlValue } from 'sql.js';
import { sayIn, type Said } from '../messages';
import type { Fact, FactOrigin } from '../types';
import type { Workspace } from './workspace';
import { planMerge, readIndicators, type Resolutions } from './merge';
import type { MergeResult, MergeSource, Resolution } from './merge-types';

export interface ApplyOptions {
  /** What to do with conflicts that have no decision: refuse the merge (app), or keep mine (CLI). */
  unresolved: 'refuse' | 'keep-mine';
}

/** A merge asked to refuse undecided conflicts that has some: `say` words it for the interface, naming a few. */
export class UnresolvedConflicts extends Error {
  readonly say: Said;
  constructor(readonly ids: string[]) {
    const say: Said = { id: 'merge.unresolved', params: { count: ids.length, ids: ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '') } };
    super(sayIn('en', say));
    this.say = say;
  }
}

function originFor(f: Fact, source: MergeSource): FactOrigin {
  const o: FactOrigin = { ...(f.origin ?? {}), workspace: source.workspace, mergedAt: source.date };
  if (source.author) o.author = source.author;
  else delete o.author;
  return o;
}

function factJson(f: Fact): string {
  return JSON.stringify({
    indicator: f.indicator, measure: f.measure, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier,
    period: f.period, kind: f.kind, region: f.region, status: f.status, start: f.start, end: f.end, quote: f.quote, origin: f.origin,
  });
}

function lastId(ws: Workspace): number {
  return Number(ws.one('SELECT last_insert_rowid() AS id')!.id);
}

export function applyMerge(mine: Workspace, theirs: Workspace, source: MergeSource, decisions: Resolutions, opts: ApplyOptions): MergeResult {
  const work = planMerge(mine, theirs, source);
  const allIds = [...work.factConflicts.map((c) => c.conflict.id), ...work.deletedThere.map((c) => c.conflict.id), ...work.otherConflicts.map((c) => c.id)];
  const unresolved = allIds.filter((id) => decisions[id] === undefined);
  if (unresolved.length && opts.unresolved === 'refuse') throw new UnresolvedConflicts(unresolved);
  const decide = (id: string): Resolution => decisions[id] ?? 'mine';

  const result: MergeResult = {
    source, added: { documents: 0, facts: 0, indicators: 0, aliases: 0, pivots: 0, forecasts: 0 }, identical: work.identical,
    resolved: { mine: 0, theirs: 0, both: 0 }, unresolved,
  };
  const at = source.date;
  // A colleague's file brings facts (and their audit rows) by the thousand: prepare these once, not per row.
  const auditStmt = mine.db.prepare('INSERT INTO audit(at, action, fact_id, before, after) VALUES (?, ?, ?, ?, ?)');
  const insertFactStmt = mine.db.prepare(
    `INSERT INTO facts(document_id, indicator, measure, value, low, high, unit, qualifier, period, kind, region, span_start, span_end, quote, tier,
       status, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const audit = (action: string, factId: number | null, before: string | null, after: string | null) => {
    auditStmt.run([at, action, factId, before, after]);
  };

  try {
    mine.transaction(() => {
      // Reports: their ids map to mine (existing by hash, or newly inserted).
      const myDocByHash = new Map(mine.all('SELECT id, hash FROM documents').map((r) => [String(r.hash), Number(r.id)]));
      const docMap = new Map<number, number>();
      for (const [tid, h] of work.docHash) {
        const id = myDocByHash.get(h);
        if (id !== undefined) docMap.set(tid, id);
      }
      for (const tid of work.newDocuments) {
        const d = theirs.one('SELECT hash, file_name, title, region, period, published, encoding, original_text, imported_at FROM documents WHERE id = ?', [tid])!;
        mine.run(
          `INSERT INTO documents(hash, file_name, title, region, period, published, encoding, original_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [d.hash ?? null, d.file_name ?? null, d.title ?? null, d.region ?? null, d.period ?? null, d.published ?? null, d.encoding ?? null, d.original_text ?? null, d.imported_at ?? null],
        );
        docMap.set(tid, lastId(mine));
        result.added.documents++;
      }

      // Catalogue first, so aliases can point at indicators that arrive in the same merge.
      for (const i of work.indicatorsToAdd) {
        mine.run('INSERT INTO indicators(name, unit, direction, flow_stock) VALUES (?, ?, ?, ?)', [i.name, i.unit, i.direction, i.flowStock]);
        result.added.indicators++;
      }
      const indicators = readIndicators(mine);
      const indicatorId = (name: string) => indicators.get(name)?.id ?? null;
      for (const a of work.aliasesToAdd) {
        const id = indicatorId(a.indicator);
        if (id === null) continue; // their alias points at an indicator their file lacks: nothing to attach it to
        mine.run('INSERT INTO indicator_aliases(alias, indicator_id) VALUES (?, ?)', [a.alias, id]);
        result.added.aliases++;
      }
      for (const c of work.otherConflicts) {
        const choice = decide(c.id);
        result.resolved[choice]++;
        if (c.type === 'indicator' && choice === 'theirs') {
          mine.run('UPDATE indicators SET unit = ?, direction = ?, flow_stock = ? WHERE name = ?', [c.theirs.unit, c.theirs.direction, c.theirs.flowStock, c.name]);
          audit('merge.indicator', null, JSON.stringify({ name: c.name, ...c.mine }), JSON.stringify({ name: c.name, ...c.theirs }));
        } else if (c.type === 'alias' && choice === 'theirs') {
          const id = indicatorId(c.theirs);
          if (id !== null) mine.run('UPDATE indicator_aliases SET indicator_id = ? WHERE alias = ?', [id, c.alias]);
          audit('merge.alias', null, JSON.stringify({ alias: c.alias, indicator: c.mine }), JSON.stringify({ alias: c.alias, indicator: c.theirs }));
        } else if (c.type === 'pivot' && choice === 'theirs') {
          mine.run('UPDATE pivots SET spec = ?, updated_at = ? WHERE name = ?', [c.theirs, at, c.name]);
        } else if (c.type === 'pivot' && choice === 'both') {
          // Theirs is kept beside mine under a name that says whose it is, never over another saved pivot.
          let name = `${c.name} (${source.workspace})`;
          for (let n = 2; mine.one('SELECT 1 AS x FROM pivots WHERE name = ?', [name]); n++) name = `${c.name} (${source.workspace} ${n})`;
          mine.run('INSERT INTO pivots(name, spec, updated_at) VALUES (?, ?, ?)', [name, c.theirs, at]);
        }
      }

      const insertFact = (f: Fact, origin: FactOrigin): number => {
        const docId = f.documentId == null ? null : docMap.get(f.documentId) ?? null;
        insertFactStmt.bind([docId, f.indicator, f.measure, f.value, f.low, f.high, f.unit, f.qualifier, f.period, f.kind, f.region, f.start, f.end, f.quote,
          f.tier, f.status, JSON.stringify(origin), f.createdAt, at] satisfies SqlValue[]);
        insertFactStmt.step();
        const id = Number(insertFactStmt.get()[0]);
        insertFactStmt.reset();
        return id;
      };
      for (const f of work.factsToAdd) {
        const origin = originFor(f, source);
        const id = insertFact(f, origin);
        audit('merge.add', id, null, factJson({ ...f, origin }));
        result.added.facts++;
      }
      for (const { conflict, mine: m, theirs: t } of work.factConflicts) {
        const choice = decide(conflict.id);
        result.resolved[choice]++;
        if (choice === 'theirs') {
          const origin = originFor(t, source);
          mine.run(
            `UPDATE facts SET indicator = ?, measure = ?, value = ?, low = ?, high = ?, unit = ?, qualifier = ?, period = ?, kind = ?, region = ?,
               span_start = ?, span_end = ?, quote = ?, status = ?, origin = ?, updated_at = ? WHERE id = ?`,
            [t.indicator, t.measure, t.value, t.low, t.high, t.unit, t.qualifier, t.period, t.kind, t.region, t.start, t.end, t.quote, t.status,
              JSON.stringify(origin), at, m.id],
          );
          audit('merge.theirs', m.id, factJson(m), factJson({ ...t, origin }));
        } else if (choice === 'both') {
          const origin = originFor(t, source);
          audit('merge.both', insertFact(t, origin), null, factJson({ ...t, origin }));
        }
      }

      for (const { conflict, mine: m } of work.deletedThere) {
        const choice = decide(conflict.id);
        result.resolved[choice]++;
        if (choice !== 'theirs') continue;
        mine.run('DELETE FROM facts WHERE id = ?', [m.id]);
        audit('merge.deleted', m.id, factJson(m), null);
      }

      for (const p of work.pivotsToAdd) {
        mine.run('INSERT INTO pivots(name, spec, updated_at) VALUES (?, ?, ?)', [p.name, p.spec, at]);
        result.added.pivots++;
      }
      for (const r of work.forecastsToAdd) {
        const v = (k: string) => (r[k] ?? null) as SqlValue;
        mine.run('INSERT INTO forecasts(region, indicator, measure, target_period, method, inputs, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [v('region'), v('indicator'), v('measure'), v('target_period'), v('method'), v('inputs'), v('result'), v('created_at')]);
        result.added.forecasts++;
      }
      audit('merge', null, null, JSON.stringify({ source, added: result.added, identical: result.identical, resolved: result.resolved, unresolved: unresolved.length }));
    });
  } finally {
    auditStmt.free();
    insertFactStmt.free();
  }
  return result;
}
