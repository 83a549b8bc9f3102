// The three hand-labelled reports (../shared/gold), scored as `npm run eval` scores them (the matching rule of
// main/core/extract/scoring.ts), and importReport into a real sql.js workspace.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../main/core/catalog';
import { readReport } from '../../main/core/extract';
import { importReport } from '../../main/core/store/import-report';
import { decodeReport } from '../../main/core/normalize/decode';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { describeEvalSet } from '../helpers/eval-set';

const root = path.resolve(__dirname, '../..');
const goldDir = path.resolve(root, '../shared/gold');
const docs = ['000_8903ae0473562cee', '001_c2878a9ffa656724', '004_338467c9a205d53a'];
const bytesOf = (doc: string) => new Uint8Array(readFileSync(path.join(root, 'assets/samples', `${doc}.txt`)));

// No runIf: a missing gold folder used to skip these accuracy floors silently; it must fail instead.
describe('gold reports', () => {
  it('has the hand-labelled reports to score against', () => {
    expect(docs.filter((doc) => !existsSync(path.join(goldDir, `${doc}.jsonl`))), `gold labels expected in ${goldDir}`).toEqual([]);
  });
  it('headline indicators carry catalogue names', () => {
    const { facts } = readReport(decodeReport(bytesOf(docs[0]!), 'x').text, 'x');
    expect(facts.filter((f) => f.tier === 1).map((f) => f.indicator)).toContain('一般公共预算收入');
  });
});

// Headline recall, headline period and kind, all-facts recall (lenient and strict), precision and indicator
// accuracy, each at today's counts minus one fact (tests/core/eval-floors.json), and never below the naive scan.
describeEvalSet('gold');

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
