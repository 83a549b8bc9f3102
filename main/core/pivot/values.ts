// The values a field takes in the workspace, in display order and with display labels: what the filter
// picker offers (only values that exist, so a filter can never name something absent by typo).
import type { Workspace } from '../store/workspace';
import { fieldComparator, fieldValueLabel, loadReports, type LabelContext } from './labels';
import { fieldValueCounts } from '../store/queries/pivot-sql';
import type { PivotField } from './spec';

export interface FieldValue {
  value: string;
  label: string;
  /** Statements with this value (rejected ones excluded). */
  count: number;
}

export function fieldValues(ws: Workspace, field: PivotField): FieldValue[] {
  const ctx: LabelContext = { reports: field === 'report' ? loadReports(ws) : new Map() };
  // Status lists every status (so rejected statements can be filtered in); other fields count what a pivot shows.
  const cmp = fieldComparator(field, ctx);
  return fieldValueCounts(ws, field)
    .sort((a, b) => cmp(a.value, b.value))
    .map((v) => ({ ...v, label: fieldValueLabel(field, v.value, ctx) }));
}
