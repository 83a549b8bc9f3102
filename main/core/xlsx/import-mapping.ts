// Which column of a colleague's sheet is what. Plain JSON (the wizard's mapping step produces it, the CLI reads
// it from --mapping MAP.json). A column is named by its letter ("C") or by its header text ("指标").
import { z } from 'zod';
import { cellText, type CellValue } from './cell-values';

const column = z.string().min(1).max(200).nullable().optional();
const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range', 'more_than'] as const;

/** What the user chose for one value cell the sheet writes in words ("约6%" → 6, approx): used instead of the cell. */
export const cellFixSchema = z.object({
  value: z.number().finite().optional(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  unit: z.string().min(1).max(20).optional(),
});
export type CellFix = z.output<typeof cellFixSchema>;
const FACT_KINDS = ['actual', 'estimate', 'target'] as const;
const MEASURES = ['level', 'growth', 'share', 'rate', 'count', 'change'] as const;

export const importMappingSchema = z.object({
  /** Sheet name, or its position from 1 as text ("2"). */
  sheet: z.string().min(1).max(200),
  /** Excel row number of the header row (1 = first row). */
  headerRow: z.number().int().min(1).max(1000).default(1),
  /** long: one row per value. wide: indicators down, periods (years, half-years) across. */
  form: z.enum(['long', 'wide']),
  columns: z.object({
    indicator: z.string().min(1).max(200),
    region: column,
    period: column,
    kind: column,
    measure: column,
    unit: column,
    value: column,
    low: column,
    high: column,
    qualifier: column,
    status: column,
    quote: column,
  }),
  /** Used where a column is not mapped or a cell is empty. */
  defaults: z.object({
    region: z.string().min(1).max(100).optional(),
    kind: z.enum(FACT_KINDS).optional(),
    measure: z.enum(MEASURES).optional(),
    unit: z.string().max(20).optional(),
  }).default({}),
  /** Fixes for value cells by address (A1), chosen in the wizard; the file itself is never changed. */
  fixes: z.record(z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/), cellFixSchema).refine((f) => Object.keys(f).length <= 500, 'at most 500 fixed cells').optional(),
});

export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;
export type MappedField = keyof ImportMapping['columns'];

/** 0-based column index from a letter or a header text; null when the sheet has no such column. */
export function resolveColumn(ref: string, header: readonly CellValue[]): number | null {
  const byHeader = header.findIndex((h) => cellText(h) === ref.trim());
  if (byHeader >= 0) return byHeader;
  if (/^[A-Z]{1,3}$/.test(ref)) {
    let c = 0;
    for (const ch of ref) c = c * 26 + (ch.charCodeAt(0) - 64);
    return c - 1;
  }
  return null;
}

export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
