// The workbooks services end to end on real parts (sql.js, SheetJS, the parser worker): export the briefing,
// import its facts sheet into an empty workspace through the wizard's calls, and get the same facts back;
// an import with one bad cell changes nothing; the CLI does the same from a terminal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { PlanscopeError } from '../../main/contract/errors';
import type { ServiceContext } from '../../main/services/context';
import { createNodeContext } from '../../main/services/node-context';
import { workbooksHandlers as h } from '../../main/services/workbooks';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { runCli } from '../../main/cli';
import { readZipDirectory } from '../../main/core/xlsx/zip';
import { sampleWorkspace } from '../core/pivot-fixture';

const KEY = ['indicator', 'region', 'measure', 'period', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'quote', 'status'] as const;
const comparable = (ws: Workspace, where = "status <> 'rejected' AND value IS NOT NULL") =>
  ws.all(`SELECT ${KEY.join(', ')} FROM facts WHERE ${where}`).map((r) => JSON.stringify(KEY.map((k) => r[k] ?? null))).sort();

let ctx: ServiceContext;
const events: string[] = [];
beforeAll(async () => {
  ctx = createNodeContext({ SQL: await loadSqlJs(), samplesDir: '', emit: (e, p) => events.push(`${e} ${JSON.stringify(p)}`), clock: () => '2026-11-23T10:00:00Z' });
  ctx.session.replace(await sampleWorkspace(), null);
});

describe('workbooks services', () => {
  it('round trip: the facts sheet of a briefing imports into an empty workspace as the same facts', async () => {
    const source = comparable(ctx.session.current());
    expect(source.length).toBeGreaterThan(100);
    const exported = await h['workbooks.exportBriefing']({ language: 'zh' }, ctx);
    expect(exported.fileName).toBe('简报 指标 × 期间 (目标 实际).xlsx');
    // Leaves compressed, and still a sound zip (every part's CRC checked by 7-Zip).
    const file = Buffer.from(exported.base64!, 'base64');
    const large = readZipDirectory(file).filter((e) => e.size > 1000);
    expect(large.length).toBeGreaterThan(0); // otherwise the every() below is vacuous
    expect(large.every((e) => e.method === 8)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'planscope-brief-'));
    writeFileSync(join(dir, 'b.xlsx'), file);
    expect(execFileSync('7za', ['t', join(dir, 'b.xlsx')], { encoding: 'utf8' })).toContain('Everything is Ok');
    ctx.session.replace(Workspace.create(ctx.SQL), null);
    const inspection = await h['workbooks.inspect']({ fileName: exported.fileName, base64: exported.base64! }, ctx);
    const factsSheet = inspection.sheets.find((s) => s.name === '事实')!;
    expect(factsSheet.guess.mapping).toMatchObject({ form: 'long', headerRow: 1, columns: { indicator: '指标', region: '地区', period: '期间', kind: '类型', measure: '口径', value: '数值', unit: '单位', qualifier: '限定' } });
    const mapping = { ...factsSheet.guess.mapping, headerRow: 1, defaults: {} };
    const preview = await h['workbooks.previewImport']({ token: inspection.token, mapping: { ...mapping, form: 'long' } }, ctx);
    expect(preview.errors).toEqual([]);
    expect(preview.factCount).toBe(source.length);
    const done = await h['workbooks.commitImport']({ token: inspection.token, mapping: { ...mapping, form: 'long' } }, ctx);
    expect(done).toEqual({ added: source.length, replaced: 0, skipped: 0, sheet: '事实', fileName: exported.fileName });
    expect(comparable(ctx.session.current())).toEqual(source);
    const origin = ctx.session.current().listFacts()[0]!.origin;
    expect(origin).toEqual({ file: exported.fileName, sheet: '事实', cell: 'F2' });
    expect(ctx.session.dirty()).toBe(true);
    expect(events).toContain('workspace.changed {"tables":["facts"]}');
  });

  it('refuses an import with a bad cell as a whole, listing the cell, and changes nothing', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明']]), '说明');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ['指标', '地区', '年份', '数值', '单位'],
      ['地区生产总值', '罗湖区', 2023, 5.5, '%'],
      ...Array.from({ length: 11 }, (_, i) => ['一般公共预算收入', '罗湖区', 2010 + i, 100 + i, '亿元']),
      ['地区生产总值', '罗湖区', 2024, '约6%', '%'],
    ]), '数据');
    const base64 = Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer).toString('base64');
    const before = comparable(ctx.session.current(), '1');
    const inspection = await h['workbooks.inspect']({ fileName: '同事.xlsx', base64 }, ctx);
    const mapping = { sheet: '数据', headerRow: 1, form: 'long' as const, columns: { indicator: '指标', region: '地区', period: '年份', value: '数值', unit: '单位' }, defaults: {} };
    const preview = await h['workbooks.previewImport']({ token: inspection.token, mapping }, ctx);
    expect(preview.errors.map((e) => e.message)).toEqual(["Sheet 2, D14: '约6%' is not a number; write 6 and set qualifier approx"]);
    let err: unknown;
    try {
      await h['workbooks.commitImport']({ token: inspection.token, mapping }, ctx);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanscopeError);
    expect((err as PlanscopeError).code).toBe('bad-input');
    expect((err as PlanscopeError).message).toBe("1 cell in 同事.xlsx stops the import; nothing was imported.\nSheet 2, D14: '约6%' is not a number; write 6 and set qualifier approx");
    expect((err as PlanscopeError).details).toEqual({ errors: [{ sheetIndex: 2, sheet: '数据', cell: 'D14', value: '约6%', message: "Sheet 2, D14: '约6%' is not a number; write 6 and set qualifier approx", messageZh: '同事.xlsx 工作表“数据”D14:“约6%”不是数字;改为数值 6,限定为“约”,单位 %', fix: { value: 6, qualifier: 'approx', unit: '%' } }], moreErrors: 0 });
    expect(comparable(ctx.session.current(), '1')).toEqual(before);
  });

  it('exports any grid as CSV with a BOM, or writes it to a path', async () => {
    const grid = { title: '记分卡/2024', rowLabelHeaders: ['指标'], columnHeaderRows: [[{ label: '目标', span: 1 }]], rows: [{ kind: 'data' as const, cells: ['地区生产总值', 6] }] };
    const csv = await h['workbooks.exportGrid']({ grid, format: 'csv' }, ctx);
    expect(csv.fileName).toBe('记分卡 2024.csv');
    expect(Buffer.from(csv.base64!, 'base64').toString('utf8')).toBe('\uFEFF指标,目标\r\n地区生产总值,6\r\n');
    const dir = mkdtempSync(join(tmpdir(), 'planscope-grid-'));
    const out = await h['workbooks.exportGrid']({ grid, format: 'xlsx', path: join(dir, 'g.xlsx') }, ctx);
    expect(out).toMatchObject({ base64: null, path: join(dir, 'g.xlsx') });
    expect(XLSX.read(readFileSync(join(dir, 'g.xlsx'))).SheetNames).toEqual(['记分卡 2024']);
  });

  it('says plainly when an inspection token has expired', async () => {
    await expect(Promise.resolve().then(() => h['workbooks.previewImport']({ token: 'ab'.repeat(12), mapping: { sheet: '1', headerRow: 1, form: 'long', columns: { indicator: 'A' }, defaults: {} } }, ctx)))
      .rejects.toThrow('That workbook is no longer open for import; choose the file again.');
  });
});

describe('export-xlsx and import-xlsx CLI', () => {
  it('exports a briefing, refuses a bad sheet with JSON lines leaving the db untouched, then imports a good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planscope-cli-'));
    const db = join(dir, 'ws.db');
    const ws = await sampleWorkspace();
    writeFileSync(db, ws.export());
    const io = () => {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
    };
    const a = io();
    expect(await runCli(['export-xlsx', '--db', db, '--out', join(dir, 'b.xlsx')], a.io)).toBe(0);
    expect(XLSX.read(readFileSync(join(dir, 'b.xlsx'))).SheetNames).toEqual(['封面', '透视表 指标 × 期间 (目标 实际)', '记分卡', '规划跟踪', '事实', '预测']);

    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['指标', '地区', '2022', '2023'], ['税收收入', '罗湖区', 120.5, '约6%'], ['税收收入增速', '罗湖区', 3.1, 'x']]), 'S');
    writeFileSync(join(dir, 'bad.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const dbBefore = readFileSync(db);
    const b = io();
    expect(await runCli(['import-xlsx', '--db', db, join(dir, 'bad.xlsx')], b.io)).toBe(1);
    expect(b.out.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual([
      "Sheet 1, D2: '约6%' is not a number; write 6 and set qualifier approx",
      "Sheet 1, D3: 'x' is not a number; write digits only (for example 6 or 194.7)",
    ]);
    expect(readFileSync(db).equals(dbBefore)).toBe(true);
    expect(existsSync(`${db}.bak`)).toBe(false);

    const mapping = join(dir, 'map.json');
    writeFileSync(mapping, JSON.stringify({ sheet: 'S', headerRow: 1, form: 'wide', columns: { indicator: '指标', region: '地区' }, defaults: { unit: '亿元' } }));
    const good = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(good, XLSX.utils.aoa_to_sheet([['指标', '地区', '2022', '2023'], ['税收收入', '罗湖区', 120.5, 126]]), 'S');
    writeFileSync(join(dir, 'good.xlsx'), XLSX.write(good, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const c = io();
    expect(await runCli(['import-xlsx', '--db', db, '--mapping', mapping, join(dir, 'good.xlsx')], c.io)).toBe(0);
    expect(c.err.join('\n')).toMatch(/imported 2 facts from sheet "S"/);
    const after = Workspace.fromBytes(ctx.SQL, readFileSync(db));
    expect(after.all(`SELECT period, value, unit, origin FROM facts WHERE indicator = '税收收入' AND origin IS NOT NULL ORDER BY period`)).toEqual([
      { period: '2022', value: 120.5, unit: '亿元', origin: JSON.stringify({ file: 'good.xlsx', sheet: 'S', cell: 'C2' }) },
      { period: '2023', value: 126, unit: '亿元', origin: JSON.stringify({ file: 'good.xlsx', sheet: 'S', cell: 'D2' }) },
    ]);
    expect(existsSync(`${db}.bak`)).toBe(true);
  });

  it('says in words why no mapping can be guessed from a 300-character header, leaving the db untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planscope-cli-'));
    const db = join(dir, 'ws.db');
    writeFileSync(db, (await sampleWorkspace()).export());
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[`指标${'名'.repeat(300)}`, '地区', '2023'], ['税收收入', '罗湖区', 126]]), 'S');
    writeFileSync(join(dir, 'long.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const before = readFileSync(db);
    const err: string[] = [];
    expect(await runCli(['import-xlsx', '--db', db, join(dir, 'long.xlsx')], { out: () => undefined, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('\n')).toMatch(/long\.xlsx, sheet "S": no mapping can be guessed from its headers \(columns\.indicator: .*\); write one and pass it with --mapping/);
    expect(err.join('\n')).not.toContain('"code"');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('names a workbook that does not exist as not found, not as unreadable', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'planscope-missing-')), 'colleague.xlsx');
    const err = await Promise.resolve(h['workbooks.inspect']({ path: missing }, ctx)).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(PlanscopeError);
    expect((err as PlanscopeError).code).toBe('not-found');
    expect((err as PlanscopeError).message).toContain('colleague.xlsx');
  });
});

