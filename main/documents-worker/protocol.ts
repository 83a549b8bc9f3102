// What crosses between the host and the document reader worker (PDF, .docx, .doc). Only plain data: the host
// re-checks the reply (see read-document.ts), because the worker has run parsers fed by a stranger's file.
import type { PageSpan } from '../core/documents/paged-text';
import type { Said } from '../core/messages';

export type DocumentFormat = 'pdf' | 'docx' | 'doc';

export interface DocumentLimits {
  maxFileBytes: number;
  /** Pages of a PDF; a report of more is not a report. */
  maxPages: number;
  /** Characters of text over the whole document. */
  maxChars: number;
  /** Sum of the uncompressed sizes of a .docx's parts (zip bombs stop here). */
  maxUncompressedBytes: number;
  /** Wall-clock time for the whole read; the worker is terminated after it. */
  timeoutMs: number;
  /** V8 heap of the worker. */
  maxHeapMb: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxPages: 2000,
  maxChars: 5_000_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  timeoutMs: 60_000,
  maxHeapMb: 768,
};

export interface ReadRequest {
  fileName: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  limits: DocumentLimits;
}

export type RefusalCode = 'unreadable-file' | 'limit-exceeded';

export type ReadReply =
  | { type: 'done'; ok: true; text: string; pages: PageSpan[] }
  /** A refusal: `say` is what the interface shows (re-checked by the host), `message` its English for logs. */
  | { type: 'done'; ok: false; code: RefusalCode; message: string; say: Said };

/** Sent after every page of a PDF, so a long report shows how far the reading is. */
export interface ReadProgress {
  type: 'progress';
  done: number;
  total: number;
}
