// reports.import with a report whose year nothing in it says (real sql.js workspace): the whole import is
// refused naming every such file with its publication year, nothing is stored, and the same files imported
// again with a year per file are stored under it. Report texts are made up.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sayIn } from '../../main/contract/messages';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
beforeEach(async () => {
  h = await spineHarness();
  await h.call('workspace.new', {});
});
afterEach(() => h.cleanup());

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const repost = (published: string) => b64(['—————某公众号————', `发布时间:${published}`, '经济社会发展主要目标', '——地区生产总值增长6%。'].join('\n'));

describe('reports.import and the year a report does not say', () => {
  it('refuses the import, names each file needing a year with its publication year, and stores nothing', async () => {
    const sample = b64(await readFile(join(SAMPLES_DIR, '000_8903ae0473562cee.txt')));
    const out = await h.outcome('reports.import', { files: [
      { fileName: 'a.txt', base64: repost('2024-03-02') },
      { fileName: '000.txt', base64: sample },
      { fileName: 'b.txt', base64: b64('经济社会发展主要目标\n——新增就业18万人。') },
    ] });
    expect(out).toMatchObject({ ok: false, error: { code: 'bad-input', details: { needsYear: true, files: [
      { fileName: 'a.txt', suggestedYear: 2024 }, { fileName: 'b.txt', suggestedYear: null },
    ] } } });
    if (!out.ok) {
      expect(out.error.message).toMatch(/^The year of these reports cannot be read .*: a\.txt, b\.txt\.$/);
      expect(sayIn('zh-CN', out.error.say!)).toMatch(/年份.*a\.txt、b\.txt/);
    }
    expect(await h.call('reports.list', {})).toEqual([]);
    expect((await h.call('workspace.info', {})).facts).toBe(0);
  });

  it('imports them with the year given per file, and their facts carry it', async () => {
    const r = await h.call('reports.import', { files: [
      { fileName: 'a.txt', base64: repost('2024-03-02'), year: 2023 },
      { fileName: 'c.txt', base64: repost('2022-02-01'), year: 2021 },
    ] });
    expect(r.reports.map((x) => [x.fileName, x.factCount])).toEqual([['a.txt', 1], ['c.txt', 1]]);
    const list = await h.call('reports.list', {});
    expect(Object.fromEntries(list.map((d) => [d.fileName, d.period]))).toEqual({ 'a.txt': '2023', 'c.txt': '2021' });
    const facts = await h.call('facts.list', {});
    expect(facts.map((f) => f.period).sort()).toEqual(['2021', '2023']);
  });

  it('refuses a year that is not one', async () => {
    const out = await h.outcome('reports.import', { files: [{ fileName: 'a.txt', base64: repost('2024-03-02'), year: 23 }] });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});
