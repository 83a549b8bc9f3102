// Storing one report: decode its bytes, read it, and add the report and its facts to a workspace in one
// transaction, so a failure leaves the workspace as it was. Reading lives in main/core/extract, which knows
// no workspace.
import { PlanscopeError } from '../errors';
import { readReport, type ReadOptions, type ReportMetaOut } from '../extract/index';
import { decodeReport } from '../normalize/index';
import type { ExtractedFact } from '../types';
import type { Workspace } from './workspace';

export interface ImportedReport {
  documentId: number;
  factCount: number;
  existed: boolean;
  meta: ReportMetaOut;
}

/**
 * Decodes, reads and stores one report. A report already in the workspace (same text) is not added twice. A
 * report whose year neither its title nor its headings say is refused (PlanscopeError, details.needsYear) unless
 * `options.year` gives it; nothing is stored with a made-up year.
 */
export function importReport(ws: Workspace, file: { fileName: string; bytes: Uint8Array }, options: Omit<ReadOptions, 'trace'> = {}): ImportedReport {
  const { text, encoding } = decodeReport(file.bytes, file.fileName);
  if (!text.trim()) throw new PlanscopeError('unreadable-file', `${file.fileName}: the file is empty.`, { file: file.fileName });
  const { meta, facts } = readReport(text, file.fileName, options);
  return storeReport(ws, file.fileName, { text, encoding, meta, facts });
}

/** Stores a report already read (in the extraction worker, or above): the report and its facts, one transaction. */
export function storeReport(ws: Workspace, fileName: string, read: { text: string; encoding: string; meta: ReportMetaOut; facts: readonly ExtractedFact[] }): ImportedReport {
  const { text, encoding, meta, facts } = read;
  const file = { fileName };
  return ws.transaction(() => {
    const doc = ws.addDocument({ fileName: file.fileName, title: meta.title, region: meta.region, period: meta.period, published: meta.published, encoding, originalText: text });
    if (doc.existed) return { documentId: doc.id, factCount: 0, existed: true, meta };
    ws.addFacts(doc.id, facts.map((f) => ({ ...f, quote: text.slice(f.start, f.end) })));
    return { documentId: doc.id, factCount: facts.length, existed: false, meta };
  });
}
