// The pivot table: ag-grid-community with column groups, pinned total row, virtualized rows (only rows on
// screen are rendered, so 10,000-row pivots scroll smoothly). Double-click a cell to drill into its facts.
import { useCallback, useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellDoubleClickedEvent, SelectionChangedEvent } from 'ag-grid-community';
import type { PivotResult } from '../../../main/contract/pivots';
import { gridTheme } from '../../components/DataGrid';
import { useLang } from '../../i18n';
import { buildColumns, cellCoordinates, cellTitle, columnKeyOf, toGridRows, type GridRow, type GridStrings } from './grid';
import { usePivot } from './store';
import { useCommonStrings } from '../../i18n/common';
import { useFieldLabels, usePivotStrings } from './strings';

/** Fields whose values are codes (actual, growth, accepted) shown in the interface's own words. */
const CODED = new Set(['kind', 'measure', 'status']);

export function PivotGrid({ result }: { result: PivotResult }) {
  const s = usePivotStrings();
  const words: Record<string, string> = useCommonStrings();
  const labels = useFieldLabels();
  const lang = useLang((st) => st.lang);
  const drillInto = usePivot((st) => st.drillInto);
  const selectRows = usePivot((st) => st.selectRows);

  const gs: GridStrings = useMemo(() => ({
    fieldLabel: (f) => (f in labels ? labels[f as keyof typeof labels] : f),
    valueLabel: (field, value, label) => (CODED.has(field) && value !== null ? (words[`${field}_${value}`] ?? label) : label),
    mixedUnits: s.mixedUnits,
    value: s.value,
    // The total column holds what the aggregation makes of a row (最新值 for latest), not always a sum.
    total: s[`total_${result.spec.value.aggregation}`],
  }), [labels, s, words, result.spec.value.aggregation]);
  const columns = useMemo(() => buildColumns(result, lang, gs), [result, lang, gs]);
  const { rows, pinned } = useMemo(() => toGridRows(result, gs), [result, gs]);

  const onCellDoubleClicked = useCallback((e: CellDoubleClickedEvent<GridRow>) => {
    const key = columnKeyOf(e.column.getColId());
    if (!e.data || key === null) return;
    const cell = e.data.row.cells[key];
    if (!cell || cell.count === 0) return;
    void drillInto(cellCoordinates(result, e.data.row, key), cellTitle(result, e.data.row, key));
  }, [drillInto, result]);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<GridRow>) => {
    selectRows(e.api.getSelectedRows().filter((r) => r.kind === 'data').map((r) => r.row.key));
  }, [selectRows]);

  return (
    <div className="data-grid pivot-grid" role="region" aria-label={s.title} data-testid="grid-pivot"
      data-row-count={rows.length} data-column-count={result.columns.length}>
      <AgGridReact<GridRow>
        theme={gridTheme}
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columns}
        getRowId={(p) => p.data.id}
        rowSelection={{ mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true, enableSelectionWithoutKeys: false }}
        rowClassRules={{ 'pivot-subtotal': (p) => p.data?.kind === 'subtotal', 'pivot-total': (p) => p.data?.kind === 'total' }}
        onCellDoubleClicked={onCellDoubleClicked}
        onSelectionChanged={onSelectionChanged}
        enableCellTextSelection
        tooltipShowDelay={200}
        localeText={{ noRowsToShow: s.noRows }}
        defaultColDef={{ resizable: true, suppressHeaderMenuButton: true }}
      />
    </div>
  );
}
