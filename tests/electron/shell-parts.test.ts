// The rest of the shell, without the binary: the app:// protocol, the menu, the native dialogs, the paths.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../main/contract/events';
import { createDialogs } from '../../main/platform/dialogs';
import { menuTemplate } from '../../main/platform/menu';
import { appPaths } from '../../main/platform/paths';
import { rendererResponse } from '../../main/platform/protocol';
import { lastWorkspace, rememberWorkspace } from '../../main/platform/state';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planscope-shell-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Planscope</title>');
  await writeFile(join(dir, 'renderer', 'assets', 'a.css'), 'body{}');
  await writeFile(join(dir, 'private.db'), 'SQLite format 3');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  const serve = (url: string) => rendererResponse(join(dir, 'renderer'), url);
  it('serves the renderer with the CSP header', async () => {
    const res = await serve('planscope://app/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Planscope</title>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await serve('planscope://app/')).status).toBe(200);
    expect((await serve('planscope://app/assets/a.css')).headers.get('content-type')).toMatch(/text\/css/);
  });
  it('serves nothing outside the renderer folder and nothing for other hosts', async () => {
    for (const url of ['planscope://app/%2e%2e/private.db', 'planscope://app/../private.db']) {
      const res = await serve(url); // the URL parser drops the dots: it asks for renderer/private.db
      expect(res.status, url).toBe(404);
    }
    expect((await serve('planscope://app/..%2fprivate.db')).status).toBe(403); // decoded after parsing
    expect((await serve('planscope://other/index.html')).status).toBe(404);
    expect((await serve('planscope://app/missing.js')).status).toBe(404);
  });
});

describe('menu', () => {
  const sent: AppCommand[] = [];
  const items = (isMac: boolean, isDev: boolean) => menuTemplate({ isMac, isDev, send: (c) => sent.push(c) });
  const flat = (t: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    t.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

  it('has File, Edit, View and Window with the usual shortcuts, shown but handled by the page', () => {
    const all = flat(items(false, false));
    const byLabel = (l: string) => all.find((i) => i.label === l)!;
    expect(items(false, false).map((i) => i.label ?? i.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu']);
    expect(byLabel('Open Workspace…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    expect(byLabel('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byLabel('Save As…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S' });
    expect(byLabel('Undo Review Change')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(all.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'cut', 'selectAll', 'zoomIn']));
  });

  it('menu items send their command to the renderer', () => {
    const all = flat(items(false, false));
    for (const label of ['New Workspace', 'Open Workspace…', 'Import Reports…', 'Save', 'Save As…', 'Undo Review Change', 'Redo Review Change']) {
      const item = all.find((i) => i.label === label)!;
      (item.click as () => void)();
    }
    expect(sent).toEqual(['new', 'open', 'importReports', 'save', 'saveAs', 'undo', 'redo']);
  });

  it('developer tools only in development; macOS gets the app menu', () => {
    expect(flat(items(false, false)).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flat(items(false, true)).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(items(true, false)[0]).toEqual({ role: 'appMenu' });
  });
});

describe('native dialogs', () => {
  const win = null as BrowserWindow | null;
  it('filters workspaces and reports, adds .db on save, and returns nothing when cancelled', async () => {
    const seen: { filters?: { extensions: string[] }[]; properties?: string[] }[] = [];
    let cancel = false;
    const dialogs = createDialogs({
      showOpenDialog: (async (...a: unknown[]) => {
        seen.push(a.at(-1) as (typeof seen)[number]);
        return { canceled: cancel, filePaths: cancel ? [] : ['/home/wang/a.txt', '/home/wang/b.html'] };
      }) as never,
      showSaveDialog: (async () => ({ canceled: cancel, filePath: cancel ? '' : '/home/wang/briefing' })) as never,
    }, () => win);
    expect(await dialogs.pickReports()).toEqual(['/home/wang/a.txt', '/home/wang/b.html']);
    expect(seen[0]).toMatchObject({ filters: [{ extensions: ['txt', 'html', 'htm', 'pdf', 'docx', 'doc'] }], properties: ['openFile', 'multiSelections'] });
    expect(await dialogs.pickWorkspace('save')).toEqual(['/home/wang/briefing.db']);
    await dialogs.pickWorkspace('open');
    expect(seen[1]).toMatchObject({ filters: [{ extensions: ['db'] }], properties: ['openFile'] });
    cancel = true;
    expect(await dialogs.pickReports()).toEqual([]);
    expect(await dialogs.pickWorkspace('save')).toEqual([]);
  });
});

describe('paths and state', () => {
  it('finds the built parts inside the app folder (app.asar when packaged)', () => {
    const p = appPaths('/opt/Planscope/resources/app.asar', '/home/wang/.config/Planscope');
    expect(p).toMatchObject({
      rendererDir: '/opt/Planscope/resources/app.asar/out/renderer',
      preloadPath: '/opt/Planscope/resources/app.asar/out/preload/index.cjs',
      wasmPath: '/opt/Planscope/resources/app.asar/out/main/sql-wasm.wasm',
      samplesDir: '/opt/Planscope/resources/app.asar/assets/samples',
    });
    expect(p.defaultWorkspace.startsWith('/home/wang/.config/Planscope/')).toBe(true);
  });
  it('remembers the last workspace, and starts fresh from a missing or damaged state file', async () => {
    const state = join(dir, 'cfg', 'state.json');
    expect(await lastWorkspace(state)).toBeNull();
    await rememberWorkspace(state, '/home/wang/plan.db');
    expect(await lastWorkspace(state)).toBe('/home/wang/plan.db');
    await writeFile(state, '{"lastWorkspace": 42');
    expect(await lastWorkspace(state)).toBeNull();
  });
});
