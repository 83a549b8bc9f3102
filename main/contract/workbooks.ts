// Workbooks: the briefing export (pivot as displayed, scorecard, facts with provenance, forecasts, cover),
// CSV/XLSX of any grid, and importing a colleague's sheet (inspect → mapping → preview → commit). File bytes
// travel as base64 so IPC and HTTP carry the same JSON; a path is used when main may write or read it itself.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import { importMappingSchema } from '../core/xlsx/import-mapping';
import { pivotSpecSchema } from '../core/pivot/spec';
import type { CellError } from '../core/xlsx/import-facts';
import type { MappingGuess } from '../core/xlsx/guess-mapping';
import type { NewFact } from '../core/store/workspace';

export type { DisplayGrid, GridHeaderCell, GridRow, GridRowKind, GridValue } from '../core/xlsx/grid';
export type { ImportMapping, ImportMappingInput, MappedField } from '../core/xlsx/import-mapping';
export type { CellError } from '../core/xlsx/import-facts';
export type { MappingGuess } from '../core/xlsx/guess-mapping';

/** Largest workbook accepted for import (the worker enforces the same cap). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const gridValue = z.union([z.string().max(32767), z.number(), z.null()]);
export const displayGridSchema = z.object({
  title: z.string().max(200),
  rowLabelHeaders: z.array(z.string().max(200)).max(20),
  columnHeaderRows: z.array(z.array(z.object({ label: z.string().max(500), span: z.number().int().min(1).max(16384) })).max(16384)).max(10),
  rows: z.array(z.object({
    kind: z.enum(['data', 'subtotal', 'total']),
    cells: z.array(gridValue).max(16384),
    units: z.array(z.string().max(20).nullable()).max(16384).optional(),
  })).max(1_048_000),
});

const fileName = z.string().trim().min(1, 'a file name is required').max(255);
const outPath = z.string().trim().min(1).max(4096).optional();
const language = z.enum(['zh', 'en']).default('zh');

export interface ExportedFile {
  fileName: string;
  /** The file's bytes when no path was given (the renderer offers them as a download). */
  base64: string | null;
  /** Where main wrote it, when a path was given. */
  path: string | null;
  bytes: number;
}

export interface SheetPreview {
  name: string;
  rowCount: number;
  columnCount: number;
  /** The first rows as the sheet has them, for the mapping step. */
  head: (string | number | null)[][];
  guess: MappingGuess;
}

export interface WorkbookInspection {
  /** Refers to the parsed workbook in later calls (kept in main for a while; inspect again if it expired). */
  token: string;
  fileName: string;
  sheets: SheetPreview[];
}

export interface ImportPreview {
  sheet: string;
  factCount: number;
  /** The first facts the import would add. */
  facts: NewFact[];
  errors: CellError[];
  moreErrors: number;
  /** Value cells with no figure (empty, —, 待统计 …), skipped; the first 50 addresses. */
  noData: { count: number; cells: string[] };
  /** The note row (注:…, 资料来源:…) the table stops at, 1-based; null when the data runs to the sheet's end. */
  stoppedAt: { row: number; text: string; rule: string } | null;
  /** Cells of this file and sheet already imported: committing asks skip or replace. */
  duplicates: { count: number; cells: string[] };
}

const token = z.string().regex(/^[a-f0-9]{16,64}$/, 'an inspection token');

export const workbooksMethods = {
  /** The briefing workbook: the displayed grid when given, else the spec or saved pivot (default when neither) run afresh. */
  'workbooks.exportBriefing': method<ExportedFile>()(z.object({
    language,
    pivotName: z.string().trim().min(1).max(120).optional(),
    /** The spec the pivot view shows, saved or not: its filters choose the facts sheet's rows. */
    spec: pivotSpecSchema.optional(),
    displayed: displayGridSchema.optional(),
    path: outPath,
  })),
  /** Any grid as CSV (UTF-8 with BOM) or as a one-sheet workbook. */
  'workbooks.exportGrid': method<ExportedFile>()(z.object({ grid: displayGridSchema, format: z.enum(['csv', 'xlsx']), path: outPath })),
  /** Parses a workbook in the isolated worker and guesses a mapping for each sheet. Nothing is imported. */
  'workbooks.inspect': method<WorkbookInspection>()(z.union([
    z.object({ fileName, base64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) }),
    z.object({ path: z.string().trim().min(1).max(4096) }),
  ])),
  /** What the import would add under a mapping, and every cell that stops it. */
  'workbooks.previewImport': method<ImportPreview>()(z.object({ token, mapping: importMappingSchema })),
  /**
   * All-or-nothing: any cell error refuses the import (details.errors lists them) and nothing changes. Cells imported
   * before refuse it with code conflict (details.duplicates) unless onDuplicate is skip or replace.
   */
  'workbooks.commitImport': method<{ added: number; replaced: number; skipped: number; sheet: string; fileName: string }>()(z.object({
    token, mapping: importMappingSchema, onDuplicate: z.enum(['ask', 'skip', 'replace']).optional(),
  })),
} satisfies MethodMap;
