// Story 1, the mid-year briefing: open the 2024 H1 report's scorecard, see fixed-asset investment behind time
// progress, and click it to read the sentences its target and outcome came from.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Grid } from './pages/Grid';

class ScorecardPage {
  readonly grid: Grid;
  readonly report: Locator;
  readonly trace: Locator;
  constructor(readonly page: Page) {
    this.grid = new Grid(page, 'scorecard');
    this.report = page.getByTestId('scorecard-report');
    this.trace = page.getByTestId('score-trace');
  }
}

test('the 2024 H1 scorecard marks fixed-asset investment behind time progress and traces it to the report', async ({ app, page, server }) => {
  const choices = await server.call('scores.choices', {});
  const h1 = choices.documents.find((d) => d.period === '2024H1');
  if (!h1) throw new Error('the sample workspace has no 2024 H1 report');
  const card = await server.call('scores.scorecard', { documentId: h1.id });
  const fai = card.rows.find((r) => r.indicator === '固定资产投资' && r.period === '2024');
  if (!fai || !fai.actual) throw new Error('no fixed-asset investment score in the 2024 H1 report');

  await app.open('scorecard');
  const sc = new ScorecardPage(page);
  await sc.report.selectOption(String(h1.id));
  await expect.poll(() => sc.grid.rowCount()).toBe(card.rows.length);

  const row = sc.grid.rowById(fai.key);
  await expect(sc.grid.cell(row, 'actual')).toContainText('194.7');
  await expect(sc.grid.cell(row, 'target')).toContainText('410');
  const progress = sc.grid.cell(row, 'progress').getByTestId('score-progress');
  await expect(progress).toHaveAttribute('data-verdict', 'behind');
  await expect(progress).toContainText('47.5%');
  await expect(progress).toContainText('慢于进度');
  await expect(sc.grid.cell(row, 'status').getByTestId('score-status')).toHaveAttribute('data-status', 'pending');
  await expect(row).toHaveClass(/score-behind/);

  // Every rendered line carries a traffic light (the grid renders only the rows on screen).
  await expect(sc.grid.root.getByTestId('score-status')).toHaveCount(await sc.grid.rows().count());

  await sc.grid.cell(row, 'indicator').click();
  await expect(sc.trace.getByTestId('trace-target')).toHaveAttribute('data-fact-id', String(fai.target.factId));
  await expect(sc.trace.getByTestId('trace-target').locator('mark')).toContainText('410');
  await expect(sc.trace.getByTestId('trace-actual').locator('mark')).toContainText('194.7');
  await expect(sc.trace.getByTestId('trace-actual')).toContainText(h1.title);
  await expect(sc.trace.getByTestId('trace-status')).toContainText('年度未结束:仅有 2024H1 数据');
  await app.screenshot('scorecard-2024h1');

  // A tighter tolerance is applied by main and the grid follows.
  await page.getByLabel('容差(百分点)').fill('0');
  await expect.poll(() => sc.grid.rowCount()).toBe(card.rows.length);
});
