// extract / build-db with a report whose year nothing in it says: refused with a message naming --year YYYY,
// read with the year given, and --trace prints the rules behind each fact. Report texts are made up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'planscope-year-'));
const noYear = path.join(dir, 'repost.txt');
writeFileSync(noYear, ['—————某公众号————', '发布时间:2024-03-02', '经济社会发展主要目标', '——地区生产总值增长6%。', '——新增就业18万人。'].join('\n'));
const withYear = path.join(dir, 'plan.txt');
writeFileSync(withYear, ['某区2022年国民经济和社会发展计划执行情况', '一、2022年计划执行情况', '2022年主要指标预计完成情况:', '——地区生产总值增长3%;'].join('\n'));

describe('extract --year / --trace', () => {
  it('refuses a report whose year cannot be read, naming --year YYYY and the publication year, and prints no fact', async () => {
    const r = await cli('extract', '--jsonl', noYear, withYear);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/repost\.txt: the report's year could not be read .*published in 2024.*--year YYYY/);
    expect(r.out.map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(['plan.txt']);
  });
  it('reads it with the year given, and never as 1970', async () => {
    const r = await cli('extract', '--jsonl', '--year', '2023', noYear);
    expect(r.code).toBe(0);
    const facts = r.out.map((l) => JSON.parse(l) as { period: string; kind: string });
    expect(facts.length).toBe(2);
    expect(facts.every((f) => f.period === '2023' && f.kind === 'target')).toBe(true);
  });
  it('refuses a --year that is not a year', async () => {
    await expect(cli('extract', '--jsonl', '--year', '23', noYear)).resolves.toMatchObject({ code: 2 });
  });
  it('--trace prints the rules behind each fact', async () => {
    const r = await cli('extract', '--jsonl', '--trace', withYear);
    const fact = JSON.parse(r.out[0]!) as { rules: string[]; kind: string };
    expect(fact.kind).toBe('estimate');
    expect(fact.rules).toEqual(expect.arrayContaining(['headline-list', 'section.review-year', 'intro.estimate-list']));
    expect(JSON.parse((await cli('extract', '--jsonl', withYear)).out[0]!)).not.toHaveProperty('rules');
  });
});

describe('build-db --year', () => {
  it('refuses the report without a year, naming --year; with --year it is stored under that year', async () => {
    const refused = await cli('build-db', '--out', path.join(dir, 'a.db'), noYear);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('--year YYYY');
    const built = await cli('build-db', '--out', path.join(dir, 'b.db'), '--year', '2023', noYear);
    expect(built.code).toBe(0);
    expect(built.out.join('\n')).toMatch(/repost\.txt: 2 facts .*2023\)/);
  });
});
