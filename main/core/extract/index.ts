// Reports in, facts with provenance out. `readReport` is pure: text → meta + facts with spans into the ORIGINAL
// text. Storing a report is the store's business (main/core/store/import-report.ts); this module knows no workspace.
import type { ExtractedFact } from '../types';
import { readMeta } from './meta';
import { yearUnknown } from './document-year';
import { findQuantities } from './numbers';
import { normalizeReport } from '../normalize/index';
import { arrangedGrowth } from './rules/arranged-growth';
import { growthContributions } from './rules/contributions';
import { fromToPairs } from './rules/from-to';
import { headlineLists } from './rules/headline-list';
import { indicatorTables } from './rules/indicator-table';
import { inlineTargets } from './rules/inline-target';
import { prose } from './rules/prose';
import { ratios } from './rules/ratio';
import { respectivelyLists } from './rules/respectively';
import { restatedTargets } from './rules/restated-target';
import { lineContexts, splitLines } from './sections';
import type { Candidate, Extractor, ReportView } from './types';

export type { Extractor, Candidate, ReportView } from './types';

/** The extractors a report is read with unless the caller passes its own set; run in `order`. */
export const builtInExtractors: readonly Extractor[] = [indicatorTables, inlineTargets, ratios, growthContributions, fromToPairs, arrangedGrowth, headlineLists, respectivelyLists, restatedTargets, prose];

export interface ReadOptions {
  /** Adds to each fact the ids of the rules behind it (`rules`). */
  trace?: boolean;
  /** The extractors to run (default `builtInExtractors`); names must be unique. */
  extractors?: readonly Extractor[];
  /** The year the report reviews, when the document does not say it (asked of the user). */
  year?: number;
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
  /** With a trace: numbers no fact was made of, each with the veto that refused it (offsets into the original text). */
  rejected?: { start: number; end: number; value: number; rule: string }[];
}

function viewOf(text: string, trace: boolean, year?: number): ReportView {
  const meta = readMeta(text, year === undefined ? {} : { year });
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
  return { text, meta, lines, contexts, lineAt, quantities, quantitiesIn, rejections: trace ? new Map() : null };
}

function inOrder(extractors: readonly Extractor[]): Extractor[] {
  const names = new Set<string>();
  for (const e of extractors) {
    if (names.has(e.name)) throw new Error(`Two extractors are named "${e.name}".`);
    names.add(e.name);
  }
  return [...extractors].sort((a, b) => a.order - b.order);
}

/** The numbers a veto refused and no extractor made a fact of, in text order. */
function rejectedNumbers(view: ReportView, claimed: ReadonlySet<number>, toOriginal: (start: number, end: number) => { start: number; end: number }): NonNullable<ReadReport['rejected']> {
  const out: NonNullable<ReadReport['rejected']> = [];
  for (const q of view.quantities) {
    const rule = view.rejections?.get(q.start);
    if (rule && !claimed.has(q.start)) out.push({ ...toOriginal(q.start, q.end), value: q.value, rule });
  }
  return out;
}

/**
 * The fact of a candidate: its fields in their order, without the anchor, with the region and the span in the
 * original text. Copied key by key: a rest-and-spread copy of every fact (objects of several shapes) was one of
 * the slowest steps of reading a report.
 */
function factOut(c: Candidate, region: string, span: { start: number; end: number }, rules: string[] | null): ExtractedFact {
  const out: Record<string, unknown> = {};
  for (const key in c) if (key !== 'anchor' && key !== 'rules') out[key] = c[key as keyof Candidate];
  out.region = region;
  out.start = span.start;
  out.end = span.end;
  if (rules) out.rules = rules;
  return out as unknown as ExtractedFact;
}

/** Reads a report's metadata and every fact it states about its region. */
export function readReport(originalText: string, fileName: string, options: ReadOptions = {}): ReadReport {
  const normalized = normalizeReport(originalText);
  const trace = options.trace === true;
  const view = viewOf(normalized.text, trace, options.year);
  // Never invent a period: a report with numbers whose year nothing says is refused until the year is supplied.
  if (view.meta.yearRule === null && view.quantities.length > 0) throw yearUnknown(fileName, view.meta);
  const claimed = new Set<number>();
  const found: Candidate[] = [];
  for (const extractor of inOrder(options.extractors ?? builtInExtractors)) {
    for (const c of extractor.extract(view, claimed)) {
      if (claimed.has(c.anchor)) continue;
      claimed.add(c.anchor);
      found.push(trace ? { ...c, rules: [extractor.name, ...(c.rules ?? [])] } : c);
    }
  }
  found.sort((a, b) => a.anchor - b.anchor);
  const { title, region, period, published } = view.meta;
  const facts = found.map((c) => factOut(c, region, normalized.toOriginalSpan(c.start, c.end), trace ? [...(c.rules ?? []), ...view.contexts[view.lineAt(c.anchor)]!.rules] : null));
  const out: ReadReport = { meta: { title: title || fileName, region, period, published }, facts };
  if (trace) out.rejected = rejectedNumbers(view, claimed, normalized.toOriginalSpan);
  return out;
}
