// Story 6 in the wizard, in Chinese: a colleague's government-style sheet (title row, merged two-row header, a
// no-data cell, a note row) with one value written in words. The wizard names the sheet and the cell, marks it in
// the sheet, fixes it in one click without choosing the file again, imports; choosing the same file again keeps the
// mapping and asks before importing the same cells twice. The sheet is made up; SheetJS writes it here.
import * as XLSX from 'xlsx';
import { test, expect } from './fixtures';

function governmentSheet(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2023—2024年某区主要经济指标'],
    ['指标名称', '单位', '年份', null],
    [null, null, '2023年', '2024年'],
    ['地区生产总值增长', '%', 5.1, '约6%'],
    ['社会消费品零售总额', '亿元', 1450.3, '待统计'],
    ['注:2024年为初步统计数。'],
  ]);
  ws['!merges'] = [XLSX.utils.decode_range('A1:D1'), XLSX.utils.decode_range('A2:A3'), XLSX.utils.decode_range('B2:B3'), XLSX.utils.decode_range('C2:D2')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '主要指标');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const FILE = { name: '区统计局报表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: governmentSheet() };

test('a government-style sheet: Chinese messages, the bad cell marked and fixed in one click, no double import', async ({ app, page, server }) => {
  const mine = async () => (await server.call('facts.list', {})).filter((f) => f.origin?.file === FILE.name);
  await app.open('workbooks');
  await page.getByTestId('import-file').setInputFiles(FILE);
  await expect(page.getByTestId('import-file-name')).toHaveText('文件:区统计局报表.xlsx');
  // Header found under the title, on the second row of the merged header; periods across.
  await expect(page.getByTestId('import-header-row')).toHaveValue('3');
  await expect(page.getByTestId('import-form')).toHaveValue('wide');
  await page.getByTestId('import-default-region').fill('某区');
  await page.getByTestId('import-preview-button').click();

  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('工作表“主要指标”D4:“约6%”不是数字;改为数值 6,限定为“约”,单位 %');
  await expect(page.locator('.import-sheet-head td[data-cell="D4"]')).toHaveAttribute('data-bad', 'true');
  await expect(page.getByTestId('import-stopped-at')).toContainText('读到第 6 行的注释“注:2024年为初步统计数。”为止');
  await expect(page.getByTestId('import-no-data')).toContainText('1 个单元格无数据');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  expect(await mine()).toEqual([]);

  // One click, the file not chosen again: the fix is recorded in the mapping and the preview runs again.
  await page.getByTestId('import-fix-D4').click();
  await expect(page.getByTestId('import-count')).toContainText('将导入 3 条数据');
  await expect(page.locator('.import-sheet-head td[data-bad]')).toHaveCount(0);
  await page.getByTestId('import-commit').click();
  await expect.poll(async () => (await mine()).length).toBe(3);
  const fixed = (await mine()).find((f) => f.origin?.cell === 'D4')!;
  expect([fixed.indicator, fixed.period, fixed.value, fixed.qualifier, fixed.unit, fixed.region]).toEqual(['地区生产总值增长', '2024', 6, 'approx', '%', '某区']);

  // The same file again: its mapping (region, fix) is kept, and the wizard asks before importing the same cells.
  await page.getByTestId('import-file').setInputFiles(FILE);
  await expect(page.getByTestId('import-default-region')).toHaveValue('某区');
  await page.getByTestId('import-preview-button').click();
  await expect(page.getByTestId('import-duplicates')).toContainText('其中 3 个单元格此前已从本文件的这张工作表导入过');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  await app.screenshot('workbooks-import-duplicates');
  await page.getByTestId('import-skip-duplicates').click();
  await expect(page.getByTestId('import-wizard')).not.toContainText('其中 3 个单元格');
  expect((await mine()).length).toBe(3);
});
