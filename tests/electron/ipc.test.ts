// IPC wiring without Electron: a fake ipcMain/ipcRenderer pair carries calls from the real preload API to the
// real registry, and the sender check refuses frames that are not the app's own top-level page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../main/contract/preload-api';
import { registerIpc, sendEvent, type FrameLike, type IpcInvokeEventLike, type IpcMainLike } from '../../main/platform/ipc';
import { makeUrlTrust, APP_ENTRY } from '../../main/platform/security';
import { dispatch } from '../../main/services/dispatch';
import { registry } from '../../main/services/registry';
import { createPreloadApi, type IpcRendererLike } from '../../preload/api';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

type Handler = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

/** ipcMain as Electron behaves for invoke/handle: one handler per channel, a second handle() throws. */
class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, Handler>();
  handle(channel: string, listener: Handler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  async invoke(frame: FrameLike | null, channel: string, ...args: unknown[]) {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`No handler registered for '${channel}'`);
    // Electron serializes with the structured clone algorithm; JSON is the stricter subset our contract uses.
    return JSON.parse(JSON.stringify(await h({ senderFrame: frame }, ...args))) as unknown;
  }
}

/** The renderer side: what the preload sees as ipcRenderer, wired to the fake main. */
function fakeRenderer(main: FakeIpcMain, frame: FrameLike) {
  const listeners = new Map<string, Set<(e: unknown, m: unknown) => void>>();
  const ipc: IpcRendererLike = {
    invoke: (channel, ...args) => main.invoke(frame, channel, ...args),
    on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const webContents = {
    isDestroyed: () => false,
    send: (channel: string, message: unknown) => listeners.get(channel)?.forEach((l) => l({}, JSON.parse(JSON.stringify(message)))),
  };
  return { ipc, webContents, listeners };
}

let h: SpineHarness;
let main: FakeIpcMain;
let calls: string[];
let unregister: () => void;
const isTrustedUrl = makeUrlTrust();
const appFrame: FrameLike = { url: APP_ENTRY, parent: null };

beforeEach(async () => {
  h = await spineHarness();
  main = new FakeIpcMain();
  calls = [];
  unregister = registerIpc(main, {
    dispatch: (m, a) => {
      calls.push(m);
      return dispatch(registry, h.ctx, m, a, () => undefined);
    },
    isTrustedUrl,
    log: () => undefined,
  });
});
afterEach(() => h.cleanup());

describe('IPC registration', () => {
  it('registers one prefixed channel and removes it again', () => {
    expect([...main.handlers.keys()]).toEqual([IPC_CALL]);
    expect(IPC_CALL.startsWith('planscope:')).toBe(true);
    unregister();
    expect(main.handlers.size).toBe(0);
  });

  it('carries a call from the preload API to the services and back', async () => {
    const api = createPreloadApi(fakeRenderer(main, appFrame).ipc);
    expect(await api.call('workspace.new', {})).toMatchObject({ ok: true, result: { open: true, name: 'untitled' } });
    expect(await api.call('facts.accept', { ids: [] })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(calls).toEqual(['workspace.new', 'facts.accept']);
  });

  it('the preload sends only contract methods: other names never reach main', async () => {
    const api = createPreloadApi(fakeRenderer(main, appFrame).ipc);
    expect(await api.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await api.call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(calls).toEqual([]);
    expect(() => api.on('devtools' as 'progress', () => undefined)).toThrow(/no event "devtools"/);
  });

  it('refuses calls from another site, from file://, and from a frame inside the app page', async () => {
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      { url: 'planscope://other/index.html', parent: null },
      { url: APP_ENTRY, parent: appFrame },
      null,
    ]) {
      await expect(main.invoke(frame, IPC_CALL, 'workspace.info', {})).rejects.toThrow(/Refused/);
    }
    expect(calls).toEqual([]);
  });

  it('push events reach listeners of that event only, and stop after unsubscribing', async () => {
    const r = fakeRenderer(main, appFrame);
    const api = createPreloadApi(r.ipc);
    const changed: unknown[] = [];
    const progress: unknown[] = [];
    const stop = api.on('workspace.changed', (p) => changed.push(p));
    api.on('progress', (p) => progress.push(p));
    sendEvent(r.webContents, 'workspace.changed', { tables: ['facts'] });
    sendEvent(r.webContents, 'progress', { task: 't', done: 1, total: 2, label: 'a.txt' });
    stop();
    sendEvent(r.webContents, 'workspace.changed', { tables: ['documents'] });
    expect(changed).toEqual([{ tables: ['facts'] }]);
    expect(progress).toEqual([{ task: 't', done: 1, total: 2, label: 'a.txt' }]);
    expect(r.listeners.get(IPC_EVENT)?.size).toBe(1);
    sendEvent({ isDestroyed: () => true, send: () => { throw new Error('sent to a closed window'); } }, 'progress', { task: 't', done: 0, total: 1, label: '' });
  });
});
