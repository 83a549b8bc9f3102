// Rows read back from a workspace are checked, not cast: the file may have been written by another tool or
// another version, and a text that is not one of the values a column means (a kind of 'plan' where only
// actual/estimate/target exist) must be refused with the table, row and column named, never passed on as if
// it were a FactKind. One reader per row: `read('facts', row).oneOf('kind', FACT_KINDS)`.
import type { SqlValue } from 'sql.js';
import { PlanscopeError } from '../../errors';
import { worded, type Worded } from '../../messages';
import type { FactKind, Measure, Qualifier, ReviewStatus } from '../../types';

export type Row = Record<string, SqlValue>;

export const FACT_KINDS: readonly FactKind[] = ['actual', 'estimate', 'target'];
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'accepted', 'rejected'];
export const MEASURES: readonly Measure[] = ['level', 'growth', 'share', 'rate', 'count', 'change'];
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'approx', 'at_least', 'at_most', 'range', 'more_than'];

/** What a column should hold, as a damaged-row message says it. */
export const HOLDS = {
  number: worded('数值', 'a number'),
  text: worded('文本', 'text'),
  oneOf: (allowed: readonly (string | number)[]): Worded => worded(`以下之一：${allowed.join('、')}`, `one of ${allowed.join(', ')}`),
};

/** The error for a row that does not hold what its column means. */
export function damagedRow(table: string, row: Row, column: string, expected: Worded): PlanscopeError {
  const id = row.id ?? row.name ?? row.key ?? null;
  const which = id === null
    ? worded(`工作区表 ${table} 中有一行`, `A row of workspace table ${table}`)
    : worded(`工作区表 ${table} 中编号为 ${String(id)} 的行`, `Row ${String(id)} of workspace table ${table}`);
  const shown = JSON.stringify(row[column]);
  const found = row[column] === undefined ? worded('缺少该列', 'but the column is missing') : worded(`实际为 ${shown}`, `but it holds ${shown}`);
  return PlanscopeError.says('damaged-row', 'store.damaged-row', { which, column, expected, found },
    { table, row: typeof id === 'number' || typeof id === 'string' ? id : null, column, expected: expected.en });
}

export interface RowReader {
  text(column: string): string;
  textOrNull(column: string): string | null;
  num(column: string): number;
  numOrNull(column: string): number | null;
  oneOf<T extends string>(column: string, allowed: readonly T[]): T;
  readonly row: Row;
}

/** A checked reader over one row of `table`. */
export function read(table: string, row: Row): RowReader {
  return new KeyedRow(table, row);
}

/**
 * A checked reader over positional rows (`db.exec` values, `stmt.get()`) holding `columns` in this order: large
 * reads skip building one keyed object per row (on 100k facts that costs more than the query), yet every cell is
 * still checked and a damaged one is named by its column.
 */
export function cellsReader(table: string, columns: readonly string[]): (cells: readonly SqlValue[]) => RowReader {
  const index = new Map(columns.map((c, i) => [c, i] as const));
  return (cells) => new PositionalRow(table, columns, index, cells);
}

/** The checks, over whatever holds the cells; a class so a 100k-row read allocates one small object per row. */
abstract class CheckedRow implements RowReader {
  constructor(protected readonly table: string) {}
  protected abstract cell(column: string): SqlValue | undefined;
  abstract get row(): Row;

  private fail(column: string, expected: Worded): PlanscopeError {
    return damagedRow(this.table, this.row, column, expected);
  }

  text(column: string): string {
    const v = this.cell(column);
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v); // SQLite's type affinity may hand back a number-looking text as a number
    throw this.fail(column, HOLDS.text);
  }

  textOrNull(column: string): string | null {
    const v = this.cell(column);
    return v === null || v === undefined ? null : this.text(column);
  }

  numOrNull(column: string): number | null {
    const v = this.cell(column);
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw this.fail(column, HOLDS.number);
  }

  num(column: string): number {
    const v = this.numOrNull(column);
    if (v === null) throw this.fail(column, HOLDS.number);
    return v;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const v = this.cell(column);
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    throw this.fail(column, HOLDS.oneOf(allowed));
  }
}

class KeyedRow extends CheckedRow {
  constructor(table: string, readonly row: Row) {
    super(table);
  }
  protected cell(column: string): SqlValue | undefined {
    return this.row[column];
  }
}

class PositionalRow extends CheckedRow {
  constructor(table: string, private readonly columns: readonly string[], private readonly index: ReadonlyMap<string, number>, private readonly cells: readonly SqlValue[]) {
    super(table);
  }
  protected cell(column: string): SqlValue | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : this.cells[i];
  }
  get row(): Row {
    return Object.fromEntries(this.columns.map((c, i) => [c, this.cells[i] ?? null]));
  }
}
