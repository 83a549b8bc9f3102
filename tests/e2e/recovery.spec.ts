// Issue 16's journal and recovery banner, in the real renderer against the real services: the journal follows each
// change within a second or two, so a crash right after an edit still offers that edit back; a plain window reload
// (the same running Planscope) is not a crash and shows no banner.
import { statSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { ReviewPage } from './pages/ReviewPage';
import type { TestServer } from './fixtures';

const journalWritten = (path: string, since: number) => {
  try {
    return statSync(`${path}.journal`).mtimeMs >= since;
  } catch {
    return false;
  }
};

/** Edits the first fact's value in the grid; returns its id, the new value and when the edit showed. */
async function editFirstValue(review: ReviewPage, server: TestServer): Promise<{ id: number; value: number; at: number }> {
  const row = review.grid.row(0);
  const id = await review.factId(row);
  const before = (await server.call('facts.list', {})).find((f) => f.id === id)!;
  const value = (before.value ?? 0) + 3.75;
  const at = Date.now() - 1; // file times may be rounded to the millisecond
  await review.grid.edit(row, 'value', String(value));
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).toContainText(String(value));
  return { id, value, at };
}

test('a reload of the window, without a crash, shows no recovery banner', async ({ page, app, review, server }) => {
  await app.open('review');
  const { at } = await editFirstValue(review, server);
  await expect.poll(() => journalWritten(server.workspacePath, at), { timeout: 5000 }).toBe(true);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: /共享与合并|Share/ }).click();
  await expect(page.locator('[data-recovery-checked="true"]')).toBeVisible();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
  await expect(app.dirtyDot).toHaveCount(1); // the edit is still there, unsaved: nothing was lost or offered twice
});

test('a crash within 3 s of an edit offers that edit back, and recovering restores it', async ({ page, app, review, server }) => {
  await app.open('review');
  const { id, value, at } = await editFirstValue(review, server);
  // The journal must be on disk before the crash; the crash comes as soon as it is, and no later than 3 s after the edit.
  await expect.poll(() => journalWritten(server.workspacePath, at), { timeout: 3000, intervals: [100] }).toBe(true);
  await server.restart(); // the old server stops without saving or touching the journal, as a killed process would
  expect(Date.now() - at).toBeLessThan(3000 + 2000); // the restart itself takes a moment; the journal was there by 3 s

  await app.open('review');
  const banner = page.getByTestId('recovery');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('修改 1 条数据');
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).not.toContainText(String(value)); // the file as saved
  // One line: the review grid keeps its room at 1280×720.
  expect((await banner.boundingBox())!.height).toBeLessThan(48);
  await banner.getByRole('button', { name: /恢复|Recover/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).toContainText(String(value));
  await expect(app.dirtyDot).toHaveCount(1);
});

test('saving without recovering closes the banner', async ({ page, app, review, server }) => {
  await app.open('review');
  const { at } = await editFirstValue(review, server);
  await expect.poll(() => journalWritten(server.workspacePath, at), { timeout: 3000, intervals: [100] }).toBe(true);
  await server.restart();
  await app.open('review');
  const banner = page.getByTestId('recovery');
  await expect(banner).toBeVisible();
  await review.grid.row(0).click();
  await review.accept(); // some new work in this session, then saved
  await expect(app.dirtyDot).toHaveCount(1);
  await app.save();
  await expect(banner).toHaveCount(0);
});
