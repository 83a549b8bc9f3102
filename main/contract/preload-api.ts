// What the preload exposes on `window.planscope` (types only): one call function that accepts only contract
// method names and one event subscription that accepts only contract event names. No ipcRenderer, no Node.
import type { EventName, Events } from './events';
import type { CallOutcome } from './index';

export interface PlanscopeApi {
  call(method: string, args: unknown): Promise<CallOutcome>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** IPC channel names, all under one prefix so main can refuse anything else. */
export const IPC_PREFIX = 'planscope:';
export const IPC_CALL = `${IPC_PREFIX}call`;
export const IPC_EVENT = `${IPC_PREFIX}event`;
