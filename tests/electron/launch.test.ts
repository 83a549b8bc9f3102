// The real desktop app, launched with Playwright's _electron where the Electron binary is installed. On
// machines without it (ours: the binary download host is unreachable) the test is skipped and says why.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron } from 'playwright-core';
import { convertWithLibreOffice, sofficePath } from '../core/documents-make';

const root = resolve(import.meta.dirname, '../..');
const SKIP_REASON = 'skipped: Electron binary not installed';

/** Where npm's electron package would find its binary; read without require('electron'), which downloads. */
export function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

describe('desktop app smoke test', () => {
  it('starts, shows the sample workspace on first launch, imports a workbook and a report, and gives the page no Node', async (ctx) => {
    const exe = electronBinary();
    if (!exe) {
      console.log(SKIP_REASON);
      ctx.skip(SKIP_REASON);
    }
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
    const userData = await mkdtemp(join(tmpdir(), 'planscope-electron-'));
    const app = await _electron.launch({ executablePath: exe!, args: [root], env: { ...process.env, PLANSCOPE_USER_DATA: userData } });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('planscope://app/index.html');
      const exposed = await page.evaluate(() => ({
        api: typeof (globalThis as { planscope?: { call?: unknown } }).planscope?.call,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });
      await expect.poll(async () => page.evaluate(async () => {
        const out = await (globalThis as unknown as { planscope: { call(m: string, a: unknown): Promise<{ ok: boolean; result?: { documents: number } }> } })
          .planscope.call('workspace.info', {});
        return out.ok ? out.result!.documents : -1;
      }), { timeout: 30000 }).toBeGreaterThan(0);
      // The workers start inside the app: a colleague's workbook (workbook worker) and a Word report (document and
      // extraction workers) imported through the window's own bridge, as the Reports and Workbooks views do.
      const call = (method: string, args: unknown) => page.evaluate(async ([m, a]) =>
        (globalThis as unknown as { planscope: { call(m: string, a: unknown): Promise<{ ok: boolean; result?: unknown; error?: { message: string } }> } })
          .planscope.call(m as string, a), [method, args] as const);
      const book = readFileSync(join(root, 'tests/fixtures/workbooks/gov.xlsx')).toString('base64');
      const inspected = await call('workbooks.inspect', { fileName: 'gov.xlsx', base64: book });
      expect(inspected.ok, inspected.error?.message).toBe(true);
      const { token, sheets } = inspected.result as { token: string; sheets: { guess: { mapping: Record<string, unknown> } }[] };
      const mapping = { ...sheets[0]!.guess.mapping, defaults: { region: '某区' } };
      const committed = await call('workbooks.commitImport', { token, mapping });
      expect(committed.ok, committed.error?.message).toBe(true);
      expect((committed.result as { added: number }).added).toBeGreaterThan(0);
      const docs = await mkdtemp(join(tmpdir(), 'planscope-electron-docs-'));
      writeFileSync(join(docs, 'r.txt'), '示例区2024年国民经济和社会发展计划执行情况\n地区生产总值增长6.0%左右，固定资产投资完成194.7亿元。\n');
      if (sofficePath()) {
        convertWithLibreOffice([join(docs, 'r.txt')], 'docx', docs);
        const imported = await call('reports.import', { files: [{ fileName: 'r.docx', base64: readFileSync(join(docs, 'r.docx')).toString('base64'), year: 2024 }] });
        expect(imported.ok, imported.error?.message).toBe(true);
      } else {
        const imported = await call('reports.import', { files: [{ fileName: 'r.txt', base64: readFileSync(join(docs, 'r.txt')).toString('base64'), year: 2024 }] });
        expect(imported.ok, imported.error?.message).toBe(true);
      }
      // Navigation away from the app is refused by the window itself.
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
      }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 500));
      expect(page.url()).toBe('planscope://app/index.html');
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  }, 120000);
});
