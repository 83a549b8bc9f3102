// The desktop app's lifecycle. All behaviour lives in the services; this file wires Electron to them:
// the app:// protocol with its CSP, the hardened window, IPC with its sender check, menus, dialogs, and the
// workspace opened at start (the sample workspace built from the bundled reports on first launch).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadSqlJs } from './sqljs';
import { createEventHub } from './services/event-hub';
import { createNodeContext } from './services/node-context';
import { startAutosave } from './services/sharing';
import { dispatch } from './services/dispatch';
import { registry } from './services/registry';
import { startWorkspace, workspaceInfo } from './services/workspace';
import { startWithBackupOffer } from './services/workspace-backup';
import { inBothLanguages } from './core/said';
import type { ServiceContext } from './services/context';
import { appPaths } from './platform/paths';
import { createDialogs } from './platform/dialogs';
import { registerIpc, sendEvent } from './platform/ipc';
import { menuTemplate } from './platform/menu';
import { rendererResponse } from './platform/protocol';
import { APP_ENTRY, APP_SCHEME, hardenContents, hardenSession, makeUrlTrust, windowOptions } from './platform/security';
import { lastWorkspace, rememberWorkspace } from './platform/state';

// Tests and side-by-side installs point the app at their own profile folder.
if (process.env.PLANSCOPE_USER_DATA) app.setPath('userData', process.env.PLANSCOPE_USER_DATA);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isTrustedUrl = makeUrlTrust(devServerUrl);
let mainWindow: BrowserWindow | null = null;

// Every web contents, including any created later, gets the navigation and window-open guards.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, isTrustedUrl));

if (!app.requestSingleInstanceLock()) {
  // A second launch focuses the running window instead of opening the same workspace twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('Planscope could not start', err instanceof Error ? err.message : String(err));
    app.quit();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

async function start(): Promise<void> {
  const paths = appPaths(app.getAppPath(), app.getPath('userData'));
  const SQL = await loadSqlJs(paths.wasmPath);
  const events = createEventHub();
  const ctx = createNodeContext({ SQL, samplesDir: paths.samplesDir, emit: events.emit, dialogs: createDialogs(dialog, () => mainWindow) });

  protocol.handle(APP_SCHEME, (request) => rendererResponse(paths.rendererDir, request.url));
  hardenSession(session.defaultSession, isTrustedUrl);
  // Unsaved work goes to a journal beside the workspace within a second of each change, so a crash loses at most that.
  startAutosave(ctx);
  registerIpc(ipcMain, { dispatch: (method, args) => dispatch(registry, ctx, method, args), isTrustedUrl });
  events.subscribe((event, payload) => sendEvent(mainWindow?.webContents ?? null, event, payload));
  // The title bar names the workspace and marks unsaved changes; the last saved path is remembered.
  events.subscribe((event) => {
    if (event !== 'workspace.changed') return;
    updateTitle(ctx);
    const path = ctx.session.path();
    if (path) void rememberWorkspace(paths.stateFile, path).catch(() => undefined);
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    send: (command) => sendEvent(mainWindow?.webContents ?? null, 'app.command', { command }),
  })));

  createWindow(paths.preloadPath, ctx);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(paths.preloadPath, ctx);
  });

  // Open the last workspace, or build the sample workspace on first launch. The window is already showing,
  // so the renderer sees the progress events and then 'workspace.changed'.
  const remembered = await lastWorkspace(paths.stateFile);
  const path = remembered && existsSync(remembered) ? remembered : paths.defaultWorkspace;
  try {
    await mkdir(dirname(path), { recursive: true });
    await startWithBackupOffer(ctx, path, startWorkspace, async (refusal) => {
      const { response } = await dialog.showMessageBox({
        type: 'error', title: 'Planscope', message: '工作区文件无法打开 · The workspace could not be opened', detail: `${path}\n\n${inBothLanguages(refusal)}`,
        buttons: ['打开备份 Open the backup', '取消 Cancel'], defaultId: 0, cancelId: 1,
      });
      return response === 0;
    });
  } catch (err) {
    dialog.showErrorBox('工作区文件无法打开 · Planscope could not open the workspace', `${path}\n\n${inBothLanguages(err)}`);
  }
}

function updateTitle(ctx: ServiceContext): void {
  const info = workspaceInfo(ctx);
  mainWindow?.setTitle(info.open ? `${info.dirty ? '• ' : ''}${info.name} — Planscope` : 'Planscope');
}

function createWindow(preloadPath: string, ctx: ServiceContext): void {
  const win = new BrowserWindow(windowOptions(preloadPath));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // Closing with unsaved changes asks first: the economist must never lose work by closing a window.
  win.on('close', (event) => {
    if (!ctx.session.dirty()) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'The workspace has unsaved changes.',
      detail: 'Save them before closing?',
    });
    if (choice === 2) event.preventDefault();
    else if (choice === 0) {
      event.preventDefault();
      void saveThenClose(win, ctx);
    }
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY);
}

async function saveThenClose(win: BrowserWindow, ctx: ServiceContext): Promise<void> {
  let path = ctx.session.path();
  if (!path) {
    const r = await dialog.showSaveDialog(win, { title: 'Save workspace', filters: [{ name: 'Planscope workspace', extensions: ['db'] }] });
    if (r.canceled || !r.filePath) return;
    path = r.filePath;
  }
  const outcome = await dispatch(registry, ctx, 'workspace.saveAs', { path });
  if (!outcome.ok) {
    dialog.showErrorBox('Planscope could not save', outcome.error.message);
    return;
  }
  win.destroy();
}
