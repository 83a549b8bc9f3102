// Story 3, "a colleague's workspace", in the real renderer against the real services: a crafted file is refused
// with its reason and nothing changes; her edited copy is checked, two conflicts are listed, he takes hers for
// one and keeps his for the other, merges, saves; after a restart the file holds exactly those decisions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { loadSqlJs } from '../../main/sqljs';
import { test, expect } from './fixtures';

interface Edited {
  path: string;
  /** Fact ids (same in both files: her file is a copy of his) and their values. */
  corrected: { id: number; mine: number; theirs: number };
  kept: { id: number; mine: number; theirs: number };
}

/** Her copy of his workspace: two facts with other values, signed with her name. */
async function colleagueCopy(workspacePath: string, dir: string): Promise<Edited> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(workspacePath));
  try {
    const rows = db.exec('SELECT id, value FROM facts WHERE value IS NOT NULL AND document_id IS NOT NULL ORDER BY id LIMIT 2')[0]?.values ?? [];
    expect(rows.length, 'the sample workspace has facts').toBe(2);
    const [[id1, v1], [id2, v2]] = rows.map(([id, v]) => [Number(id), Number(v)] as const) as [readonly [number, number], readonly [number, number]];
    db.run('UPDATE facts SET value = ? WHERE id = ?', [v1 + 11, id1]);
    db.run('UPDATE facts SET value = ? WHERE id = ?', [v2 + 22, id2]);
    db.run(`INSERT OR REPLACE INTO meta(key, value) VALUES ('author', '王芳'), ('name', '王芳的南山工作区')`);
    const path = join(dir, '王芳-南山.db');
    writeFileSync(path, db.export());
    return { path, corrected: { id: id1, mine: v1, theirs: v1 + 11 }, kept: { id: id2, mine: v2, theirs: v2 + 22 } };
  } finally {
    db.close();
  }
}

async function factsInFile(path: string, ids: number[]): Promise<Map<number, { value: number; origin: string | null }>> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(path));
  try {
    const rows = db.exec(`SELECT id, value, origin FROM facts WHERE id IN (${ids.join(',')})`)[0]?.values ?? [];
    return new Map(rows.map(([id, v, o]) => [Number(id), { value: Number(v), origin: o == null ? null : String(o) }]));
  } finally {
    db.close();
  }
}

async function checkFile(page: Page, path: string): Promise<void> {
  await page.locator('input[name="colleague-path"]').fill(path);
  await page.getByRole('button', { name: /检查并预览|Check & preview/ }).click();
}

test('refuses a crafted file with its reason and leaves the workspace as it was', async ({ page, app, server }) => {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(server.workspacePath));
  db.exec('CREATE TRIGGER wipe AFTER INSERT ON facts BEGIN DELETE FROM documents; END;');
  const crafted = join(server.dir, 'crafted.db');
  writeFileSync(crafted, db.export());
  db.close();

  await app.open('share');
  const before = await app.counts.textContent();
  await checkFile(page, crafted);
  const verdict = page.getByTestId('share-verdict');
  await expect(verdict).toHaveAttribute('data-code', 'refused-file');
  // In the interface's language, from the message catalogue (the CLI prints the English).
  await expect(verdict).toContainText('crafted.db 含有表 facts 上的触发器“wipe”');
  await expect(page.getByTestId('merge-preview')).toHaveCount(0);
  await expect(app.counts).toHaveText(before ?? '');
  await expect(app.dirtyDot).toHaveCount(0);
});

test("merges a colleague's file: take hers for one conflict, keep mine for the other, save, reopen", async ({ page, app, server }) => {
  const edited = await colleagueCopy(server.workspacePath, server.dir);
  await app.open('share');
  await checkFile(page, edited.path);
  await expect(page.getByTestId('share-verdict')).toHaveAttribute('data-ok', 'true');
  const conflicts = page.getByTestId('conflict');
  await expect(conflicts).toHaveCount(2);
  await expect(page.getByTestId('merge-preview')).toContainText('王芳的南山工作区 · 王芳');
  const merge = page.getByTestId('merge');
  await expect(merge).toBeDisabled(); // every conflict needs a decision first
  await app.screenshot('share-conflicts');

  await page.locator(`[data-conflict-id="fact:${edited.corrected.id}"]`).getByRole('radio', { name: /采用对方的|Take theirs/ }).check();
  await page.locator(`[data-conflict-id="fact:${edited.kept.id}"]`).getByRole('radio', { name: /保留我的|Keep mine/ }).check();
  await expect(page.getByTestId('undecided')).toHaveCount(0);
  await merge.click();
  await expect(page.getByTestId('merge-result')).toContainText(/采用对方 1 处|took theirs 1/);
  await expect(app.dirtyDot).toHaveCount(1);
  await page.getByTestId('merge-result').getByRole('button', { name: /保存工作区|Save workspace/ }).click();
  await expect(app.dirtyDot).toHaveCount(0);

  const saved = await factsInFile(server.workspacePath, [edited.corrected.id, edited.kept.id]);
  expect(saved.get(edited.corrected.id)?.value).toBe(edited.corrected.theirs);
  expect(JSON.parse(saved.get(edited.corrected.id)?.origin ?? '{}')).toMatchObject({ workspace: '王芳的南山工作区', author: '王芳' });
  expect(saved.get(edited.kept.id)?.value).toBe(edited.kept.mine);

  // Restart the app on the saved file: merging her file again only asks about the one value he kept.
  await server.restart();
  await app.open('share');
  await checkFile(page, edited.path);
  await expect(page.getByTestId('share-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(conflicts).toHaveCount(1);
  await expect(conflicts.first()).toHaveAttribute('data-conflict-id', `fact:${edited.kept.id}`);
});

test('after a crash, offers the unsaved work left in the journal and recovers it', async ({ page, app, server }) => {
  // What autosave leaves behind when the app dies: the workspace with unsaved edits, beside the file, newer than it.
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(server.workspacePath));
  const id = Number(db.exec('SELECT id FROM facts WHERE value IS NOT NULL ORDER BY id LIMIT 1')[0]?.values[0]?.[0]);
  db.run('UPDATE facts SET value = 123456 WHERE id = ?', [id]);
  db.run('DELETE FROM facts WHERE id = (SELECT max(id) FROM facts)');
  writeFileSync(`${server.workspacePath}.journal`, db.export());
  db.close();
  await server.restart();

  // Offered at start, on the first view, without visiting the share view.
  await app.open();
  const banner = page.getByTestId('recovery');
  await expect(banner).toBeVisible();
  const before = await app.counts.textContent();
  await expect(banner).toContainText('workspace.planscope.db');
  await expect(banner).toContainText('修改 1 条数据、删除 1 条数据');
  await banner.getByRole('button', { name: /恢复|Recover/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(app.counts).not.toHaveText(before ?? '');
  await expect(app.dirtyDot).toHaveCount(1); // recovered work is unsaved until saved
  await app.save();
  expect((await factsInFile(server.workspacePath, [id])).get(id)?.value).toBe(123456);

  // Saved: the journal is older than the file and is not offered again after another restart.
  await server.restart();
  await app.open('share');
  await expect(page.locator('[data-recovery-checked="true"]')).toBeVisible();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
});
