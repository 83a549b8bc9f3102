// Reports slice: the documents in the workspace, the import of new ones and deleting one. An import is
// all-or-nothing in main; a refused import keeps its error here (shown above the list) until the next attempt.
// Files that repeat a report already there come back from main not imported: the view asks 仍然导入 / 跳过 for
// each (or all), and those to import anyway are sent again with onDuplicate 'import'.
import { create } from 'zustand';
import type { DeletedReport, DuplicateReport, ImportedReport, NeedsYearFile, ReportFile, ReportSummary } from '../../../main/contract/reports';
import { call } from '../../bridge';
import { attempt, describeError, reportError } from '../../shell/notices';
import { withProgress } from '../../shell/progress';
import { useWorkspace } from '../../shell/workspace';
import { resetOnWorkspaceOpen } from '../../shell/reset-on-open';
import { filesNeedingYear, heldDuplicates, toReportFiles, withYears, type HeldDuplicate } from './files';

interface ReportsState {
  reports: ReportSummary[];
  loading: boolean;
  importing: boolean;
  lastImport: { reports: ImportedReport[]; factCount: number; duplicates: DuplicateReport[] } | null;
  importError: { code: string; message: string } | null;
  /** The refused import's files whose year the report does not say: the view asks for each, then imports again. */
  yearsNeeded: { files: NeedsYearFile[]; sources: ReportFile[] } | null;
  /** Files held back as repeating a report already there, with what to send to import them anyway. */
  duplicates: HeldDuplicate[];
  /** The report just deleted (the view offers to undo it), and the one whose deletion the view asks to confirm. */
  lastDeleted: DeletedReport | null;
  confirmDelete: ReportSummary | null;
  /** Set by the menu or Ctrl+I; the view opens the file chooser and clears it. */
  importRequested: boolean;
  load(): Promise<void>;
  importFiles(files: readonly File[]): Promise<void>;
  importSources(files: ReportFile[]): Promise<void>;
  /** Imports the refused files again with the years the user gave (file name → year). */
  importWithYears(years: Readonly<Record<string, number>>): Promise<void>;
  cancelYears(): void;
  /** Imports the held-back files at these positions anyway and forgets the others (跳过). */
  resolveDuplicates(importAnyway: readonly DuplicateReport[], skip: readonly DuplicateReport[]): Promise<void>;
  askDelete(report: ReportSummary | null): void;
  deleteReport(documentId: number): Promise<void>;
  /** The review's undo (one stack in main): here it takes back the delete just made. The action undone, if any. */
  undoDelete(): Promise<string | null>;
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
  duplicates: [],
  lastDeleted: null,
  confirmDelete: null,
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
    // Reading 40 files into the page takes a moment before main sees any: the view says so meanwhile.
    set({ importing: true });
    let sources: ReportFile[];
    try {
      sources = await toReportFiles(files);
    } catch (e) {
      set({ importing: false, importError: describeError(e) });
      return;
    }
    await get().importSources(sources);
  },
  async importSources(files) {
    set({ importing: true, importError: null, lastImport: null, yearsNeeded: null, lastDeleted: null });
    try {
      const result = await withProgress(() => call('reports.import', { files }));
      set((st) => ({ lastImport: result, duplicates: [...st.duplicates, ...heldDuplicates(result.duplicates, files)] }));
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
  async resolveDuplicates(importAnyway, skip) {
    const decided = new Set([...importAnyway, ...skip]);
    const held = get().duplicates;
    const sources = held.filter((d) => importAnyway.includes(d.item)).map((d) => ({ ...d.source, onDuplicate: 'import' as const }));
    set({ duplicates: held.filter((d) => !decided.has(d.item)) });
    if (sources.length) await get().importSources(sources);
  },
  askDelete(report) {
    set({ confirmDelete: report });
  },
  async deleteReport(documentId) {
    set({ confirmDelete: null });
    await attempt(async () => {
      const deleted = await call('reports.delete', { documentId });
      set({ lastDeleted: deleted, lastImport: null });
      await get().load();
    });
  },
  async undoDelete() {
    let undone: string | null = null;
    await attempt(async () => {
      const r = await call('facts.undo', {});
      undone = r.entry?.action ?? null;
      set({ lastDeleted: null });
      await get().load();
    });
    return undone;
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

// Another workspace means other reports: a question about report 3, or an undo offered for it, would be about another.
useWorkspace.subscribe((now, before) => {
  if (now.generation !== before.generation) useReports.setState({ duplicates: [], lastDeleted: null, confirmDelete: null });
});

resetOnWorkspaceOpen(useReports, { view: 'reports', reload: () => useReports.getState().load() });
