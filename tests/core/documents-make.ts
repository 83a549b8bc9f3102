// Makes the same report in the formats governments publish it in, from a plain-text sample: a one-column PDF, a
// .docx and a .doc (LibreOffice), and a two-column PDF with a running head and page numbers (Chromium's print to
// PDF). Real converters, not hand-made bytes: the reader must cope with what real writers emit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = path.join(dir, 'soffice');
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/** LibreOffice converts every .txt given into `format` in `outDir` (one process for all: it is slow to start). */
export function convertWithLibreOffice(txtFiles: readonly string[], format: 'pdf' | 'docx' | 'doc', outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const profile = `file://${path.join(outDir, '.lo-profile')}`; // its own profile: parallel runs do not share a lock
  const filter = { pdf: 'pdf', docx: 'docx:MS Word 2007 XML', doc: 'doc:MS Word 97' }[format];
  execFileSync(sofficePath()!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...txtFiles], { stdio: 'pipe', timeout: 180_000 });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as a gazette prints it: two columns, the title as a running head on every page, "第 N 页" at the foot. */
export function twoColumnHtml(text: string): string {
  const paragraphs = text.split(/\n/).map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escape(l)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.5; margin: 0; }
main { column-count: 2; column-gap: 12mm; text-align: justify; }
p { margin: 0 0 2pt; text-indent: 2em; }
</style></head><body><main>${paragraphs}</main></body></html>`;
}

export async function printTwoColumnPdfs(items: readonly { text: string; head: string; out: string }[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const { text, head, out } of items) {
      await page.setContent(twoColumnHtml(text), { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4', printBackground: false, displayHeaderFooter: true,
        margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
        headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">${escape(head)}</div>`,
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">第 <span class="pageNumber"></span> 页</div>`,
      });
      writeFileSync(out, pdf);
    }
  } finally {
    await browser.close();
  }
}

/** A PDF of `pages` pages that are images only (a scan): rendered text printed as pictures, no text layer. */
export async function printImageOnlyPdf(out: string, pages: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 700, height: 400 } });
    await page.setContent('<body style="font-size:24px;font-family:\'Noto Serif CJK SC\'"><p>地区生产总值增长6%左右，一般公共预算收入增长5%。</p></body>');
    const png = (await page.screenshot()).toString('base64');
    const imgs = Array.from({ length: pages }, () => `<img src="data:image/png;base64,${png}" style="width:100%;page-break-after:always">`).join('');
    await page.setContent(`<body style="margin:0">${imgs}</body>`);
    writeFileSync(out, await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

export const readBytes = (p: string) => new Uint8Array(readFileSync(p));

/** A bundled sample printed as a two-column PDF, as base64 (for component tests, which have no Node types). */
export async function samplePdfBase64(sample: string): Promise<string> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'planscope-sample-pdf-'));
  try {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../assets/samples', sample), 'utf8');
    await printTwoColumnPdfs([{ text, head: '计划报告', out: path.join(dir, 'r.pdf') }]);
    return readFileSync(path.join(dir, 'r.pdf')).toString('base64');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
