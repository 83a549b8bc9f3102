// The reports view: the list of documents and the two ways to import (file chooser, drag-drop).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { Grid } from './Grid';

export class ReportsPage {
  readonly grid: Grid;
  readonly importButton: Locator;
  readonly importError: Locator;
  readonly importResult: Locator;

  constructor(readonly page: Page) {
    this.grid = new Grid(page, 'reports');
    this.importButton = page.getByRole('button', { name: /导入报告|Import reports/ });
    this.importError = page.getByTestId('import-error');
    this.importResult = page.getByTestId('import-result');
  }

  /** Titles of the listed reports (all of them: the list is short enough to be rendered whole). */
  async titles(): Promise<string[]> {
    return this.grid.rows().locator('[col-id="title"]').allInnerTexts();
  }

  rowByTitle(title: string | RegExp): Locator {
    return this.grid.rows().filter({ has: this.page.locator('[col-id="title"]', { hasText: title }) });
  }

  /** The file button, as a person clicks it (the browser preview answers with the page's file chooser). */
  async importWithChooser(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(paths);
  }

  /** Drops files on the view, as dragging them from the desktop does. */
  async dropFiles(paths: string[]): Promise<void> {
    const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: [...(await readFile(p))] })));
    const transfer = await this.page.evaluateHandle((list) => {
      // Runs in the page; this tsconfig has no DOM library, so the two constructors are named by shape.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: Uint8Array[], name: string) => unknown;
      };
      const dt = new page.DataTransfer();
      for (const f of list) dt.items.add(new page.File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, files);
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }
}
