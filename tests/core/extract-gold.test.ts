// The three hand-labelled reports (../shared/gold), scored with the matching rule of main/core/extract/scoring.ts,
// and importReport into a real sql.js workspace.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../main/core/catalog';
import { readReport } from '../../main/core/extract';
import { importReport } from '../../main/core/store/import-report';
import { combineScores, scoreReport, type GoldFact, type ReportScore } from '../../main/core/extract/scoring';
import { decodeReport } from '../../main/core/normalize/decode';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

const root = path.resolve(__dirname, '../..');
const goldDir = path.resolve(root, '../shared/gold');
const docs = ['000_8903ae0473562cee', '001_c2878a9ffa656724', '004_338467c9a205d53a'];
const bytesOf = (doc: string) => new Uint8Array(readFileSync(path.join(root, 'assets/samples', `${doc}.txt`)));

// No runIf: a missing gold folder used to skip these accuracy floors silently; it must fail instead.
describe('gold reports', () => {
  it('has the hand-labelled reports to score against', () => {
    expect(docs.filter((doc) => !existsSync(path.join(goldDir, `${doc}.jsonl`))), `gold labels expected in ${goldDir}`).toEqual([]);
  });
  const scores: ReportScore[] = docs.filter((doc) => existsSync(path.join(goldDir, `${doc}.jsonl`))).map((doc) => {
    const gold = readFileSync(path.join(goldDir, `${doc}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldFact);
    const { text } = decodeReport(bytesOf(doc), `${doc}.txt`);
    return scoreReport(text, gold, readReport(text, `${doc}.txt`).facts);
  });
  const overall = combineScores(scores);

  it('finds the headline (tier-1) facts with the right period and kind (strict recall ≥ 0.95)', () => {
    expect(overall.recall_tier1_strict).toBeGreaterThanOrEqual(0.95);
  });
  it('finds the facts of all tiers (recall ≥ 0.85, also strict)', () => {
    expect(overall.recall_all_lenient).toBeGreaterThanOrEqual(0.85);
    expect(overall.recall_all_strict).toBeGreaterThanOrEqual(0.85);
  });
  it('every gold quote is found in its report', () => {
    expect(overall.unlocatedQuotes).toBe(0);
  });
  it('emits few non-facts (precision ≥ 0.90)', () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('carries the right indicator on matched facts (indicator accuracy ≥ 0.95)', () => {
    expect(overall.indicator_accuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('headline indicators carry catalogue names', () => {
    expect(overall.precision).toBeGreaterThan(0.75);
    const { facts } = readReport(decodeReport(bytesOf(docs[0]!), 'x').text, 'x');
    expect(facts.filter((f) => f.tier === 1).map((f) => f.indicator)).toContain('一般公共预算收入');
  });
});

describe('importReport', () => {
  it('stores the report and its facts with quotes from the original text, once', async () => {
    const ws = Workspace.create(await loadSqlJs());
    seedCatalog(ws);
    const file = { fileName: '002_14ea47935ffe9678.txt', bytes: new Uint8Array(readFileSync(path.join(root, 'assets/samples/002_14ea47935ffe9678.txt'))) };
    const first = importReport(ws, file);
    expect(first).toMatchObject({ existed: false, meta: { region: '罗湖区', period: '2020H1' } });
    expect(first.factCount).toBeGreaterThan(20);
    const stored = ws.listFacts({ documentId: first.documentId });
    expect(stored).toHaveLength(first.factCount);
    const text = ws.documentText(first.documentId)!;
    for (const f of stored) expect(f.quote).toBe(text.slice(f.start!, f.end!));
    expect(stored.find((f) => f.indicator === '地区生产总值' && f.value === -1.4)).toMatchObject({ period: '2020H1', kind: 'actual', tier: 1 });
    expect(importReport(ws, file)).toMatchObject({ existed: true, documentId: first.documentId });
    expect(ws.listFacts()).toHaveLength(first.factCount);
  });
  it('refuses an empty or binary file with a clear error and leaves the workspace unchanged', async () => {
    const ws = Workspace.create(await loadSqlJs());
    expect(() => importReport(ws, { fileName: 'empty.txt', bytes: new Uint8Array() })).toThrow(/empty\.txt/);
    expect(() => importReport(ws, { fileName: 'pic.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) })).toThrow(/pic\.txt/);
    expect(ws.listDocuments()).toHaveLength(0);
  });
});
