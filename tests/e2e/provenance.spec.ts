// Issue 16: every fact says where it comes from, in the review's side panel — the workbook, sheet and cell of a
// spreadsheet fact, the colleague's workspace of a merged one — and a corrected value is marked with what it said.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSqlJs } from '../../main/sqljs';
import { test, expect } from './fixtures';
import type { ReviewPage } from './pages/ReviewPage';
import type { Fact } from '../../main/core/types';

const workbooks = join(import.meta.dirname, '../fixtures/workbooks');

/** Shows one fact in the review (filtered to its indicator) and selects it. */
async function showFact(review: ReviewPage, fact: Fact): Promise<void> {
  await review.setFilter('indicator', fact.indicator);
  await expect(review.filter('indicator')).toHaveAttribute('data-value', fact.indicator);
  await review.grid.rowById(fact.id).click();
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(fact.id));
}

test('a spreadsheet fact names its workbook, sheet and cell', async ({ page, app, review, server }) => {
  const inspection = await server.call('workbooks.inspect', { path: join(workbooks, 'gov.xlsx') });
  const mapping = { ...inspection.sheets[0]!.guess.mapping, defaults: { region: '某区' } };
  await server.call('workbooks.commitImport', { token: inspection.token, mapping });
  const fact = (await server.call('facts.list', {})).find((f) => f.origin?.file === 'gov.xlsx')!;
  expect(fact.origin?.cell).toBeTruthy();
  await app.open('review');
  await showFact(review, fact);
  await expect(page.getByTestId('fact-provenance')).toContainText(`工作簿 gov.xlsx · 工作表 ${fact.origin!.sheet} · 单元格 ${fact.origin!.cell}`);
});

test('a merged fact names the colleague and workspace it came from', async ({ page, app, review, server }) => {
  // Her copy of the workspace, with one statement she added (a 2031 target of an indicator he has).
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(server.workspacePath));
  const id = Number(db.exec('SELECT id FROM facts WHERE value IS NOT NULL AND document_id IS NOT NULL ORDER BY id LIMIT 1')[0]!.values[0]![0]);
  db.run(`INSERT INTO facts (document_id, indicator, measure, value, low, high, unit, qualifier, period, kind, region, span_start, span_end, quote, tier, status, origin, created_at, updated_at)
          SELECT document_id, indicator, measure, value + 1, low, high, unit, qualifier, '2031', 'target', region, span_start, span_end, quote, tier, status, origin, created_at, updated_at FROM facts WHERE id = ?`, [id]);
  db.run(`INSERT OR REPLACE INTO meta(key, value) VALUES ('author', '王芳'), ('name', '王芳的南山工作区')`);
  const path = join(server.dir, '王芳-南山.db');
  writeFileSync(path, db.export());
  db.close();
  const preview = await server.call('sharing.mergePreview', { path });
  // Her new statement sits in a report both hold, so the merge asks about it: he takes hers.
  const decisions = Object.fromEntries(preview.conflicts.map((c) => [c.id, 'theirs' as const]));
  await server.call('sharing.resolveAndMerge', { path, fileHash: preview.fileHash, decisions });
  const merged = (await server.call('facts.list', {})).find((f) => f.origin?.workspace === '王芳的南山工作区' && f.period === '2031')!;
  expect(merged).toBeTruthy();
  await app.open('review');
  await showFact(review, merged);
  const line = page.getByTestId('fact-provenance');
  await expect(line).toContainText('合并自 王芳的南山工作区(王芳)');
  await expect(line).toContainText('报告《'); // it still names the report its sentence is in
});

test('a corrected value is marked, with what it said before', async ({ page, app, review, server }) => {
  await app.open('review');
  const row = review.grid.row(0);
  const id = await review.factId(row);
  const fact = (await server.call('facts.list', {})).find((f) => f.id === id)!;
  await row.click();
  await expect(page.getByTestId('fact-edited')).toHaveCount(0);
  await review.grid.edit(row, 'value', String((fact.value ?? 0) + 0.1));
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).toHaveClass(/fact-edited/);
  await expect(page.getByTestId('fact-edited')).toContainText('已修改,原为');
  await review.undo();
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).not.toHaveClass(/fact-edited/);
});
