// Story 1 twice (issue 14): the 2024 H1 briefing, then the 2024 full-year report arrives and is imported, and the
// H1 briefing still reads the same (its targets against what it and earlier reports knew); the overview of all
// reports shows the new outcome.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

// A made-up full-year report for the sample district (not a real document): it states the year's outcomes.
const FULL_YEAR = [
  '深圳市罗湖区2024年国民经济和社会发展计划执行情况与2025年计划(草案)的报告(测试用虚构文本)',
  '一、2024年国民经济和社会发展计划执行情况',
  '2024年,全区固定资产投资完成402.3亿元,地方一般公共预算收入完成121.6亿元。',
  '二、2025年经济社会发展主要目标',
  '——地区生产总值增长5.5%左右;',
].join('\n');

test('the 2024 H1 scorecard reads the same after the 2024 full-year report is imported', async ({ app, page, reports, server }) => {
  const h1 = (await server.call('scores.choices', {})).documents.find((d) => d.period === '2024H1');
  if (!h1) throw new Error('the sample workspace has no 2024 H1 report');
  const before = await server.call('scores.scorecard', { documentId: h1.id });
  const fai = before.rows.find((r) => r.indicator === '固定资产投资' && r.period === '2024');
  if (!fai?.actual) throw new Error('no fixed-asset investment score in the 2024 H1 report');

  const grid = new Grid(page, 'scorecard');
  const briefing = async () => {
    await app.go('scorecard');
    await page.getByTestId('scorecard-report').selectOption(String(h1.id));
    await expect.poll(() => grid.rowCount()).toBe(before.rows.length);
    const row = grid.rowById(fai.key);
    await expect(grid.cell(row, 'actual')).toContainText('194.7');
    await expect(grid.cell(row, 'progress').getByTestId('score-progress')).toHaveAttribute('data-verdict', 'behind');
  };
  await app.open('scorecard');
  await briefing();

  const file = join(server.dir, '罗湖区2024年计划执行情况.txt');
  await writeFile(file, FULL_YEAR);
  await app.go('reports');
  await reports.importWithChooser([file]);
  await expect(reports.importResult).toBeVisible();

  const after = await server.call('scores.scorecard', { documentId: h1.id });
  expect(after.rows).toEqual(before.rows);
  await briefing();

  // The overview of all reports takes the full-year outcome.
  const all = await server.call('scores.scorecard', {});
  expect(all.rows.find((r) => r.indicator === '固定资产投资' && r.period === '2024')?.actual?.value).toBe(402.3);
});
