// The review view: filters, the facts grid and its toolbar (accept, reject, undo, redo).
import { expect, type Locator, type Page } from '@playwright/test';
import { Grid } from './Grid';

/** Report and indicator: searchable pickers (a button opening a list); kind, period, status: native selects. */
export type PickerFilterName = 'documentId' | 'indicator';
export type FilterName = PickerFilterName | 'kind' | 'period' | 'status';

const isPicker = (name: FilterName): name is PickerFilterName => name === 'documentId' || name === 'indicator';
const matches = (text: string, label: string | RegExp) => (typeof label === 'string' ? text === label : label.test(text));

export class ReviewPage {
  readonly grid: Grid;
  readonly counts: Locator;
  readonly historyStatus: Locator;

  constructor(readonly page: Page) {
    this.grid = new Grid(page, 'facts');
    this.counts = page.getByTestId('review-counts');
    this.historyStatus = page.getByTestId('history-status');
  }

  /** The filter's control: the picker's button (its data-value is the chosen value) or the <select>. */
  filter(name: FilterName): Locator {
    return isPicker(name) ? this.page.getByTestId(`filter-${name}`) : this.page.locator(`.filters select[name="${name}"]`);
  }

  /** A picker's open list (its search box and rows); none while it is closed. */
  pickList(name: PickerFilterName): Locator {
    return this.page.locator('.filters .pick-button', { has: this.filter(name) }).locator('.picklist');
  }

  /** The labels of a picker's rows: all of them, or those left after typing `query`. The list is closed after. */
  async choices(name: PickerFilterName, query = ''): Promise<string[]> {
    const list = await this.openPicker(name);
    if (query) await list.getByRole('searchbox').fill(query);
    const labels = await this.shownChoices(list, query);
    await this.page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    return labels;
  }

  /** Choose a filter value by its visible label (全部/All, or '', takes the filter off). A picker's is found by typing it. */
  async setFilter(name: FilterName, label: string | RegExp): Promise<void> {
    if (isPicker(name)) return this.pick(name, label);
    const select = this.filter(name);
    const options = await select.locator('option').allInnerTexts();
    const match = options.find((o) => matches(o, label));
    if (match === undefined) throw new Error(`filter ${name} has no option ${String(label)}; it has: ${options.join(', ')}`);
    await select.selectOption({ label: match });
  }

  private async pick(name: PickerFilterName, label: string | RegExp): Promise<void> {
    const list = await this.openPicker(name);
    const all = this.page.getByTestId(`filter-${name}-all`);
    if (label === '' || matches((await all.innerText()).trim(), label)) {
      await all.click();
    } else {
      // A label is typed, as a person would; a pattern is looked for among all the rows.
      const query = typeof label === 'string' ? label : '';
      if (query) await list.getByRole('searchbox').fill(query);
      const labels = await this.shownChoices(list, query);
      const index = labels.findIndex((l) => matches(l, label));
      if (index < 0) throw new Error(`filter ${name} has no choice ${String(label)}; it has: ${labels.join(', ')}`);
      await list.locator('[role="row"][row-id]').nth(index).click(); // rows and their labels in the same (DOM) order
    }
    await expect(list).toHaveCount(0); // choosing closes the list
  }

  private async openPicker(name: PickerFilterName): Promise<Locator> {
    const list = this.pickList(name);
    if (await list.count() === 0) await this.filter(name).click();
    await expect(list.getByRole('searchbox')).toBeVisible();
    return list;
  }

  /**
   * The labels of the rows the list shows once it has applied `query`. The grid renders only the rows on screen, so
   * this waits until every row it counts (aria-rowcount) is rendered: a list longer than its box is an error here.
   */
  private async shownChoices(list: Locator, query: string): Promise<string[]> {
    const labels = list.locator('[role="row"][row-id] [col-id="label"]');
    const grid = list.locator('[role="grid"], [role="treegrid"]').first();
    const words = query.toLowerCase().split(/\s+/).filter(Boolean); // the quick filter wants every word somewhere
    await expect.poll(async () => {
      const shown = await labels.allInnerTexts();
      const counted = Math.max(0, Number((await grid.getAttribute('aria-rowcount')) ?? '1') - 1);
      return shown.length === counted && shown.every((l) => words.every((w) => l.toLowerCase().includes(w)));
    }, { message: 'the pick list shows every row it counts, each matching what was typed (a list longer than its box cannot be read whole: type part of the label)' }).toBe(true);
    return labels.allInnerTexts();
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
