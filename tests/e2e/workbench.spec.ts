// The workbench walked as an economist walks it, in Chromium, against the real services.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { projectRoot } from './global-setup';

const samplesDir = join(projectRoot, 'assets', 'samples');

test('first launch shows the sample workspace', async ({ app, reports, server, page }) => {
  const files = (await readdir(samplesDir)).filter((f) => f.endsWith('.txt'));
  const documents = await server.call('reports.list', {});
  expect(documents.length).toBe(files.length);

  await app.open('reports');
  await expect(reports.grid.rows()).toHaveCount(files.length);
  const titles = await reports.titles();
  for (const d of documents) expect(titles).toContain(d.title);
  // Counts in the title bar come from the workspace, formatted for a Chinese reader.
  const info = await server.call('workspace.info', {});
  await expect(app.counts).toHaveText(new RegExp(`${info.documents} 份报告 · ${info.facts.toLocaleString('en-US')} 条数据`));
  await expect(app.workspaceName).toHaveText('workspace.planscope.db');
  // The fact count column is right-aligned numbers.
  const firstCount = reports.grid.rows().first().locator('[col-id="factCount"]');
  await expect(firstCount).toHaveCSS('text-align', 'right');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.screenshot('reports');

  await app.setLanguage('en');
  await expect(page.locator('nav.view-nav')).toContainText('Reports');
  await expect(app.counts).toContainText(`${info.documents} reports`);
  await app.screenshot('reports-en');
});

test('clicking a fact highlights its source span, and clicking a highlight selects its fact', async ({ app, review, source, server }) => {
  await app.open('review');
  await expect(review.grid.rows().first()).toBeVisible();

  const row = review.grid.row(6);
  const id = await review.factId(row);
  await row.locator('[col-id="indicator"]').click();

  const fact = (await server.call('facts.list', {})).find((f) => f.id === id);
  if (!fact || fact.documentId === null || fact.start === null || fact.end === null) throw new Error(`fact ${id} has no span`);
  const { text, title } = await server.call('reports.getText', { documentId: fact.documentId });
  await expect(source.title).toHaveText(title);
  await expect.poll(() => source.selectedText()).toBe(text.slice(fact.start!, fact.end!));
  await expect(source.currentSentence().first()).toBeVisible();
  expect(await source.isScrolledIntoView(source.selectedMarks().first())).toBe(true);
  // Why the fact reads as it does: the rules of its trace, in the reader's words, one per rule id.
  const why = await server.call('facts.why', { id });
  expect(why.source).toBe('report');
  const shown = review.page.getByTestId('fact-why');
  await expect(shown).toContainText(why.rules.find((r) => r.id.startsWith('name.'))!.zh);
  await expect(shown.locator('[data-rule]')).toHaveCount(why.rules.length);
  await app.screenshot('review');

  // Pick a highlight of another fact further down: the grid selects that fact.
  const otherMark = source.marks().filter({ hasNot: source.page.locator(`[data-fact-ids~="${id}"]`) }).nth(10);
  await otherMark.scrollIntoViewIfNeeded();
  const otherIds = ((await otherMark.getAttribute('data-fact-ids')) ?? '').split(' ').map(Number);
  await otherMark.click();
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(otherIds[0]));
  await expect(otherMark).toHaveClass(/selected/);
  await expect(source.markOf(id).first()).not.toHaveClass(/selected/);
});

test('an edit survives a workspace save and reopen', async ({ app, review, server }) => {
  await app.open('review');
  const row = review.grid.row(0);
  const id = await review.factId(row);
  const before = (await server.call('facts.list', {})).find((f) => f.id === id)!;
  const edited = (before.value ?? 0) + 1.25;

  await review.grid.edit(row, 'value', String(edited));
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).toContainText(String(edited));
  await review.grid.edit(review.grid.rowById(id), 'period', '2023年上半年');
  await expect(review.grid.rowById(id).locator('[col-id="period"]')).toHaveText('2023年上半年');
  await expect(app.dirtyDot).toBeVisible();
  await app.save();

  // Away to an empty workspace, then back from the file: what shows now was read from disk.
  await app.newEmptyWorkspace();
  await expect(app.counts).toContainText('0 份报告');
  await app.openWorkspace(server.workspacePath);
  await expect(app.counts).toContainText('5 份报告');
  await review.setFilter('period', '2023年上半年');
  await expect(review.grid.rowById(id).locator('[col-id="value"]')).toContainText(String(edited));

  // And after a restart of the app itself.
  await server.restart();
  await app.open('review');
  const after = (await server.call('facts.list', {})).find((f) => f.id === id)!;
  expect(after).toMatchObject({ value: edited, period: '2023H1' });
  await expect(review.grid.rowById(id).locator('[col-id="period"]')).toHaveText('2023年上半年');
});

test('edits, acceptance and rejection are undoable and redoable', async ({ app, review, server }) => {
  await app.open('review');
  const row = review.grid.row(1);
  const id = await review.factId(row);
  const original = (await server.call('facts.list', {})).find((f) => f.id === id)!;

  await review.grid.edit(row, 'indicator', '测试指标');
  await expect(review.grid.rowById(id).locator('[col-id="indicator"]')).toHaveText('测试指标');
  await review.grid.rowById(id).locator('[col-id="measure"]').click();
  await review.accept();
  await expect(review.grid.rowById(id).locator('[col-id="status"]')).toHaveText('已采纳');

  await review.undo();
  await expect(review.grid.rowById(id).locator('[col-id="status"]')).toHaveText('待审核');
  // Said in the economist's words, not the audit's internal name (facts.accept).
  await expect(review.page.getByTestId('history-status')).toHaveText('已撤销:采纳');
  await review.undo();
  await expect(review.page.getByTestId('history-status')).toHaveText('已撤销:修改数据');
  await expect(review.grid.rowById(id).locator('[col-id="indicator"]')).toHaveText(original.indicator);
  await review.redo();
  await expect(review.grid.rowById(id).locator('[col-id="indicator"]')).toHaveText('测试指标');

  // Keyboard: Alt+X rejects the selected fact and moves on to the next row; Alt+A accepts that one.
  await review.grid.rowById(id).locator('[col-id="measure"]').click();
  // The key acts on the selected fact: wait until the click has selected it (under load the grid may still be
  // re-rendering the redo).
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(id));
  await review.page.keyboard.press('Alt+x');
  await expect(review.grid.rowById(id).locator('[col-id="status"]')).toHaveText('已驳回');
  const nextId = await review.factId(review.grid.row(2));
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(nextId));
  await review.page.keyboard.press('Alt+a');
  await expect(review.grid.rowById(nextId).locator('[col-id="status"]')).toHaveText('已采纳');
  const history = await server.call('facts.history', { factId: id });
  expect(history.filter((h) => !h.undone).length).toBeGreaterThanOrEqual(2);

  // A value that is not a number is refused with a reason, and nothing changes.
  await review.grid.edit(review.grid.rowById(id), 'value', '约6');
  await expect(app.errors.last()).toContainText('“约6”不是数字');
  const now = (await server.call('facts.list', {})).find((f) => f.id === id)!;
  expect(now.value).toBe(original.value);
});

test('an import of a bad file shows a clear error and changes nothing', async ({ app, reports, server }) => {
  await app.open('reports');
  const before = { docs: await server.call('reports.list', {}), info: await server.call('workspace.info', {}) };
  await expect(reports.grid.rows()).toHaveCount(before.docs.length);

  // A picture renamed to .txt, together with a good report: the import is all-or-nothing.
  const bad = join(server.dir, '上半年报告.txt');
  await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xc3, 0x28, 0xff, 0xfe, 0x00, 0x01]));
  const sample = (await readdir(samplesDir)).find((f) => f.endsWith('.txt'))!;
  const good = join(server.dir, 'new-report.txt');
  await writeFile(good, (await readFile(join(samplesDir, sample), 'utf8')) + '\n(修订版)\n');

  await reports.importWithChooser([good, bad]);
  await expect(reports.importError).toBeVisible();
  await expect(reports.importError).toContainText('上半年报告.txt');
  await expect(reports.importError).toContainText('工作区没有任何改动');
  await app.screenshot('import-error');

  const after = { docs: await server.call('reports.list', {}), info: await server.call('workspace.info', {}) };
  expect(after.docs).toEqual(before.docs);
  expect(after.info).toEqual(before.info);
  await expect(reports.grid.rows()).toHaveCount(before.docs.length);
  await expect(app.dirtyDot).toHaveCount(0);

  // The good report alone, dropped on the window, imports with a progress bar and new unreviewed facts. It is a
  // revised edition of a sample (same title, region and period), so it is asked about first (issue 16).
  await reports.dropFiles([good]);
  await expect(app.progress).toBeVisible();
  await reports.page.getByTestId('duplicate-item').getByRole('button', { name: '仍然导入' }).click();
  await expect(reports.importResult).toBeVisible();
  await expect(app.progress).toHaveCount(0);
  await expect(reports.importError).toHaveCount(0);
  await expect(reports.grid.rows()).toHaveCount(before.docs.length + 1);
  const info = await server.call('workspace.info', {});
  expect(info.unreviewed).toBeGreaterThan(before.info.unreviewed);
});

test('a report opened from the list shows its facts; filters and arrow keys narrow and walk them', async ({ app, reports, review, source, server }) => {
  await app.open('reports');
  const docs = await server.call('reports.list', {});
  const doc = docs.find((d) => d.period.endsWith('H1')) ?? docs[0]!;
  await reports.rowByTitle(doc.title).locator('[col-id="title"]').dblclick();
  await expect(source.page.locator('main.view[data-view="review"]')).toBeVisible();
  await expect(review.filter('documentId')).toHaveAttribute('data-value', String(doc.id));
  await expect(review.filter('documentId')).toContainText(doc.title);
  const own = await server.call('facts.list', { filter: { documentId: doc.id } });
  await expect.poll(() => review.grid.rowCount()).toBe(own.length);
  await expect(review.counts).toContainText(`${own.length} 条`);

  // Only targets of this report.
  await review.setFilter('kind', '目标');
  const targets = own.filter((f) => f.kind === 'target');
  await expect.poll(() => review.grid.rowCount()).toBe(targets.length);
  await expect(review.grid.rows().first().locator('[col-id="kind"]')).toHaveText('目标');

  // Arrow keys move through the facts and the source follows.
  const first = review.grid.row(0);
  await first.locator('[col-id="measure"]').click();
  const firstId = await review.factId(first);
  await expect(source.selectedMarks().first()).toHaveAttribute('data-fact-ids', new RegExp(`\\b${firstId}\\b`));
  await review.page.keyboard.press('ArrowDown');
  const secondId = await review.factId(review.grid.row(1));
  await expect(review.grid.selectedRow()).toHaveAttribute('row-id', String(secondId));
  await expect(source.selectedMarks().first()).toHaveAttribute('data-fact-ids', new RegExp(`\\b${secondId}\\b`));
});

test('an indicator is found in the review filter by typing part of its name, and choosing it filters the grid', async ({ app, review, server, page }) => {
  const indicator = '地区生产总值';
  const part = '生产总';
  const all = (await server.call('facts.list', {})).length;
  const own = (await server.call('facts.list', { filter: { indicator } })).length;
  expect(own).toBeGreaterThan(0);
  expect(own).toBeLessThan(all);
  await app.open('review');
  await expect.poll(() => review.grid.rowCount()).toBe(all);
  await expect(review.filter('indicator')).toHaveText(/全部/);

  await review.filter('indicator').click();
  const list = review.pickList('indicator');
  const rows = list.locator('[role="row"][row-id]');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await list.getByRole('searchbox').fill(part);
  // Only indicators with that part in their name are left, fewer than before, and the one looked for is among them.
  await expect.poll(async () => (await rows.locator('[col-id="label"]').allInnerTexts()).every((t) => t.includes(part))).toBe(true);
  expect(await rows.count()).toBeLessThan(before);
  await rows.filter({ has: page.locator('[col-id="label"]').getByText(indicator, { exact: true }) }).click();
  await expect(list).toHaveCount(0); // choosing closes the list
  await expect(review.filter('indicator')).toHaveAttribute('data-value', indicator);
  await expect(review.filter('indicator')).toContainText(indicator);
  await expect.poll(() => review.grid.rowCount()).toBe(own);
  // Polled: rows leaving the grid stay in the page while they fade out.
  await expect.poll(async () => [...new Set(await review.grid.rows().locator('[col-id="indicator"]').allInnerTexts())]).toEqual([indicator]);

  // 全部 takes the filter off again.
  await review.setFilter('indicator', '全部');
  await expect(review.filter('indicator')).toHaveAttribute('data-value', '');
  await expect.poll(() => review.grid.rowCount()).toBe(all);
});
