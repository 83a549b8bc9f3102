// runPivot: PivotSpec -> SQL over the store -> rows with headers, cells with units, totals flagged.
import type { SqlValue } from 'sql.js';
import { PlanscopeError } from '../errors';
import { worded, type Worded } from '../messages';
import type { Workspace } from '../store/workspace';
import { emptyPartial, finishCell, mergeInto, pickMaxFor, type Partial } from './cells';
import { fieldComparator, fieldValueLabel, loadReports, pathComparator, type LabelContext } from './labels';
import { cellQuery, eachRowAsArray, summaryCellQuery } from '../store/queries/pivot-sql';
import { ensureSummary, summaryServes } from '../store/queries/pivot-summary';
import type { PivotCell, PivotColumn, PivotHeaderNode, PivotResult, PivotRow, PivotSpec, PivotSpecInput } from './spec';
import { pivotSpecSchema, totalWord } from './spec';

export * from './spec';

/** A grid beyond this many cells is not a table anyone reads; refuse it with advice instead of freezing. */
export const MAX_PIVOT_CELLS = 400_000;
export const TOTAL_COLUMN_KEY = '__total__';

/** Parses a spec from anywhere (saved JSON, CLI file, IPC) into a complete one, or explains what is wrong. */
export function parsePivotSpec(input: unknown, where: string | Worded = worded('透视表设置', 'pivot spec')): PivotSpec {
  const parsed = pivotSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(spec)'}: ${i.message}`).join('; ');
  throw PlanscopeError.says('bad-input', 'pivot.invalid', { where, issues });
}

const str = (v: SqlValue | undefined): string => (v == null ? '' : String(v));
const num = (v: SqlValue | undefined): number => (v == null ? 0 : Number(v));

export interface RunOptions {
  /** Answer from the maintained summary when the spec allows (default true); false always reads the facts. */
  useSummary?: boolean;
}

export function runPivot(ws: Workspace, specInput: PivotSpec | PivotSpecInput, options: RunOptions = {}): PivotResult {
  const spec = parsePivotSpec(specInput);
  const agg = spec.value.aggregation;
  const pickMax = pickMaxFor(agg);
  const R = spec.rows.length;
  const fromSummary = options.useSummary !== false && summaryServes(spec);
  if (fromSummary) ensureSummary(ws);
  const q = fromSummary ? summaryCellQuery(spec) : cellQuery(spec);
  const needsReports = q.groupFields.includes('report');
  const ctx: LabelContext = { reports: needsReports ? loadReports(ws) : new Map() };

  // Finest cells, keyed by row path then column path.
  const rowsByKey = new Map<string, { path: string[]; cells: Map<string, Partial> }>();
  const colsByKey = new Map<string, string[]>();
  let factCount = 0;
  const width = q.groupFields.length;
  const hasPick = q.measures.includes('pick');
  eachRowAsArray(ws, q, (v) => {
    const rowPath: string[] = [];
    const colPath: string[] = [];
    for (let i = 0; i < width; i++) (i < R ? rowPath : colPath).push(str(v[i]));
    const at = (name: string): SqlValue | undefined => {
      const i = q.measures.indexOf(name);
      return i < 0 ? undefined : v[width + i];
    };
    const n = num(at('n'));
    factCount += n;
    const p: Partial = { n, s: num(at('s')), lo: at('lo') == null ? Infinity : num(at('lo')), hi: at('hi') == null ? -Infinity : num(at('hi')), units: new Set(), key: null, pick: null };
    if (hasPick) {
      p.key = str(at('k'));
      p.pick = num(at('pick'));
      for (const u of str(at('units')).split(',')) p.units.add(u);
    } else if (agg !== 'count') {
      if (at('u_lo') != null) p.units.add(str(at('u_lo')));
      if (at('u_hi') != null) p.units.add(str(at('u_hi')));
      if (num(at('u_n')) < n) p.units.add('');
    }
    const rk = JSON.stringify(rowPath);
    const ck = JSON.stringify(colPath);
    let row = rowsByKey.get(rk);
    if (!row) rowsByKey.set(rk, (row = { path: rowPath, cells: new Map() }));
    row.cells.set(ck, p);
    if (!colsByKey.has(ck)) colsByKey.set(ck, colPath);
  });

  const rowCmp = pathComparator(spec.rows.map((f) => fieldComparator(f, ctx)));
  const colCmp = pathComparator(spec.columns.map((f) => fieldComparator(f, ctx)));
  const colPaths = [...colsByKey.values()].sort(colCmp);
  if (spec.columns.length === 0 && colPaths.length === 0) colPaths.push([]);
  const withTotalColumn = spec.totals.columnGrandTotal && spec.columns.length > 0;
  const columns: PivotColumn[] = colPaths.map((path) => ({
    key: JSON.stringify(path),
    path,
    labels: path.map((v, i) => fieldValueLabel(spec.columns[i]!, v, ctx)),
    isTotal: false,
  }));
  if (withTotalColumn) columns.push({ key: TOTAL_COLUMN_KEY, path: [], labels: [totalWord(agg, 'total')], isTotal: true });
  if ((rowsByKey.size || 1) * columns.length > MAX_PIVOT_CELLS) {
    throw PlanscopeError.says('limit-exceeded', 'pivot.too-big', { rows: rowsByKey.size, columns: columns.length, max: MAX_PIVOT_CELLS.toLocaleString('en') });
  }

  const finish = (parts: Map<string, Partial>): Record<string, PivotCell> => {
    const cells: Record<string, PivotCell> = {};
    const total = emptyPartial();
    for (const [ck, p] of parts) {
      cells[ck] = finishCell(p, agg);
      if (withTotalColumn) mergeInto(total, p, pickMax);
    }
    if (withTotalColumn && parts.size) cells[TOTAL_COLUMN_KEY] = finishCell(total, agg);
    return cells;
  };
  const mergeRows = (rows: { cells: Map<string, Partial> }[]): Map<string, Partial> => {
    const merged = new Map<string, Partial>();
    for (const r of rows) {
      for (const [ck, p] of r.cells) {
        let m = merged.get(ck);
        if (!m) merged.set(ck, (m = emptyPartial()));
        mergeInto(m, p, pickMax);
      }
    }
    return merged;
  };

  let dataRows = [...rowsByKey.values()];
  const finished = new Map(dataRows.map((r) => [r, finish(r.cells)]));
  const sortKey = spec.sort.columnKey ?? (withTotalColumn ? TOTAL_COLUMN_KEY : columns[0]?.key);
  const dir = spec.sort.direction === 'desc' ? -1 : 1;
  dataRows = dataRows.sort((a, b) => {
    // Sorting by value reorders rows within their outer groups; the groups themselves stay in label order.
    const outer = rowCmp(a.path.slice(0, R - 1), b.path.slice(0, R - 1));
    if (spec.sort.by === 'label' || R === 0) return rowCmp(a.path, b.path) * dir;
    if (outer !== 0) return outer;
    const va = sortKey === undefined ? null : (finished.get(a)![sortKey]?.value ?? null);
    const vb = sortKey === undefined ? null : (finished.get(b)![sortKey]?.value ?? null);
    if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || rowCmp(a.path, b.path);
    return (va - vb) * dir || rowCmp(a.path, b.path);
  });

  const rows: PivotRow[] = [];
  const labelsFor = (path: string[]) => path.map((v, i) => fieldValueLabel(spec.rows[i]!, v, ctx));
  const samePrefix = (a: string[], b: string[], len: number) => a.slice(0, len).every((v, i) => v === b[i]);
  if (R === 0 && dataRows.length === 0) dataRows.push({ path: [], cells: new Map() });
  dataRows.forEach((r, i) => {
    rows.push({ key: JSON.stringify(r.path), kind: 'data', path: r.path, labels: labelsFor(r.path), cells: finished.get(r) ?? finish(r.cells) });
    if (!spec.totals.rowSubtotals || R < 2) return;
    const next = dataRows[i + 1];
    for (let level = R - 2; level >= 0; level--) {
      if (next && samePrefix(next.path, r.path, level + 1)) continue;
      const prefix = r.path.slice(0, level + 1);
      const members = dataRows.filter((d) => samePrefix(d.path, prefix, level + 1));
      const path: (string | null)[] = [...prefix, ...Array<null>(R - level - 1).fill(null)];
      const labels = [...labelsFor(prefix), totalWord(agg, 'subtotal'), ...Array<string>(Math.max(0, R - level - 2)).fill('')];
      rows.push({ key: `subtotal:${JSON.stringify(prefix)}`, kind: 'subtotal', path, labels, cells: finish(mergeRows(members)) });
    }
  });
  if (spec.totals.rowGrandTotal && R > 0) {
    rows.push({ key: 'total', kind: 'total', path: Array<null>(R).fill(null), labels: [totalWord(agg, 'total'), ...Array<string>(R - 1).fill('')], cells: finish(mergeRows(dataRows)) });
  }

  return { spec, rowFields: spec.rows, columnFields: spec.columns, columns, columnTree: buildColumnTree(spec, columns), rows, factCount };
}

/** Nested headers for the grid's column groups: one level per column field, in the leaf order. */
function buildColumnTree(spec: PivotSpec, columns: PivotColumn[]): PivotHeaderNode[] {
  const roots: PivotHeaderNode[] = [];
  for (const col of columns) {
    if (col.isTotal || col.path.length === 0) {
      roots.push({ field: spec.columns[0] ?? 'indicator', value: '', label: col.isTotal ? '总计' : '值', children: [], columnKey: col.key });
      continue;
    }
    let level = roots;
    col.path.forEach((value, i) => {
      const last = level[level.length - 1];
      let node = last && last.value === value && last.columnKey === undefined && i < col.path.length - 1 ? last : undefined;
      if (!node) {
        node = { field: spec.columns[i]!, value, label: col.labels[i]!, children: [] };
        if (i === col.path.length - 1) node.columnKey = col.key;
        level.push(node);
      }
      level = node.children;
    });
  }
  return roots;
}
