// Reports: import (many files, all-or-nothing, with progress), list, and the original text for the source viewer.
import { basename } from 'node:path';
import { readableSource, shownIndex } from '../core/normalize/readable-source';
import { PlanscopeError } from '../contract/errors';
import { worded } from '../core/messages';
import { reasonOf } from '../core/said';
import { MAX_REPORT_BYTES, type DuplicateReport, type ImportedReport, type NeedsYearFile, type ReportFile, type reportsMethods } from '../contract/reports';
import { needsYear } from '../core/extract/document-year';
import { importReport, storeReport, type OnDuplicate, type ReadDocumentText } from '../core/store/import-report';
import { sha256Hex } from '../core/store/hash';
import { readReportDocument } from '../documents-worker/report-document';
import { extractInWorker } from '../extract-worker/run-extract';
import type { Workspace } from '../core/store/workspace';
import { recordHistory } from '../core/store/queries/audit';
import { documentTitle, documentWithText } from '../core/store/queries/documents';
import { openSavepoint } from '../core/store/queries/meta';
import { type HandlersFor, type ServiceContext, workspaceChanged } from './context';
import { deleteReport, reviewCounts } from './report-delete';
import { duplicateReport } from './report-labels';

export interface ReportBytes {
  fileName: string;
  bytes: Uint8Array;
  /** The year the user gave for a report that does not say it. */
  year?: number;
  /** What to do when it repeats a report already stored in other bytes; the bundled samples leave it unset (import). */
  onDuplicate?: OnDuplicate;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Turns what the renderer sent into bytes, refusing (with the file's name) anything we cannot take. */
export async function readReportFile(ctx: ServiceContext, file: ReportFile): Promise<ReportBytes> {
  let fileName: string;
  let bytes: Uint8Array;
  if ('path' in file) {
    fileName = basename(file.path);
    bytes = await ctx.files.readFile(file.path);
  } else {
    fileName = file.fileName;
    const clean = file.base64.replace(/\s+/g, '');
    if (clean.length % 4 !== 0 || !BASE64.test(clean)) throw PlanscopeError.says('bad-input', 'report.not-base64', { file: fileName });
    bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  }
  if (bytes.length === 0) throw PlanscopeError.says('unreadable-file', 'report.empty', { file: fileName });
  if (bytes.length > MAX_REPORT_BYTES) {
    throw PlanscopeError.says('limit-exceeded', 'report.too-big', { file: fileName, size: (bytes.length / 1048576).toFixed(1), max: MAX_REPORT_BYTES / 1048576 });
  }
  // A file from outside that repeats a stored report is held back for the user unless the call says otherwise.
  return { fileName, bytes, onDuplicate: file.onDuplicate ?? 'ask', ...(file.year === undefined ? {} : { year: file.year }) };
}

/** One refusal for every file whose year could not be read, so the user is asked for all of them at once. */
function yearsNeeded(files: readonly NeedsYearFile[]): PlanscopeError {
  const names = files.map((f) => f.fileName);
  return PlanscopeError.says('bad-input', 'report.years-needed', { files: worded(names.join('、'), names.join(', ')) }, { needsYear: true, files: [...files] });
}

/** Every error a report causes names the report, so the economist knows which file to look at. */
function namingTheFile(err: unknown, fileName: string): PlanscopeError {
  if (err instanceof PlanscopeError) {
    return err.message.includes(fileName) ? err : PlanscopeError.says(err.code, 'report.in-file', { file: fileName, reason: reasonOf(err) }, err.details);
  }
  const reason = err instanceof Error ? err.message : String(err);
  return PlanscopeError.says('bad-input', 'report.unreadable', { file: fileName, reason });
}

/** A PDF's or Word file's text, read in the document worker, with progress per page ("3/120 页"); undefined for text. */
function documentText(ctx: ServiceContext, task: string, file: ReportBytes, i: number, total: number): Promise<ReadDocumentText | undefined> {
  return readReportDocument(file.fileName, file.bytes, {
    onProgress: (page, pages) => ctx.emit('progress', { task, done: i, total, label: file.fileName, page: { done: page, total: pages } }),
  });
}

// One import at a time per workspace: the savepoint below spans awaits, and two interleaved imports would
// share it (a failure in one would roll back the other).
const importQueues = new WeakMap<Workspace, Promise<unknown>>();

/** Reads one report and stores it: in-process (the bundled samples) or in the extraction worker (a user's file). */
// `document` is a PDF's or Word file's text, already read in the document worker.
export type ReportImporter = (ws: Workspace, file: ReportBytes, document?: ReadDocumentText) => Promise<ReturnType<typeof importReport>> | ReturnType<typeof importReport>;

const duplicateOption = (file: ReportBytes) => (file.onDuplicate ? { onDuplicate: file.onDuplicate } : {});

const inProcess: ReportImporter = (ws, file, document) =>
  importReport(ws, { fileName: file.fileName, bytes: file.bytes, ...(document ? { document } : {}) }, { ...(file.year === undefined ? {} : { year: file.year }), ...duplicateOption(file) });

/**
 * A file from outside is decoded and read in a worker under a size and time limit (main/extract-worker), so a
 * crafted report is refused with its name and the app keeps serving; only the store step runs here.
 */
export const inWorker: ReportImporter = async (ws, file, document) => {
  const year = file.year === undefined ? {} : { year: file.year };
  if (!document) return storeReport(ws, file.fileName, await extractInWorker({ fileName: file.fileName, bytes: file.bytes, ...year }), duplicateOption(file));
  // A PDF or Word file: its text (not its bytes) is read; the report is identified by the file's bytes.
  const read = await extractInWorker({ fileName: file.fileName, bytes: new Uint8Array(0), document: { text: document.text, format: document.format }, ...year });
  return storeReport(ws, file.fileName, { ...read, pages: document.pages, hash: sha256Hex(file.bytes) }, duplicateOption(file));
};

export interface ImportOutcome {
  reports: ImportedReport[];
  /** Files not imported because they repeat a report already there (held for the user's answer, or skipped). */
  duplicates: DuplicateReport[];
}

/**
 * Imports reports into `ws` inside one savepoint: either every file is imported or, when one fails, none is
 * and the workspace is exactly as before. Emits one progress event per report.
 */
export async function importIntoWorkspace(ctx: ServiceContext, ws: Workspace, files: readonly ReportBytes[], task: string, read: ReportImporter = inProcess): Promise<ImportOutcome> {
  const previous = importQueues.get(ws) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    const imported: ImportedReport[] = [];
    const duplicates: DuplicateReport[] = [];
    const withoutYear: NeedsYearFile[] = [];
    const savepoint = openSavepoint(ws, 'reports_import');
    try {
      for (const [i, file] of files.entries()) {
        ctx.emit('progress', { task, done: i, total: files.length, label: file.fileName });
        let r: Awaited<ReturnType<typeof importReport>>;
        try {
          const document = await documentText(ctx, task, file, i, files.length);
          r = await read(ws, file, document);
        } catch (err) {
          // Keep reading the others: the user is asked for every missing year at once; nothing is kept meanwhile.
          if (needsYear(err)) {
            withoutYear.push({ fileName: file.fileName, suggestedYear: err.details.suggestedYear });
            continue;
          }
          throw namingTheFile(err, file.fileName);
        }
        if (r.duplicate) {
          duplicates.push(duplicateReport(ws, file.fileName, r.meta.title, r.duplicate));
          continue;
        }
        imported.push({ fileName: file.fileName, documentId: r.documentId, factCount: r.factCount, existed: r.existed, title: documentTitle(ws, r.documentId) ?? file.fileName });
      }
      if (withoutYear.length) throw yearsNeeded(withoutYear);
      savepoint.release();
    } catch (err) {
      savepoint.rollback();
      throw err;
    }
    ctx.emit('progress', { task, done: files.length, total: files.length, label: '' });
    return { reports: imported, duplicates };
  });
  importQueues.set(ws, run);
  return run;
}

export const reportsHandlers: HandlersFor<typeof reportsMethods> = {
  'reports.import': async ({ files }, ctx) => {
    const ws = ctx.session.current();
    // Read and check every file before touching the workspace.
    const all: ReportBytes[] = [];
    for (const f of files) all.push(await readReportFile(ctx, f));
    const { reports, duplicates } = await importIntoWorkspace(ctx, ws, all, 'reports.import', inWorker);
    if (reports.some((r) => !r.existed)) {
      // History only: an import is taken back by deleting the report, not by the review's undo.
      recordHistory(ws, {
        at: ctx.clock(), action: 'reports.import', factId: null, before: null,
        after: JSON.stringify(reports.filter((r) => !r.existed).map((r) => ({ documentId: r.documentId, fileName: r.fileName, factCount: r.factCount }))),
      });
      workspaceChanged(ctx, ['documents', 'facts', 'audit']);
    }
    return { reports, factCount: reports.reduce((n, r) => n + (r.existed ? 0 : r.factCount), 0), duplicates };
  },
  'reports.list': (_args, ctx) => {
    const ws = ctx.session.current();
    const counts = reviewCounts(ws);
    return ws.listDocuments().map((d) => ({ ...d, reviewedCount: counts.get(d.id)?.reviewed ?? 0, editedCount: counts.get(d.id)?.edited ?? 0 }));
  },
  'reports.delete': async ({ documentId }, ctx) => {
    const ws = ctx.session.current();
    // After any import under way: its savepoint spans awaits, and its rollback would silently take the delete with it.
    await (importQueues.get(ws) ?? Promise.resolve()).catch(() => undefined);
    if (ctx.session.current() !== ws) throw PlanscopeError.says('conflict', 'report.delete-other-workspace');
    const deleted = deleteReport(ws, documentId, ctx.clock());
    workspaceChanged(ctx, ['documents', 'facts', 'audit']);
    return deleted;
  },
  'reports.getText': ({ documentId }, ctx) => {
    const ws = ctx.session.current();
    const row = documentWithText(ws, documentId);
    if (!row) throw PlanscopeError.says('not-found', 'report.not-found', { id: documentId });
    const { text, runs } = readableSource(row.text);
    const shown = (i: number) => (runs ? shownIndex(runs, i) : i);
    const spans: Record<number, [number, number]> = {};
    for (const f of ws.factSpans(documentId)) spans[f.id] = [shown(f.start), shown(f.end)];
    return { documentId, fileName: row.fileName, title: row.title, text, spans };
  },
};
