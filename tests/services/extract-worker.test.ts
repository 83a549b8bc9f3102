// Reports from outside are read in a worker with a size and a time limit: a report over either is refused with
// a zh/en message naming the file, the workspace is byte-identical afterwards, and this process keeps serving.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importReport } from '../../main/core/store/import-report';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { extractInWorker } from '../../main/extract-worker/run-extract';
import { importIntoWorkspace, inWorker, type ReportImporter } from '../../main/services/reports';
import { storeReport } from '../../main/core/store/import-report';
import { PlanscopeError } from '../../main/core/errors';
import { sayIn } from '../../main/core/messages';
import { SAMPLES_DIR, spineHarness, type SpineHarness } from '../helpers/spine-context';

const SAMPLE = '000_8903ae0473562cee.txt';
let h: SpineHarness;
beforeEach(async () => (h = await spineHarness()));
afterEach(async () => h.cleanup());

describe('report extraction in a worker', () => {
  it('reads a report exactly as the in-process import does', async () => {
    const bytes = new Uint8Array(await readFile(join(SAMPLES_DIR, SAMPLE)));
    const SQL = await loadSqlJs();
    const here = Workspace.create(SQL);
    const there = Workspace.create(SQL);
    const a = importReport(here, { fileName: SAMPLE, bytes });
    const b = await inWorker(there, { fileName: SAMPLE, bytes });
    expect(b.factCount).toBe(a.factCount);
    expect(b.factCount).toBeGreaterThan(20);
    const strip = (ws: Workspace) => ws.listFacts().map(({ createdAt: _c, updatedAt: _u, ...f }) => f);
    expect(strip(there)).toEqual(strip(here));
  });

  it('refuses a report over the size limit before reading it, naming the file in Chinese and English', async () => {
    const refused = extractInWorker({ fileName: 'big-report.txt', bytes: new Uint8Array(2048) }, { maxFileBytes: 1024, timeoutMs: 30_000, maxHeapMb: 256 });
    const err = await refused.then(() => null, (e: unknown) => e as PlanscopeError);
    expect(err).toMatchObject({ code: 'limit-exceeded', message: 'big-report.txt is 0.0 MB; a report is at most 0 MB, so it was not imported.' });
    expect(sayIn('zh-CN', err!.say!)).toBe('big-report.txt 有 0.0 MB，超过报告的上限 0 MB，未导入。');
  });

  it('stops a report that does not finish in the time limit; the workspace is unchanged and the process serves on', async () => {
    await h.call('workspace.new', {});
    const ws = h.ctx.session.current();
    const before = ws.export();
    // Made-up text, repeated: an ordinary sentence that takes the reader longer than the (tiny) limit.
    const text = '2023年，全区地区生产总值增长6.5%，固定资产投资完成410亿元。\n'.repeat(20_000);
    const slow: ReportImporter = async (w, file) =>
      storeReport(w, file.fileName, await extractInWorker({ fileName: file.fileName, bytes: file.bytes }, { maxFileBytes: 20 * 1048576, timeoutMs: 20, maxHeapMb: 256 }));
    const files = [{ fileName: 'crafted.txt', bytes: new TextEncoder().encode(text), year: 2023 }];
    const err = await importIntoWorkspace(h.ctx, ws, files, 'test', slow).then(() => null, (e: unknown) => e as PlanscopeError);
    expect(err).toMatchObject({ code: 'limit-exceeded', message: expect.stringMatching(/^Reading crafted\.txt took longer than 0\.02 s/) });
    expect(sayIn('zh-CN', err!.say!)).toMatch(/^读取 crafted\.txt 超过 0\.02 秒，已停止，未导入/);
    expect(Buffer.from(ws.export()).equals(Buffer.from(before))).toBe(true);
    expect(await h.call('reports.list', {})).toEqual([]);
    // The same service keeps answering, and reports.import (the worker with its real limits) still works.
    const sample = (await readFile(join(SAMPLES_DIR, SAMPLE))).toString('base64');
    const ok = await h.call('reports.import', { files: [{ fileName: SAMPLE, base64: sample }] });
    expect(ok.factCount).toBeGreaterThan(20);
  });

  it('keeps a refusal\'s code and details from inside the worker (a report without a year asks for it)', async () => {
    await h.call('workspace.new', {});
    // Made-up: a text whose title and headings name no year.
    const base64 = Buffer.from('关于国民经济和社会发展计划执行情况的报告\n地区生产总值增长6%左右。\n').toString('base64');
    const outcome = await h.outcome('reports.import', { files: [{ fileName: 'no-year.txt', base64 }] });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'bad-input', details: { needsYear: true, files: [{ fileName: 'no-year.txt' }] } } });
    if (!outcome.ok) expect(sayIn('zh-CN', outcome.error.say!)).toBe('无法从标题或章节标题读出以下报告所属的年份，请为每份报告填写年份后重新导入：no-year.txt。');
  });

  it('words a refusal from inside the worker from the catalogue, in both languages', async () => {
    const bytes = new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x44, 0x45, 0x46, 0x47]);
    const err = await extractInWorker({ fileName: 'blob.txt', bytes }).then(() => null, (e: unknown) => e as PlanscopeError);
    expect(err).toMatchObject({ code: 'unreadable-file', say: { id: 'decode.binary-nul', params: { file: 'blob.txt', offset: 2 } } });
    expect(err!.message).toMatch(/^blob\.txt: this is a binary file \(NUL byte at offset 2\); expected a \.txt or \.html report/);
    expect(sayIn('zh-CN', err!.say!)).toMatch(/^blob\.txt：这是二进制文件（第 2 字节是 NUL）；/);
  });
});
