// `planscope check` and `planscope merge` as a person at a terminal (or a script) uses them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { runCli } from '../../main/cli';
import { openWorkspaceFile } from '../../main/workspace-file/open';
import { badFiles, sampleWorkspace } from './workspace-file-corpus';

let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

describe('planscope check', () => {
  it('prints one verdict per file and exits non-zero when any is refused', async () => {
    const good = join(dir, 'good.db');
    writeFileSync(good, sampleWorkspace(SQL).export());
    const ok = await cli('check', good);
    expect(ok.code).toBe(0);
    // The window's own verdict (sharing.check through dispatch), with what the file holds.
    expect(ok.out.map((l) => JSON.parse(l))).toEqual([{ ok: true, code: null, message: 'good.db is a sound Planscope workspace (1 report, 400 facts).' }]);

    const bad = badFiles(SQL).find((b) => b.name === 'view.db')!;
    const badPath = join(dir, bad.name);
    writeFileSync(badPath, bad.bytes);
    const refused = await cli('check', good, badPath);
    expect(refused.code).toBe(1);
    const verdicts = refused.out.map((l) => JSON.parse(l) as { ok: boolean; code: string; message: string });
    expect(verdicts[1]).toMatchObject({ ok: false, code: 'refused-file' });
    expect(verdicts[1]!.message).toMatch(bad.says);
    expect((await cli('check')).code).toBe(2);
  });

  it('works through npm run as documented', () => {
    const bad = badFiles(SQL).find((b) => b.name === 'newer.db')!;
    const path = join(dir, bad.name);
    writeFileSync(path, bad.bytes);
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', path], { encoding: 'utf8', cwd: process.cwd() });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ ok: false, code: 'newer-version' });
  });
});

describe('planscope merge', () => {
  it('merges what merges cleanly, saves MINE atomically with a backup, prints conflicts as JSON lines', async () => {
    const mine = join(dir, 'mine.db');
    const theirs = join(dir, 'theirs.db');
    writeFileSync(mine, sampleWorkspace(SQL).export());
    const t = sampleWorkspace(SQL);
    t.run('UPDATE facts SET value = -1 WHERE id = 4');
    t.addFacts(null, [{ indicator: '新指标', measure: 'level', value: 9, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2023', kind: 'actual', region: '南山区', start: null, end: null, tier: 2, quote: null }]);
    writeFileSync(theirs, t.export());

    const untouched = readFileSync(mine);
    const dry = await cli('merge', '--into', mine, '--dry-run', theirs);
    expect(dry.code).toBe(0);
    expect(existsSync(`${mine}.bak`)).toBe(false);
    expect(readFileSync(mine).equals(untouched)).toBe(true); // no backup alone would not show a write

    const r = await cli('merge', '--into', mine, theirs);
    expect(r.code).toBe(0);
    const conflicts = r.out.map((l) => JSON.parse(l) as { id: string; mine: { value: number }; theirs: { value: number } });
    expect(conflicts.map((c) => [c.id, c.mine.value, c.theirs.value])).toEqual([['fact:4', 1003, -1]]);
    expect(r.err).toMatch(/1 conflict\(s\) kept as yours/);
    expect(existsSync(`${mine}.bak`)).toBe(true);
    const merged = await openWorkspaceFile(SQL, mine);
    expect(merged.listFacts({ indicator: '新指标' })).toHaveLength(1);
    expect(merged.getFact(4)!.value).toBe(1003);
    merged.close();

    const decisions = join(dir, 'decisions.json');
    writeFileSync(decisions, JSON.stringify({ 'fact:4': 'theirs' }));
    const again = await cli('merge', '--into', mine, '--decisions', decisions, theirs);
    expect(again.out).toEqual([]);
    const final = await openWorkspaceFile(SQL, mine);
    expect(final.getFact(4)!.value).toBe(-1);
    expect(final.listFacts({ indicator: '新指标' })).toHaveLength(1); // not added twice
    final.close();

    writeFileSync(decisions, JSON.stringify({ 'fact:4': 'yours' }));
    const wrong = await cli('merge', '--into', mine, '--decisions', decisions, theirs);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/"fact:4" is "yours"; expected "mine", "theirs" or "both"/);
  });

  it('refuses a bad file to merge and leaves MINE untouched', async () => {
    const mine = join(dir, 'mine2.db');
    const sampleBytes = sampleWorkspace(SQL).export();
    writeFileSync(mine, sampleBytes);
    const bad = badFiles(SQL).find((b) => b.name === 'trigger.db')!;
    const path = join(dir, bad.name);
    writeFileSync(path, bad.bytes);
    const r = await cli('merge', '--into', mine, path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/trigger\.db contains a trigger "wipe".*\[refused-file\]/);
    expect(existsSync(`${mine}.bak`)).toBe(false);
    expect(readFileSync(mine).equals(Buffer.from(sampleBytes))).toBe(true);
  });
});
