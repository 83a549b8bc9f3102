// The loopback bridge server with the real registry: the renderer's HTTP transport calls through it, push
// events arrive over WebSocket, and requests that are not from this loopback origin are refused.
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridgeServer, type BridgeServer } from '../../main/bridge-server';
import { createEventHub } from '../../main/services/event-hub';
import { registry } from '../../main/services/registry';
import { createHttpTransport } from '../../renderer/bridge/http';
import { spineHarness, type SpineHarness } from '../helpers/spine-context';

let h: SpineHarness;
let server: BridgeServer;
beforeEach(async () => {
  h = await spineHarness();
  const events = createEventHub();
  h.ctx.emit = events.emit;
  const rendererDir = join(h.dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Planscope</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(h.dir, 'secret.txt'), 'not for the browser');
  server = await startBridgeServer({ registry, ctx: h.ctx, events, rendererDir });
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

/** A raw request, so tests can send the Host/Origin headers a browser on another site would. */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('bridge server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves contract calls to the HTTP transport and pushes events over WebSocket', async () => {
    const t = createHttpTransport({ baseUrl: server.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
    const seen: { event: string; payload: unknown }[] = [];
    const stop = t.subscribe((event, payload) => seen.push({ event, payload }));
    await new Promise((r) => setTimeout(r, 200)); // let the socket connect before the first event
    const info = await t.call('workspace.new', {});
    expect(info).toMatchObject({ ok: true, result: { open: true, documents: 0 } });
    const bad = await t.call('facts.update', { id: 'one' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    for (let i = 0; i < 50 && !seen.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(seen[0]).toMatchObject({ event: 'workspace.changed', payload: { tables: expect.arrayContaining(['facts']) } });
    stop();
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (another web site)', async () => {
    const body = JSON.stringify({ method: 'workspace.info', args: {} });
    const json = { 'Content-Type': 'application/json' };
    expect((await raw('/call', { method: 'POST', headers: { ...json, Host: `evil.example:${server.port}` }, body })).status).toBe(403);
    expect((await raw('/call', { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body })).status).toBe(403);
    expect((await raw('/call', { method: 'POST', headers: { ...json, Origin: `http://127.0.0.1:${server.port}` }, body })).status).toBe(200);
    // A cross-site form post cannot send JSON without a preflight; plain text is refused outright.
    expect((await raw('/call', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body })).status).toBe(415);
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events`, { origin: 'https://evil.example' });
    const refused = await new Promise<boolean>((r) => {
      ws.on('open', () => r(false));
      ws.on('error', () => r(true));
    });
    expect(refused).toBe(true);
  });

  it('serves the built renderer with the strict CSP, and nothing outside it', async () => {
    const index = await raw('/', {});
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Planscope</title>');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    expect(csp).not.toContain('unsafe-eval');
    expect((await raw('/assets/app.js', {})).headers['content-type']).toMatch(/javascript/);
    expect((await raw('/review', {})).body).toContain('<title>Planscope</title>'); // app route
    expect((await raw('/../secret.txt', {})).body).not.toContain('not for the browser');
    expect((await raw('/%2e%2e/secret.txt', {})).status).toBe(403);
    expect((await raw('/assets/missing.js', {})).status).toBe(404);
  });
});
