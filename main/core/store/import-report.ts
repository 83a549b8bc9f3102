// Storing one report: decode its bytes, read it, and add the report and its facts to a workspace in one
// transaction, so a failure leaves the workspace as it was. Reading lives in main/core/extract, which knows
// no workspace.
import { pageAt, type PageSpan } from '../documents/paged-text';
import { readReport, type ReadOptions, type ReportMetaOut } from '../extract/index';
import { decodeReport } from '../normalize/index';
import { noTextIn } from '../normalize/decode';
import type { ExtractedFact } from '../types';
import { sha256Hex } from './hash';
import { nearDuplicateOf, setTextKey, type NearDuplicate } from './report-duplicates';
import { reportTextKey } from './report-key';
import type { Workspace } from './workspace';

/**
 * A report's text already read out of a PDF or Word file (in the document reader worker). `format` is stored as
 * the document's encoding ("pdf", "docx", "doc"); `pages` maps offsets of the text to the PDF's pages.
 */
export interface ReadDocumentText {
  text: string;
  format: string;
  pages: readonly PageSpan[];
}

/**
 * What to do with a report that repeats one already stored though its bytes differ (report-duplicates.ts): hold
 * it back so the user is asked (ask), leave it out (skip), or store it as a report of its own (import: the default,
 * for the CLI and the bundled samples). A file with the same text as a stored report is never stored twice.
 */
export type OnDuplicate = 'ask' | 'skip' | 'import';

export interface ImportedReport {
  /** The stored report; for a duplicate held back, the report it repeats. */
  documentId: number;
  factCount: number;
  existed: boolean;
  meta: ReportMetaOut;
  /** Set when nothing was stored because the report repeats `documentId` (onDuplicate ask or skip). */
  duplicate?: NearDuplicate & { held: 'ask' | 'skip' };
}

/**
 * Decodes, reads and stores one report. A report already in the workspace (same text) is not added twice; one that
 * repeats a stored report in other bytes is stored or held back as `options.onDuplicate` says. A
 * report whose year neither its title nor its headings say is refused (PlanscopeError, details.needsYear) unless
 * `options.year` gives it; nothing is stored with a made-up year.
 */
export function importReport(ws: Workspace, file: { fileName: string; bytes: Uint8Array; document?: ReadDocumentText }, options: Omit<ReadOptions, 'trace'> & { onDuplicate?: OnDuplicate } = {}): ImportedReport {
  const { onDuplicate, ...reading } = options;
  const { text, encoding } = file.document ? { text: file.document.text, encoding: file.document.format } : decodeReport(file.bytes, file.fileName);
  const pages = file.document?.pages ?? [];
  // A PDF or Word report is the same report when its file is the same: identified by the original bytes.
  const hash = file.document ? sha256Hex(file.bytes) : undefined;
  if (!text.trim()) throw noTextIn(file.fileName, file.document?.format);
  const { meta, facts } = readReport(text, file.fileName, reading);
  return storeReport(ws, file.fileName, { text, encoding, meta, facts, pages, ...(hash ? { hash } : {}) }, onDuplicate ? { onDuplicate } : {});
}

/** A report read (in the extraction worker, or above) and ready to store; `pages` and `hash` for PDF and Word. */
export interface ReadReport {
  text: string;
  encoding: string;
  meta: ReportMetaOut;
  facts: readonly ExtractedFact[];
  pages?: readonly PageSpan[];
  hash?: string;
}

/** Stores a report already read: the report and its facts, one transaction (or nothing, for a duplicate held back). */
export function storeReport(ws: Workspace, fileName: string, read: ReadReport, options: { onDuplicate?: OnDuplicate } = {}): ImportedReport {
  const { text, encoding, meta, facts } = read;
  const hash = read.hash ?? sha256Hex(text);
  const pages = read.pages ?? [];
  const onDuplicate = options.onDuplicate ?? 'import';
  return ws.transaction(() => {
    const textKey = reportTextKey(text);
    const stored = ws.one('SELECT id FROM documents WHERE hash = ?', [hash]);
    // The same file again is not a question: it is already there (as before near duplicates were looked for).
    if (!stored && onDuplicate !== 'import') {
      const repeats = nearDuplicateOf(ws, { textKey, title: meta.title, region: meta.region, period: meta.period });
      if (repeats) return { documentId: repeats.documentId, factCount: 0, existed: false, meta, duplicate: { ...repeats, held: onDuplicate } };
    }
    const doc = ws.addDocument({ fileName, title: meta.title, region: meta.region, period: meta.period, published: meta.published, encoding, originalText: text, hash });
    if (doc.existed) return { documentId: doc.id, factCount: 0, existed: true, meta };
    setTextKey(ws, doc.id, textKey);
    ws.addFacts(doc.id, facts.map((f) => ({ ...f, quote: text.slice(f.start, f.end), page: pageAt(pages, f.start) })));
    return { documentId: doc.id, factCount: facts.length, existed: false, meta };
  });
}
