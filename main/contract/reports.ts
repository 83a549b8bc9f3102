// Reports: the plan-execution reports read into the workspace. Bytes travel as base64 (a file input or a
// drag-drop in the renderer) or as a path main reads itself (a native dialog), so IPC and HTTP carry the same JSON.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import type { ReportDocument } from '../core/types';
import type { DuplicateReason } from '../core/store/report-duplicates';

export type { DuplicateReason } from '../core/store/report-duplicates';

/** Largest report we accept (the biggest real report is well under 1 MB; 20 MB is clearly not a report). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const fileName = z.string().trim().min(1, 'a file name is required').max(255);
/** The year the report reviews, given by the user when the report itself does not say it (see NeedsYearFile). */
const year = z.number().int().min(1949, 'a year such as 2023').max(2100, 'a year such as 2023').optional();
/**
 * A report that repeats one already in the workspace in other bytes (see DuplicateReport): ask (the default: it is
 * held back and listed in `duplicates`), skip it, or import it anyway as a report of its own.
 */
const onDuplicate = z.enum(['ask', 'skip', 'import']).optional();
export const reportFileSchema = z.union([
  z.object({ fileName, base64: z.string().max(Math.ceil(MAX_REPORT_BYTES / 3) * 4 + 4), year, onDuplicate }),
  z.object({ path: z.string().trim().min(1).max(4096), year, onDuplicate }),
]);
export type ReportFile = z.input<typeof reportFileSchema>;

export interface ReportSummary extends ReportDocument {
  factCount: number;
  /** Facts of this report the user accepted or rejected. */
  reviewedCount: number;
  /** Facts of this report the user corrected (an edit in effect). */
  editedCount: number;
}

/**
 * A file not imported because it repeats a report already in the workspace though its bytes differ: the same
 * words and figures (same-text: a GBK copy, the .txt of a web page) or the same title, region and period
 * (same-title). A byte-identical file is not one of these: it is reported as `existed`.
 */
export interface DuplicateReport {
  fileName: string;
  /** The title read from the file. */
  title: string;
  reason: DuplicateReason;
  /** The report already in the workspace that it repeats. */
  existing: { documentId: number; title: string; fileName: string; importedAt: string };
  /** ask: held back until the user answers (send the file again with onDuplicate 'import' to import it anyway); skip: left out, as asked. */
  held: 'ask' | 'skip';
}

export interface DeletedReport {
  documentId: number;
  title: string;
  fileName: string;
  /** The facts deleted with it, and how many of them the user had reviewed or corrected. */
  factCount: number;
  reviewedCount: number;
  editedCount: number;
}

export interface ImportedReport {
  fileName: string;
  documentId: number;
  factCount: number;
  /** The same text was already in the workspace: nothing was added. */
  existed: boolean;
  title: string;
}

/**
 * A file refused because neither its title nor its headings say which year it reports on. `reports.import`
 * then fails with code 'bad-input' and details `{ needsYear: true, files: NeedsYearFile[] }`; the caller asks
 * the user for each file's year (prefilled with `suggestedYear`, the publication year) and sends it as `year`.
 */
export interface NeedsYearFile {
  fileName: string;
  suggestedYear: number | null;
  [key: string]: string | number | null;
}

export interface ReportText {
  documentId: number;
  fileName: string;
  title: string;
  /** The text as the source pane shows it: a web page without its markup, any other report as stored. */
  text: string;
  /**
   * Every fact's span in the shown text, by fact id. Spans stored on facts index the stored original; for a web
   * page shown without markup they differ, so the pane marks these.
   */
  spans: Record<number, [number, number]>;
}

export const reportsMethods = {
  /**
   * All-or-nothing: one unreadable file refuses the whole call, naming the file, and nothing changes. Files that
   * repeat a report already there are not imported and come back in `duplicates` (the others are imported).
   */
  'reports.import': method<{ reports: ImportedReport[]; factCount: number; duplicates: DuplicateReport[] }>()(
    z.object({ files: z.array(reportFileSchema).min(1, 'choose at least one report').max(200) }),
  ),
  'reports.list': method<ReportSummary[]>()(z.object({})),
  'reports.getText': method<ReportText>()(z.object({ documentId: z.number().int().positive() })),
  /**
   * Deletes a report and its facts as one audited action ('reports.delete'): facts.undo restores the report, its
   * text and its facts (same ids, statuses and corrections) exactly; facts.redo deletes it again.
   */
  'reports.delete': method<DeletedReport>()(z.object({ documentId: z.number().int().positive() })),
} satisfies MethodMap;
