// What crosses between the host and the report extraction worker. A report from the web is read off the main
// thread (a crafted one must not freeze every other call) under a size and a time limit; the reply is plain data.
import type { ReportMetaOut } from '../core/extract/index';
import type { ExtractedFact } from '../core/types';
import type { Json } from '../core/errors';
import type { Said } from '../core/messages';

export interface ExtractLimits {
  /** Size of the file itself (the contract's report limit). */
  maxFileBytes: number;
  /** Wall-clock time for decoding and reading; the worker is terminated after it. */
  timeoutMs: number;
  /** V8 heap of the worker. */
  maxHeapMb: number;
}

export interface ExtractRequest {
  fileName: string;
  bytes: Uint8Array;
  /** The year the user gave for a report that does not say it. */
  year?: number;
  /** A PDF's or Word file's text, already read by the document worker: read as it is, `format` is its encoding. */
  document?: { text: string; format: string };
}

/** The decoded text and what the extractor read from it: what importReport would store. */
export interface ExtractedReport {
  text: string;
  encoding: string;
  meta: ReportMetaOut;
  facts: ExtractedFact[];
}

export type ExtractReply =
  | { ok: true; report: ExtractedReport }
  /** A refusal: `say` is what the interface shows (re-checked by the host), `message` its English for logs. */
  | { ok: false; code: string; message: string; say: Said; details?: Json };
