// The renderer's one way to reach main: `call(name, args)` typed against the contract, and `on(event, cb)`.
// Which transport carries it is decided once (preload API in the desktop app, the page's own origin in the
// browser preview) or injected by a test with `useTransport`.
import type { ErrorCode, EventName, Events, Json, MethodArgs, MethodName, MethodResult, PlanscopeErrorData } from '../../main/contract/index';
import { createHttpTransport } from './http';
import { createIpcTransport, preloadApi } from './ipc';
import type { Transport } from './transport';

/** A refused or failed call, with the contract's error code and a message meant for the economist. */
export class BridgeError extends Error {
  readonly code: ErrorCode;
  readonly details: Json | undefined;
  /** The message by id and values, worded in the interface language by describeError. */
  readonly say: PlanscopeErrorData['say'];
  constructor(data: PlanscopeErrorData, readonly method: string) {
    super(data.message);
    this.name = 'BridgeError';
    this.code = data.code;
    this.details = data.details;
    this.say = data.say;
  }
}

let transport: Transport | null = null;

function defaultTransport(): Transport {
  const api = preloadApi();
  if (api) return createIpcTransport(api);
  const page = (globalThis as { location?: { protocol: string } }).location;
  if (page && /^https?:$/.test(page.protocol)) return createHttpTransport();
  throw new Error('No bridge to Planscope: not in the desktop app, not served by the preview server, and no transport was injected.');
}

/** Replaces the transport (tests; a preview page pointed at another server). Returns the previous one. */
export function useTransport(next: Transport | null): Transport | null {
  const prev = transport;
  transport = next;
  // Listeners registered earlier follow the calls to the new transport.
  stopTransport?.();
  stopTransport = null;
  subscribedTo = null;
  if (next && [...listeners.values()].some((s) => s.size > 0)) ensureSubscribed();
  return prev;
}

export function currentTransport(): Transport {
  transport ??= defaultTransport();
  return transport;
}

/** Tells main the user chose this file (typed in our open/save prompt); call before passing it to a method. */
export async function choosePath(path: string): Promise<void> {
  const t = currentTransport();
  if (t.choosePath && path.trim()) await t.choosePath(path.trim());
}

/** Methods whose arguments are all optional may be called without them: `call('reports.list')`. */
type ArgsParam<K extends MethodName> = Record<string, never> extends MethodArgs<K> ? [args?: MethodArgs<K>] : [args: MethodArgs<K>];

export async function call<K extends MethodName>(name: K, ...rest: ArgsParam<K>): Promise<MethodResult<K>> {
  const outcome = await currentTransport().call(name, rest[0] ?? {});
  if (!outcome.ok) throw new BridgeError(outcome.error, name);
  return outcome.result as MethodResult<K>;
}

type Listener<E extends EventName> = (payload: Events[E]) => void;
const listeners = new Map<EventName, Set<Listener<EventName>>>();
let stopTransport: (() => void) | null = null;
let subscribedTo: Transport | null = null;

function ensureSubscribed(): void {
  const t = currentTransport();
  if (subscribedTo === t) return;
  stopTransport?.();
  subscribedTo = t;
  stopTransport = t.subscribe((event, payload) => {
    for (const l of [...(listeners.get(event) ?? [])]) l(payload);
  });
}

/** Listens to a push event; returns the function that stops listening. */
export function on<E extends EventName>(event: E, listener: Listener<E>): () => void {
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  set.add(listener as Listener<EventName>);
  ensureSubscribed();
  return () => {
    set.delete(listener as Listener<EventName>);
    if ([...listeners.values()].every((s) => s.size === 0)) {
      stopTransport?.();
      stopTransport = null;
      subscribedTo = null;
    }
  };
}
