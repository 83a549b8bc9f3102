// Merging a colleague's workspace into mine: decides, statement by statement, what merges silently, what comes in
// cleanly and what the economist must decide. There is no common ancestor file, so a difference cannot be told
// apart from a deliberate edit on either side: every difference on a shared statement is a conflict.
//
// Rules (documented in the README's schema section):
// - Reports are matched by text hash. A report only they have comes in with all its facts (every statement is
//   kept: an estimate in one report and the actual in a later one are revision history, not a conflict).
// - In a report both have, a statement is matched by its span, else by region/indicator/measure/period/kind.
//   Same content → identical (silent). Different content → conflict `same-report`. No match → added.
// - A fact not tied to a report (entered by hand, from a spreadsheet) is matched by region/indicator/measure/
//   period/kind against all my facts: same value → identical; another value → conflict `same-series`.
// - A fact of a report both hold that their copy lacks (neither its span nor its series is there) is a conflict
//   `deleted-there`: deleted by them or added by me, only the economist knows; keeping mine is one choice.
//   Facts I have in reports they do not hold, or not tied to a report, are kept (nothing to compare them with).
// - Indicators by name, aliases by alias, pivots by name: new ones come in; a different definition is a conflict.
import type { Fact } from '../types';
import { rowToFact, type Workspace } from './workspace';
import type { FactConflict, FactSide, MergeConflict, MergePlan, MergeSource, Resolution } from './merge-types';

export interface IndicatorRow { id: number; name: string; unit: string | null; direction: string; flowStock: string }

/** The full decision list, with the rows needed to apply it (internal; `previewMerge` gives the JSON view). */
export interface MergeWork {
  source: MergeSource;
  newDocuments: number[]; // their document ids
  docHash: Map<number, string>; // their document id → hash
  factsToAdd: Fact[];
  identical: number;
  factConflicts: { conflict: FactConflict; mine: Fact; theirs: Fact }[];
  /** My facts in shared reports that their copy lacks; "theirs" deletes them here. */
  deletedThere: { conflict: FactConflict; mine: Fact }[];
  indicatorsToAdd: IndicatorRow[];
  aliasesToAdd: { alias: string; indicator: string }[];
  pivotsToAdd: { name: string; spec: string }[];
  forecastsToAdd: Record<string, unknown>[];
  otherConflicts: Exclude<MergeConflict, FactConflict>[];
}

const CONTENT_FIELDS = ['indicator', 'measure', 'value', 'low', 'high', 'unit', 'qualifier', 'period', 'kind', 'region', 'status', 'start', 'end'] as const;
const VALUE_FIELDS = ['value', 'low', 'high', 'unit', 'qualifier'] as const;

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function differing(a: Fact, b: Fact, fields: readonly (keyof Fact)[]): string[] {
  return fields.filter((f) => !same(a[f], b[f])) as string[];
}

const seriesKey = (f: Fact) => JSON.stringify([f.region, f.indicator, f.measure, f.period, f.kind]);
const spanKey = (f: Fact) => `${f.start}:${f.end}`;

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

function allFacts(ws: Workspace): Fact[] {
  return ws.all('SELECT * FROM facts ORDER BY id').map(rowToFact);
}

export function readIndicators(ws: Workspace): Map<string, IndicatorRow> {
  return new Map(ws.all('SELECT id, name, unit, direction, flow_stock FROM indicators').map((r) => [String(r.name), {
    id: Number(r.id), name: String(r.name), unit: r.unit == null ? null : String(r.unit), direction: String(r.direction), flowStock: String(r.flow_stock),
  }]));
}

function readAliases(ws: Workspace): Map<string, string> {
  return new Map(ws.all('SELECT a.alias, i.name FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id').map((r) => [String(r.alias), String(r.name)]));
}

function side(f: Fact, titles: Map<number, string>): FactSide {
  return {
    factId: f.id, indicator: f.indicator, measure: f.measure, value: f.value, low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier,
    period: f.period, kind: f.kind, region: f.region, status: f.status, start: f.start, end: f.end, quote: f.quote,
    report: f.documentId == null ? null : titles.get(f.documentId) ?? null, updatedAt: f.updatedAt,
  };
}

function docIndex(ws: Workspace) {
  const byId = new Map<number, { hash: string; title: string }>();
  for (const r of ws.all('SELECT id, hash, title FROM documents')) byId.set(Number(r.id), { hash: String(r.hash), title: String(r.title) });
  return byId;
}

/** The closest statement by span (ties: lowest id), so a conflict shows the counterpart a reader would pick. */
function nearest(cands: Fact[], t: Fact): Fact {
  const dist = (f: Fact) => Math.abs((f.start ?? 0) - (t.start ?? 0));
  return cands.reduce((best, f) => (dist(f) < dist(best) ? f : best));
}

export function planMerge(mine: Workspace, theirs: Workspace, source: MergeSource): MergeWork {
  const myDocs = docIndex(mine);
  const theirDocs = docIndex(theirs);
  const myDocByHash = new Map([...myDocs].map(([id, d]) => [d.hash, id]));
  const myTitles = new Map([...myDocs].map(([id, d]) => [id, d.title]));
  const theirTitles = new Map([...theirDocs].map(([id, d]) => [id, d.title]));

  const bySpan = new Map<string, Fact[]>(); // `${hash}|${span}`
  const bySeriesInDoc = new Map<string, Fact[]>(); // `${hash}|${series}`
  const bySeries = new Map<string, Fact[]>();
  for (const f of allFacts(mine)) {
    const hash = f.documentId == null ? null : myDocs.get(f.documentId)?.hash;
    if (hash) {
      if (f.start != null) push(bySpan, `${hash}|${spanKey(f)}`, f);
      push(bySeriesInDoc, `${hash}|${seriesKey(f)}`, f);
    }
    push(bySeries, seriesKey(f), f);
  }

  const work: MergeWork = {
    source, newDocuments: [], docHash: new Map([...theirDocs].map(([id, d]) => [id, d.hash])), factsToAdd: [], identical: 0, factConflicts: [], deletedThere: [],
    indicatorsToAdd: [], aliasesToAdd: [], pivotsToAdd: [], forecastsToAdd: [], otherConflicts: [],
  };
  for (const [id, d] of theirDocs) if (!myDocByHash.has(d.hash)) work.newDocuments.push(id);

  const conflict = (reason: FactConflict['reason'], m: Fact, t: Fact, differences: string[]) => {
    work.factConflicts.push({
      mine: m, theirs: t,
      conflict: { id: `fact:${t.id}`, type: 'fact', reason, differences, mine: side(m, myTitles), theirs: side(t, theirTitles), choices: ['mine', 'theirs', 'both'] },
    });
  };

  const theirHashes = new Set([...theirDocs.values()].map((d) => d.hash));
  const theirKeys = new Set<string>(); // `${hash}|span:…` and `${hash}|series:…` of their facts in reports
  const theirFacts = allFacts(theirs);
  for (const t of theirFacts) {
    const hash = t.documentId == null ? null : theirDocs.get(t.documentId)?.hash ?? null;
    if (!hash) continue;
    if (t.start != null) theirKeys.add(`${hash}|span:${spanKey(t)}`);
    theirKeys.add(`${hash}|series:${seriesKey(t)}`);
  }

  for (const t of theirFacts) {
    const hash = t.documentId == null ? null : theirDocs.get(t.documentId)?.hash ?? null;
    if (hash && myDocByHash.has(hash)) {
      const cands = (t.start != null ? bySpan.get(`${hash}|${spanKey(t)}`) : undefined) ?? bySeriesInDoc.get(`${hash}|${seriesKey(t)}`) ?? [];
      if (cands.length === 0) work.factsToAdd.push(t);
      else if (cands.some((m) => differing(m, t, CONTENT_FIELDS).length === 0)) work.identical++;
      else {
        const m = nearest(cands, t);
        conflict('same-report', m, t, differing(m, t, CONTENT_FIELDS));
      }
    } else if (hash) {
      work.factsToAdd.push(t);
    } else {
      const cands = bySeries.get(seriesKey(t)) ?? [];
      if (cands.length === 0) work.factsToAdd.push(t);
      else if (cands.some((m) => differing(m, t, VALUE_FIELDS).length === 0)) work.identical++;
      else {
        const m = nearest(cands, t);
        conflict('same-series', m, t, differing(m, t, VALUE_FIELDS));
      }
    }
  }

  for (const m of allFacts(mine)) {
    const hash = m.documentId == null ? null : myDocs.get(m.documentId)?.hash;
    if (!hash || !theirHashes.has(hash)) continue;
    const there = (m.start != null && theirKeys.has(`${hash}|span:${spanKey(m)}`)) || theirKeys.has(`${hash}|series:${seriesKey(m)}`);
    if (there) continue;
    work.deletedThere.push({
      mine: m,
      conflict: { id: `fact-deleted:${m.id}`, type: 'fact', reason: 'deleted-there', differences: [], mine: side(m, myTitles), theirs: null, choices: ['mine', 'theirs'] },
    });
  }

  planCatalogue(mine, theirs, work);
  planPivotsAndForecasts(mine, theirs, work);
  return work;
}

function planCatalogue(mine: Workspace, theirs: Workspace, work: MergeWork): void {
  const myInd = readIndicators(mine);
  for (const t of readIndicators(theirs).values()) {
    const m = myInd.get(t.name);
    if (!m) work.indicatorsToAdd.push(t);
    else if (m.unit !== t.unit || m.direction !== t.direction || m.flowStock !== t.flowStock) {
      const attrs = (x: IndicatorRow) => ({ unit: x.unit, direction: x.direction, flowStock: x.flowStock });
      work.otherConflicts.push({ id: `indicator:${t.name}`, type: 'indicator', name: t.name, mine: attrs(m), theirs: attrs(t), choices: ['mine', 'theirs'] });
    }
  }
  const myAliases = readAliases(mine);
  for (const [alias, indicator] of readAliases(theirs)) {
    const m = myAliases.get(alias);
    if (m === undefined) work.aliasesToAdd.push({ alias, indicator });
    else if (m !== indicator) work.otherConflicts.push({ id: `alias:${alias}`, type: 'alias', alias, mine: m, theirs: indicator, choices: ['mine', 'theirs'] });
  }
}

function planPivotsAndForecasts(mine: Workspace, theirs: Workspace, work: MergeWork): void {
  const myPivots = new Map(mine.all('SELECT name, spec FROM pivots').map((r) => [String(r.name), String(r.spec)]));
  for (const r of theirs.all('SELECT name, spec FROM pivots ORDER BY name')) {
    const name = String(r.name);
    const spec = String(r.spec);
    const m = myPivots.get(name);
    if (m === undefined) work.pivotsToAdd.push({ name, spec });
    else if (m !== spec) work.otherConflicts.push({ id: `pivot:${name}`, type: 'pivot', name, mine: m, theirs: spec, choices: ['mine', 'theirs', 'both'] });
  }
  const key = (r: Record<string, unknown>) => JSON.stringify([r.region, r.indicator, r.measure, r.target_period, r.method, r.inputs, r.result]);
  const myForecasts = new Set(mine.all('SELECT * FROM forecasts').map(key));
  for (const r of theirs.all('SELECT * FROM forecasts ORDER BY id')) if (!myForecasts.has(key(r))) work.forecastsToAdd.push(r);
}

/** The JSON view of a merge plan: what the Share view and the CLI show before anything changes. */
export function previewMerge(mine: Workspace, theirs: Workspace, source: MergeSource): MergePlan {
  return summarize(planMerge(mine, theirs, source));
}

export function summarize(work: MergeWork): MergePlan {
  return {
    source: work.source,
    clean: {
      documents: work.newDocuments.length, facts: work.factsToAdd.length, indicators: work.indicatorsToAdd.length,
      aliases: work.aliasesToAdd.length, pivots: work.pivotsToAdd.length, forecasts: work.forecastsToAdd.length,
    },
    identical: work.identical,
    conflicts: [...work.factConflicts.map((c) => c.conflict), ...work.deletedThere.map((c) => c.conflict), ...work.otherConflicts],
  };
}

export type Resolutions = Readonly<Record<string, Resolution>>;
