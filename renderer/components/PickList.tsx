// A long list to choose from (282 indicators, 46 regions, 13,000 series at 20,000 facts): a search box over
// ag-grid's own quick filter and row selection — virtualised, so a list of any length opens at once — rather than a
// native <select> that shows 10 entries and cannot be searched. Typing filters (any part of the label, any case);
// ↓ moves into the list, Space/click chooses; Esc and a click outside are the owner's (see usePopover).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent, SelectionChangedEvent } from 'ag-grid-community';
import { gridTheme, numberColumn } from './DataGrid';

export interface PickOption {
  value: string;
  label: string;
  /** How many facts carry it, shown beside the label when given. */
  count?: number;
}

export interface PickListProps {
  options: readonly PickOption[];
  chosen: readonly string[];
  multiple: boolean;
  onChange(values: string[]): void;
  /** Names the list (screen readers, tests: data-testid="picklist-<label>"). */
  label: string;
  searchPlaceholder: string;
  countHeader?: string;
  noMatchText: string;
}

interface Row extends PickOption {
  id: string;
}

export function PickList({ options, chosen, multiple, onChange, label, searchPlaceholder, countHeader, noMatchText }: PickListProps) {
  const [query, setQuery] = useState('');
  const api = useRef<GridApi<Row> | null>(null);
  const rows = useMemo<Row[]>(() => options.map((o) => ({ ...o, id: o.value })), [options]);
  const hasCounts = options.some((o) => o.count !== undefined);
  const columns = useMemo<ColDef<Row>[]>(() => [
    { field: 'label', headerName: label, flex: 1, tooltipField: 'label' },
    ...(hasCounts ? [{ field: 'count' as const, headerName: countHeader ?? '', width: 80, ...numberColumn, getQuickFilterText: () => '' }] : []),
  ], [label, hasCounts, countHeader]);
  // Changes the grid makes to the selection while it is being set from `chosen` are not the user's choices.
  const syncing = useRef(false);

  // By content, not identity: an owner passing a new array each render must not undo a click before it is reported.
  const chosenText = chosen.join('\u0000');
  const selectChosen = useCallback(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    syncing.current = true;
    const want = new Set(chosenText ? chosenText.split('\u0000') : []);
    grid.forEachNode((n) => {
      const on = !!n.data && want.has(n.data.value);
      if (n.isSelected() !== on) n.setSelected(on);
    });
    syncing.current = false;
  }, [chosenText]);
  useEffect(selectChosen, [selectChosen, rows]);

  const onGridReady = useCallback((e: GridReadyEvent<Row>) => {
    api.current = e.api;
    selectChosen();
  }, [selectChosen]);

  const onSelectionChanged = useCallback((e: SelectionChangedEvent<Row>) => {
    if (syncing.current || e.source === 'api') return;
    onChange(e.api.getSelectedRows().map((r) => r.value));
  }, [onChange]);

  const getRowId = useCallback((p: GetRowIdParams<Row>) => p.data.id, []);

  return (
    <div className="picklist" data-testid={`picklist-${label}`} role="group" aria-label={label}>
      <input type="search" autoFocus value={query} placeholder={searchPlaceholder} aria-label={searchPlaceholder}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || !api.current) return;
          e.preventDefault(); // into the list, on its first match
          const first = api.current.getDisplayedRowAtIndex(0);
          if (first) api.current.setFocusedCell(0, 'label');
        }} />
      <div className="picklist-grid">
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columns}
          getRowId={getRowId}
          quickFilterText={query}
          // The matches are the answer to what was typed: shown at once, not faded in over the rows they replace.
          animateRows={false}
          rowSelection={multiple
            ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: true, enableSelectionWithoutKeys: true }
            : { mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onGridReady={onGridReady}
          onSelectionChanged={onSelectionChanged}
          localeText={{ noRowsToShow: noMatchText }}
          defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
        />
      </div>
    </div>
  );
}
