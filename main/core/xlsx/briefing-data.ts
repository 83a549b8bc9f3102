// Gathers what the briefing workbook shows from a workspace: the pivot (run from its saved spec, or the grid
// the view displayed), the scorecard, the facts behind the pivot (its filters, its status rule) with their
// reports, the plan tracker, and the saved forecasts.
import type { Workspace } from '../store/workspace';
import { runPivot } from '../pivot/index';
import { getPivot } from '../pivot/saved';
import { statementsBehindPivot } from '../store/queries/briefing';
import { DEFAULT_PIVOT_NAME, FIELD_LABELS, totalWord, type PivotField, type PivotSpec } from '../pivot/spec';
import { buildPlanCheck } from '../score/plan-targets';
import { planTrackerGrid } from './plan-sheet';
import { scorecardGrid } from './scorecard-sheet';
import type { BriefingInput } from './briefing';
import { forecastBatchOf, savedForecastsOf } from './forecast-sheet';
import type { FactForExport } from './facts-sheet';
import { pivotToGrid, type DisplayGrid } from './grid';
import { valueWord, WORDS, type BriefingLanguage } from './labels';

const EN_FIELDS: Record<PivotField, string> = {
  indicator: 'Indicator', region: 'Region', period: 'Period', kind: 'Kind', measure: 'Measure', report: 'Report', unit: 'Unit', status: 'Status',
};

export function fieldLabel(language: BriefingLanguage): (f: string) => string {
  return (f) => {
    const table: Record<string, string> = language === 'zh' ? FIELD_LABELS : EN_FIELDS;
    return Object.hasOwn(table, f) ? table[f]! : f;
  };
}

/** The statements behind a pivot (same filters and status rule as its cells), each with the report it came from. */
export function factsForExport(ws: Workspace, spec: PivotSpec | null): FactForExport[] {
  return statementsBehindPivot(ws, spec);
}

/** The plan tracker's sheet, or none when the workspace holds no multi-year target (an empty sheet says nothing). */
export function planTrackerOf(ws: Workspace, language: BriefingLanguage): DisplayGrid | null {
  const rows = buildPlanCheck(ws);
  return rows.length ? planTrackerGrid(rows, language) : null;
}

export interface BriefingRequest {
  language: BriefingLanguage;
  workspaceName: string;
  exportedAt: string;
  /** A saved pivot's name; the default pivot when absent. */
  pivotName?: string;
  /** The spec the view shows (it may differ from the saved one): its filters choose the facts. */
  spec?: PivotSpec;
  /** The grid exactly as the pivot view displayed it; when absent the pivot is run. */
  displayed?: DisplayGrid;
}

export function collectBriefing(ws: Workspace, req: BriefingRequest): BriefingInput {
  const saved = req.spec && !req.pivotName ? null : getPivot(ws, req.pivotName ?? DEFAULT_PIVOT_NAME);
  const spec = req.spec ?? saved!.spec;
  const label = fieldLabel(req.language);
  const w = WORDS[req.language];
  const name = saved?.name ?? (req.language === 'zh' ? '当前视图' : 'current view');
  // A total holds what the aggregation makes of its group: 总计 for a sum, 最新值 for the newest statement.
  const totalLabel = req.language === 'zh' ? totalWord(spec.value.aggregation, 'total') : w.total;
  const grid = req.displayed ?? pivotToGrid(runPivot(ws, spec), name, label, totalLabel);
  const filters = (Object.entries(spec.filters) as [PivotField, string[] | undefined][])
    .filter((e): e is [PivotField, string[]] => Array.isArray(e[1]) && e[1].length > 0)
    .map(([field, values]) => ({
      label: label(field),
      value: values.map((v) => (field === 'kind' || field === 'measure' || field === 'status' ? valueWord(w, field, v) : v)).join(', '),
    }));
  if (spec.acceptedOnly) filters.push({ label: req.language === 'zh' ? '审核状态' : 'Status', value: req.language === 'zh' ? '仅已采纳' : 'accepted only' });
  return {
    language: req.language,
    workspaceName: req.workspaceName,
    exportedAt: req.exportedAt,
    filters,
    pivot: { name, grid },
    scorecard: scorecardGrid(ws, req.language, spec),
    planTracker: planTrackerOf(ws, req.language),
    facts: factsForExport(ws, spec),
    forecasts: savedForecastsOf(ws, req.language),
    forecastBatch: forecastBatchOf(ws),
  };
}
