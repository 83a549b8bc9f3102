// Story 1's pivot and chart: build "indicators down, periods across, targets beside actuals" in the UI, save it,
// check the grid against main's pivot, drill into a cell to the report sentence, chart the row, export PNG and SVG.
// Then what an hour of use trips over (issue 16): layout changes undone, the chart on a time axis with one legend
// entry per series and no "attainment" of a half-year rate, the note on what a cell folds, the chart pane's width.
import { readFile, writeFile } from 'node:fs/promises';
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
  /** Ticks indicators in the indicator filter, each found by typing, and closes it. */
  async filterIndicators(names: readonly string[]): Promise<void> {
    await this.page.getByTestId('filter-indicator').getByRole('button').first().click();
    const list = this.page.getByTestId('filter-indicator').locator('.picklist');
    for (const name of names) {
      await list.getByRole('searchbox').fill(name);
      await list.locator(`[role="row"][row-id="${name}"]`).click();
    }
    await expect(this.page.getByTestId('filter-indicator').getByRole('button').first()).toContainText(`(${names.length})`);
    await this.page.keyboard.press('Escape');
  }
}

/** What a Plotly figure drew: per trace, its legend status and the period and date of each point. */
interface DrawnTrace {
  name: string;
  showlegend: boolean;
  points: { period: string; x: string }[];
}
function drawnTraces(figure: Locator): Promise<DrawnTrace[]> {
  return figure.locator('.js-plotly-plot').evaluate((el) => {
    const data = (el as unknown as { data: { name?: string; showlegend?: boolean; x?: unknown[]; customdata?: unknown[] }[] }).data ?? [];
    return data.map((t) => ({
      name: String(t.name ?? ''), showlegend: t.showlegend !== false,
      points: (t.x ?? []).map((x, i) => ({ period: String(t.customdata?.[i] ?? x), x: String(x).slice(0, 10) })),
    }));
  });
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
  const drawnPeriods = async () => [...new Set((await drawnTraces(figure)).flatMap((t) => t.points.map((p) => p.period)))];
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

test('layout changes are undone one by one, by the 撤销布局 button and by Ctrl+Z', async ({ app, page }) => {
  await app.open('pivot');
  const p = new PivotPage(page);
  await expect.poll(() => p.grid.rowCount()).toBeGreaterThan(0);
  const rowsAtFirst = await p.grid.rowCount();
  const undo = page.getByTestId('pivot-undo-layout');
  await expect(undo).toBeDisabled();

  // Three changes: a field off the rows, a field moved between wells, another aggregation.
  await p.chip('rows', 'measure').getByRole('button').click();
  await expect(p.chip('rows', 'measure')).toHaveCount(0);
  await p.chip('columns', 'kind').dragTo(p.well('rows'));
  await expect(p.chip('rows', 'kind')).toBeVisible();
  await page.getByTestId('pivot-aggregation').selectOption('sum');
  await expect(undo).toBeEnabled();

  // Ctrl+Z takes back the last one (focus is still on the list that changed it)...
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('pivot-aggregation')).toHaveValue('latest');
  await expect(p.chip('rows', 'kind')).toBeVisible();
  // ...but typing in a box keeps Ctrl+Z for the text: the layout stays.
  await page.getByTestId('pivot-save-name').fill('草稿');
  await page.getByTestId('pivot-save-name').press('Control+z');
  await expect(p.chip('rows', 'kind')).toBeVisible();
  // The button takes back the others, in reverse order, to the layout the view opened with.
  await undo.click();
  await expect(p.chip('columns', 'kind')).toBeVisible();
  await expect(p.chip('rows', 'kind')).toHaveCount(0);
  await expect(p.chip('rows', 'measure')).toHaveCount(0);
  await undo.click();
  await expect(p.chip('rows', 'measure')).toBeVisible();
  await expect(undo).toBeDisabled();
  await expect.poll(() => p.grid.rowCount()).toBe(rowsAtFirst);
});

test('the chart follows time: each period at its date, a missing year kept, the half-year inside its year, no attainment of a half-year rate', async ({ app, page, server }) => {
  await app.open('pivot');
  const p = new PivotPage(page);
  await p.filterIndicators(['地区生产总值', '固定资产投资']);
  const spec = (await server.call('pivot.list', {}))[0]!.spec;
  const result = await server.call('pivot.run', { spec: { ...spec, filters: { indicator: ['地区生产总值', '固定资产投资'] } } });
  const keyOf = (indicator: string, measure: string) => result.rows.find((r) => r.path[0] === indicator && r.path[1] === measure)!.key;

  // GDP growth alone: one series, so one legend entry (its target marks, line and half-year point are one group).
  await p.row(keyOf('地区生产总值', 'growth')).locator('[col-id="h0"]').click();
  const figure = page.locator('[data-testid^="figure-target-actual"]').first();
  await expect(figure.locator('.js-plotly-plot')).toBeVisible();
  const chart = await server.call('pivot.chartData', { series: [{ indicator: '地区生产总值', measure: 'growth' }] });
  // The figure may still show what it drew before the click (Plotly is loaded early, so it draws at once): wait for the redraw.
  await expect.poll(async () => (await drawnTraces(figure)).filter((t) => t.showlegend).length).toBe(chart.series.length);
  const drawn = await drawnTraces(figure);
  await expect(figure.locator('.legend .traces')).toHaveCount(chart.series.length);
  // Each point in the middle of the months it covers, as the fan chart draws it: a year at 1 July, the first half in April.
  const points = drawn.flatMap((t) => t.points);
  const periods = [...chart.series[0]!.targets, ...chart.series[0]!.outcomes].map((x) => x.period);
  expect(new Set(points.map((x) => x.period))).toEqual(new Set(periods));
  for (const { period, x } of points) {
    if (/^\d{4}$/.test(period)) expect(x).toBe(`${period}-07-01`);
    if (/^\d{4}H1$/.test(period)) expect(x).toBe(`${period.slice(0, 4)}-04-01`);
  }
  expect(points.some((x) => /H1$/.test(x.period))).toBe(true);
  // The axis is time, ticked every year from the first to the last, years the reports skip included.
  const axis = await figure.locator('.js-plotly-plot').evaluate((el) => {
    const x = (el as unknown as { layout: { xaxis: { type: string; tickvals: string[] } } }).layout.xaxis;
    return { type: x.type, ticks: x.tickvals.map((t) => String(t).slice(0, 10)) };
  });
  expect(axis.type).toBe('date');
  const years = points.map((x) => Number(x.period.slice(0, 4)));
  const missing = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i).filter((y) => !years.includes(y));
  expect(missing.length).toBeGreaterThan(0);
  for (const y of missing) expect(axis.ticks).toContain(`${y}-07-01`);
  await expect(figure.locator('.xtick text').first()).toBeVisible();

  // 上半年的增速 against the year's growth target is not attainment: no bar, and the chart says why.
  expect(chart.attainment.some((b) => b.measure === 'growth' && b.outcome.partOfYear)).toBe(true);
  await expect(page.getByTestId('figure-attainment')).toHaveCount(0);
  await expect(page.getByTestId('attainment-not-comparable')).toContainText('地区生产总值 增速 (2024年上半年)');
  await expect(page.getByTestId('attainment-not-comparable')).toHaveAttribute('data-why', 'part-year-rate');
  // Investment's half-year amount against the year's target is progress, shown beside 时序进度.
  await p.row(keyOf('固定资产投资', 'level')).locator('[col-id="h0"]').click({ modifiers: ['Control'] });
  const bars = page.getByTestId('figure-attainment');
  await expect(bars.locator('.js-plotly-plot')).toBeVisible();
  const barData = await bars.locator('.js-plotly-plot').evaluate((el) =>
    (el as unknown as { data: { name: string; x: string[] }[] }).data.map((t) => ({ name: t.name, x: t.x })));
  expect(barData[0]!.x).toEqual(['固定资产投资 总量 (2024年上半年)']);
  expect(barData.map((t) => t.name)).toContain('时序进度');
  await bars.scrollIntoViewIfNeeded();
  await app.screenshot('pivot-chart-time');
});

test('a cell that folds several regions says so, and the field can be spread; the chart pane is narrow, foldable and remembered', async ({ app, page, server }) => {
  // A second district's report: the default view (indicators down, periods across) now folds two regions a cell.
  const other = join(server.dir, '福田区2024年上半年经济运行情况.txt');
  await writeFile(other, '福田区2024年上半年经济运行情况\n\n发布时间:2024/07/20\n\n上半年，福田区地区生产总值增长5.1%。固定资产投资完成210.5亿元。\n');
  await server.call('reports.import', { files: [{ path: other }] });
  await app.open('pivot');
  const p = new PivotPage(page);
  const note = page.getByTestId('pivot-fold-note');
  await expect(note).toContainText('合并了 2 个地区');
  await expect(note).toContainText('在行或列上展开');
  await expect(note.locator('[data-field="region"]')).toHaveAttribute('data-values', '2');

  // Both districts' GDP growth charted: one legend entry each, named by district.
  await p.filterIndicators(['地区生产总值']);
  const spec = { ...(await server.call('pivot.list', {}))[0]!.spec, filters: { indicator: ['地区生产总值'] } };
  const growth = (await server.call('pivot.run', { spec })).rows.find((r) => r.path[1] === 'growth')!;
  await p.row(growth.key).locator('[col-id="h0"]').click();
  const figure = page.locator('[data-testid^="figure-target-actual"]').first();
  await expect(figure.locator('.legend .traces')).toHaveCount(2);
  const names = (await drawnTraces(figure)).filter((t) => t.showlegend).map((t) => t.name).sort();
  expect(names).toEqual(['福田区 地区生产总值 增速', '罗湖区 地区生产总值 增速']);

  // Spread the regions on rows: nothing is folded any more; 撤销布局 folds them again, and says so again.
  await page.getByTestId('fold-spread-region').click();
  await expect(p.chip('rows', 'region')).toBeVisible();
  await expect(note).toHaveCount(0);
  await page.getByTestId('pivot-undo-layout').click();
  await expect(note).toContainText('合并了 2 个地区');
  // The same note in the English interface, and back.
  await page.getByLabel('语言 / Language').selectOption('en');
  await expect(note).toContainText('2 regions folded into each cell');
  await expect(note.getByRole('button')).toHaveText('Spread out “Region”');
  await page.getByLabel('语言 / Language').selectOption('zh-CN');

  // The charts take a quarter of the window, not 40%; the splitter widens them, the fold button hides them, and
  // both survive a reload.
  const pane = page.getByTestId('charts-pane');
  const widthOf = async () => (await pane.boundingBox())!.width;
  expect(await widthOf()).toBeLessThan(1440 * 0.3);
  const splitter = page.getByTestId('charts-splitter');
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(widthOf).toBe(440);
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x - 97, box.y + 100, { steps: 4 });
  await page.mouse.up();
  await expect.poll(widthOf).toBe(540);
  await page.reload();
  await expect.poll(widthOf).toBe(540);
  await page.getByTestId('charts-collapse').click();
  await expect(page.getByTestId('charts-panel')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('charts-expand')).toBeVisible();
  await expect(page.getByTestId('charts-panel')).toHaveCount(0);
  await page.getByTestId('charts-expand').click();
  await expect.poll(widthOf).toBe(540);
  await app.screenshot('pivot-fold-note');
});
