// The window around the views: title bar (workspace name, counts, file commands, language), navigation,
// status bar (progress, messages) and the path prompt the browser preview shows instead of native dialogs.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ServerLike {
  readonly url: string;
}

export class WorkbenchPage {
  readonly workspaceName: Locator;
  readonly counts: Locator;
  readonly dirtyDot: Locator;
  readonly errors: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page, private readonly server: ServerLike) {
    this.workspaceName = page.getByTestId('workspace-name');
    this.counts = page.getByTestId('workspace-counts');
    this.dirtyDot = page.getByTestId('dirty');
    this.errors = page.locator('.status-bar .notice-error');
    this.progress = page.getByTestId('progress');
  }

  /** Opens the workbench on a view ('reports', 'review', …) and waits until the workspace is shown. */
  async open(view = 'reports'): Promise<void> {
    await this.page.goto(new URL(`#${view}`, this.server.url).href);
    await expect(this.page.locator(`main.view[data-view="${view}"]`)).toBeVisible();
    await expect(this.counts).toBeVisible();
  }

  async go(view: string): Promise<void> {
    await this.page.locator(`nav.view-nav button[data-view="${view}"]`).click();
    await expect(this.page.locator(`main.view[data-view="${view}"]`)).toBeVisible();
  }

  button(name: RegExp | string): Locator {
    return this.page.locator('.workspace-bar').getByRole('button', { name });
  }

  /** Save (Ctrl+S path) and wait until the unsaved-changes dot is gone. */
  async save(): Promise<void> {
    await this.button(/^(保存|Save)$/).click();
    await expect(this.dirtyDot).toHaveCount(0);
  }

  /** Open a workspace file by path (the preview's prompt), discarding unsaved changes if asked. */
  async openWorkspace(path: string, opts: { discard?: boolean } = {}): Promise<void> {
    await this.button(/打开|Open/).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input[name="path"]').fill(path);
    await dialog.locator('button[type="submit"]').click();
    if (opts.discard) await this.page.getByRole('alertdialog').getByRole('button', { name: /放弃|Discard/ }).click();
    await expect(dialog).toHaveCount(0);
  }

  async newEmptyWorkspace(opts: { discard?: boolean } = {}): Promise<void> {
    await this.button(/^(新建|New)$/).click();
    if (opts.discard) await this.page.getByRole('alertdialog').getByRole('button', { name: /放弃|Discard/ }).click();
  }

  async setLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
    await this.page.locator('.workspace-bar select').selectOption(lang);
  }

  /** Saves a full-window screenshot under tests/e2e/screenshots/ (gitignored) for a person to look at. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
  }
}
