// Story 5, the five-year plan check: the sample 14th five-year industry plan's 2025 targets against their 2020
// base values, each with the pace it requires; clicking one draws its path from the base to the target.
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

test('the plan tracker lists the 14th five-year plan targets with base, required pace and status, and draws a path', async ({ app, page, server }) => {
  const rows = await server.call('scores.planCheck', {});
  const culture = rows.find((r) => r.indicator === '文化及相关产业增加值' && r.target.period === '2025');
  if (!culture) throw new Error('the sample workspace has no 2025 target for 文化及相关产业增加值');
  expect(rows.length).toBeGreaterThanOrEqual(35);

  await app.open('plans');
  const grid = new Grid(page, 'plans');
  await expect.poll(() => grid.rowCount()).toBe(rows.length);
  // Headline (tier 1) targets first.
  expect(rows[0]!.tier).toBe(1);

  const id = `${culture.region}|${culture.indicator}|${culture.measure}|${culture.target.period}`;
  await page.getByTestId('grid-plans').getByText('文化及相关产业增加值', { exact: true }).scrollIntoViewIfNeeded();
  const row = grid.rowById(id);
  await expect(grid.cell(row, 'target')).toContainText('250');
  await expect(grid.cell(row, 'base')).toContainText('150.24');
  await expect(grid.cell(row, 'base')).toContainText('2020');
  // (250 / 150.24)^(1/5) - 1 = 10.7% a year.
  await expect(grid.cell(row, 'required')).toContainText('10.7%');
  await expect(grid.cell(row, 'status')).toContainText(culture.latest ? /符合进度|落后于进度|已完成/ : /尚无实际数/);

  await grid.cell(row, 'indicator').click();
  const chart = page.getByTestId('chart-plan-path');
  await expect(chart.locator('.main-svg').first()).toBeVisible();
  await expect(chart.locator('.legendtext')).toContainText(['基期', '目标']);
});
