// Import wizard slice: the chosen file (parsed in main's isolated worker), the mapping being edited, the
// preview (facts it would add, cells that stop it), and the commit. Nothing is written until commit, and a
// commit with any bad cell is refused by main as a whole.
import { create } from 'zustand';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';
import type { CellError, ImportMappingInput, ImportPreview, WorkbookInspection } from '../../../main/contract/workbooks';
import { call } from '../../bridge';
import { describeError, reportError } from '../../shell/notices';

/** Main's refusal in the user's language, worded from the message catalogue. */
const refusalText = (e: unknown): string => describeError(e).message;
import { fileToBase64 } from './download';

type CellFix = NonNullable<CellError['fix']>;
export type OnDuplicate = 'skip' | 'replace';

/**
 * The mapping last used for each file and sheet, by file name: choosing the fixed file again (after correcting a
 * cell in Excel) keeps the sheet, header row, columns and fixes instead of starting over.
 */
const keptMappings = new Map<string, ImportMappingInput>();
const lastSheet = new Map<string, string>();
const keepKey = (fileName: string, sheet: string) => `${fileName}\u0000${sheet}`;

function keep(fileName: string | undefined, mapping: ImportMappingInput | null): void {
  if (!fileName || !mapping) return;
  keptMappings.set(keepKey(fileName, mapping.sheet), mapping);
  lastSheet.set(fileName, mapping.sheet);
}

interface ImportState {
  /** The name of the file chosen (shown in the wizard), set as soon as it is chosen. */
  fileName: string | null;
  inspection: WorkbookInspection | null;
  mapping: ImportMappingInput | null;
  preview: ImportPreview | null;
  busy: 'reading' | 'previewing' | 'committing' | null;
  /** A refusal from main (unreadable file, limits, a mapping that does not fit), shown in the wizard. */
  error: string | null;
  choose(file: File): Promise<void>;
  pickSheet(name: string): void;
  setMapping(next: ImportMappingInput): void;
  /** Applies the fix main suggested for one cell (recorded in the mapping) and previews again. */
  applyFix(cell: string, fix: CellFix): Promise<void>;
  runPreview(): Promise<void>;
  commit(onDuplicate?: OnDuplicate): Promise<{ added: number; replaced: number; skipped: number; fileName: string } | null>;
  reset(): void;
}

export const useImport = create<ImportState>((set, get) => ({
  fileName: null,
  inspection: null,
  mapping: null,
  preview: null,
  busy: null,
  error: null,
  async choose(file) {
    set({ busy: 'reading', error: null, preview: null, inspection: null, mapping: null, fileName: file.name });
    try {
      const inspection = await call('workbooks.inspect', { fileName: file.name, base64: await fileToBase64(file) });
      // The same file again: its last sheet and mapping. Otherwise the first sheet with data; the user can pick another.
      const again = inspection.sheets.find((sh) => sh.name === lastSheet.get(file.name));
      const first = again ?? inspection.sheets.find((sh) => sh.rowCount > 1) ?? inspection.sheets[0];
      set({ inspection, mapping: first ? keptMappings.get(keepKey(file.name, first.name)) ?? first.guess.mapping : null });
    } catch (e) {
      set({ error: refusalText(e) });
    } finally {
      set({ busy: null });
    }
  },
  pickSheet(name) {
    const { inspection } = get();
    const sheet = inspection?.sheets.find((sh) => sh.name === name);
    if (!inspection || !sheet) return;
    const mapping = keptMappings.get(keepKey(inspection.fileName, name)) ?? sheet.guess.mapping;
    keep(inspection.fileName, mapping);
    set({ mapping, preview: null });
  },
  setMapping(next) {
    keep(get().inspection?.fileName, next);
    set({ mapping: next, preview: null });
  },
  async applyFix(cell, fix) {
    const { mapping } = get();
    if (!mapping) return;
    get().setMapping({ ...mapping, fixes: { ...(mapping.fixes ?? {}), [cell]: fix } });
    await get().runPreview();
  },
  async runPreview() {
    const { inspection, mapping } = get();
    if (!inspection || !mapping) return;
    set({ busy: 'previewing', error: null });
    try {
      set({ preview: await call('workbooks.previewImport', { token: inspection.token, mapping }) });
    } catch (e) {
      set({ error: refusalText(e), preview: null });
    } finally {
      set({ busy: null });
    }
  },
  async commit(onDuplicate) {
    const { inspection, mapping } = get();
    if (!inspection || !mapping) return null;
    set({ busy: 'committing', error: null });
    try {
      const done = await call('workbooks.commitImport', { token: inspection.token, mapping, ...(onDuplicate ? { onDuplicate } : {}) });
      set({ inspection: null, mapping: null, preview: null, fileName: null });
      return done;
    } catch (e) {
      set({ error: refusalText(e) });
      reportError(e);
      return null;
    } finally {
      set({ busy: null });
    }
  },
  reset() {
    set({ inspection: null, mapping: null, preview: null, error: null, busy: null, fileName: null });
  },
}));

resetOnWorkspaceOpen(useImport);
