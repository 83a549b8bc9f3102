// The pivot view's export bar: the briefing workbook and CSV/Excel of the grid, built from exactly what the
// pivot grid shows (same labels, same rows, total row last).
import type { PivotResult } from '../../../main/contract/pivots';
import { usePivot } from '../pivot/store';
import { useFieldLabels, usePivotStrings } from '../pivot/strings';
import { BriefingButton, GridExportButtons } from './ExportButtons';
import { pivotDisplayGrid, type PivotGridLabels } from './pivot-grid';
import './workbooks.css';

export function PivotExportBar() {
  const s = usePivotStrings();
  const fields = useFieldLabels();
  const labels: PivotGridLabels = {
    fieldLabel: (f) => (Object.hasOwn(fields, f) ? fields[f as keyof typeof fields] : f),
    value: s.value,
    total: s.total,
    mixedUnits: s.mixedUnits,
  };
  const grid = () => {
    const { result, viewName } = usePivot.getState();
    // The total column is labelled by what the aggregation makes of a row (最新值 for latest), as the grid shows it.
    return result ? pivotDisplayGrid(result as PivotResult, viewName ?? s.title, { ...labels, total: s[`total_${result.spec.value.aggregation}`] }) : null;
  };
  const source = () => {
    const { spec, viewName, saved } = usePivot.getState();
    const savedView = saved.find((v) => v.name === viewName);
    const unchanged = savedView && spec && JSON.stringify(savedView.spec) === JSON.stringify(spec);
    const g = grid();
    return { ...(unchanged && viewName ? { pivotName: viewName } : {}), ...(spec ? { spec } : {}), ...(g ? { grid: g } : {}) };
  };
  return (
    <div className="workbook-export-bar" data-testid="pivot-export">
      <BriefingButton source={source} />
      <GridExportButtons grid={grid} />
    </div>
  );
}
