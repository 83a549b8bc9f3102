// Serves the built renderer under planscope://app/ with the strict CSP as a response header. A custom
// privileged scheme (instead of file://) gives the page a real origin the IPC sender check can trust, and
// keeps every other local file out of its reach.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { rendererCsp } from '../csp';
import { APP_HOST } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
};

export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const root = resolve(rendererDir);
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep)) return new Response('Forbidden', { status: 403 });
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': rendererCsp(),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
