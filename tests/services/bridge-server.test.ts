// The loopback bridge server with the real registry: the renderer's HTTP transport calls through it, push
// events arrive over WebSocket, and requests that are not from this loopback origin, or do not carry this
// launch's token, are refused; a call may name only a path the user chose.
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
  server = await startBridgeServer({ registry, ctx: h.ctx, events, rendererDir, maxBodyBytes: 1024 * 1024 });
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
    const t = createHttpTransport({ baseUrl: server.url, token: server.token, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
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
    const json = { 'Content-Type': 'application/json', 'X-Planscope-Token': server.token };
    expect((await raw('/call', { method: 'POST', headers: { ...json, Host: `evil.example:${server.port}` }, body })).status).toBe(403);
    expect((await raw('/call', { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body })).status).toBe(403);
    expect((await raw('/call', { method: 'POST', headers: { ...json, Origin: `http://127.0.0.1:${server.port}` }, body })).status).toBe(200);
    // A cross-site form post cannot send JSON without a preflight; plain text is refused outright.
    expect((await raw('/call', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Planscope-Token': server.token }, body })).status).toBe(415);
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events`, [`planscope.${server.token}`], { origin: 'https://evil.example' });
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

  it('answers 401 on every bridge route to a local client without this launch\'s token', async () => {
    expect(server.openUrl).toBe(`${server.url}?t=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    const body = JSON.stringify({ method: 'workspace.info', args: {} });
    for (const headers of [{} as Record<string, string>, { 'X-Planscope-Token': 'wrong' }, { 'X-Planscope-Token': server.token.slice(0, -1) + (server.token.endsWith('0') ? '1' : '0') }]) {
      const call = await raw('/call', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect(call.status).toBe(401);
      expect(call.body).toContain('token');
      expect((await raw('/choose-path', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ path: '/etc/passwd' }) })).status).toBe(401);
      expect((await raw('/events', { headers })).status).toBe(401);
    }
    const refusedWith = (protocols: string[]) => new Promise<number>((r) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events`, protocols);
      ws.on('open', () => (ws.close(), r(101)));
      ws.on('unexpected-response', (_req, res) => r(res.statusCode ?? 0));
      ws.on('error', () => r(-1));
    });
    expect(await refusedWith([])).toBe(401);
    expect(await refusedWith(['planscope.wrong'])).toBe(401);
    expect(await refusedWith([`planscope.${server.token}`])).toBe(101);
    // The static renderer is not secret: it loads without the token, and then reads it from its address.
    expect((await raw('/', {})).status).toBe(200);
  });

  it('refuses a path the user did not choose (reports.import of /etc/passwd), and accepts it once chosen', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Planscope-Token': server.token };
    const t = createHttpTransport({ baseUrl: server.url, token: server.token });
    await t.call('workspace.new', {});
    const before = await t.call('reports.list', {});
    const stolen = await raw('/call', { method: 'POST', headers, body: JSON.stringify({ method: 'reports.import', args: { files: [{ path: '/etc/passwd' }] } }) });
    expect(stolen.status).toBe(403);
    expect(stolen.body).toContain('/etc/passwd');
    expect(stolen.body).toContain('not chosen by you');
    for (const [method, args] of [
      ['workspace.saveAs', { path: join(h.dir, '..', 'elsewhere.db') }],
      ['workspace.open', { path: '/etc/passwd' }],
      ['workbooks.exportGrid', { grid: { title: 'x', rowLabelHeaders: [], columnHeaderRows: [], rows: [] }, format: 'csv', path: join(h.dir, '.bashrc') }],
      ['sharing.discardRecovery', { path: join(h.dir, 'other.db') }],
      ['sharing.check', { path: '/etc/hosts' }],
    ] as const) {
      expect((await t.call(method, args as never)).ok, method).toBe(false);
    }
    expect(await t.call('reports.list', {})).toEqual(before);
    // The user types a report's path in this launch: now it is read (and refused for what it is, not where it is).
    const report = join(h.dir, 'report.txt');
    await writeFile(report, '2023年，全区地区生产总值增长6%。');
    expect(await t.call('reports.import', { files: [{ path: report }] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('not chosen by you') } });
    await t.choosePath!(report);
    const chosen = await t.call('reports.import', { files: [{ path: report, year: 2023 }] });
    expect(chosen.ok, JSON.stringify(chosen)).toBe(true);
  });

  it('answers an oversized body with the size message, not a connection reset', async () => {
    const body = JSON.stringify({ method: 'reports.import', args: { files: [{ fileName: 'big.txt', base64: 'A'.repeat(2 * 1024 * 1024) }] } });
    const res = await raw('/call', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Planscope-Token': server.token }, body });
    expect(res.status).toBe(413);
    expect(res.body).toContain('larger than 1 MB');
  });
});
