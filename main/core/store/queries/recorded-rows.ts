// Rows recorded whole in the audit (a deleted report and its facts) and written back on undo. The column names
// come from the recorded row, so each is checked against the table's own columns before it reaches a statement.
import { PlanscopeError } from '../../errors';
import type { Workspace } from '../workspace';
import { read, type Row } from './decode';

export type RecordedTable = 'documents' | 'facts';
const TABLE_INFO: Record<RecordedTable, string> = {
  documents: `SELECT name FROM pragma_table_info('documents')`,
  facts: `SELECT name FROM pragma_table_info('facts')`,
};

export function tableColumns(ws: Workspace, table: RecordedTable): Set<string> {
  return new Set(ws.all(TABLE_INFO[table]).map((row) => read(table, row).text('name')));
}

/** Inserts a recorded row as it was, every column; a column the table does not have is refused. */
export function insertRecordedRow(ws: Workspace, table: RecordedTable, row: Row): void {
  const known = tableColumns(ws, table);
  const columns = Object.keys(row);
  const unknown = columns.find((c) => !known.has(c));
  if (unknown !== undefined) throw PlanscopeError.says('damaged-row', 'store.unknown-column', { table, column: unknown }, { table, column: unknown });
  ws.run(`INSERT INTO ${table}(${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c]!));
}
