// Electron: the preload's `window.planscope` API (contextBridge). The renderer never sees ipcRenderer.
import type { PlanscopeApi } from '../../main/contract/preload-api';
import { BRIDGE_EVENTS } from './events';
import type { EventSink, Transport } from './transport';

export function preloadApi(): PlanscopeApi | null {
  const api = (globalThis as { planscope?: PlanscopeApi }).planscope;
  return api && typeof api.call === 'function' ? api : null;
}

export function createIpcTransport(api: PlanscopeApi): Transport {
  return {
    kind: 'ipc',
    call: (method, args) => api.call(method, args),
    subscribe(sink: EventSink) {
      const stops = BRIDGE_EVENTS.map((e) => api.on(e, (payload) => sink(e, payload)));
      return () => stops.forEach((stop) => stop());
    },
  };
}
