// The application menu with the usual shortcuts. File and review commands are sent to the renderer, which
// runs the same flow as its own buttons (with its confirmations); their shortcuts are shown here but handled
// by the page (registerAccelerator: false), so a key press never runs a command twice and Ctrl+Z inside a
// text field still undoes typing.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../contract/events';

export interface MenuOptions {
  isMac: boolean;
  /** Developer tools only in development builds. */
  isDev: boolean;
  send(command: AppCommand): void;
}

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => opts.send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      cmd('New Workspace', 'new', 'CmdOrCtrl+N'),
      cmd('New Workspace from Sample Reports', 'newFromSamples'),
      cmd('Open Workspace…', 'open', 'CmdOrCtrl+O'),
      { type: 'separator' },
      cmd('Import Reports…', 'importReports', 'CmdOrCtrl+I'),
      { type: 'separator' },
      cmd('Save', 'save', 'CmdOrCtrl+S'),
      cmd('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      ...(opts.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      cmd('Undo Review Change', 'undo', 'CmdOrCtrl+Z'),
      cmd('Redo Review Change', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(opts.isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  const app: MenuItemConstructorOptions[] = opts.isMac ? [{ role: 'appMenu' }] : [];
  return [...app, file, edit, view, windowMenu];
}
