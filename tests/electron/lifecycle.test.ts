// main/index.ts run under Node with Electron's API replaced by a recording stand-in (the binary cannot run
// here): first launch builds and saves the sample workspace, the window gets the hardened options and the
// app:// page, IPC answers the app's page and refuses others, events reach the window, the title tracks the
// workspace, and a second launch reopens the remembered workspace.
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../main/contract/preload-api';
import type { CallOutcome } from '../../main/contract/index';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    appPath: '', userData: '', handlers: new Map<string, Listener>(), protocolHandlers: new Map<string, (r: { url: string }) => Promise<Response>>(),
    windows: [] as { options: unknown; url: string; title: string; destroyed: boolean; sent: { channel: string; message: unknown }[]; listeners: Map<string, Listener> }[],
    closeChoice: 2,
    privileged: [] as unknown[], sandboxed: false, menu: null as unknown, webContentsCreated: [] as Listener[], permissionDenied: false,
  };
  class BrowserWindow {
    record = { options: undefined as unknown, url: '', title: '', destroyed: false, sent: [] as { channel: string; message: unknown }[], listeners: new Map<string, Listener>() };
    webContents = { isDestroyed: () => false, send: (channel: string, message: unknown) => this.record.sent.push({ channel, message }) };
    constructor(options: unknown) {
      this.record.options = options;
      state.windows.push(this.record);
    }
    static getAllWindows = () => state.windows;
    once() {}
    on(event: string, l: Listener) {
      this.record.listeners.set(event, l);
    }
    destroy() {
      this.record.destroyed = true;
    }
    setTitle(t: string) {
      this.record.title = t;
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  const app = {
    isPackaged: true,
    setPath: (name: string, p: string) => {
      if (name === 'userData') state.userData = p;
    },
    getPath: () => state.userData,
    getAppPath: () => state.appPath,
    enableSandbox: () => (state.sandboxed = true),
    requestSingleInstanceLock: () => true,
    on: (event: string, l: Listener) => (event === 'web-contents-created' ? state.webContentsCreated.push(l) : undefined),
    whenReady: () => Promise.resolve(),
    quit: () => undefined,
  };
  const electron = {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (t: string, m: string) => { throw new Error(`error box: ${t}: ${m}`); },
      showMessageBoxSync: () => state.closeChoice,
    },
    ipcMain: { handle: (c: string, l: Listener) => state.handlers.set(c, l), removeHandler: (c: string) => state.handlers.delete(c) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (state.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (scheme: string, h: (r: { url: string }) => Promise<Response>) => state.protocolHandlers.set(scheme, h),
    },
    session: { defaultSession: {
      setPermissionRequestHandler: (h: (c: unknown, p: string, cb: (g: boolean) => void) => void) => h({}, 'media', (g) => (state.permissionDenied = !g)),
      setPermissionCheckHandler: () => undefined,
      webRequest: { onBeforeRequest: () => undefined },
    } },
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);

const root = resolve(import.meta.dirname, '../..');
let dir: string;
const s = fake.state;
const invoke = async (url: string, method: string, args: unknown = {}) =>
  (await s.handlers.get(IPC_CALL)!({ senderFrame: { url, parent: null } }, method, args)) as CallOutcome;
const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 300 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planscope-lifecycle-'));
  // An app folder laid out like the package: the built parts the lifecycle reads, and the samples.
  s.appPath = join(dir, 'app');
  await mkdir(join(s.appPath, 'out', 'main'), { recursive: true });
  await cp(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'), join(s.appPath, 'out', 'main', 'sql-wasm.wasm'));
  await cp(join(root, 'assets', 'samples'), join(s.appPath, 'assets', 'samples'), { recursive: true });
  await mkdir(join(s.appPath, 'out', 'renderer'), { recursive: true });
  await cp(join(root, 'README.md'), join(s.appPath, 'out', 'renderer', 'index.html'));
  process.env.PLANSCOPE_USER_DATA = join(dir, 'profile');
  await import('../../main/index');
  // Started: the sample workspace is built and saved (it has a path) once start() is done.
  await until(async () => s.handlers.has(IPC_CALL) &&
    ((await invoke('planscope://app/index.html', 'workspace.info')) as { result?: { path: string | null } }).result?.path != null);
}, 60000);
afterAll(async () => {
  delete process.env.PLANSCOPE_USER_DATA;
  await rm(dir, { recursive: true, force: true });
});

describe('desktop app lifecycle (Electron API stand-in)', () => {
  it('registers the app:// scheme as privileged, enables the sandbox, installs guards and a menu', () => {
    expect(s.privileged).toEqual([{ scheme: 'planscope', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(s.sandboxed).toBe(true);
    expect(s.webContentsCreated).toHaveLength(1);
    expect(s.permissionDenied).toBe(true);
    expect(Array.isArray(s.menu) && (s.menu as unknown[]).length).toBeGreaterThan(2);
  });

  it('opens one hardened window on the app:// page and serves that page with the CSP', async () => {
    expect(s.windows).toHaveLength(1);
    const w = s.windows[0]!;
    expect(w.url).toBe('planscope://app/index.html');
    expect(w.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(s.appPath, 'out/preload/index.cjs') } });
    const res = await s.protocolHandlers.get('planscope')!({ url: 'planscope://app/index.html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('first launch built the sample workspace in the profile folder, with progress sent to the window', async () => {
    const info = await invoke('planscope://app/index.html', 'workspace.info');
    const path = join(s.userData, 'Planscope sample workspace.db');
    expect(info).toMatchObject({ ok: true, result: { open: true, path, dirty: false } });
    expect((info as { result: { documents: number } }).result.documents).toBeGreaterThan(0);
    expect((await readFile(path)).subarray(0, 15).toString()).toBe('SQLite format 3');
    const sent = s.windows[0]!.sent.filter((m) => m.channel === IPC_EVENT).map((m) => (m.message as { event: string }).event);
    expect(sent).toContain('progress');
    expect(sent).toContain('workspace.changed');
    expect(s.windows[0]!.title).toBe('Planscope sample workspace.db — Planscope');
    await until(async () => (await readFile(join(s.userData, 'state.json'), 'utf8').catch(() => '')).includes('sample workspace'));
    expect(JSON.parse(await readFile(join(s.userData, 'state.json'), 'utf8'))).toEqual({ lastWorkspace: path });
  });

  it('answers the app page over IPC and refuses any other page', async () => {
    const [fact] = ((await invoke('planscope://app/index.html', 'facts.list')) as { result: { id: number }[] }).result;
    expect(await invoke('planscope://app/index.html', 'facts.accept', { ids: [fact!.id] })).toMatchObject({ ok: true });
    expect(s.windows[0]!.title).toBe('• Planscope sample workspace.db — Planscope');
    await expect(invoke('https://evil.example/', 'workspace.info')).rejects.toThrow(/Refused/);
    await expect(invoke('file:///tmp/x.html', 'workspace.info')).rejects.toThrow(/Refused/);
  });

  it('a second launch reopens the remembered workspace instead of rebuilding it', async () => {
    const saved = ((await invoke('planscope://app/index.html', 'workspace.save')) as { result: { path: string; facts: number } }).result;
    s.handlers.clear();
    s.windows.length = 0;
    vi.resetModules();
    await import('../../main/index');
    await until(async () => s.handlers.has(IPC_CALL) &&
      ((await invoke('planscope://app/index.html', 'workspace.info')) as { result?: { path: string | null } }).result?.path != null);
    const info = await invoke('planscope://app/index.html', 'workspace.info');
    expect(info).toMatchObject({ ok: true, result: { path: saved.path, facts: saved.facts, dirty: false } });
    expect(s.windows[0]!.sent.some((m) => (m.message as { event: string }).event === 'progress')).toBe(false);
  });

  it('closing with unsaved changes asks first: Cancel keeps the window, Save writes the file and then closes', async () => {
    const w = s.windows[0]!;
    const [fact] = ((await invoke('planscope://app/index.html', 'facts.list')) as { result: { id: number }[] }).result;
    await invoke('planscope://app/index.html', 'facts.reject', { ids: [fact!.id] });
    const close = () => {
      let prevented = false;
      w.listeners.get('close')!({ preventDefault: () => (prevented = true) });
      return prevented;
    };
    s.closeChoice = 2; // Cancel
    expect(close()).toBe(true);
    expect(w.destroyed).toBe(false);
    s.closeChoice = 0; // Save
    expect(close()).toBe(true);
    await until(() => w.destroyed);
    expect(w.destroyed).toBe(true);
    expect(await invoke('planscope://app/index.html', 'workspace.info')).toMatchObject({ result: { dirty: false } });
    expect(close()).toBe(false); // nothing unsaved: closes without asking
  });
});
