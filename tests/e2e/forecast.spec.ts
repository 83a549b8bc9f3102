// Story 4, will we meet the target: build a forecast for GDP growth from the sample workspace, read the
// probability of meeting the 2024 target, compare methods, and save the forecast.
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

test('forecast builder shows P(meet 2024 target) for GDP growth, the fan chart and the method ranking', async ({ app, page, server }) => {
  const query = { region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024' } as const;
  const expected = await server.call('forecasts.build', query);
  const best = expected.methods.find((m) => m.method === expected.best);
  if (!best) throw new Error('the service found no usable forecast method for GDP growth');

  await app.open('forecast');
  await page.getByTestId('forecast-series').selectOption(`${query.region}|${query.indicator}|${query.measure}`);
  await page.getByTestId('forecast-target-period').selectOption(query.targetPeriod);

  const pmeet = page.getByTestId('forecast-pmeet');
  await expect(pmeet).toContainText('2024年');
  await expect(pmeet).toContainText('6%左右');
  // The number shown is the service's number, or the stated reason it cannot be given.
  await expect(pmeet).toHaveAttribute('data-p', best.pMeet === null ? '' : String(best.pMeet));
  if (best.pMeet === null) await expect(pmeet).toContainText('无法给出概率');
  else await expect(pmeet).toContainText(`${Math.round(best.pMeet * 100)}%`);

  // The fan chart draws actuals, the H1 figure and the target band.
  const chart = page.getByTestId('chart-forecast-fan');
  await expect(chart.locator('.main-svg').first()).toBeVisible();
  await expect(chart.locator('.legendtext')).toContainText(['目标', '实际']);
  await expect(chart.locator('.legendtext').filter({ hasText: '年内累计 2024H1' })).toHaveCount(1);

  const methods = new Grid(page, 'forecast-methods');
  await expect(methods.rows()).toHaveCount(expected.methods.length);
  // Two annual figures: no backtest point every method shares, so nothing is ranked; the view says so and
  // states what the interval rests on.
  await expect(methods.cell(methods.row(0), 'rank')).toHaveText(expected.backtestPoints >= 2 ? '1' : '');
  const basis = page.getByTestId('forecast-basis');
  await expect(basis).toHaveAttribute('data-backtest-points', String(expected.backtestPoints));
  await expect(basis).toContainText(`各方法共同回测 ${expected.backtestPoints} 个点`);
  await expect(basis).toContainText(best.intervalBasis ?? '');
  // Main's explanations are shown in the reader's language.
  await expect(methods.rowById('h1_to_full_year').locator('[col-id="note"]')).toContainText('不可用: 工作区中没有哪一年同时有 H1 数据和全年数据');
  await app.screenshot('forecast-gdp-growth');

  await page.getByTestId('forecast-save').click();
  const saved = new Grid(page, 'forecast-saved');
  await expect(saved.rows()).toHaveCount(1);
  expect((await server.call('forecasts.list', {}))[0]).toMatchObject({ indicator: '地区生产总值', targetPeriod: '2024', method: best.method });
});
