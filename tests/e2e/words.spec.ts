// Issue 16: the Chinese interface speaks Chinese and the English one English. Every view is opened (and the pop-ups
// and states a first hour shows: an empty list, a refused file, a chosen forecast series), its visible text is read,
// and any word of the other language outside data (indicator names, units, report titles, file names) and product
// names fails the test with the view and the words found.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const VIEWS = ['reports', 'review', 'pivot', 'scorecard', 'plans', 'forecast', 'share', 'workbooks'];

/** Names and abbreviations that are the same in both languages (products, file formats, methods, units, keys). */
const NAMES = new Set([
  'Planscope', 'Excel', 'WPS', 'LibreOffice', 'PDF', 'CSV', 'PNG', 'SVG', 'SQLite', 'Word', 'HTML', 'TXT', 'xlsx', 'xls', 'ods',
  'docx', 'doc', 'pdf', 'txt', 'html', 'htm', 'csv', 'db', 'json', 'fods', 'ETS', 'AICc', 'MASE', 'MAPE', 'RMSE', 'Theil', 'SES', 'Theta', 'GDP', 'CPI', 'PPI',
  'Alt', 'Ctrl', 'Shift', 'Esc', 'Enter', 'UTF', 'GBK', 'PM', 'kWh', 'TEU', 'km', 'GB', 'MB', 'KB',
]);

/** The visible text of the page, data taken out: grid cells and pivot headers come from the reports, the source
 * pane is the report itself, plot texts are axis values and series names, <option>s of report and indicator pickers
 * are titles and names, the title bar's name is the workspace's file name. Only text a person can see counts. */
// Runs in the page. Kept as page-side source so the DOM's types stay out of the main project's typecheck (which
// must not let main code use browser globals).
const VISIBLE_TEXT = `(skip) => {
  const out = [];
  const shown = (el) => el && !el.closest(skip) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (shown(n.parentElement)) out.push(n.textContent || '');
  // Tooltips and accessible names are read too: a screen reader and a hovering mouse say them.
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (shown(el)) for (const a of ['title', 'aria-label', 'placeholder']) out.push(el.getAttribute(a) || '');
  }
  return out.join(' ');
}`;

const DATA = '[data-both-languages], .ag-cell, .ag-header-group-cell, .source-text, .js-plotly-plot, option, .quote, .doc-title, .workspace-name, .fact-line, textarea, [data-data]';

async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(`(${VISIBLE_TEXT})(${JSON.stringify(DATA)})`);
}

function englishWords(text: string): string[] {
  // A path (an example in a placeholder, a file shown) is data whatever its letters.
  const words = text.replace(/\S*[\\/]\S*/g, ' ').match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !NAMES.has(w) && !/^[A-Z]{1,3}\d*$/.test(w)))];
}

async function walk(page: Page, open: (view: string) => Promise<void>, found: (view: string, text: string) => void): Promise<void> {
  for (const view of VIEWS) {
    await open(view);
    await page.waitForTimeout(400); // lazy views and their first data
    found(view, await interfaceText(page));
  }
}

test('the Chinese interface has no English words outside data and product names', async ({ page, app }) => {
  const problems: string[] = [];
  await app.open('reports');
  const openView = async (v: string) => {
    await page.locator(`nav [data-view="${v}"]`).click();
    await expect(page.locator(`main.view[data-view="${v}"]`)).toBeVisible();
  };
  await walk(page, openView, (view, text) => {
    const words = englishWords(text);
    if (words.length) problems.push(`${view}: ${words.join(', ')}`);
  });
  expect(problems).toEqual([]);
});

test('the English interface has no Chinese outside data', async ({ page, app }) => {
  await app.open('reports');
  await app.setLanguage('en');
  const problems: string[] = [];
  for (const view of VIEWS) {
    await page.locator(`nav [data-view="${view}"]`).click();
    await expect(page.locator(`main.view[data-view="${view}"]`)).toBeVisible();
    await page.waitForTimeout(400);
    const han = [...new Set((await interfaceText(page)).match(/[\u4e00-\u9fff]+/g) ?? [])];
    if (han.length) problems.push(`${view}: ${han.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('an error from main is worded in the interface language', async ({ page, app }) => {
  await app.open('reports');
  await app.openWorkspace('/no/such/folder/同事的工作区.db');
  const notice = page.locator('.notices .notice-error').first();
  await expect(notice).toContainText('/no/such/folder/同事的工作区.db 不存在');
  expect(englishWords(await notice.innerText())).toEqual([]);
  await app.setLanguage('en');
  await app.openWorkspace('/no/such/folder/other.db');
  await expect(page.locator('.notices .notice-error', { hasText: 'other.db does not exist' })).toBeVisible();
});
