// Values a colleague's tool can type into a sound Planscope file (crafted with the sqlite3 shell): a text in a
// number column, a JSON column that is not JSON or not the shape its reader expects. Each is refused naming the
// file, table, row and column; a sound file with every JSON column filled still opens.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../main/sqljs';
import { JSON_COLUMN_RULES } from '../../main/core/store/column-checks';
import { checkWorkspaceBytes, readWorkspaceFile } from '../../main/workspace-file/open';
import { saveWorkspaceFile } from '../../main/workspace-file/save';
import { sampleWorkspace } from './workspace-file-corpus';
import { sqlite3 } from './workspace-file-hostile-corpus';

let SQL: SqlJsStatic;
let dir: string;
let filled: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'planscope-columns-'));
  filled = join(dir, 'filled.db');
  await saveWorkspaceFile(filled, sampleWorkspace(SQL).export());
  // One sound row in every table with a JSON column, shaped as Planscope writes them.
  sqlite3(filled, `UPDATE facts SET origin = '{"workspace":"王芳-南山","author":"王芳"}' WHERE id = 5;
    INSERT INTO audit(id, at, action, fact_id, before, after, undone) VALUES (1, '2026-01-01', 'facts.accept', 5, '[{"id":5,"status":"unreviewed"}]', '[{"id":5,"status":"accepted"}]', 0);
    INSERT INTO pivots(name, spec, updated_at) VALUES ('我的透视', '{"rows":["indicator"],"columns":["period"]}', '2026-01-01');
    INSERT INTO forecasts(id, region, indicator, measure, target_period, method, inputs, result, created_at)
      VALUES (1, '南山区', '指标1', 'level', '2026', 'naive', '{"series":[],"targets":[]}', '{"forecast":{"point":1}}', '2026-01-01');`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function crafted(fileName: string, sql: string): string {
  const path = join(dir, fileName);
  copyFileSync(filled, path);
  sqlite3(path, sql);
  return path;
}

function verdictOf(path: string, fileName: string) {
  const v = checkWorkspaceBytes(SQL, readWorkspaceFile(path), { fileName });
  if (v.ok) v.workspace.close();
  return v;
}

describe('column values from other files', () => {
  it('opens the sound file with every JSON column filled', () => {
    expect(verdictOf(filled, 'filled.db')).toMatchObject({ ok: true });
  });

  it('refuses a text typed into a number column, naming table, row and column', () => {
    const path = crafted('typed.db', `UPDATE facts SET value = '约6' WHERE id = 12;`);
    expect(sqlite3(path, 'SELECT typeof(value) FROM facts WHERE id = 12;')).toBe('text');
    expect(verdictOf(path, 'typed.db')).toMatchObject({
      ok: false, code: 'refused-file',
      message: 'typed.db: table facts, row 12, column value holds the text "约6" where Planscope keeps a finite number or nothing; the file was changed by another program and is refused.',
    });
  });

  it('refuses other wrong kinds of value: an infinite number, a text for a whole number, a blob for a text, in meta too', () => {
    const cases: [string, string, RegExp][] = [
      ['inf.db', 'UPDATE facts SET high = 9e999 WHERE id = 3;', /table facts, row 3, column high holds the number Infinity where Planscope keeps a finite number/],
      ['tier.db', `UPDATE facts SET tier = '一' WHERE id = 6;`, /table facts, row 6, column tier holds the text "一" where Planscope keeps a whole number or nothing/],
      ['blob.db', `UPDATE documents SET title = X'00ff' WHERE id = 1;`, /table documents, row 1, column title holds 2 bytes of binary data where Planscope keeps text/],
      ['meta.db', `UPDATE meta SET value = X'07' WHERE key = 'created_at';`, /table meta, the row key "created_at", column value holds 1 byte of binary data where Planscope keeps text/],
    ];
    for (const [fileName, sql, says] of cases) {
      const v = verdictOf(crafted(fileName, sql), fileName);
      expect(v.ok, fileName).toBe(false);
      if (!v.ok) expect(v.message, fileName).toMatch(new RegExp(`^${fileName.replace('.', '\\.')}: ${says.source}`));
    }
  });

  it('refuses each JSON rule\'s example of what it refuses, naming table, row and column', () => {
    const rowOf: Record<string, string> = { facts: 'id = 5', audit: 'id = 1', pivots: `name = '我的透视'`, forecasts: 'id = 1' };
    for (const rule of JSON_COLUMN_RULES) {
      const fileName = `${rule.id}.db`;
      const path = crafted(fileName, `UPDATE ${rule.table} SET "${rule.column}" = '${rule.refuses.replace(/'/g, "''")}' WHERE ${rowOf[rule.table]!};`);
      const v = verdictOf(path, fileName);
      expect(v.ok, rule.id).toBe(false);
      if (!v.ok) {
        expect(v.code, rule.id).toBe('refused-file');
        expect(v.message, rule.id).toMatch(new RegExp(`^${rule.id}\\.db: table ${rule.table}, .*, column ${rule.column} holds the text "`));
      }
    }
  });

  it('refuses a report longer than any report Planscope imports (20 MB), naming it, so a merge cannot bring it in', () => {
    // 22 million digits: more characters than a 20 MB report file can decode to.
    const path = crafted('long.db', `UPDATE documents SET original_text = printf('%022000000d', 0) WHERE id = 1;`);
    expect(sqlite3(path, 'SELECT length(original_text) FROM documents WHERE id = 1;')).toBe('22000000');
    expect(verdictOf(path, 'long.db')).toMatchObject({
      ok: false, code: 'limit-exceeded',
      message: expect.stringMatching(/^long\.db: the report "执行情况" \(document 1, r\.txt\) has 22000000 characters; a report Planscope imports has at most 20971520 \(its size limit\)/),
    });
  });
});
