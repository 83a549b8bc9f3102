// What a cell silently folds together. A field that is on neither rows nor columns is not gone: every cell
// sums, averages or picks the newest across all its values. At 20,000 facts the default view (indicators down,
// periods across) puts 46 districts into each cell without a word, and a reader takes the number for one
// place. So the view says which fields are folded and how many values each folds, and offers to spread them.
//
// Only fields whose values are different things are named: regions, indicators, measures, kinds (target
// beside actual) and periods. Reports and review status are folded on purpose (the best-value rule picks among
// the reports that state the same figure), and mixed units already show as an error in the cell.
import type { PivotField, PivotSpec } from '../../../main/contract/pivots';

export const FOLDABLE_FIELDS = ['region', 'indicator', 'measure', 'kind', 'period'] as const satisfies readonly PivotField[];
export type FoldableField = (typeof FOLDABLE_FIELDS)[number];

export interface FoldedField {
  field: FoldableField;
  /** Distinct values of the field among the facts the pivot counts. */
  values: number;
}

/**
 * Fields that may fold several values into a cell: off both axes and not pinned to one value by a filter.
 * Periods are left out under 最早期间/最近期间 (first/last): choosing one period among a cell's is what those do.
 */
export function foldCandidates(spec: PivotSpec): FoldableField[] {
  const onAxis = new Set<PivotField>([...spec.rows, ...spec.columns]);
  const picksAPeriod = spec.value.aggregation === 'first' || spec.value.aggregation === 'last';
  return FOLDABLE_FIELDS.filter((f) => !onAxis.has(f) && (spec.filters[f]?.length ?? 2) > 1 && !(f === 'period' && picksAPeriod));
}

/**
 * The pivot that counts a field's values among the same facts: the field alone on rows, the same filters and
 * review rule, no totals. Its data rows are the distinct values.
 */
export function valueCountSpec(spec: PivotSpec, field: PivotField): PivotSpec {
  return {
    rows: [field],
    columns: [],
    value: { aggregation: 'count' },
    filters: spec.filters,
    sort: { by: 'label', direction: 'asc' },
    totals: { rowSubtotals: false, rowGrandTotal: false, columnGrandTotal: false },
    acceptedOnly: spec.acceptedOnly,
  };
}

/** The folded fields worth a word: two values or more in a cell, in the order of FOLDABLE_FIELDS. */
export function foldedFields(counts: Partial<Record<FoldableField, number>>): FoldedField[] {
  return FOLDABLE_FIELDS.flatMap((field) => {
    const values = counts[field] ?? 0;
    return values >= 2 ? [{ field, values }] : [];
  });
}
