// Importing the same cells twice: the preview says so, commit asks (refuses with code conflict, workspace
// unchanged), and skip or replace does what it says without doubling a value. The CLI does the same, and resolves
// relative paths against the folder the command was typed in, not the project folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanscopeError } from '../../main/contract/errors';
import type { ServiceContext } from '../../main/services/context';
import { createNodeContext } from '../../main/services/node-context';
import { workbooksHandlers as h } from '../../main/services/workbooks';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { runCli } from '../../main/cli';
import { sayIn } from '../../main/contract/messages';

const fixtures = join(import.meta.dirname, '../fixtures/workbooks');
const repo = join(import.meta.dirname, '../..');
let ctx: ServiceContext;
beforeAll(async () => {
  const SQL = await loadSqlJs();
  ctx = createNodeContext({ SQL, samplesDir: '', emit: () => undefined, clock: () => '2026-12-03T10:00:00Z' });
  ctx.session.replace(Workspace.create(SQL), null);
});

const count = () => Number(ctx.session.current().one('SELECT COUNT(*) AS n FROM facts')!.n);

describe('re-importing the same cells', () => {
  it('is detected in the preview and asked about at commit; skip and replace never double a value', async () => {
    const inspection = await h['workbooks.inspect']({ path: join(fixtures, 'gov.xlsx') }, ctx);
    const mapping = { ...inspection.sheets[0]!.guess.mapping, defaults: { region: '某区' } } as Parameters<(typeof h)['workbooks.previewImport']>[0]['mapping'];
    const first = await h['workbooks.previewImport']({ token: inspection.token, mapping }, ctx);
    expect(first).toMatchObject({ factCount: 4, duplicates: { count: 0 }, noData: { count: 2 }, stoppedAt: { row: 7, rule: 'note' } });
    expect(await h['workbooks.commitImport']({ token: inspection.token, mapping }, ctx)).toMatchObject({ added: 4, replaced: 0, skipped: 0 });

    const again = await h['workbooks.previewImport']({ token: inspection.token, mapping }, ctx);
    expect(again.duplicates).toEqual({ count: 4, cells: ['C4', 'D4', 'C5', 'D6'] });
    const before = ctx.session.current().export();
    const err = await Promise.resolve().then(() => h['workbooks.commitImport']({ token: inspection.token, mapping }, ctx)).then(() => null, (e: unknown) => e as PlanscopeError);
    expect(err?.code).toBe('conflict');
    expect(err?.message).toMatch(/^4 of the 4 values of sheet "主要指标" in gov\.xlsx were imported before \(C4, D4, C5, D6\); choose skip .* or replace/);
    expect(Buffer.from(ctx.session.current().export()).equals(Buffer.from(before))).toBe(true);
    expect(sayIn('zh-CN', err!.say!)).toMatch(/^gov\.xlsx 工作表“主要指标”的 4 个数值中有 4 个此前已导入（C4, D4, C5, D6）；请选择跳过/);

    expect(await h['workbooks.commitImport']({ token: inspection.token, mapping, onDuplicate: 'skip' }, ctx)).toMatchObject({ added: 0, skipped: 4 });
    expect(count()).toBe(4);
    expect(await h['workbooks.commitImport']({ token: inspection.token, mapping, onDuplicate: 'replace' }, ctx)).toMatchObject({ added: 4, replaced: 4 });
    expect(count()).toBe(4);
  });
});

describe('a mapping that does not fit, in Chinese', () => {
  it('asks for the region instead of guessing it, naming the sheet', async () => {
    const inspection = await h['workbooks.inspect']({ path: join(fixtures, 'gov.xlsx') }, ctx);
    const mapping = inspection.sheets[0]!.guess.mapping as Parameters<(typeof h)['workbooks.previewImport']>[0]['mapping'];
    const err = await Promise.resolve().then(() => h['workbooks.previewImport']({ token: inspection.token, mapping }, ctx)).then(() => null, (e: unknown) => e as PlanscopeError);
    expect(err?.code).toBe('bad-input');
    expect(sayIn('zh-CN', err!.say!)).toBe('工作表“主要指标”没有地区列：请选择地区列，或填写“缺省地区”（Planscope 不猜测地区）。');
  });
});

describe('import-xlsx CLI', () => {
  it('imports a government-style .xls without a mapping file, by a path relative to the current folder, and asks before re-importing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planscope-rel-'));
    copyFileSync(join(fixtures, 'gov.xls'), join(dir, 'gov.xls'));
    writeFileSync(join(dir, 'ws.db'), Workspace.create(await loadSqlJs()).export());
    // Through npm from another folder: npm starts the CLI in the project folder and says where the user was.
    const run = (...args: string[]) => {
      try {
        return { code: 0, err: execFileSync('npm', ['--prefix', repo, 'run', '--silent', 'cli', '--', 'import-xlsx', '--db', 'ws.db', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (e) {
        const x = e as { status: number; stderr: string };
        return { code: x.status, err: x.stderr };
      }
    };
    const a = run('gov.xls', '--region', '某区');
    expect(a.code).toBe(0);
    const db = () => Workspace.fromBytes(ctx.SQL, readFileSync(join(dir, 'ws.db')));
    expect(db().all('SELECT indicator, period, value FROM facts ORDER BY id').length).toBe(4);
    const b = run('gov.xls', '--region', '某区');
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/4 of the 4 values of sheet "主要指标" in gov\.xls were imported before/);
    expect(run('gov.xls', '--region', '某区', '--on-duplicate', 'replace').code).toBe(0);
    expect(db().all('SELECT COUNT(*) AS n FROM facts')).toEqual([{ n: 4 }]);
  });

  it('prints the note row it stopped at and the cells with no figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planscope-cli-'));
    writeFileSync(join(dir, 'ws.db'), Workspace.create(await loadSqlJs()).export());
    const err: string[] = [];
    expect(await runCli(['import-xlsx', '--db', join(dir, 'ws.db'), '--region', '某区', join(fixtures, 'gov.ods')], { out: () => undefined, err: (l) => err.push(l) })).toBe(0);
    expect(err.join('\n')).toContain('stopped at row 7, a note row: 注:2024年为初步统计数。');
    expect(err.join('\n')).toContain('2 cell(s) with no figure (empty, —, 待统计 …) skipped: D5, C6');
  });
});
