// Push events fan out from the services (ctx.emit) to every window or browser tab listening, whatever the
// transport: Electron sends them over IPC, the bridge server over WebSocket, component tests in-process.
import type { Events } from '../contract/events';

export type EventListener = <E extends keyof Events>(event: E, payload: Events[E]) => void;

export interface EventHub {
  emit: EventListener;
  /** Returns the function that stops listening. */
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const l of [...listeners]) {
        try {
          l(event, payload);
        } catch (err) {
          // A closed window or socket must not stop the others (or the service that emitted) from going on.
          console.error('planscope: an event listener failed', err);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
