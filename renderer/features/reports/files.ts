// Files chosen in the page (file input, drag-drop) travel to main as base64, so the desktop app and the
// browser preview send the same JSON.
import type { DuplicateReport, NeedsYearFile, ReportFile } from '../../../main/contract/reports';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function toReportFiles(files: readonly File[]): Promise<ReportFile[]> {
  return Promise.all(files.map(async (f) => ({ fileName: f.name, base64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })));
}

/** The name main knows a file by: its own name, or the last part of its path. */
export function reportFileName(file: ReportFile): string {
  return 'path' in file ? file.path.split(/[\\/]/).pop() ?? file.path : file.fileName;
}

/** The files a refused import says need a year (details.needsYear), or null for any other refusal. */
export function filesNeedingYear(e: unknown): NeedsYearFile[] | null {
  const details = typeof e === 'object' && e !== null ? (e as { details?: unknown }).details : undefined;
  if (typeof details !== 'object' || details === null || (details as { needsYear?: unknown }).needsYear !== true) return null;
  const files = (details as { files?: unknown }).files;
  if (!Array.isArray(files)) return null;
  return files.filter((f): f is NeedsYearFile => typeof f === 'object' && f !== null && typeof (f as NeedsYearFile).fileName === 'string')
    .map((f) => ({ fileName: f.fileName, suggestedYear: typeof f.suggestedYear === 'number' ? f.suggestedYear : null }));
}

/** The same files, each named in `years` carrying the year the user gave. */
export function withYears(files: readonly ReportFile[], years: Readonly<Record<string, number>>): ReportFile[] {
  return files.map((f) => {
    const year = years[reportFileName(f)];
    return year === undefined ? f : { ...f, year };
  });
}

/** A year as typed by the user: four digits, or null. */
export function typedYear(text: string): number | null {
  const t = text.trim();
  return /^(19|20)\d{2}$/.test(t) ? Number(t) : null;
}

/** A file main held back as repeating a report already there, and the file as sent (to send it again). */
export interface HeldDuplicate {
  item: DuplicateReport;
  source: ReportFile;
}

/** The held-back files of an import ('ask'; skipped ones need no answer), each with the file it came from. */
export function heldDuplicates(duplicates: readonly DuplicateReport[], sent: readonly ReportFile[]): HeldDuplicate[] {
  const unused = [...sent];
  return duplicates.filter((d) => d.held === 'ask').flatMap((item) => {
    // Two files of one name are matched in the order they were sent, as main reports them.
    const i = unused.findIndex((f) => reportFileName(f) === item.fileName);
    if (i < 0) return [];
    const [source] = unused.splice(i, 1);
    return [{ item, source: source! }];
  });
}
