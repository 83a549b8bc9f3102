// A transport carries a contract call to main and push events back. Three exist: Electron IPC (the desktop
// app), HTTP + WebSocket to the loopback bridge server (browser preview, e2e), and in-process (component tests,
// which inject main's dispatch from the test side because the renderer may not import main's runtime code).
import type { CallOutcome, EventName, Events } from '../../main/contract/index';

export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface Transport {
  readonly kind: 'ipc' | 'http' | 'in-process';
  call(method: string, args: unknown): Promise<CallOutcome>;
  /** Receives every push event; returns the function that stops it. */
  subscribe(sink: EventSink): () => void;
  /**
   * The user typed or picked this path in a dialog of ours. The loopback bridge accepts a path in a call only
   * after this; IPC and in-process transports have no such gate and leave it out.
   */
  choosePath?(path: string): Promise<void>;
}
