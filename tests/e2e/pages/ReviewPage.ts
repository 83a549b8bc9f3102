// The review view: filters, the facts grid and its toolbar (accept, reject, undo, redo).
import type { Locator, Page } from '@playwright/test';
import { Grid } from './Grid';

export type FilterName = 'documentId' | 'indicator' | 'kind' | 'period' | 'status';

export class ReviewPage {
  readonly grid: Grid;
  readonly counts: Locator;
  readonly historyStatus: Locator;

  constructor(readonly page: Page) {
    this.grid = new Grid(page, 'facts');
    this.counts = page.getByTestId('review-counts');
    this.historyStatus = page.getByTestId('history-status');
  }

  filter(name: FilterName): Locator {
    return this.page.locator(`.filters select[name="${name}"]`);
  }

  /** Choose a filter value by its visible label ('' label = 全部/All). */
  async setFilter(name: FilterName, label: string | RegExp): Promise<void> {
    const select = this.filter(name);
    const options = await select.locator('option').allInnerTexts();
    const match = options.find((o) => (typeof label === 'string' ? o === label : label.test(o)));
    if (match === undefined) throw new Error(`filter ${name} has no option ${String(label)}; it has: ${options.join(', ')}`);
    await select.selectOption({ label: match });
  }

  toolbarButton(name: RegExp): Locator {
    return this.page.locator('.toolbar').getByRole('button', { name });
  }

  accept = () => this.toolbarButton(/采纳|Accept$/).first().click();
  reject = () => this.toolbarButton(/驳回|Reject/).click();
  undo = () => this.toolbarButton(/撤销|Undo/).click();
  redo = () => this.toolbarButton(/重做|Redo/).click();

  /** The fact id of a rendered row. */
  async factId(row: Locator): Promise<number> {
    return Number(await row.getAttribute('row-id'));
  }
}
