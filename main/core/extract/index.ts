// Reports in, facts with provenance out. `readReport` is pure (text → meta + facts with spans into the
// ORIGINAL text); `importReport` decodes a file's bytes and stores the report and its facts in a workspace
// in one transaction, so a failure leaves the workspace as it was.
import { PlanscopeError } from '../../contract/errors';
import type { Workspace } from '../store/workspace';
import type { ExtractedFact } from '../types';
import { readMeta } from './meta';
import { findQuantities } from './numbers';
import { decodeReport, normalizeReport } from '../normalize/index';
import { registerExtractor, registeredExtractors } from './registry';
import { headlineLists } from './rules/headline-list';
import { indicatorTables } from './rules/indicator-table';
import { inlineTargets } from './rules/inline-target';
import { prose } from './rules/prose';
import { respectivelyLists } from './rules/respectively';
import { lineContexts, splitLines } from './sections';
import type { Candidate, ReportView } from './types';

export { registerExtractor, registeredExtractors } from './registry';
export type { Extractor, Candidate, ReportView } from './types';

for (const builtIn of [indicatorTables, inlineTargets, headlineLists, respectivelyLists, prose]) {
  if (!registeredExtractors().includes(builtIn)) registerExtractor(builtIn);
}

export interface ReportMetaOut {
  title: string;
  region: string;
  period: string;
  published: string | null;
}

export interface ReadReport {
  meta: ReportMetaOut;
  facts: ExtractedFact[];
}

function viewOf(text: string): ReportView {
  const meta = readMeta(text);
  const lines = splitLines(text);
  const contexts = lineContexts(lines, meta);
  const starts = lines.map((l) => l.start);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const quantities = findQuantities(text).filter((q) => q.unitClass !== 'ignore');
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = quantities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quantities[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const quantitiesIn = (start: number, end: number) => quantities.slice(firstAtOrAfter(start), firstAtOrAfter(end));
  return { text, meta, lines, contexts, lineAt, quantities, quantitiesIn };
}

/** Reads a report's metadata and every fact it states about its district. */
export function readReport(originalText: string, fileName: string): ReadReport {
  const normalized = normalizeReport(originalText);
  const view = viewOf(normalized.text);
  const claimed = new Set<number>();
  const found: Candidate[] = [];
  for (const extractor of registeredExtractors()) {
    for (const c of extractor.extract(view, claimed)) {
      if (claimed.has(c.anchor)) continue;
      claimed.add(c.anchor);
      found.push(c);
    }
  }
  found.sort((a, b) => a.anchor - b.anchor);
  const { title, region, period, published } = view.meta;
  const facts = found.map(({ anchor: _anchor, ...c }): ExtractedFact => ({ ...c, region, ...normalized.toOriginalSpan(c.start, c.end) }));
  return { meta: { title: title || fileName, region, period, published }, facts };
}

export interface ImportedReport {
  documentId: number;
  factCount: number;
  existed: boolean;
  meta: ReportMetaOut;
}

/** Decodes, reads and stores one report. A report already in the workspace (same text) is not added twice. */
export function importReport(ws: Workspace, file: { fileName: string; bytes: Uint8Array }): ImportedReport {
  const { text, encoding } = decodeReport(file.bytes, file.fileName);
  if (!text.trim()) throw new PlanscopeError('unreadable-file', `${file.fileName}: the file is empty.`, { file: file.fileName });
  const { meta, facts } = readReport(text, file.fileName);
  return ws.transaction(() => {
    const doc = ws.addDocument({ fileName: file.fileName, title: meta.title, region: meta.region, period: meta.period, published: meta.published, encoding, originalText: text });
    if (doc.existed) return { documentId: doc.id, factCount: 0, existed: true, meta };
    ws.addFacts(doc.id, facts.map((f) => ({ ...f, quote: text.slice(f.start, f.end) })));
    return { documentId: doc.id, factCount: facts.length, existed: false, meta };
  });
}
