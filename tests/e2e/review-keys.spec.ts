// Issue 16: reviewing by keyboard. Alt+A accepts and moves selection AND focus to the next row, so the next Enter
// edits that row, not the fact just accepted; Alt+N jumps over facts already decided. The test checks, in the file's
// facts, that exactly the facts meant changed and no other.
import { test, expect } from './fixtures';

test('accept, next unreviewed and edit by keyboard change the facts they should and no other', async ({ page, app, review, server }) => {
  await app.open('review');
  const before = await server.call('facts.list', {});
  const ids = await Promise.all([0, 1, 2, 3].map((i) => review.factId(review.grid.row(i))));
  // Fact 3 is decided first, by mouse: Alt+N must skip it.
  await review.grid.row(2).click();
  await review.accept();
  await expect(review.grid.rowById(ids[2]!).locator('[col-id="status"]')).toContainText('已采纳');

  await review.grid.cell(review.grid.row(1), 'value').click(); // keyboard focus in the grid, on fact 2's value
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(ids[1])); // the click has selected it
  await page.keyboard.press('Alt+A'); // accepts fact 2; selection and focus move to fact 3
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(ids[2]));
  await expect(review.grid.rowById(ids[2]!).locator('[col-id="value"]')).toBeFocused();
  await page.keyboard.press('Alt+N'); // fact 3 is decided: the next unreviewed is fact 4
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(ids[3]));
  await expect(review.grid.rowById(ids[3]!).locator('[col-id="value"]')).toBeFocused();
  await page.keyboard.press('Enter'); // edits fact 4's value
  const input = review.grid.rowById(ids[3]!).locator('[col-id="value"] input');
  await expect(input).toBeVisible();
  await input.fill('77.5');
  await input.press('Enter');
  await expect(review.grid.rowById(ids[3]!).locator('[col-id="value"]')).toContainText('77.5');

  const after = new Map((await server.call('facts.list', {})).map((f) => [f.id, f]));
  const changed = before.filter((f) => {
    const a = after.get(f.id)!;
    return a.status !== f.status || a.value !== f.value || a.period !== f.period || a.indicator !== f.indicator || a.kind !== f.kind;
  }).map((f) => f.id);
  expect(changed.sort((x, y) => x - y)).toEqual([ids[1]!, ids[2]!, ids[3]!].sort((x, y) => x - y));
  expect(after.get(ids[1]!)!.status).toBe('accepted');
  expect(after.get(ids[2]!)!.status).toBe('accepted');
  expect(after.get(ids[3]!)).toMatchObject({ status: 'unreviewed', value: 77.5 });
  expect(after.get(ids[0]!)!.status).toBe('unreviewed');
});

test('the shortcut keys are shown on the buttons, not only in tooltips', async ({ page, app }) => {
  await app.open('review');
  const toolbar = page.locator('.toolbar');
  for (const k of ['Alt+A', 'Alt+X', 'Alt+N', 'Ctrl+Z']) await expect(toolbar.locator('kbd', { hasText: k })).toBeVisible();
});
