// The pivot grid exactly as the pivot view shows it — the same header labels (its "值"/"总计" for the single and
// total columns), the same row labels, rows in the same order with the pinned total row last — as the plain
// DisplayGrid the workbook writer takes. Cells keep their numbers; the workbook formats them by unit as the grid does.
import type { PivotHeaderNode, PivotResult } from '../../../main/contract/pivots';
import type { DisplayGrid, GridHeaderCell, GridRow, GridValue } from '../../../main/contract/workbooks';

export interface PivotGridLabels {
  fieldLabel: (field: string) => string;
  value: string;
  total: string;
  mixedUnits: string;
}

const TOTAL_KEY = '__total__';
const SINGLE_KEY = '[]';

function leaves(n: PivotHeaderNode): number {
  return n.children.length ? n.children.reduce((s, c) => s + leaves(c), 0) : 1;
}

function headerLabel(n: PivotHeaderNode, l: PivotGridLabels): string {
  if (n.columnKey === SINGLE_KEY) return l.value;
  if (n.columnKey === TOTAL_KEY) return l.total;
  return n.label;
}

/** Header rows from the column tree: a shallow branch (the total column) is labelled at its own level, blank below. */
export function headerRows(tree: readonly PivotHeaderNode[], l: PivotGridLabels): GridHeaderCell[][] {
  const depth = (n: PivotHeaderNode): number => (n.children.length ? 1 + Math.max(...n.children.map(depth)) : 1);
  const rows = Math.max(1, ...tree.map(depth));
  const out: GridHeaderCell[][] = Array.from({ length: rows }, () => []);
  const walk = (n: PivotHeaderNode, level: number) => {
    out[level]!.push({ label: headerLabel(n, l), span: leaves(n) });
    if (n.children.length) n.children.forEach((c) => walk(c, level + 1));
    else for (let r = level + 1; r < rows; r++) out[r]!.push({ label: '', span: 1 });
  };
  tree.forEach((n) => walk(n, 0));
  return out;
}

export function pivotDisplayGrid(result: PivotResult, title: string, l: PivotGridLabels): DisplayGrid {
  const columnKeys: string[] = [];
  const collect = (n: PivotHeaderNode) => (n.children.length ? n.children.forEach(collect) : columnKeys.push(n.columnKey ?? ''));
  result.columnTree.forEach(collect);
  const body = result.rows.filter((r) => r.kind !== 'total');
  const totals = result.rows.filter((r) => r.kind === 'total');
  const rows: GridRow[] = [...body, ...totals].map((r) => {
    const cells: GridValue[] = result.rowFields.map((_, i) => r.labels[i] ?? '');
    const units: (string | null)[] = cells.map(() => null);
    for (const key of columnKeys) {
      const c = r.cells[key];
      cells.push(!c ? null : c.error ? `⚠ ${l.mixedUnits}` : c.value);
      units.push(c?.unit ?? null);
    }
    return { kind: r.kind, cells, units };
  });
  return { title, rowLabelHeaders: result.rowFields.map(l.fieldLabel), columnHeaderRows: headerRows(result.columnTree, l), rows };
}
