// The extract / build-db / eval commands as a user runs them (through runCli, output captured).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';

const root = path.resolve(__dirname, '../..');
const sample = path.join(root, 'assets/samples/002_14ea47935ffe9678.txt');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('extract --jsonl', () => {
  it('prints one JSON object per fact with offsets into the decoded original', async () => {
    const r = await cli('extract', '--jsonl', sample);
    expect(r.code).toBe(0);
    const facts = r.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(facts.length).toBeGreaterThan(20);
    expect(Object.keys(facts[0]!)).toEqual(expect.arrayContaining(['indicator', 'measure', 'value', 'low', 'high', 'unit', 'qualifier', 'period', 'kind', 'doc', 'region', 'start', 'end']));
    expect(facts[0]).toMatchObject({ doc: '002_14ea47935ffe9678.txt', region: '罗湖区' });
  });
  it('reports an unreadable file on stderr, still processes the others, and exits non-zero', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planscope-extract-'));
    const bad = path.join(dir, 'scan.txt');
    writeFileSync(bad, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 0, 0]));
    const empty = path.join(dir, 'notes.txt');
    writeFileSync(empty, '会议纪要\n今天讨论了工作安排。\n');
    const r = await cli('extract', '--jsonl', bad, empty, sample);
    expect(r.code).not.toBe(0);
    expect(r.err.join('\n')).toMatch(/scan\.txt/);
    expect(r.err.join('\n')).toMatch(/notes\.txt: no facts found/);
    expect(r.out.length).toBeGreaterThan(20);
  });
});

describe('build-db', () => {
  it('writes a workspace the sqlite3 shell opens and finds intact', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'planscope-db-')), 'ws.db');
    const r = await cli('build-db', '--out', out, sample);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/002_14ea47935ffe9678\.txt: \d+ facts/);
    expect(execFileSync('sqlite3', [out, 'PRAGMA integrity_check;']).toString().trim()).toBe('ok');
    const facts = Number(execFileSync('sqlite3', [out, 'SELECT count(*) FROM facts;']).toString());
    expect(facts).toBeGreaterThan(20);
    expect(execFileSync('sqlite3', [out, "SELECT name FROM indicators WHERE name = '地区生产总值';"]).toString().trim()).toBe('地区生产总值');
  });
});

describe('eval', () => {
  it('prints per-report lines and ends with JSON holding the four scores', async () => {
    const r = await cli('eval');
    expect(r.code).toBe(0);
    const sets = (JSON.parse(r.out[r.out.length - 1]!) as { sets: Record<string, { overall: Record<string, number>; reports: Record<string, unknown> }> }).sets;
    expect(Object.keys(sets)).toEqual(['gold', 'real-reports', 'fixtures-real']);
    const last = sets.gold!;
    expect(Object.keys(last.reports)).toHaveLength(3);
    // Real scores, not just numbers: the gold test's floors hold for the CLI's figures too (all ≥ 0.85, none above 1).
    for (const k of ['recall_tier1_strict', 'recall_all_lenient', 'recall_all_strict', 'precision', 'indicator_accuracy']) {
      expect(typeof last.overall[k], k).toBe('number');
      expect(last.overall[k], k).toBeGreaterThanOrEqual(0.85);
      expect(last.overall[k], k).toBeLessThanOrEqual(1);
    }
  });
});
