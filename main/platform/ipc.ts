// IPC registration against an ipcMain-shaped interface (Electron's ipcMain in the app, a fake in tests).
// One channel carries every contract call; one central check refuses calls that do not come from the app's
// own top-level page (a stray iframe or a navigated-away page gets nothing).
import { IPC_CALL, IPC_EVENT, IPC_PREFIX } from '../contract/preload-api';
import type { CallOutcome } from '../contract/index';
import type { EventName, Events } from '../contract/events';

export interface FrameLike {
  url: string;
  parent: FrameLike | null;
}

export interface IpcInvokeEventLike {
  senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface IpcWiring {
  dispatch(method: string, args: unknown): Promise<CallOutcome>;
  isTrustedUrl(url: string): boolean;
  log?: (message: string) => void;
}

export const IPC_CHANNELS = [IPC_CALL] as const;

export function isTrustedSender(event: IpcInvokeEventLike, isTrustedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

/** Registers the contract's channel; returns the function that removes it (window reload in tests, app quit). */
export function registerIpc(ipc: IpcMainLike, wiring: IpcWiring): () => void {
  for (const channel of IPC_CHANNELS) {
    if (!channel.startsWith(IPC_PREFIX)) throw new Error(`IPC channel ${channel} is outside the ${IPC_PREFIX} prefix`);
  }
  ipc.handle(IPC_CALL, async (event, method, args) => {
    if (!isTrustedSender(event, wiring.isTrustedUrl)) {
      (wiring.log ?? console.warn)(`planscope: refused an IPC call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      throw new Error('Refused: this page may not call Planscope.');
    }
    return wiring.dispatch(typeof method === 'string' ? method : '', args);
  });
  return () => {
    for (const channel of IPC_CHANNELS) ipc.removeHandler(channel);
  };
}

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, message: unknown): void;
}

/** Forwards one push event to a window; a closed window is skipped. */
export function sendEvent<E extends EventName>(target: EventTarget | null, event: E, payload: Events[E]): void {
  if (target && !target.isDestroyed()) target.send(IPC_EVENT, { event, payload });
}
