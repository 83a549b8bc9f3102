// Pivots and charts: run a PivotSpec, keep named views in the workspace, drill into a cell, and fetch the
// series the charts draw for the pivot's selection. The spec schema lives in main/core/pivot/spec.ts (one
// definition for the store, the CLI and this contract); the renderer imports only the types re-exported here.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import { pivotSpecSchema, PIVOT_FIELDS } from '../core/pivot/spec';
import type { PivotResult } from '../core/pivot/spec';
import type { SavedPivot } from '../core/pivot/saved';
import type { DrillResult } from '../core/pivot/drill';
import type { AttainmentBar, ChartSeries } from '../core/pivot/series';
import type { FieldValue } from '../core/pivot/values';

export type {
  Aggregation, PivotCell, PivotCellError, PivotColumn, PivotCoordinates, PivotField, PivotHeaderNode, PivotResult, PivotRow,
  PivotRowKind, PivotSpec, PivotSpecInput,
} from '../core/pivot/spec';
export type { SavedPivot } from '../core/pivot/saved';
export type { DrillFact, DrillResult } from '../core/pivot/drill';
export type { AttainmentBar, ChartPoint, ChartSeries, SeriesKey } from '../core/pivot/series';
export type { AttainmentReading, NotComparable } from '../core/pivot/attainment';
export type { FieldValue } from '../core/pivot/values';
export { PIVOT_FIELDS, AGGREGATIONS, DEFAULT_PIVOT_NAME, FIELD_LABELS } from '../core/pivot/spec';

const name = z.string().trim().min(1, 'a pivot name is required').max(120);
const coordinates = z.partialRecord(z.enum(PIVOT_FIELDS), z.string());
const measure = z.enum(['level', 'growth', 'share', 'rate', 'count', 'change']);

export const pivotsMethods = {
  'pivot.run': method<PivotResult>()(z.object({ spec: pivotSpecSchema })),
  /** The values a field takes (for the filter picker), in display order with labels. */
  'pivot.values': method<FieldValue[]>()(z.object({ field: z.enum(PIVOT_FIELDS) })),
  'pivot.list': method<SavedPivot[]>()(z.object({})),
  'pivot.get': method<SavedPivot>()(z.object({ name })),
  'pivot.save': method<SavedPivot>()(z.object({ name, spec: pivotSpecSchema })),
  'pivot.delete': method<{ deleted: string }>()(z.object({ name })),
  /** The statements behind one cell: coordinates are the row and column field values that identify it. */
  'pivot.drill': method<DrillResult>()(z.object({ spec: pivotSpecSchema, coordinates, limit: z.number().int().min(1).max(5000).optional() })),
  /** Targets and outcomes over periods for the selected indicators, plus attainment bars for one year. */
  'pivot.chartData': method<{ series: ChartSeries[]; attainment: AttainmentBar[]; year: string | null }>()(
    z.object({
      series: z.array(z.object({ indicator: z.string().min(1), measure: measure.optional(), region: z.string().min(1).optional() })).max(60),
      year: z.string().regex(/^\d{4}$/, 'a year looks like 2024').optional(),
      acceptedOnly: z.boolean().optional(),
      /** The pivot's period filter: the chart draws only these periods. */
      periods: z.array(z.string().min(1).max(20)).max(500).optional(),
    }),
  ),
} satisfies MethodMap;
