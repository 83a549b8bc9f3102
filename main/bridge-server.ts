// The loopback bridge: the same registry Electron's IPC serves, over HTTP (POST /call) and WebSocket (GET
// /events, push events), plus the built renderer as static files. It exists for the browser preview and the
// e2e tests. It listens on 127.0.0.1 only, and refuses requests whose Host or Origin is not this loopback
// address (a web page on the internet cannot reach it through DNS rebinding or a cross-site form). Other local
// programs can reach it, so /call and /events also demand this launch's token, and a call may name only a path
// the user chose (main/bridge-guard.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MethodMap } from './contract/define';
import type { Events } from './contract/events';
import type { ServiceContext } from './services/context';
import { dispatch } from './services/dispatch';
import type { EventHub } from './services/event-hub';
import type { Registry } from './services/registry';
import { rendererCsp } from './csp';
import { TOKEN_HEADER, createUserPaths, newLaunchToken, pathsInArgs, tokenFromProtocols, tokenMatches, type UserPaths } from './bridge-guard';

export interface BridgeServerOptions<M extends MethodMap = MethodMap> {
  registry: Registry<M>;
  ctx: ServiceContext;
  events: EventHub;
  /** The built renderer (out/renderer); omitted: only /call and /events are served. */
  rendererDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Largest request body; report imports travel as base64. */
  maxBodyBytes?: number;
  /** The launch token; a fresh random one when omitted. */
  token?: string;
  /** Paths the user chose before the server started (the workspace named on the command line). */
  userPaths?: string[];
}

export interface BridgeServer {
  /** http://127.0.0.1:PORT/ — the base every route hangs off. */
  url: string;
  /** The address to open in a browser: the base with this launch's token (`?t=…`), which the renderer reads. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Loopback names this server answers to, on its own port only. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedRequest(headers: IncomingMessage['headers'], port: number): boolean {
  const hosts = allowedHosts(port);
  if (!headers.host || !hosts.has(headers.host.toLowerCase())) return false;
  const origin = headers.origin;
  if (origin === undefined) return true; // not a browser page (curl, Node tests), and Host is loopback
  return [...hosts].some((h) => origin.toLowerCase() === `http://${h}`);
}

function headerValue(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(body);
}

/**
 * The body, or null when it is over the limit. An oversized body is still read to its end (and dropped) before
 * the answer goes out: closing the socket while the client is still sending resets the connection, and the
 * client would see "connection reset" instead of the message. Past four times the limit the sender is not a
 * browser importing files, and the connection is cut.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (chunks.length) chunks.length = 0;
      if (size > limit * 4) {
        resolveBody(null);
        req.destroy();
      }
    });
    req.on('end', () => resolveBody(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const unauthorized = (res: ServerResponse) =>
  send(res, 401, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: 'Refused: this request does not carry the token of this Planscope preview (open the address `npm start` printed).' } }));

/** The first path in the arguments the user did not choose, or null. */
function unchosenPath(paths: UserPaths, ctx: ServiceContext, args: unknown): string | null {
  return pathsInArgs(args).find((p) => !paths.allows(p, ctx.session.path())) ?? null;
}

async function readJson(req: IncomingMessage, res: ServerResponse, limit: number): Promise<{ value: unknown } | null> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    send(res, 415, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: `POST ${req.url ?? ''} takes application/json.` } }));
    return null;
  }
  const body = await readBody(req, limit);
  if (body === null) {
    send(res, 413, JSON.stringify({ ok: false, error: { code: 'limit-exceeded', message: `The request is larger than ${Math.round(limit / 1048576)} MB; import fewer files at once.` } }), 'application/json', { Connection: 'close' });
    return null;
  }
  try {
    return { value: JSON.parse(body) };
  } catch {
    send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: 'The request body is not valid JSON.' } }));
    return null;
  }
}

/** POST /choose-path {path}: the renderer's typed-path prompt says the user chose this file. */
async function serveChoosePath(paths: UserPaths, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsed = await readJson(req, res, 64 * 1024);
  if (!parsed) return;
  const path = (parsed.value as { path?: unknown } | null)?.path;
  if (typeof path !== 'string' || !path.trim() || path.length > 4096) {
    return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: 'choose-path: a file path is required.' } }));
  }
  paths.choose(path);
  send(res, 200, JSON.stringify({ ok: true, result: null }));
}

async function serveCall<M extends MethodMap>(opts: BridgeServerOptions<M>, paths: UserPaths, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const limit = opts.maxBodyBytes ?? 128 * 1024 * 1024;
  const body = await readJson(req, res, limit);
  if (!body) return;
  const parsed = body.value;
  const { method, args } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { method?: unknown; args?: unknown };
  const refusedPath = unchosenPath(paths, opts.ctx, args);
  if (refusedPath !== null) {
    return send(res, 403, JSON.stringify({ ok: false, error: {
      code: 'invalid-arguments',
      message: `拒绝：文件 ${refusedPath} 不是您在本次会话中选择的（请在打开/保存对话框中输入或选择它）。Refused: ${refusedPath} was not chosen by you in this session (type or pick it in the open/save dialog).`,
    } }));
  }
  const outcome = await dispatch(opts.registry, opts.ctx, typeof method === 'string' ? method : '', args);
  send(res, 200, JSON.stringify(outcome));
}

async function serveStatic(rendererDir: string, port: number, urlPath: string, res: ServerResponse): Promise<void> {
  const root = resolve(rendererDir);
  let rel = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden', 'text/plain');
  let target = file;
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  // Routes without a file extension belong to the single-page app.
  if (!isFile) {
    if (extname(rel) && rel !== '/index.html') return send(res, 404, 'Not found', 'text/plain');
    target = join(root, 'index.html');
  }
  const bytes = await readFile(target).catch(() => null);
  if (!bytes) return send(res, 404, 'The renderer is not built: run `npm run build` first.', 'text/plain');
  res.writeHead(200, {
    'Content-Type': MIME[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': rendererCsp([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]),
  });
  res.end(bytes);
}

export function startBridgeServer<M extends MethodMap>(opts: BridgeServerOptions<M>): Promise<BridgeServer> {
  let port = 0;
  const token = opts.token ?? newLaunchToken();
  const paths = createUserPaths(opts.userPaths);
  const server = createServer((req, res) => {
    if (!isAllowedRequest(req.headers, port)) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: 'Refused: not a loopback request.' } }));
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const guarded = path === '/call' || path === '/choose-path' || path === '/events';
    if (guarded && !tokenMatches(token, headerValue(req.headers[TOKEN_HEADER]))) {
      // Drain nothing: a large body from a client without the token is not read.
      res.setHeader('Connection', 'close');
      return unauthorized(res);
    }
    const work = req.method === 'POST' && path === '/call' ? serveCall(opts, paths, req, res)
      : req.method === 'POST' && path === '/choose-path' ? serveChoosePath(paths, req, res)
      : (req.method === 'GET' || req.method === 'HEAD') && opts.rendererDir ? serveStatic(opts.rendererDir, port, path, res)
        : Promise.resolve(send(res, 405, JSON.stringify({ ok: false, error: { code: 'unknown-method', message: `${req.method} ${path} is not served here.` } })));
    work.catch((err: unknown) => {
      console.error('planscope bridge: request failed', err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'The bridge server failed to answer.' } }));
    });
  });
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({
    server,
    path: '/events',
    maxPayload: 64 * 1024,
    verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number) => void) => {
      if (!isAllowedRequest(info.req.headers, port)) return done(false, 403);
      const offered = tokenFromProtocols(info.req.headers['sec-websocket-protocol']) ?? headerValue(info.req.headers[TOKEN_HEADER]);
      done(tokenMatches(token, offered), 401);
    },
  });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const unsubscribe = opts.events.subscribe(<E extends keyof Events>(event: E, payload: Events[E]) => {
    const message = JSON.stringify({ event, payload });
    for (const s of sockets) if (s.readyState === s.OPEN) s.send(message);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => {
      const addr = server.address();
      port = typeof addr === 'object' && addr ? addr.port : 0;
      const url = `http://${HOST}:${port}/`;
      resolveServer({
        url,
        openUrl: `${url}?t=${token}`,
        token,
        port,
        close: () => new Promise<void>((done) => {
          unsubscribe();
          for (const s of sockets) s.terminate();
          wss.close();
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
