// The one grid wrapper: ag-grid-community (community modules only), a dense theme, and a selected row that
// can be driven from outside (clicking a highlight in the source selects and scrolls to its fact).
// No bridge calls here: the owner passes rows in and gets edits and clicks out.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { useCommonStrings } from '../i18n/common';
import {
  AllCommunityModule, ModuleRegistry, themeQuartz,
  type CellEditRequestEvent, type CellFocusedEvent, type CellKeyDownEvent, type ColDef, type GetRowIdParams,
  type GridApi, type GridReadyEvent, type RowClassRules, type RowClickedEvent, type RowDoubleClickedEvent,
} from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Dense: an economist wants many rows on screen. Fonts come from the page so Chinese glyphs match. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  spacing: 4,
  rowHeight: 28,
  headerHeight: 30,
  wrapperBorderRadius: 0,
  accentColor: '#1f5fa8',
  selectedRowBackgroundColor: '#dbe8f7',
});

/** Right-aligned, tabular digits: numbers line up by their decimal places. */
export const numberColumn: Pick<ColDef, 'type' | 'cellClass' | 'headerClass'> = {
  type: 'rightAligned',
  cellClass: 'num',
  headerClass: 'ag-right-aligned-header',
};

/**
 * Keyboard focus goes with the selection when the owner moves it (accepting a fact selects the next one): otherwise
 * the focused cell stays on the old row and the next Enter edits the fact just decided. Only while the grid has the
 * focus, so a click in the source pane does not pull the keyboard away from where the economist is.
 */
function followWithFocus<T>(api: GridApi<T>, rowIndex: number | null): void {
  const focused = api.getFocusedCell();
  if (rowIndex == null || !focused || focused.rowIndex === rowIndex) return;
  const grid = document.activeElement?.closest('.ag-root-wrapper');
  if (!grid) return;
  api.setFocusedCell(rowIndex, focused.column);
}

export interface CellEdit<T> {
  row: T;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface DataGridProps<T extends { id: number | string }> {
  rows: readonly T[];
  columns: ColDef<T>[];
  selectedId?: T['id'] | null;
  /** A click, or moving the focused cell with the keyboard, selects its row. */
  onSelect?(row: T): void;
  /** Double-click, or Enter on a cell that is not editable. */
  onOpen?(row: T): void;
  /**
   * The grid never changes rows itself (readOnlyEdit): the owner validates the edit, saves it and passes the
   * saved row back in `rows`. An edit that is refused therefore leaves the cell as it was.
   */
  onEdit?(edit: CellEdit<T>): void;
  rowClassRules?: RowClassRules<T>;
  noRowsText?: string;
  /** Names the grid for tests (data-testid="grid-<label>"); not shown or spoken. */
  label: string;
  /** What a screen reader calls the grid, in the interface language. */
  name?: string;
  onReady?(api: GridApi<T>): void;
}

export function DataGrid<T extends { id: number | string }>(props: DataGridProps<T>) {
  const { rows, columns, selectedId, onSelect, onOpen, onEdit, rowClassRules, noRowsText, label, name, onReady } = props;
  const common = useCommonStrings();
  const apiRef = useRef<GridApi<T> | null>(null);

  const getRowId = useCallback((p: GetRowIdParams<T>) => String(p.data.id), []);
  const rowData = useMemo(() => [...rows], [rows]);

  const syncSelection = useCallback(() => {
    const api = apiRef.current;
    if (!api || api.isDestroyed()) return;
    if (selectedId == null) {
      api.deselectAll();
      return;
    }
    const node = api.getRowNode(String(selectedId));
    if (!node) return;
    if (!node.isSelected()) node.setSelected(true, true);
    api.ensureNodeVisible(node, 'middle');
    followWithFocus(api, node.rowIndex);
  }, [selectedId]);

  useEffect(syncSelection, [syncSelection, rowData]);

  const onGridReady = useCallback((e: GridReadyEvent<T>) => {
    apiRef.current = e.api;
    syncSelection();
    onReady?.(e.api);
  }, [syncSelection, onReady]);

  const onRowClicked = useCallback((e: RowClickedEvent<T>) => {
    if (e.data) onSelect?.(e.data);
  }, [onSelect]);

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<T>) => {
    const field = e.colDef.field;
    if (!field || !onEdit || e.oldValue === e.newValue) return;
    onEdit({ row: e.data, field, oldValue: e.oldValue, newValue: e.newValue });
  }, [onEdit]);

  const onCellFocused = useCallback((e: CellFocusedEvent<T>) => {
    if (e.rowIndex == null || e.rowPinned || !onSelect) return;
    const data = e.api.getDisplayedRowAtIndex(e.rowIndex)?.data;
    if (data && String(data.id) !== String(selectedId)) onSelect(data);
  }, [onSelect, selectedId]);

  const onRowDoubleClicked = useCallback((e: RowDoubleClickedEvent<T>) => {
    if (e.data && onOpen) onOpen(e.data);
  }, [onOpen]);

  const onCellKeyDown = useCallback((e: CellKeyDownEvent<T>) => {
    const key = (e.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && e.data && onOpen && !e.colDef.editable) onOpen(e.data);
  }, [onOpen]);

  return (
    <div className="data-grid" role="region" aria-label={name} data-testid={`grid-${label}`}>
      <AgGridReact<T>
        theme={gridTheme}
        rowData={rowData}
        columnDefs={columns}
        getRowId={getRowId}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        rowClassRules={rowClassRules}
        onGridReady={onGridReady}
        onRowClicked={onRowClicked}
        onRowDoubleClicked={onRowDoubleClicked}
        onCellFocused={onCellFocused}
        onCellKeyDown={onCellKeyDown}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        stopEditingWhenCellsLoseFocus
        enableCellTextSelection
        // ag-grid's own words are English ("No Rows To Show"): an empty grid says so in the interface language.
        localeText={{ noRowsToShow: noRowsText ?? common.empty, loadingOoo: common.loading }}
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
      />
    </div>
  );
}
