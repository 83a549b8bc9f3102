import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startPreview } from '../../main/preview';
import { loadSqlJs } from '../../main/sqljs';
import { saveWorkspaceFile } from '../../main/workspace-file/save';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';
import { buildSyntheticWorkspace } from './ui-20k-data';
const dir = await mkdtemp(join(tmpdir(), 'planscope-ui-20k-dbg-'));
const workspacePath = join(dir, 'w.db');
const ws = buildSyntheticWorkspace(await loadSqlJs());
await saveWorkspaceFile(workspacePath, ws.export());
const preview = await startPreview({ workspacePath, rendererDir: 'out/renderer' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
await page.goto(new URL('#pivot', preview.openUrl).href);
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/h-bench-pivot.png' });
const rows = page.locator('[data-testid="grid-pivot"] [role="row"][row-id]');
console.log(await rows.count());
for (const r of (await rows.all()).slice(0, 12)) console.log(await r.getAttribute('row-index'), await r.getAttribute('row-id'), (await r.locator('[col-id="h0"]').innerText().catch(() => '?')).slice(0, 40));
console.log(await page.locator('[data-testid="charts-panel"] .legendtext').allInnerTexts());
for (const v of ['scorecard', 'plans', 'forecast', 'share', 'workbooks', 'review', 'reports']) {
  await page.locator(`nav.view-nav button[data-view="${v}"]`).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/h-bench-${v}.png` });
}
await browser.close(); await preview.close();
