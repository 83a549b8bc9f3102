// What crosses between the host and the workbook parser worker. Only plain data: the host re-validates every
// value it receives (see parse-workbook.ts), because the worker has run a parser fed by a stranger's file.
import type { SheetRows, WorkbookRows } from '../core/xlsx/import-facts';
import type { Said } from '../core/messages';

export type { CellValue } from '../core/xlsx/cell-values';

/**
 * Row 0 is Excel row 1, column 0 is column A; merged areas carry their top-left value in every cell;
 * `percentCells` lists numeric cells shown as a percentage (stored 0.06, shown 6%).
 */
export type ParsedSheet = SheetRows;
export type ParsedWorkbook = WorkbookRows;

export interface WorkbookLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of the parts (zip bombs stop here). */
  maxUncompressedBytes: number;
  /** Cells over all sheets, counted over each sheet's used area plus what merged areas fill in. */
  maxCells: number;
  /**
   * Characters of text over all cells returned, merged-area copies included: 600 merges of 10,000 cells each
   * copying one 1,000-character string is 6 billion characters from an 8 KB file.
   */
  maxChars: number;
  /** Wall-clock time for the whole parse; the worker is terminated after it. */
  timeoutMs: number;
  /** V8 heap of the worker. */
  maxHeapMb: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCells: 2_000_000,
  maxChars: 20_000_000,
  timeoutMs: 30_000,
  maxHeapMb: 768,
};

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
  limits: WorkbookLimits;
}

export type ParseReply =
  | { ok: true; workbook: ParsedWorkbook }
  | { ok: false; code: 'unreadable-file' | 'limit-exceeded' | 'bad-input'; message: string; say: Said };

/**
 * The worker's reply crosses as JSON bytes, not a structured clone: the host checks their length before decoding a
 * single value, so a reader gone wrong cannot make the host deserialize more than this (each character of text may
 * take 6 bytes as a JSON escape; each cell a separator, null or number up to 24 bytes).
 */
export function maxReplyBytes(limits: WorkbookLimits): number {
  return 6 * limits.maxChars + 25 * limits.maxCells + 1024 * 1024;
}
