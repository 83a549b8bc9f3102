// The desktop window's security settings, asserted from the same builders main/index.ts uses.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, hardenContents, hardenSession, makeUrlTrust, windowOptions, type PreventableEvent } from '../../main/platform/security';
import { rendererCsp } from '../../main/csp';

describe('window options', () => {
  const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('URL trust', () => {
  const trusted = makeUrlTrust();
  it('trusts only the app:// pages', () => {
    expect(trusted(APP_ENTRY)).toBe(true);
    expect(trusted('planscope://app/assets/index.js')).toBe(true);
    for (const url of ['planscope://evil/index.html', 'file:///work/out/renderer/index.html', 'https://example.com/', 'http://127.0.0.1:5173/', 'not a url']) {
      expect(trusted(url), url).toBe(false);
    }
  });
  it('trusts the electron-vite dev server (page and hot-reload socket) only when one is configured', () => {
    const dev = makeUrlTrust('http://localhost:5173');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('ws://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});

function fakeContents() {
  const on: Record<string, (e: PreventableEvent, url: string) => void> = {};
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  hardenContents({
    on: (event: string, l: (e: PreventableEvent, url: string) => void) => (on[event] = l),
    setWindowOpenHandler: (hnd) => (openHandler = hnd),
  }, makeUrlTrust());
  const fire = (event: string, url = '') => {
    let prevented = false;
    on[event]!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { fire, open: (url: string) => openHandler!({ url }) };
}

describe('web contents guards', () => {
  it('denies navigation and redirects away from the app, webviews and new windows', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-redirect', 'http://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', APP_ENTRY)).toBe(false);
    expect(c.fire('will-attach-webview')).toBe(true);
    expect(c.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(c.open(APP_ENTRY)).toEqual({ action: 'deny' });
  });
});

describe('session guards', () => {
  it('refuses every permission request and check, and cancels every request to the network', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((...a: unknown[]) => boolean) | null = null;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    let filter: string[] = [];
    hardenSession({
      setPermissionRequestHandler: (hnd) => (request = hnd),
      setPermissionCheckHandler: (hnd) => (check = hnd),
      webRequest: { onBeforeRequest: (f, l) => ((filter = f.urls), (before = l)) },
    }, makeUrlTrust());
    for (const perm of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      request!({}, perm, (g) => (granted = g));
      expect(granted, perm).toBe(false);
    }
    expect(check!({}, 'media', 'planscope://app', {})).toBe(false);
    expect(filter).toEqual(['<all_urls>']);
    const cancelled = (url: string) => {
      let r: { cancel: boolean } | null = null;
      before!({ url }, (x) => (r = x));
      return r!.cancel;
    };
    expect(cancelled('https://cdn.example.com/plotly.js')).toBe(true);
    expect(cancelled('ws://evil.example/')).toBe(true);
    expect(cancelled(APP_ENTRY)).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows nothing remote, no eval, no wasm, inline styles only for the grid', () => {
    const csp = rendererCsp();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:/);
  });
});
