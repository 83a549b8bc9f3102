// The values of a workspace file from outside, column by column: every column holds what Planscope writes there, so
// a colleague's file cannot blank a target with a text typed into facts.value ("约6"), or take down the review grid
// or the forecasts list with a JSON column that is not JSON. Pure: an sql.js Database in, a verdict out.
import type { Database, SqlValue } from 'sql.js';
import { worded, type Worded } from '../messages';
import { refusal, type Refusal } from './file-checks';

/** What a column may hold, as an SQL condition on the column `X` that is never NULL, and in the economist's words. */
interface Holds {
  sql: string;
  words: Worded;
}

const NUMBER = `typeof(X) IN ('integer', 'real') AND abs(X) < 9e999`;
const JSON_TEXT = `typeof(X) = 'text' AND json_valid(X)`;
/** json_type() raises an error on malformed JSON and AND does not stop at a false json_valid(); CASE does. */
const jsonWhere = (shape: string) => `CASE WHEN ${JSON_TEXT} THEN ${shape} ELSE 0 END`;

/** By declared type (the schema is already known to be Planscope's own): REAL is a finite number, and so on. */
const BY_DECLARED_TYPE: Record<string, Holds> = {
  INTEGER: { sql: `typeof(X) = 'integer'`, words: worded('整数', 'a whole number') },
  REAL: { sql: NUMBER, words: worded('有限的数', 'a finite number') },
  TEXT: { sql: `typeof(X) = 'text'`, words: worded('文本', 'text') },
};

/** The JSON columns, what their readers expect, and one example each of what is refused. */
export const JSON_COLUMN_RULES: readonly { id: string; table: string; column: string; holds: Holds; refuses: string }[] = [
  { id: 'fact-origin-object', table: 'facts', column: 'origin', holds: { sql: jsonWhere(`json_type(X) = 'object'`), words: worded('JSON 对象（数据的来源）', 'a JSON object (where the fact came from)') }, refuses: '{not json' },
  { id: 'audit-before-json', table: 'audit', column: 'before', holds: { sql: JSON_TEXT, words: worded('JSON（改动前的状态）', 'JSON (the state before the change)') }, refuses: '[{"id":1' },
  { id: 'audit-after-json', table: 'audit', column: 'after', holds: { sql: JSON_TEXT, words: worded('JSON（改动后的状态）', 'JSON (the state after the change)') }, refuses: 'accepted' },
  { id: 'pivot-spec-object', table: 'pivots', column: 'spec', holds: { sql: jsonWhere(`json_type(X) = 'object'`), words: worded('JSON 对象（透视表布局）', 'a JSON object (the pivot layout)') }, refuses: '[]' },
  {
    id: 'forecast-inputs-object', table: 'forecasts', column: 'inputs', refuses: '{"series":5}',
    holds: { sql: jsonWhere(`json_type(X) = 'object' AND json_type(X, '$.series') IS 'array' AND json_type(X, '$.targets') IS 'array'`), words: worded('含预测所用序列和目标的 JSON 对象', 'a JSON object with the series and targets the forecast used') },
  },
  {
    id: 'forecast-result-object', table: 'forecasts', column: 'result', refuses: '{"ranking":[]}',
    holds: { sql: jsonWhere(`json_type(X) = 'object' AND json_type(X, '$.forecast') IS 'object'`), words: worded('含预测结果的 JSON 对象', 'a JSON object with the forecast') },
  },
];

/** How each table's rows are named in a message: by their key. */
const ROW_KEY: Record<string, string> = { meta: 'key', migrations: 'version', indicator_aliases: 'alias', pivots: 'name' };

const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`;

interface ColumnCheck {
  column: string;
  holds: Holds;
  nullable: boolean;
}

function checksFor(db: Database, table: string): ColumnCheck[] {
  const info = db.exec(`SELECT name, type, "notnull" FROM pragma_table_info(${`'${table.replace(/'/g, "''")}'`})`)[0]?.values ?? [];
  return info.flatMap(([name, type, notnull]) => {
    const column = String(name);
    const json = JSON_COLUMN_RULES.find((r) => r.table === table && r.column === column);
    const holds = json?.holds ?? BY_DECLARED_TYPE[String(type).toUpperCase()];
    return holds ? [{ column, holds, nullable: Number(notnull) === 0 }] : [];
  });
}

const condition = (c: ColumnCheck) => {
  const x = quoteId(c.column);
  const holds = `COALESCE((${c.holds.sql.replace(/\bX\b/g, x)}), 0)`;
  return c.nullable ? `(${x} IS NULL OR ${holds})` : holds;
};

function shown(v: SqlValue): Worded {
  if (v === null) return worded('空值（NULL）', 'nothing (NULL)');
  if (v instanceof Uint8Array) return worded(`${v.length} 字节的二进制数据`, `${v.length} byte${v.length === 1 ? '' : 's'} of binary data`);
  if (typeof v === 'number') return worded(`数字 ${v}`, `the number ${v}`);
  const text = String(v);
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return worded(`文本“${cut}”`, `the text "${cut}"`);
}

/** What a column keeps, "or nothing" where it may be empty. */
const keeps = (c: ColumnCheck): Worded => (c.nullable ? worded(`${c.holds.words['zh-CN']}或空值`, `${c.holds.words.en} or nothing`) : c.holds.words);

/**
 * Every column of every table holds what Planscope writes there. One scan per table finds a bad row; only that
 * row is then looked at column by column, so the message names the table, the row and the column.
 */
export function checkColumns(db: Database, name: string): Refusal | null {
  // The file's tables, already known to be exactly Planscope's (SQLite's own sqlite_* tables hold no facts).
  const tables = (db.exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name`)[0]?.values ?? []).map((r) => String(r[0]));
  for (const table of tables) {
    const checks = checksFor(db, table);
    if (!checks.length) continue;
    const key = ROW_KEY[table] ?? 'rowid';
    const t = quoteId(table);
    const bad = db.exec(`SELECT rowid, ${quoteId(key)} FROM ${t} WHERE NOT (${checks.map(condition).join(' AND ')}) LIMIT 1`)[0]?.values[0];
    if (!bad) continue;
    const [rowid, rowKey] = bad;
    for (const c of checks) {
      const r = db.exec(`SELECT ${quoteId(c.column)}, ${condition(c)} FROM ${t} WHERE rowid = ?`, [rowid as number])[0]?.values[0];
      if (!r || Number(r[1]) === 1) continue;
      const row = key === 'rowid' ? worded(`第 ${String(rowKey)} 行`, `row ${String(rowKey)}`) : worded(`${key} 为“${String(rowKey)}”的行`, `the row ${key} "${String(rowKey)}"`);
      return refusal('refused-file', 'check.column', { name, table, row, column: c.column, found: shown(r[0] ?? null), holds: keeps(c) });
    }
  }
  return null;
}
