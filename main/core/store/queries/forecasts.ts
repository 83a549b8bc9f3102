// Queries the forecasts read: which periods the workspace holds outcomes and targets for (the briefing's forecast
// period), and the unit each saved forecast was made in.
import type { Workspace } from '../workspace';

/** Distinct periods of outcomes (actuals and estimates with a value) or of targets, rejected facts left out. */
export function periodsStated(ws: Workspace, what: 'outcomes' | 'targets'): string[] {
  const sql = what === 'outcomes'
    ? "SELECT DISTINCT period FROM facts WHERE kind <> 'target' AND value IS NOT NULL AND status <> 'rejected'"
    : "SELECT DISTINCT period FROM facts WHERE kind = 'target' AND status <> 'rejected'";
  return ws.all(sql).map((r) => String(r.period));
}

/** Saved forecast id → the inputs JSON it was made from (its unit is read from there). */
export function savedForecastInputs(ws: Workspace): Map<string, string> {
  return new Map(ws.all('SELECT id, inputs FROM forecasts').map((r) => [String(r.id), String(r.inputs)]));
}
