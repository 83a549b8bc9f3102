// Reports slice: the documents in the workspace and the import of new ones. An import is all-or-nothing in
// main; a refused import keeps its error here (shown above the list) until the next attempt.
import { create } from 'zustand';
import type { ImportedReport, NeedsYearFile, ReportFile, ReportSummary } from '../../../main/contract/reports';
import { call } from '../../bridge';
import { attempt, describeError, reportError } from '../../shell/notices';
import { withProgress } from '../../shell/progress';
import { filesNeedingYear, toReportFiles, withYears } from './files';

interface ReportsState {
  reports: ReportSummary[];
  loading: boolean;
  importing: boolean;
  lastImport: { reports: ImportedReport[]; factCount: number } | null;
  importError: { code: string; message: string } | null;
  /** The refused import's files whose year the report does not say: the view asks for each, then imports again. */
  yearsNeeded: { files: NeedsYearFile[]; sources: ReportFile[] } | null;
  /** Set by the menu or Ctrl+I; the view opens the file chooser and clears it. */
  importRequested: boolean;
  load(): Promise<void>;
  importFiles(files: readonly File[]): Promise<void>;
  importSources(files: ReportFile[]): Promise<void>;
  /** Imports the refused files again with the years the user gave (file name → year). */
  importWithYears(years: Readonly<Record<string, number>>): Promise<void>;
  cancelYears(): void;
  /** Native dialog in the desktop app; false when there is none and the page's file input must be used. */
  pickWithDialog(): Promise<boolean>;
}

export const useReports = create<ReportsState>((set, get) => ({
  reports: [],
  loading: false,
  importing: false,
  lastImport: null,
  importError: null,
  yearsNeeded: null,
  importRequested: false,
  async load() {
    set({ loading: true });
    await attempt(async () => {
      set({ reports: await call('reports.list', {}) });
    });
    set({ loading: false });
  },
  async importFiles(files) {
    if (files.length === 0) return;
    await get().importSources(await toReportFiles(files));
  },
  async importSources(files) {
    set({ importing: true, importError: null, lastImport: null, yearsNeeded: null });
    try {
      const result = await withProgress(() => call('reports.import', { files }));
      set({ lastImport: result });
      await get().load();
    } catch (e) {
      const needing = filesNeedingYear(e);
      set(needing ? { yearsNeeded: { files: needing, sources: files } } : { importError: describeError(e) });
    } finally {
      set({ importing: false });
    }
  },
  async importWithYears(years) {
    const pending = get().yearsNeeded;
    if (pending) await get().importSources(withYears(pending.sources, years));
  },
  cancelYears() {
    set({ yearsNeeded: null });
  },
  async pickWithDialog() {
    try {
      const picked = await call('dialog.pickReports', {});
      if (!picked.dialogAvailable) return false;
      if (picked.paths.length) await get().importSources(picked.paths.map((path) => ({ path })));
      return true;
    } catch (e) {
      reportError(e);
      return true;
    }
  },
}));
