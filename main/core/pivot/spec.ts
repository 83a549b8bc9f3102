// A pivot is a declarative, serializable view over the facts (plain JSON, saved in the `pivots` table).
// The same spec drives the grid, the chart selection and the XLSX export, so the result carries everything a
// consumer needs to draw the table exactly as displayed: header tree, row headers, per-cell unit and error.
import { z } from 'zod';

/** Fields a pivot can put on rows, on columns, or filter by. `report` is the document a statement came from. */
export const PIVOT_FIELDS = ['indicator', 'region', 'period', 'kind', 'measure', 'report', 'unit', 'status'] as const;
export type PivotField = (typeof PIVOT_FIELDS)[number];

/**
 * How the statements in one cell become one number.
 * `first` / `last`: the statement for the earliest / latest period in the cell (useful when period is not an axis).
 * `latest`: the statement from the most recently published report (the newest revision), whatever its period.
 */
export const AGGREGATIONS = ['sum', 'mean', 'min', 'max', 'count', 'first', 'last', 'latest'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * What a total row or column holds, by aggregation: only a sum or a count adds up (总计/小计); with `latest`
 * the total is the newest statement of the group, so it is labelled 最新值, not a 总计 a reader would take for a sum.
 */
const TOTAL_WORDS: Record<Aggregation, { total: string; subtotal: string }> = {
  sum: { total: '总计', subtotal: '小计' },
  count: { total: '总计', subtotal: '小计' },
  mean: { total: '总平均', subtotal: '平均' },
  min: { total: '最小值', subtotal: '最小值' },
  max: { total: '最大值', subtotal: '最大值' },
  first: { total: '最早值', subtotal: '最早值' },
  last: { total: '最末值', subtotal: '最末值' },
  latest: { total: '最新值', subtotal: '最新值' },
};

export function totalWord(aggregation: Aggregation, level: 'total' | 'subtotal'): string {
  return TOTAL_WORDS[aggregation][level];
}

const fieldSchema = z.enum(PIVOT_FIELDS);

export const pivotSpecSchema = z
  .object({
    rows: z.array(fieldSchema).max(4),
    columns: z.array(fieldSchema).max(3),
    value: z.object({ aggregation: z.enum(AGGREGATIONS) }),
    /** Keep only facts whose field value is one of the listed values (for `report`: the document id as text). */
    filters: z.partialRecord(fieldSchema, z.array(z.string()).min(1)).default({}),
    /** `label`: rows in natural order (periods chronologically). `value`: by one column's value. */
    sort: z
      .object({
        by: z.enum(['label', 'value']),
        direction: z.enum(['asc', 'desc']).default('asc'),
        /** For `by: 'value'`: the column key to sort on (a PivotColumn.key); the grand total column when absent. */
        columnKey: z.string().optional(),
      })
      .default({ by: 'label', direction: 'asc' }),
    totals: z
      .object({
        /** One subtotal row after each group of the outer row fields (only when there are ≥ 2 row fields). */
        rowSubtotals: z.boolean(),
        /** A grand total row at the bottom. */
        rowGrandTotal: z.boolean(),
        /** A total column at the right (across all column values). */
        columnGrandTotal: z.boolean(),
      })
      .default({ rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false }),
    /** Only facts a reviewer accepted; otherwise accepted + unreviewed (rejected facts never count unless a status filter names them). */
    acceptedOnly: z.boolean().default(false),
  })
  .superRefine((spec, ctx) => {
    const seen = new Set<PivotField>();
    for (const f of [...spec.rows, ...spec.columns]) {
      if (seen.has(f)) ctx.addIssue({ code: 'custom', message: `The field "${f}" is used twice; a field can be on rows or on columns once.` });
      seen.add(f);
    }
  });

/** What callers write (defaults may be omitted). */
export type PivotSpecInput = z.input<typeof pivotSpecSchema>;
/** A complete spec, defaults filled in. */
export type PivotSpec = z.output<typeof pivotSpecSchema>;

/** "Indicators down, periods across, targets beside actuals" — what a new workspace shows before anything is saved. */
export const DEFAULT_PIVOT_NAME = '指标 × 期间 (目标/实际)';
export const defaultPivotSpec: PivotSpec = {
  rows: ['indicator', 'measure'],
  columns: ['period', 'kind'],
  value: { aggregation: 'latest' },
  filters: {},
  sort: { by: 'label', direction: 'asc' },
  totals: { rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false },
  acceptedOnly: false,
};

/** Why a cell shows no number. `mixed-units`: the statements in it are in different units and are not added up. */
export interface PivotCellError {
  code: 'mixed-units';
  message: string;
  units: string[];
}

export interface PivotCell {
  /** null when the cell is empty or in error. */
  value: number | null;
  /** The unit of every statement in the cell ('' when the statements carry no unit); null in an error cell. */
  unit: string | null;
  /** Statements behind the cell. */
  count: number;
  error?: PivotCellError;
}

/** One leaf column. `path` holds the raw values of the column fields ([] for a pivot without column fields). */
export interface PivotColumn {
  key: string;
  path: string[];
  labels: string[];
  /** The grand total column (path is empty). */
  isTotal: boolean;
}

/** Nested column headers: one level per column field; leaves carry the column key. */
export interface PivotHeaderNode {
  field: PivotField;
  value: string;
  label: string;
  children: PivotHeaderNode[];
  /** Set on leaves. */
  columnKey?: string;
}

export type PivotRowKind = 'data' | 'subtotal' | 'total';

export interface PivotRow {
  key: string;
  kind: PivotRowKind;
  /** Raw values of the row fields; a subtotal row fills only the outer levels, a total row none (rest are null). */
  path: (string | null)[];
  /** What the grid shows in the row-header columns (report titles instead of ids, '—' for no unit …). */
  labels: string[];
  /** Cells by PivotColumn.key; a missing key is an empty cell. */
  cells: Record<string, PivotCell>;
}

export interface PivotResult {
  spec: PivotSpec;
  rowFields: PivotField[];
  columnFields: PivotField[];
  columns: PivotColumn[];
  columnTree: PivotHeaderNode[];
  rows: PivotRow[];
  /** Statements that passed the filters. */
  factCount: number;
}

/** One coordinate of a cell for drilling: the field values that identify it (subtotals leave inner fields out). */
export type PivotCoordinates = Partial<Record<PivotField, string>>;

export const FIELD_LABELS: Record<PivotField, string> = {
  indicator: '指标',
  region: '地区',
  period: '期间',
  kind: '类型',
  measure: '口径',
  report: '报告',
  unit: '单位',
  status: '审核状态',
};
