// The window's hardening, following Electron's security checklist. Everything here is plain data or works on
// structural types, so tests assert it without the Electron binary.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer is served from this privileged custom scheme (never file://, never http). */
export const APP_SCHEME = 'planscope';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Only the app's own pages (and the electron-vite dev server while developing) are trusted. */
export function makeUrlTrust(devServerUrl?: string): (url: string) => boolean {
  // The dev server's page and its hot-reload socket (same host, ws:) while developing with electron-vite.
  const devHost = devServerUrl ? new URL(devServerUrl).host : null;
  return (url) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
    return devHost !== null && u.host === devHost && ['http:', 'ws:'].includes(u.protocol);
  };
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Planscope',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** No navigation away from the app, no new windows, no webviews. */
export function hardenContents(contents: WebContentsLike, isTrustedUrl: (url: string) => boolean): void {
  const guard = (event: PreventableEvent, url: string) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  webRequest: {
    onBeforeRequest(filter: { urls: string[] }, listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/** Every permission (camera, notifications, geolocation…) is refused, and nothing reaches the network. */
export function hardenSession(session: SessionLike, isTrustedUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const scheme = details.url.slice(0, details.url.indexOf(':') + 1);
    const remote = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(scheme);
    callback({ cancel: remote && !isTrustedUrl(details.url) });
  });
}
