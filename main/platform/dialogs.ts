// Native open/save dialogs behind the services' DialogsPort. Takes Electron's `dialog` as a parameter so the
// filters and the cancel path are tested without the binary.
import type { BrowserWindow, Dialog } from 'electron';
import type { DialogsPort } from '../services/context';

type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

const WORKSPACE_FILTERS = [{ name: 'Planscope workspace', extensions: ['db'] }];
const REPORT_FILTERS = [{ name: 'Plan reports', extensions: ['txt', 'html', 'htm', 'pdf', 'docx', 'doc'] }];

export function createDialogs(dialog: DialogLike, window: () => BrowserWindow | null): DialogsPort {
  const parent = () => window() ?? undefined;
  return {
    async pickWorkspace(purpose) {
      const w = parent();
      if (purpose === 'save') {
        const opts = { title: 'Save workspace', filters: WORKSPACE_FILTERS, defaultPath: 'workspace.db' };
        const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
        if (r.canceled || !r.filePath) return [];
        return [r.filePath.endsWith('.db') ? r.filePath : `${r.filePath}.db`];
      }
      const opts = { title: 'Open workspace', filters: WORKSPACE_FILTERS, properties: ['openFile' as const] };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? [] : r.filePaths;
    },
    async pickReports() {
      const w = parent();
      const opts = { title: 'Import reports', filters: REPORT_FILTERS, properties: ['openFile' as const, 'multiSelections' as const] };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? [] : r.filePaths;
    },
  };
}
