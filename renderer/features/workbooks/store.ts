// Import wizard slice: the chosen file (parsed in main's isolated worker), the mapping being edited, the
// preview (facts it would add, cells that stop it), and the commit. Nothing is written until commit, and a
// commit with any bad cell is refused by main as a whole.
import { create } from 'zustand';
import type { ImportMappingInput, ImportPreview, WorkbookInspection } from '../../../main/contract/workbooks';
import { call } from '../../bridge';
import { describeError, reportError } from '../../shell/notices';
import { fileToBase64 } from './download';

interface ImportState {
  inspection: WorkbookInspection | null;
  mapping: ImportMappingInput | null;
  preview: ImportPreview | null;
  busy: 'reading' | 'previewing' | 'committing' | null;
  /** A refusal from main (unreadable file, limits, a mapping that does not fit), shown in the wizard. */
  error: string | null;
  choose(file: File): Promise<void>;
  pickSheet(name: string): void;
  setMapping(next: ImportMappingInput): void;
  runPreview(): Promise<void>;
  commit(): Promise<{ added: number; fileName: string } | null>;
  reset(): void;
}

export const useImport = create<ImportState>((set, get) => ({
  inspection: null,
  mapping: null,
  preview: null,
  busy: null,
  error: null,
  async choose(file) {
    set({ busy: 'reading', error: null, preview: null, inspection: null, mapping: null });
    try {
      const inspection = await call('workbooks.inspect', { fileName: file.name, base64: await fileToBase64(file) });
      // Start on the first sheet with data; the user can pick another.
      const first = inspection.sheets.find((sh) => sh.rowCount > 1) ?? inspection.sheets[0];
      set({ inspection, mapping: first ? first.guess.mapping : null });
    } catch (e) {
      set({ error: describeError(e).message });
    } finally {
      set({ busy: null });
    }
  },
  pickSheet(name) {
    const sheet = get().inspection?.sheets.find((sh) => sh.name === name);
    if (sheet) set({ mapping: sheet.guess.mapping, preview: null });
  },
  setMapping(next) {
    set({ mapping: next, preview: null });
  },
  async runPreview() {
    const { inspection, mapping } = get();
    if (!inspection || !mapping) return;
    set({ busy: 'previewing', error: null });
    try {
      set({ preview: await call('workbooks.previewImport', { token: inspection.token, mapping }) });
    } catch (e) {
      set({ error: describeError(e).message, preview: null });
    } finally {
      set({ busy: null });
    }
  },
  async commit() {
    const { inspection, mapping } = get();
    if (!inspection || !mapping) return null;
    set({ busy: 'committing', error: null });
    try {
      const done = await call('workbooks.commitImport', { token: inspection.token, mapping });
      set({ inspection: null, mapping: null, preview: null });
      return done;
    } catch (e) {
      set({ error: describeError(e).message });
      reportError(e);
      return null;
    } finally {
      set({ busy: null });
    }
  },
  reset() {
    set({ inspection: null, mapping: null, preview: null, error: null, busy: null });
  },
}));
