// Managing reports (issue 16), walked in Chromium against the real services: a report imported again is said to
// be there; its GBK copy (other bytes, the same words) is asked about and skipped; deleting a report takes its facts
// out of Review, and the review's undo brings them back.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { projectRoot } from './global-setup';
import { encodeLegacyLossy } from '../fixtures/reports/legacy-encoder';

const SAMPLE = '001_c2878a9ffa656724.txt';
const samplePath = join(projectRoot, 'assets', 'samples', SAMPLE);

test('a GBK copy of a report is asked about, and skipping it keeps one report', async ({ app, reports, server, page }) => {
  const before = await server.call('reports.list', {});
  await app.open('reports');
  await expect(reports.grid.rows()).toHaveCount(before.length);

  // The sample itself again: the same bytes are already there, nothing is asked.
  await reports.importWithChooser([samplePath]);
  await expect(reports.importResult).toContainText(`${SAMPLE} 已在工作区中`);
  await expect(page.getByTestId('duplicate-prompt')).toHaveCount(0);

  // Its GBK copy, as a careless exporter writes it (¹ ² become "?"): other bytes, other text, the same words.
  const copy = join(server.dir, '罗湖2019-GBK.txt');
  await writeFile(copy, encodeLegacyLossy(await readFile(samplePath, 'utf8'), 'gbk'));
  await reports.importWithChooser([copy]);
  const prompt = page.getByTestId('duplicate-prompt');
  const item = prompt.getByTestId('duplicate-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('罗湖2019-GBK.txt');
  await expect(item).toContainText('同样的正文');
  await expect(item).toContainText(SAMPLE);
  await app.screenshot('reports-duplicate');
  await item.getByRole('button', { name: '跳过' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(reports.grid.rows()).toHaveCount(before.length);
  expect((await server.call('reports.list', {})).length).toBe(before.length);
});

test('a revised edition with the same title, region and year is asked about, and imported anyway on request', async ({ app, reports, server, page }) => {
  const before = await server.call('reports.list', {});
  const edition = join(server.dir, '罗湖2019-修订版.txt');
  await writeFile(edition, `${await readFile(samplePath, 'utf8')}\n(修订版)\n`);
  await app.open('reports');
  await reports.dropFiles([edition]);
  const item = page.getByTestId('duplicate-item');
  await expect(item).toContainText('同样的标题、地区和年份');
  await item.getByRole('button', { name: '仍然导入' }).click();
  await expect(page.getByTestId('duplicate-prompt')).toHaveCount(0);
  await expect(reports.importResult).toContainText('已导入 1 份报告');
  await expect(reports.grid.rows()).toHaveCount(before.length + 1);
  // Two reports of one title now: the review's report filter tells them apart by file name.
  const title = before.find((r) => r.fileName === SAMPLE)!.title;
  const filter = await server.call('facts.filterOptions', {});
  expect(filter.documents.map((d) => d.title)).toEqual(expect.arrayContaining([`${title} (${SAMPLE})`, `${title} (罗湖2019-修订版.txt)`]));
});

test('deleting a report takes its facts out of Review, and undo brings them back', async ({ app, reports, review, server, page }) => {
  const listed = await server.call('reports.list', {});
  const doomed = listed.find((r) => r.fileName === SAMPLE)!;
  const all = (await server.call('facts.list', {})).length;
  const own = (await server.call('facts.list', { filter: { documentId: doomed.id } })).length;
  expect(own).toBeGreaterThan(0);

  await app.open('reports');
  await reports.grid.rowById(doomed.id).getByTestId('delete-report').click();
  const confirm = page.getByTestId('delete-prompt');
  await expect(confirm).toContainText(`${own} 条数据将一并删除`);
  await confirm.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('delete-result')).toContainText(`已删除报告“${doomed.title}”`);
  await expect(reports.grid.rows()).toHaveCount(listed.length - 1);

  // Through the side bar, as a person goes there (the page keeps its state).
  const go = async (view: string) => {
    await page.locator(`nav.view-nav button[data-view="${view}"]`).click();
    await expect(page.locator(`main.view[data-view="${view}"]`)).toBeVisible();
  };
  await go('review');
  await expect(review.counts).toContainText(`${(all - own).toLocaleString('en-US')} 条`);
  const reportChoices = await review.choices('documentId');
  expect(reportChoices).toHaveLength(listed.length - 1);
  expect(reportChoices).not.toContain(doomed.title);

  await review.undo();
  await expect(review.historyStatus).toContainText('已撤销:删除报告');
  await expect(review.counts).toContainText(`${all.toLocaleString('en-US')} 条`);
  expect((await server.call('facts.list', { filter: { documentId: doomed.id } })).length).toBe(own);
  await go('reports');
  await expect(reports.grid.rows()).toHaveCount(listed.length);

  // Deleted again from the list, and taken back with Ctrl+Z right there.
  await reports.grid.rowById(doomed.id).getByTestId('delete-report').click();
  await page.getByTestId('delete-confirm').click();
  await expect(reports.grid.rows()).toHaveCount(listed.length - 1);
  await page.keyboard.press('Control+z');
  await expect(reports.grid.rows()).toHaveCount(listed.length);
  await expect(page.getByText(`已撤销:删除报告“${doomed.title}”`)).toBeVisible();
  expect((await server.call('facts.list', {})).length).toBe(all);
});
