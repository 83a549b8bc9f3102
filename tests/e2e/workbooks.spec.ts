// Story 1's last step and story 6: export the briefing from the pivot view and find the grid's cells in the
// workbook; import a colleague's sheet through the wizard, refused cell by cell until fixed, then added.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

const VIEW = '投资与增长';

test('the briefing exported from the pivot view holds the grid exactly as shown', async ({ app, page, server }) => {
  await server.call('pivot.save', {
    name: VIEW,
    spec: { rows: ['indicator', 'measure'], columns: ['period', 'kind'], value: { aggregation: 'latest' }, filters: { indicator: ['固定资产投资', '地区生产总值'] }, totals: { rowSubtotals: false, rowGrandTotal: true, columnGrandTotal: false } },
  });
  await app.open('pivot');
  await page.getByTestId('pivot-views').selectOption(VIEW);
  const grid = new Grid(page, 'pivot');
  const saved = await server.call('pivot.get', { name: VIEW });
  const result = await server.call('pivot.run', { spec: saved.spec });
  const dataRows = result.rows.filter((r) => r.kind === 'data');
  await expect(grid.root).toHaveAttribute('data-row-count', String(dataRows.length));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-briefing').click()]);
  expect(download.suggestedFilename()).toBe(`简报 ${VIEW}.xlsx`);
  const path = join(server.dir, download.suggestedFilename());
  await download.saveAs(path);
  const wb = XLSX.read(await readFile(path));
  expect(wb.SheetNames).toEqual(['封面', `透视表 ${VIEW}`, '记分卡', '规划跟踪', '事实', '预测']);
  const sheet = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets[`透视表 ${VIEW}`]!, { header: 1, defval: null });

  // Header: the row fields, then periods over kinds as the grid's column groups show them.
  expect(sheet[0]!.slice(0, 2)).toEqual(['指标', '口径']);
  const leaves = result.columnTree.flatMap((n) => n.children);
  expect(sheet[1]!.slice(2)).toEqual(leaves.map((l) => l.label));
  // Body: one workbook row per grid row, total row last, with the cells the grid shows.
  const body = sheet.slice(2);
  expect(body.length).toBe(result.rows.length);
  // Aggregated by latest, the total row holds the newest statement and says so.
  expect(body[body.length - 1]![0]).toBe('最新值');
  for (const [i, r] of dataRows.entries()) {
    const line = body[i]!;
    expect(line.slice(0, 2)).toEqual(r.labels);
    const gridRow = grid.rowById(encodeURIComponent(r.key));
    await expect(gridRow.first()).toContainText(r.labels[0]!);
    for (const [c, leaf] of leaves.entries()) {
      const cell = r.cells[leaf.columnKey!];
      expect(line[2 + c] ?? null).toEqual(cell ? cell.value : null);
      // The number the grid shows in this cell is the number in the workbook (columns are virtualized: on-screen ones).
      const shown = gridRow.locator(`[col-id="c:${encodeURIComponent(leaf.columnKey!)}"]`);
      if (cell?.value != null && (await shown.count()) > 0 && (await shown.first().isVisible())) {
        const text = (await shown.first().innerText()).replace(/[,\s]/g, '');
        expect(Number(/-?\d+(\.\d+)?/.exec(text)?.[0])).toBeCloseTo(cell.value, 1);
      }
    }
  }
  const facts = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets['事实']!, { header: 1, defval: null });
  expect(facts.slice(1).every((f) => f[0] === '固定资产投资' || f[0] === '地区生产总值')).toBe(true);
  // The plan tracker's sheet: one row per target the tracker view lists (the sample 14th five-year plan).
  const plans = await server.call('scores.planCheck', {});
  const tracker = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets['规划跟踪']!, { header: 1, defval: null });
  expect(tracker.length - 1).toBe(plans.length);
  expect(tracker.slice(1).map((r) => r[0])).toEqual(plans.map((r) => r.indicator));
  await app.screenshot('workbooks-pivot-export');
});

function workbook(rows: (string | number)[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '季度指标');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test("a colleague's wide sheet is refused cell by cell, then imported with its origin once fixed", async ({ app, page, server }) => {
  const before = (await server.call('facts.list', {})).length;
  await app.open('workbooks');
  const header = ['指标', '地区', '单位', '2022', '2023', '2024年上半年'];
  await page.getByTestId('import-file').setInputFiles({
    name: '同事的表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook([header, ['税收收入增速', '罗湖区', '%', 3.2, '约6%', 2.1], ['税收收入', '罗湖区', '亿元', 120.5, 126, 64]]),
  });
  await expect(page.getByTestId('import-form')).toHaveValue('wide');
  await page.getByTestId('import-preview-button').click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('工作表“季度指标”E2:“约6%”不是数字;改为数值 6,限定为“约”,单位 %');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  expect((await server.call('facts.list', {})).length).toBe(before);
  await app.screenshot('workbooks-import-errors');

  await page.getByTestId('import-file').setInputFiles({
    name: '同事的表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook([header, ['税收收入增速', '罗湖区', '%', 3.2, 6, 2.1], ['税收收入', '罗湖区', '亿元', 120.5, 126, 64]]),
  });
  await page.getByTestId('import-preview-button').click();
  await expect(page.getByTestId('import-count')).toContainText('6');
  await page.getByTestId('import-commit').click();
  await expect.poll(async () => (await server.call('facts.list', {})).length).toBe(before + 6);
  const added = (await server.call('facts.list', { filter: { indicator: '税收收入' } })).filter((f) => f.origin?.file === '同事的表.xlsx');
  expect(added.map((f) => [f.period, f.value, f.unit, f.origin?.cell]).sort()).toEqual([
    ['2022', 120.5, '亿元', 'D3'], ['2023', 126, '亿元', 'E3'], ['2024H1', 64, '亿元', 'F3'],
  ]);
});
