// Story 1's pivot and chart: build "indicators down, periods across, targets beside actuals" in the UI, save it,
// check the grid against main's pivot, drill into a cell to the report sentence, chart the row, export PNG and SVG.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

class PivotPage {
  readonly grid: Grid;
  constructor(readonly page: Page) {
    this.grid = new Grid(page, 'pivot');
  }
  well(name: 'rows' | 'columns' | 'fields'): Locator {
    return this.page.getByTestId(`well-${name}`);
  }
  /** Pivot row and column keys are JSON paths; the grid carries them URI-encoded in row-id / col-id. */
  row(key: string): Locator {
    return this.grid.rowById(encodeURIComponent(key));
  }
  cell(row: Locator, columnKey: string): Locator {
    return row.locator(`[col-id="c:${encodeURIComponent(columnKey)}"]`);
  }
  chip(well: 'rows' | 'columns' | 'fields', field: string): Locator {
    return this.well(well).locator(`.pivot-chip[data-field="${field}"]`);
  }
}

const INDICATORS = ['固定资产投资', '地区生产总值'];

test('build a pivot, drill into a cell to its source sentence, chart the row and export PNG and SVG', async ({ app, page, server }) => {
  await app.open('pivot');
  const p = new PivotPage(page);
  // The built-in default view is there on a new workspace.
  await expect(page.getByTestId('pivot-views')).toContainText('默认');
  await expect.poll(() => p.grid.rowCount()).toBeGreaterThan(0);

  // Rebuild it by hand: take measure off the rows and drag it back, swap kind out of the columns and pick it again.
  await p.chip('rows', 'measure').getByRole('button').click();
  await expect(p.chip('rows', 'measure')).toHaveCount(0);
  await p.chip('fields', 'measure').dragTo(p.well('rows'));
  await expect(p.chip('rows', 'measure')).toBeVisible();
  await p.chip('columns', 'kind').getByRole('button').click();
  await page.getByTestId('add-columns').selectOption('kind');
  await expect(p.chip('columns', 'kind')).toBeVisible();
  // The indicator filter is found by typing: each indicator is typed and ticked in the searchable list.
  await page.getByTestId('filter-indicator').getByRole('button').first().click();
  const list = page.getByTestId('filter-indicator').locator('.picklist');
  await expect(list.locator('[role="gridcell"][col-id="label"]').first()).toBeVisible();
  const allShown = await list.locator('[role="gridcell"][col-id="label"]').count();
  for (const name of INDICATORS) {
    await list.getByRole('searchbox').fill(name);
    // Only indicators whose names contain what was typed are left (固定资产投资 also finds 工业固定资产投资).
    const shown = () => list.locator('[role="gridcell"][col-id="label"]').allInnerTexts();
    await expect.poll(async () => (await shown()).every((label) => label.includes(name))).toBe(true);
    expect((await shown()).length).toBeLessThan(Math.min(allShown, 10));
    await list.locator(`[role="row"][row-id="${name}"]`).click();
  }
  await expect(page.getByTestId('filter-indicator').getByRole('button').first()).toContainText('(2)');
  await page.keyboard.press('Escape'); // closes like any pop-up
  await expect(list).toHaveCount(0);
  // Two filters never overlap: opening one closes the other; a press outside closes it.
  await page.getByTestId('filter-region').getByRole('button').first().click();
  await page.getByTestId('filter-kind').getByRole('button').first().click();
  await expect(page.locator('.picklist')).toHaveCount(1);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.locator('.picklist')).toHaveCount(0);
  await page.getByTestId('pivot-aggregation').selectOption('mean');
  await page.getByLabel('总计行').check();
  await page.getByLabel('总计列').check();
  await page.getByTestId('pivot-save-name').fill('投资与GDP');
  await page.getByTestId('pivot-save').click();
  await expect(page.getByTestId('pivot-views')).toHaveValue('投资与GDP');

  const saved = await server.call('pivot.get', { name: '投资与GDP' });
  expect(saved.spec).toMatchObject({
    rows: ['indicator', 'measure'], columns: ['period', 'kind'], value: { aggregation: 'mean' },
    filters: { indicator: expect.arrayContaining(INDICATORS) }, totals: { rowGrandTotal: true, columnGrandTotal: true, rowSubtotals: false },
  });
  const result = await server.call('pivot.run', { spec: saved.spec });
  const dataRows = result.rows.filter((r) => r.kind === 'data');
  // (aria-rowcount also counts the two header rows and the pinned total, so look for each row instead.)
  await expect(p.grid.root).toHaveAttribute('data-row-count', String(dataRows.length));
  for (const r of dataRows) await expect(p.row(r.key).first()).toContainText(r.labels[0]!);
  // Column groups for the nested column field: periods over kinds.
  // (Columns are virtualized too, so check the first period's group, which is on screen.)
  const firstPeriod = result.columnTree[0]!;
  expect(firstPeriod.children.length).toBeGreaterThan(0);
  await expect(p.grid.root.locator('.ag-header-group-cell').filter({ hasText: firstPeriod.label }).first()).toBeVisible();
  for (const kind of firstPeriod.children) await expect(p.grid.root.locator(`.ag-header-cell[col-id="c:${encodeURIComponent(kind.columnKey!)}"]`)).toContainText(kind.label);
  // The view averages, so its total row is labelled an average (总平均), not a 总计 a reader would take for a sum.
  await expect(p.grid.root.locator(".ag-row-pinned.pivot-total").first()).toContainText("总平均");

  // A cell with statements behind it: the grid shows main's value with its unit.
  const row = dataRows.find((r) => r.path[0] === '固定资产投资') ?? dataRows[0]!;
  const column = result.columns.find((c) => !c.isTotal && (row.cells[c.key]?.count ?? 0) > 0 && !row.cells[c.key]?.error)!;
  const cellData = row.cells[column.key]!;
  const gridRow = p.row(row.key);
  const cell = p.cell(gridRow, column.key);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toContainText(cellData.unit ?? '');

  // Drill: the facts behind the cell, and the sentence each came from.
  await cell.dblclick();
  const drill = page.getByTestId('pivot-drill');
  await expect(drill).toBeVisible();
  await expect(drill.getByTestId('drill-fact')).toHaveCount(cellData.count);
  const first = drill.getByTestId('drill-fact').first();
  const factId = Number(await first.getAttribute('data-fact-id'));
  const fact = (await server.call('facts.list', { filter: { indicator: row.path[0]! } })).find((f) => f.id === factId)!;
  expect(fact.period).toBe(column.path[0]);
  if (fact.quote) await expect(page.getByTestId('source-title')).not.toBeEmpty();

  // Chart the selected row, then export the target-vs-actual figure.
  await gridRow.locator('[col-id="h0"]').click();
  const figure = page.locator('[data-testid^="figure-target-actual"]').first();
  await expect(figure.locator('.js-plotly-plot')).toBeVisible();
  for (const format of ['png', 'svg'] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByTestId(`export-${format}`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    const path = join(server.dir, download.suggestedFilename());
    await download.saveAs(path);
    const bytes = await readFile(path);
    if (format === 'png') expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    else {
      const svg = bytes.toString('utf8');
      expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      // Made for a briefing: the title with its unit, and where the numbers come from, are in the image itself.
      expect(svg).toContain('目标与实际 (');
      expect(svg).toMatch(/资料来源:《[^》]+》/);
    }
    expect(bytes.length).toBeGreaterThan(2000);
  }

  // The chart follows the pivot's period filter: after choosing one year only that year is drawn.
  const drawnPeriods = () => figure.locator('.js-plotly-plot').evaluate((el) =>
    [...new Set(((el as unknown as { data: { x?: unknown[] }[] }).data ?? []).flatMap((t) => (t.x ?? []).map(String)))]);
  const before = await drawnPeriods();
  expect(before.length).toBeGreaterThan(1);
  const year = before.find((x) => /^\d{4}$/.test(x))!;
  await page.getByTestId('filter-period').getByRole('button').first().click();
  const periods = page.getByTestId('filter-period').locator('.picklist');
  await periods.getByRole('searchbox').fill(year);
  await expect.poll(async () => (await periods.locator('[role="gridcell"][col-id="label"]').allInnerTexts()).every((t) => t.includes(year))).toBe(true);
  await periods.locator(`[role="row"][row-id="${year}"]`).first().click();
  await expect(page.getByTestId('filter-period').getByRole('button').first()).toContainText('(1)');
  await page.keyboard.press('Escape');
  await expect.poll(drawnPeriods).toEqual([year]);
  await app.screenshot('pivot');
});
