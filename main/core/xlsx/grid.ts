// A grid "as displayed": the exact header rows, row labels and cells a user sees in a view. Exports work from
// this shape (not from a pivot spec) so the workbook and the CSV show what the screen showed — totals, labels
// and all — and any grid (pivot, scorecard, facts review) can be exported the same way.
import type { PivotHeaderNode, PivotResult } from '../pivot/spec';

export type GridValue = string | number | null;

/** One header cell spanning `span` leaf columns (nested headers are stacked rows of these). */
export interface GridHeaderCell {
  label: string;
  span: number;
}

export type GridRowKind = 'data' | 'subtotal' | 'total';

export interface GridRow {
  kind: GridRowKind;
  /** Row-label cells first (rowLabelCount of them), then one cell per leaf column. */
  cells: GridValue[];
  /** Unit per cell (same length as cells, or absent): drives the number format of that cell. */
  units?: (string | null)[];
}

export interface DisplayGrid {
  title: string;
  /** Labels of the row-label columns (shown in the header's top-left block). */
  rowLabelHeaders: string[];
  /** Column header rows over the value columns, outermost first; each row's spans add up to the leaf count. */
  columnHeaderRows: GridHeaderCell[][];
  rows: GridRow[];
}

export function leafCount(grid: DisplayGrid): number {
  const last = grid.columnHeaderRows[grid.columnHeaderRows.length - 1];
  return last ? last.reduce((n, h) => n + h.span, 0) : 0;
}

/** Checks the shape so a malformed grid is refused with a reason instead of writing a broken workbook. */
export function gridProblem(grid: DisplayGrid): string | null {
  const leaves = leafCount(grid);
  for (const [i, row] of grid.columnHeaderRows.entries()) {
    const width = row.reduce((n, h) => n + h.span, 0);
    if (width !== leaves) return `header row ${i + 1} spans ${width} columns but the grid has ${leaves}`;
    if (row.some((h) => !Number.isInteger(h.span) || h.span < 1)) return `header row ${i + 1} has a span that is not a positive whole number`;
  }
  const width = grid.rowLabelHeaders.length + leaves;
  for (const [i, row] of grid.rows.entries()) {
    if (row.cells.length !== width) return `row ${i + 1} has ${row.cells.length} cells but the grid has ${width} columns`;
    if (row.units && row.units.length !== width) return `row ${i + 1} has ${row.units.length} units for ${width} cells`;
  }
  return null;
}

function headerRowsFromTree(tree: readonly PivotHeaderNode[]): GridHeaderCell[][] {
  const rows: GridHeaderCell[][] = [];
  const leavesUnder = (n: PivotHeaderNode): number => (n.children.length ? n.children.reduce((s, c) => s + leavesUnder(c), 0) : 1);
  let level: readonly PivotHeaderNode[] = tree;
  while (level.length) {
    rows.push(level.map((n) => ({ label: n.label, span: leavesUnder(n) })));
    // A shallower branch (e.g. the total column) keeps its place in deeper rows with an empty cell.
    const next: PivotHeaderNode[] = [];
    for (const n of level) next.push(...(n.children.length ? n.children : [{ ...n, label: '', children: [] }]));
    if (!level.some((n) => n.children.length)) break;
    level = next;
  }
  return rows;
}

/** The pivot view's grid: row labels, then one cell per leaf column in the result's column order. */
export function pivotToGrid(result: PivotResult, title: string, fieldLabel: (f: string) => string, totalLabel: string): DisplayGrid {
  const tree = result.columnTree.length ? result.columnTree : [];
  let columnHeaderRows = headerRowsFromTree(tree);
  if (!columnHeaderRows.length) columnHeaderRows = [result.columns.map((c) => ({ label: c.isTotal ? totalLabel : c.labels.join(' / ') || title, span: 1 }))];
  const rowLabelHeaders = result.rowFields.map(fieldLabel);
  const rows: GridRow[] = result.rows.map((r) => {
    const labels: GridValue[] = rowLabelHeaders.map((_, i) => r.labels[i] ?? '');
    if (r.kind === 'total' && labels.length) labels[0] = labels[0] || totalLabel;
    const cells: GridValue[] = [...labels];
    const units: (string | null)[] = labels.map(() => null);
    for (const c of result.columns) {
      const cell = r.cells[c.key];
      cells.push(cell ? (cell.error ? cell.error.message : cell.value) : null);
      units.push(cell?.unit ?? null);
    }
    return { kind: r.kind, cells, units };
  });
  return { title, rowLabelHeaders, columnHeaderRows, rows };
}

/**
 * All header rows as flat text rows, a spanned label in its first cell and blanks after it: what the workbook
 * shows (merged cells hold their value top-left, so row-label headers sit in the first header row) and the CSV.
 */
export function flatHeaderRows(grid: DisplayGrid): string[][] {
  return grid.columnHeaderRows.map((row, i) => {
    const out: string[] = grid.rowLabelHeaders.map((h) => (i === 0 ? h : ''));
    for (const h of row) {
      out.push(h.label);
      for (let k = 1; k < h.span; k++) out.push('');
    }
    return out;
  });
}
