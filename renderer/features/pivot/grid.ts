// PivotResult -> ag-grid-community column groups and rows. Nested column fields become column groups; the
// grand total row is pinned at the bottom; subtotal rows stay in place, marked. Numbers are formatted per
// cell with that cell's unit; a cell mixing units shows the error instead of a number.
import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import type { PivotCell, PivotCoordinates, PivotHeaderNode, PivotResult, PivotRow, PivotRowKind } from '../../../main/contract/pivots';
import { formatAmount, formatNumber } from '../../format/numbers';
import type { Lang } from '../../i18n';

export interface GridRow {
  id: string;
  kind: PivotRowKind;
  row: PivotRow;
  [header: `h${number}`]: string;
}

/**
 * Row and column ids for the grid. Pivot keys are JSON paths, and ag-grid escapes quotes inside the row-id and
 * col-id attributes, so the grid gets URI-encoded ids (stable, attribute-safe, reversible).
 */
export const gridRowId = (key: string) => encodeURIComponent(key);
export const gridColId = (key: string) => `c:${encodeURIComponent(key)}`;
export function columnKeyOf(colId: string): string | null {
  return colId.startsWith('c:') ? decodeURIComponent(colId.slice(2)) : null;
}

export interface GridStrings {
  fieldLabel: (field: string) => string;
  /** A coded value (kind, measure, status) in the interface language; main labels them in Chinese. */
  valueLabel?: (field: string, value: string | null, label: string) => string;
  mixedUnits: string;
  value: string;
  total: string;
}


export function formatCell(cell: PivotCell | undefined, result: PivotResult, lang: Lang, s: GridStrings): string {
  if (!cell) return '';
  if (cell.error) return `⚠ ${s.mixedUnits}`;
  if (result.spec.value.aggregation === 'count') return formatNumber(cell.value, lang, 0);
  // Means are rounded to two decimals; every other aggregation shows the figures as the reports printed them.
  const v = cell.value !== null && result.spec.value.aggregation === 'mean' ? Math.round(cell.value * 100) / 100 : cell.value;
  return formatAmount(v, cell.unit, lang);
}

export function toGridRows(result: PivotResult, s?: Pick<GridStrings, 'valueLabel'>): { rows: GridRow[]; pinned: GridRow[] } {
  const rows: GridRow[] = [];
  const pinned: GridRow[] = [];
  const word = s?.valueLabel;
  for (const r of result.rows) {
    const g: GridRow = { id: gridRowId(r.key), kind: r.kind, row: r };
    r.labels.forEach((l, i) => (g[`h${i}`] = word ? word(result.rowFields[i] ?? '', r.path[i] ?? null, l) : l));
    (r.kind === 'total' ? pinned : rows).push(g);
  }
  return { rows, pinned };
}

export function buildColumns(result: PivotResult, lang: Lang, s: GridStrings): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const headers: ColDef<GridRow>[] = result.rowFields.map((f, i) => ({
    colId: `h${i}`,
    field: `h${i}`,
    headerName: s.fieldLabel(f),
    pinned: 'left',
    width: i === 0 ? 200 : 110,
    sortable: false,
  }));
  const relabel = (node: PivotHeaderNode) => (s.valueLabel ? s.valueLabel(node.field ?? '', node.value ?? null, node.label) : node.label);
  const leaf = (node: PivotHeaderNode): ColDef<GridRow> => {
    const key = node.columnKey!;
    return {
      colId: gridColId(key),
      headerName: relabel(node),
      width: 120,
      type: 'rightAligned',
      headerClass: 'ag-right-aligned-header',
      sortable: false,
      valueGetter: (p) => p.data?.row.cells[key]?.value ?? null,
      valueFormatter: (p: ValueFormatterParams<GridRow>) => formatCell(p.data?.row.cells[key], result, lang, s),
      tooltipValueGetter: (p) => p.data?.row.cells[key]?.error?.message ?? null,
      cellClassRules: {
        num: () => true,
        'pivot-cell-error': (p) => !!p.data?.row.cells[key]?.error,
        'pivot-total-col': () => key === '__total__',
      },
    };
  };
  const toDef = (node: PivotHeaderNode): ColDef<GridRow> | ColGroupDef<GridRow> =>
    node.children.length === 0 ? leaf(node) : { headerName: relabel(node), groupId: `${node.field}:${node.value}:${node.label}`, children: node.children.map(toDef) };
  const valueCols = result.columnTree.map((n) => (n.columnKey === '[]' ? { ...leaf(n), headerName: s.value } : n.columnKey === '__total__' ? { ...leaf(n), headerName: s.total } : toDef(n)));
  return [...headers, ...valueCols];
}

/** The field values that identify a cell (subtotal rows and the total column leave inner fields out). */
export function cellCoordinates(result: PivotResult, row: PivotRow, columnKey: string): PivotCoordinates {
  const coords: PivotCoordinates = {};
  result.rowFields.forEach((f, i) => {
    const v = row.path[i];
    if (v !== null && v !== undefined) coords[f] = v;
  });
  const col = result.columns.find((c) => c.key === columnKey);
  col?.path.forEach((v, i) => {
    const f = result.columnFields[i];
    if (f) coords[f] = v;
  });
  return coords;
}

/** "地区生产总值 · 增速 · 2024 · 目标": what the drill panel says it shows. */
export function cellTitle(result: PivotResult, row: PivotRow, columnKey: string): string {
  const col = result.columns.find((c) => c.key === columnKey);
  return [...row.labels.filter(Boolean), ...(col?.labels ?? [])].join(' · ');
}
