// An ag-grid as a person sees it. Rows are rendered only when on screen, so tests address rows near the top
// or by their row id (the fact or report id) after filtering.
import type { Locator, Page } from '@playwright/test';

export class Grid {
  readonly root: Locator;

  constructor(readonly page: Page, label: string) {
    this.root = page.getByTestId(`grid-${label}`);
  }

  /** Rendered data rows (header rows carry no row-id). Selected by ARIA, which stays stable across grid versions. */
  rows(): Locator {
    return this.root.locator('[role="row"][row-id]');
  }

  row(index: number): Locator {
    return this.root.locator(`[role="row"][row-id][row-index="${index}"]`);
  }

  rowById(id: number | string): Locator {
    return this.root.locator(`[role="row"][row-id="${id}"]`);
  }

  cell(row: Locator, colId: string): Locator {
    return row.locator(`[col-id="${colId}"]`);
  }

  selectedRow(): Locator {
    return this.root.locator('[role="row"][row-id][aria-selected="true"]');
  }

  /** The total the grid reports to screen readers (all rows, not only those rendered). */
  async rowCount(): Promise<number> {
    const n = await this.root.locator('[role="treegrid"], [role="grid"]').first().getAttribute('aria-rowcount');
    // aria-rowcount counts the header row too.
    return Math.max(0, Number(n ?? '1') - 1);
  }

  /** Double-click a cell, replace its text and press Enter (the grid's own editing path). */
  async edit(row: Locator, colId: string, text: string): Promise<void> {
    const cell = this.cell(row, colId);
    await cell.dblclick();
    const input = cell.locator('input, select').first();
    await input.fill(text);
    await input.press('Enter');
  }

  /** Choose a value in a cell that edits with a list (agSelectCellEditor). */
  async choose(row: Locator, colId: string, label: string): Promise<void> {
    const cell = this.cell(row, colId);
    await cell.dblclick();
    await this.page.locator('.ag-select-list .ag-list-item', { hasText: label }).first().click();
  }
}
