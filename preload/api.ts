// The API the preload puts on `window.planscope`, built over a minimal ipcRenderer shape so it is tested
// without Electron. Only contract method names are sent and only contract events are delivered; the page never
// gets ipcRenderer itself, so it cannot invoke any other channel.
import { EVENT_NAMES, type EventName, type Events } from '../main/contract/events';
import { METHOD_NAMES as NAMES } from '../main/contract/method-names';
import { IPC_CALL, IPC_EVENT, type PlanscopeApi } from '../main/contract/preload-api';
import type { CallOutcome } from '../main/contract/index';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}

const METHOD_NAMES = new Set<string>(NAMES);
const EVENTS = new Set<string>(EVENT_NAMES);

export function createPreloadApi(ipc: IpcRendererLike): PlanscopeApi {
  return {
    call(method: string, args: unknown): Promise<CallOutcome> {
      if (typeof method !== 'string' || !METHOD_NAMES.has(method)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `There is no method "${String(method)}" in this version of Planscope.` } });
      }
      return ipc.invoke(IPC_CALL, method, args ?? {}) as Promise<CallOutcome>;
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      if (!EVENTS.has(event)) throw new Error(`There is no event "${String(event)}" in this version of Planscope.`);
      const relay = (_e: unknown, message: unknown) => {
        const m = message as { event?: unknown; payload?: unknown } | null;
        if (m && m.event === event) listener(m.payload as Events[E]);
      };
      ipc.on(IPC_EVENT, relay);
      return () => void ipc.removeListener(IPC_EVENT, relay);
    },
  };
}
