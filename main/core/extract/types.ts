// The plug-in point for fact extraction. Built-in extractors (headline lists, inline targets, "respectively"
// lists, running prose) are values of this type; `readReport` takes the set to run (default: the built-ins).
import type { ExtractedFact } from '../types';
import type { ReportMeta } from './meta';
import type { Quantity } from './numbers';
import type { Line, LineContext } from './sections';

/** A report as extractors see it: normalized text cut into lines, each with its section context. */
export interface ReportView {
  /** Normalized text (simplified script, folded widths, joined numbers). All offsets below index it. */
  text: string;
  meta: ReportMeta;
  lines: readonly Line[];
  contexts: readonly LineContext[];
  /** Index into `lines` of the line holding a text offset. */
  lineAt(offset: number): number;
  /** Every quantity of the text (scanned once), in text order, offsets into `text`; never 'ignore' units. */
  quantities: readonly Quantity[];
  /** The quantities starting in text[start, end). */
  quantitiesIn(start: number, end: number): readonly Quantity[];
  /** With a trace: the first veto that refused each number, by the number's offset. */
  rejections: Map<number, string> | null;
}

/** A fact in normalized-text offsets; `anchor` is where its number starts, so two extractors never read one number twice. */
export interface Candidate extends Omit<ExtractedFact, 'region' | 'start' | 'end' | 'rules'> {
  /** Ids of the rules that found, named and dated it (kept only when the report is read with a trace). */
  rules?: string[];
  start: number;
  end: number;
  anchor: number;
}

export interface Extractor {
  name: string;
  /** Runs in ascending order; numbers already claimed (by anchor) are skipped by later extractors. */
  order: number;
  extract(report: ReportView, claimed: ReadonlySet<number>): Candidate[];
}
