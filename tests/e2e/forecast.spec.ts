// Story 4, will we meet the target: build a forecast for GDP growth from the sample workspace, read the
// probability of meeting the 2024 target, compare methods, and save the forecast. The series is found by typing;
// the choice stays while the economist visits other views; the method table and the chart are exported.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

const QUERY = { region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024' } as const;
const KEY = `${QUERY.region}|${QUERY.indicator}|${QUERY.measure}`;

/** Opens the series picker, types the indicator and chooses the series from what is left. */
async function chooseSeriesByTyping(page: Page): Promise<void> {
  await page.getByTestId('forecast-series').click();
  const list = page.locator('.series-picker .picklist');
  const labels = list.locator('[role="gridcell"][col-id="label"]');
  await expect(labels.first()).toBeVisible();
  const before = await list.locator('[role="row"][row-id]').count();
  await list.getByRole('searchbox').fill(QUERY.indicator);
  // Only series of that indicator are left, and fewer than before.
  await expect.poll(async () => (await labels.allInnerTexts()).every((t) => t.includes(QUERY.indicator))).toBe(true);
  expect(await list.locator('[role="row"][row-id]').count()).toBeLessThan(before);
  await list.locator(`[role="row"][row-id="${KEY}"]`).first().click();
  await expect(list).toHaveCount(0); // choosing closes the list
  await expect(page.getByTestId('forecast-series')).toHaveAttribute('data-value', KEY);
}

/** The drawn figure's trace x values and where a date falls on screen, read from Plotly's own element. */
async function xOnScreen(page: Page, traceName: string): Promise<{ x: number; yearStart: number; yearEnd: number; axisType: string }> {
  return page.evaluate(`(() => {
    const gd = document.querySelector('[data-testid="chart-forecast-fan"] .js-plotly-plot');
    const trace = gd.data.find((t) => String(t.name).includes(${JSON.stringify(traceName)}));
    const ax = gd._fullLayout.xaxis;
    const left = gd.getBoundingClientRect().left + gd._fullLayout._size.l;
    const at = (d) => left + ax.d2p(d);
    const day = trace.x[trace.x.length - 1];
    const year = String(day).slice(0, 4);
    return { x: at(day), yearStart: at(year + '-01-01'), yearEnd: at((Number(year) + 1) + '-01-01'), axisType: ax.type };
  })()`);
}

test('forecast builder shows P(meet 2024 target) for GDP growth, the fan chart and the method ranking', async ({ app, page, server }) => {
  const expected = await server.call('forecasts.build', QUERY);
  const best = expected.methods.find((m) => m.method === expected.best);
  if (!best) throw new Error('the service found no usable forecast method for GDP growth');

  await app.open('forecast');
  await chooseSeriesByTyping(page);
  await page.getByTestId('forecast-target-period').selectOption(QUERY.targetPeriod);

  const pmeet = page.getByTestId('forecast-pmeet');
  await expect(pmeet).toContainText('2024年');
  await expect(pmeet).toContainText('6%左右');
  // The number shown is the service's number, or the stated reason it cannot be given.
  await expect(pmeet).toHaveAttribute('data-p', best.pMeet === null ? '' : String(best.pMeet));
  if (best.pMeet === null) await expect(pmeet).toContainText('无法给出概率');
  else await expect(pmeet).toContainText(`${Math.round(best.pMeet * 100)}%`);

  // The fan chart draws actuals, the H1 figure and the target band, on a time axis labelled by year in Chinese.
  const chart = page.getByTestId('chart-forecast-fan');
  await expect(chart.locator('.main-svg').first()).toBeVisible();
  await expect(chart.locator('.legendtext')).toContainText(['目标', '实际']);
  await expect(chart.locator('.legendtext').filter({ hasText: '年内累计 2024年上半年' })).toHaveCount(1);
  await expect(chart.locator('.xtick text').filter({ hasText: /^2024年$/ })).toHaveCount(1);
  // H1 2024 is drawn inside 2024, in its first half; the last full year (2023) inside 2023.
  const h1 = await xOnScreen(page, '年内累计');
  expect(h1.axisType).toBe('date');
  expect(h1.x).toBeGreaterThan(h1.yearStart);
  expect(h1.x).toBeLessThan((h1.yearStart + h1.yearEnd) / 2);
  const actual = await xOnScreen(page, '实际');
  expect(actual.x).toBeGreaterThan(actual.yearStart);
  expect(actual.x).toBeLessThan(actual.yearEnd);
  expect(actual.yearEnd).toBeLessThanOrEqual(h1.yearStart + 1);
  // No Plotly toolbar (English, and its image has no title or source): our buttons export the chart.
  await expect(chart.locator('.modebar')).toHaveCount(0);

  const methods = new Grid(page, 'forecast-methods');
  await expect(methods.rows()).toHaveCount(expected.methods.length);
  // Two annual figures: no backtest point every method shares, so nothing is ranked; the view says so and
  // states what the interval rests on.
  await expect(methods.cell(methods.row(0), 'rank')).toHaveText(expected.backtestPoints >= 2 ? '1' : '');
  const basis = page.getByTestId('forecast-basis');
  await expect(basis).toHaveAttribute('data-backtest-points', String(expected.backtestPoints));
  await expect(basis).toContainText(`各方法共同回测 ${expected.backtestPoints} 个点`);
  // What the interval rests on, in Chinese: here the random walk's spread, then the H1 figure taken in.
  await expect(basis).toContainText('t(1) 分布,基于随机游走的残差尺度');
  if (best.intervalBasis?.includes('conditioned on 2024H1')) await expect(basis).toContainText('以 2024H1 = 4.1 为条件');
  // No English left in what the view says about the forecast (model names and R's function name aside).
  const said = await page.getByTestId('forecast-summary').innerText();
  expect(said.replace(/ETS\([^)]*\)|AICc|MASE|MAPE|RMSE|thetaf/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  // Main's explanations are shown in the reader's language.
  await expect(methods.rowById('h1_to_full_year').locator('[col-id="note"]')).toContainText('不可用: 工作区中没有哪一年同时有 H1 数据和全年数据');
  await app.screenshot('forecast-gdp-growth');

  await page.getByTestId('forecast-save').click();
  const saved = new Grid(page, 'forecast-saved');
  await expect(saved.rows()).toHaveCount(1);
  expect((await server.call('forecasts.list', {}))[0]).toMatchObject({ indicator: '地区生产总值', targetPeriod: '2024', method: best.method });
});

test('the series picker closes on Esc and a press outside, and the choice stays after visiting another view', async ({ app, page }) => {
  await app.open('forecast');
  const picker = page.getByTestId('forecast-series');
  const list = page.locator('.series-picker .picklist');
  await picker.click();
  await expect(list).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await picker.click();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(list).toHaveCount(0);
  await expect(picker).toHaveAttribute('data-value', ''); // closing chose nothing

  // By keyboard: type, ↓ into the list, Space chooses.
  await picker.click();
  await list.getByRole('searchbox').fill('地区生产总值 增速');
  await expect(list.locator('[role="row"][row-id]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(list).toHaveCount(0);
  await expect(picker).toHaveAttribute('data-value', KEY);

  await chooseSeriesByTyping(page); // the same series again, by mouse: the list closes all the same
  const pmeet = page.getByTestId('forecast-pmeet');
  await expect(pmeet).toContainText('6%左右');
  const shown = await pmeet.innerText();

  await app.go('pivot');
  await app.go('forecast');
  // Back at once with the same series, its forecast and its chart (worked out again in the background).
  await expect(picker).toHaveAttribute('data-value', KEY);
  await expect(picker).toContainText(QUERY.indicator);
  await expect(page.getByTestId('forecast-target-period')).toHaveValue(QUERY.targetPeriod);
  await expect(pmeet).toHaveText(shown);
  await expect(page.getByTestId('chart-forecast-fan').locator('.main-svg').first()).toBeVisible();
});

test('the method table exports as a CSV Excel reads, and the fan chart as an image with title and source', async ({ app, page, server }) => {
  const expected = await server.call('forecasts.build', QUERY);
  await app.open('forecast');
  await chooseSeriesByTyping(page);
  await expect(page.getByTestId('forecast-pmeet')).toBeVisible();

  // Pressed as soon as the forecast shows: the button waits for Plotly to have drawn instead of failing.
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('forecast-export-png').click()]);
  expect(pngDownload.suggestedFilename()).toBe('地区生产总值_·_增速_·_罗湖区_实际与预测_(%).png') // named by the title;
  const pngPath = join(server.dir, 'fan.png');
  await pngDownload.saveAs(pngPath);
  expect([...(await readFile(pngPath)).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(page.locator('.notice-error')).toHaveCount(0);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/地区生产总值.*增速.*罗湖区.*2024.*\.csv$/);
  const csvPath = join(server.dir, csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvPath);
  const bytes = await readFile(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel and WPS read the Chinese right
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^排名,方法,点预测 \(%\),80% 区间 下限 \(%\),80% 区间 上限 \(%\),95% 区间 下限 \(%\)/);
  expect(lines).toHaveLength(1 + expected.methods.length); // a header, then one row per method
  const best = expected.methods.find((m) => m.method === expected.best)!;
  const bestLine = lines.find((l) => l.includes('(采用)'));
  expect(bestLine).toBeDefined();
  expect(bestLine!.split(',')[2]).toBe(String(Math.round(best.point! * 100) / 100));
  expect(lines.some((l) => l.includes('上半年推全年') && l.includes('不可用'))).toBe(true);

  // The same table as one Excel sheet: the header, then a row per method, numbers as numbers.
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-grid-xlsx').click()]);
  const xlsxPath = join(server.dir, 'methods.xlsx');
  await xlsxDownload.saveAs(xlsxPath);
  const book = XLSX.read(await readFile(xlsxPath));
  const sheet = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null });
  expect(sheet[0]!.slice(0, 3)).toEqual(['排名', '方法', '点预测']);
  expect(sheet).toHaveLength(1 + expected.methods.length);
  expect(sheet.find((row) => String(row[1]).includes('(采用)'))![2]).toBe(Math.round(best.point! * 100) / 100);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('forecast-export-svg').click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svgPath = join(server.dir, svgDownload.suggestedFilename());
  await svgDownload.saveAs(svgPath);
  const svg = await readFile(svgPath, 'utf8');
  expect(svg).toContain('地区生产总值 · 增速 · 罗湖区:实际与预测 (%)');
  expect(svg).toContain('资料来源:Planscope 工作区');
  expect(svg).toContain('2024年');
});

test('in English the chart speaks English: year ticks and the half-year legend', async ({ app, page }) => {
  await app.open('forecast');
  await app.setLanguage('en');
  await chooseSeriesByTyping(page);
  const chart = page.getByTestId('chart-forecast-fan');
  await expect(chart.locator('.legendtext').filter({ hasText: 'Year to date 2024 H1' })).toHaveCount(1);
  await expect(chart.locator('.xtick text').filter({ hasText: /^2024$/ })).toHaveCount(1);
  await expect(page.getByTestId('export-csv')).toHaveText('Export CSV');
});
