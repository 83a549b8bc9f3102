// Issue 15: the default briefing, printed by a real spreadsheet program. LibreOffice Calc (installed by
// build/setup.sh) converts the workbook to PDF headless; pdf.js counts the pages and their orientation.
// Before page setup the same briefing printed as 63 portrait pages with a row's labels and numbers apart.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writeBriefing } from '../../main/core/xlsx/briefing';
import { collectBriefing } from '../../main/core/xlsx/briefing-data';
import { sofficePath } from './documents-make';
import { sampleWorkspace } from './pivot-fixture';

// In CI LibreOffice is installed by the set-up; a missing one there is a failure, not a skip.
const soffice = sofficePath();
const run = soffice !== null || process.env.CI === 'true';

describe('the default briefing printed by LibreOffice', () => {
  it.skipIf(!run)('is a handful of landscape A4 pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planscope-print-'));
    const ws = await sampleWorkspace();
    const file = join(dir, 'briefing.xlsx');
    writeFileSync(file, writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: '罗湖 样本.db', exportedAt: '2026-11-23T09:00:00Z' })));
    expect(soffice, 'LibreOffice (soffice) is required: build/setup.sh installs libreoffice-calc-nogui').not.toBeNull();
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, '.lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dir, 'briefing.pdf'))) }).promise;
    const sizes: [number, number][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const [, , w, h] = (await pdf.getPage(i)).view;
      sizes.push([Math.round(w!), Math.round(h!)]);
    }
    expect(pdf.numPages).toBeGreaterThanOrEqual(5); // one sheet at least a page: cover, pivot, scorecard, tracker, facts
    expect(pdf.numPages).toBeLessThanOrEqual(15);
    // A4 landscape is 842 × 595 points.
    expect(sizes.every(([w, h]) => w === 842 && h === 595)).toBe(true);
  }, 150_000);
});
