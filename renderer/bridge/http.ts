// Browser preview and e2e: POST /call to the loopback bridge server, push events over a WebSocket on /events.
// The socket opens when the first listener subscribes and reconnects after a drop (the server restarting).
// The server demands this launch's token: it comes in the address the preview printed (`?t=…`), is read from
// the page's URL once when the transport is made, and kept in memory; it travels as a header on /call and as
// the WebSocket subprotocol on /events (a browser cannot set headers on a WebSocket).
import type { CallOutcome, Events } from '../../main/contract/index';
import { isEventName } from './events';
import type { EventSink, Transport } from './transport';

export interface HttpTransportOptions {
  /** http://127.0.0.1:PORT (default: the page's own origin). */
  baseUrl?: string;
  fetch?: typeof fetch;
  WebSocket?: typeof WebSocket;
  reconnectMs?: number;
  /** The launch token (default: the `t` parameter of the page's own address). */
  token?: string;
}

/** Largest body the bridge takes (its default); a bigger import is refused here with the same message. */
const MAX_BODY_BYTES = 128 * 1024 * 1024;

function tokenFromPage(): string {
  const search = (globalThis as { location?: { search?: string } }).location?.search ?? '';
  return new URLSearchParams(search).get('t') ?? '';
}

export function createHttpTransport(opts: HttpTransportOptions = {}): Transport {
  const origin = opts.baseUrl ?? (globalThis as { location?: { origin: string } }).location?.origin;
  if (!origin) throw new Error('The HTTP bridge needs the preview server address (baseUrl).');
  const base = origin.replace(/\/$/, '');
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const Socket = opts.WebSocket ?? globalThis.WebSocket;
  const token = opts.token ?? tokenFromPage();
  const headers = { 'Content-Type': 'application/json', 'X-Planscope-Token': token };
  const sinks = new Set<EventSink>();
  let socket: WebSocket | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    if (socket || sinks.size === 0) return;
    const s = token ? new Socket(base.replace(/^http/, 'ws') + '/events', [`planscope.${token}`]) : new Socket(base.replace(/^http/, 'ws') + '/events');
    socket = s;
    s.onmessage = (m: MessageEvent) => {
      let msg: { event?: unknown; payload?: unknown };
      try {
        msg = JSON.parse(String(m.data)) as typeof msg;
      } catch {
        return;
      }
      if (!isEventName(msg.event)) return;
      const event = msg.event;
      for (const sink of [...sinks]) sink(event, msg.payload as Events[typeof event]);
    };
    s.onclose = () => {
      socket = null;
      if (sinks.size && !retry) retry = setTimeout(() => ((retry = null), connect()), opts.reconnectMs ?? 1000);
    };
  };

  return {
    kind: 'http',
    async call(method, args): Promise<CallOutcome> {
      const body = JSON.stringify({ method, args });
      // Characters, not bytes: base64 and JSON punctuation are one byte each, which is what imports are made of.
      if (body.length > MAX_BODY_BYTES) {
        return { ok: false, error: { code: 'limit-exceeded', message: `The request is larger than ${MAX_BODY_BYTES / 1048576} MB; import fewer files at once.` } };
      }
      let res: Response;
      try {
        res = await doFetch(`${base}/call`, { method: 'POST', headers, body });
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `Planscope's preview server is not reachable (${err instanceof Error ? err.message : String(err)}). Is \`npm run preview\` still running?` } };
      }
      const text = await res.text();
      try {
        return JSON.parse(text) as CallOutcome;
      } catch {
        return { ok: false, error: { code: 'internal', message: `The preview server answered ${res.status} with something that is not JSON.` } };
      }
    },
    async choosePath(path) {
      const res = await doFetch(`${base}/choose-path`, { method: 'POST', headers, body: JSON.stringify({ path }) });
      if (!res.ok) throw new Error(`The preview server did not accept the chosen path (${res.status}).`);
    },
    subscribe(sink) {
      sinks.add(sink);
      connect();
      return () => {
        sinks.delete(sink);
        if (sinks.size === 0) {
          if (retry) clearTimeout(retry);
          retry = null;
          socket?.close();
          socket = null;
        }
      };
    },
  };
}
