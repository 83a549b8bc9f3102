// The review grid's columns: what an economist checks a statement by, editable where a correction is
// likely (indicator, value, unit, period, kind). Numbers are right-aligned and shown with their unit and
// qualifier as the report says them; editing a value edits the bare number.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { comparePeriods, type Fact } from '../../../main/core/types';
import { numberColumn } from '../../components/DataGrid';
import { formatFactValue } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { withoutBidiControls } from '../../format/text';
import { fill, type Lang } from '../../i18n';
import { originalStatement } from '../source/Provenance';
import type { useCommonStrings } from '../../i18n/common';
import type { useReviewStrings } from './strings';

type ReviewStrings = ReturnType<typeof useReviewStrings>;
type CommonStrings = ReturnType<typeof useCommonStrings>;

function StatusCell({ value, labels }: ICellRendererParams<Fact, Fact['status']> & { labels: Record<string, string> }) {
  if (!value) return null;
  return <span className={`status-chip status-${value}`}>{labels[value] ?? value}</span>;
}

export function factColumns(s: ReviewStrings, common: CommonStrings, lang: Lang, documentTitle: (id: number | null) => string): ColDef<Fact>[] {
  const words: Record<string, string> = common;
  const word = (prefix: string, v: unknown) => words[`${prefix}_${String(v)}`] ?? String(v ?? '');
  return [
    {
      field: 'status',
      headerName: s.colStatus,
      width: lang === 'en' ? 104 : 86,
      cellRenderer: StatusCell,
      cellRendererParams: { labels: { unreviewed: common.status_unreviewed, accepted: common.status_accepted, rejected: common.status_rejected } },
    },
    { field: 'indicator', headerName: s.colIndicator, editable: true, flex: 2, minWidth: 150, tooltipField: 'indicator', valueFormatter: (p) => withoutBidiControls(String(p.value ?? '')) },
    { field: 'measure', headerName: s.colMeasure, width: 70, valueFormatter: (p) => word('measure', p.value) },
    {
      field: 'value',
      headerName: s.colValue,
      editable: true,
      width: 150,
      ...numberColumn,
      valueFormatter: (p) => (p.data ? formatFactValue(p.data, lang) : ''),
      // An edited fact is marked (✎, styles.css) with what it said before, so a corrected value beside a quote that
      // says otherwise reads as a correction.
      cellClassRules: { 'fact-edited': (p) => p.data?.editedFrom != null },
      tooltipValueGetter: (p) => (p.data?.editedFrom ? fill(s.editedTip, { statement: originalStatement(p.data.editedFrom, lang, (k) => word('kind', k)) }) : undefined),
      // Typed text reaches edits.ts unparsed: the grid's own number parser turns "约6" into NaN, losing what
      // the person typed and so the reason we give them.
      cellDataType: false,
      cellEditor: 'agTextCellEditor',
    },
    { field: 'unit', headerName: s.colUnit, editable: true, width: 70 },
    {
      field: 'period',
      headerName: s.colPeriod,
      editable: true,
      width: 120,
      valueFormatter: (p) => formatPeriod(String(p.value ?? ''), lang),
      comparator: (a: string, b: string) => comparePeriods(a, b),
    },
    {
      field: 'kind',
      headerName: s.colKind,
      editable: true,
      width: 74,
      valueFormatter: (p) => word('kind', p.value),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['actual', 'estimate', 'target'], formatValue: (v: unknown) => word('kind', v) },
    },
    { field: 'region', headerName: s.colRegion, width: 80 },
    { field: 'documentId', headerName: s.colReport, flex: 1, minWidth: 120, valueFormatter: (p) => withoutBidiControls(documentTitle(p.value ?? null)) },
    { field: 'quote', headerName: s.colQuote, flex: 3, minWidth: 200, tooltipField: 'quote', valueFormatter: (p) => withoutBidiControls(String(p.value ?? '')) },
  ];
}
