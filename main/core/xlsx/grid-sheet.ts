// A displayed grid as a worksheet: nested column headers as merged cells, the row-label header block merged
// down, every cell's number format from its unit, column widths from the content, header rows and row labels
// frozen (the pane is added after writing; see frozen-panes.ts). Cell objects are built directly: the
// workbook must not cost more than SheetJS's own aoa/json writers for the same cells.
import { PlanscopeError } from '../errors';
import type { CellObject, Range, WorkSheet } from 'xlsx';
import type { DisplayGrid, GridValue } from './grid';
import { gridProblem, leafCount } from './grid';
import { numberFormatFor } from './number-formats';
import { boldNumberFormat, BOLD_TEXT_FORMAT } from './print-setup';

export interface SheetWithPane {
  sheet: WorkSheet;
  /** Rows and columns to freeze (0 = none). */
  freeze: { rows: number; cols: number };
}

const letterCache: string[] = [];
/** "A", "B" … "AA": column letters, cached because a facts sheet asks for the same few 100,000 times. */
export function columnLetter(c: number): string {
  let s = letterCache[c];
  if (s !== undefined) return s;
  s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  letterCache[c] = s;
  return s;
}

/** Display width in Excel character units: CJK characters are about two wide. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** A cell with its unit's number format; `bold` for headers and totals (carried by the format: print-setup.ts). */
export function cellFor(v: GridValue, unit: string | null | undefined, bold = false): CellObject | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const z = numberFormatFor(unit, v);
    return { t: 'n', v, z: bold ? boldNumberFormat(z) : z };
  }
  return bold ? { t: 's', v, z: BOLD_TEXT_FORMAT } : { t: 's', v };
}

export function gridSheet(grid: DisplayGrid): SheetWithPane {
  const problem = gridProblem(grid);
  if (problem) throw PlanscopeError.says('bad-input', 'grid.cannot-export', { title: grid.title, problem });
  const ws: WorkSheet = {};
  const labelCols = grid.rowLabelHeaders.length;
  const width = labelCols + leafCount(grid);
  const headerRows = Math.max(grid.columnHeaderRows.length, 1);
  const merges: Range[] = [];
  const widths: number[] = new Array<number>(width).fill(6);
  const put = (r: number, c: number, cell: CellObject | null, shown: string) => {
    if (!cell) return;
    ws[columnLetter(c) + (r + 1)] = cell;
    widths[c] = Math.max(widths[c]!, Math.min(60, textWidth(shown) + 2));
  };

  // Row-label headers sit in the last header row; above them the block is merged so it reads as one label.
  grid.rowLabelHeaders.forEach((h, c) => {
    put(0, c, cellFor(h, null, true), h);
    if (headerRows > 1) merges.push({ s: { r: 0, c }, e: { r: headerRows - 1, c } });
  });
  grid.columnHeaderRows.forEach((row, r) => {
    let c = labelCols;
    for (const h of row) {
      // A label repeated by a span sits in the first cell; Excel's merge shows it over all of them.
      put(r, c, cellFor(h.label, null, true), h.span > 1 ? '' : h.label);
      if (h.span > 1) merges.push({ s: { r, c }, e: { r, c: c + h.span - 1 } });
      c += h.span;
    }
  });

  grid.rows.forEach((row, i) => {
    const r = headerRows + i;
    const bold = row.kind !== 'data';
    row.cells.forEach((v, c) => {
      const unit = row.units?.[c];
      const cell = cellFor(v, unit, bold);
      put(r, c, cell, typeof v === 'number' ? `${v.toFixed(2)} ${unit ?? ''}` : (v ?? ''));
    });
  });

  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(headerRows + grid.rows.length - 1, 0), c: Math.max(width - 1, 0) } };
  ws['!ref'] = `A1:${columnLetter(range.e.c)}${range.e.r + 1}`;
  if (merges.length) ws['!merges'] = merges;
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return { sheet: ws, freeze: { rows: headerRows, cols: labelCols } };
}

/** A plain table (one header row, then rows) as a worksheet, e.g. the scorecard or the cover. */
export function tableSheet(header: readonly string[], rows: readonly (readonly GridValue[])[], units?: (row: number, col: number) => string | null): SheetWithPane {
  const grid: DisplayGrid = {
    title: '',
    rowLabelHeaders: [],
    columnHeaderRows: [header.map((label) => ({ label, span: 1 }))],
    rows: rows.map((cells, r) => ({ kind: 'data', cells: [...cells], units: units ? cells.map((_, c) => units(r, c)) : undefined })),
  };
  const s = gridSheet(grid);
  return { sheet: s.sheet, freeze: { rows: 1, cols: 0 } };
}
