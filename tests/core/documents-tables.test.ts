// A plan's indicator table in a Word file stays a table: the same (made-up) table as a web page, as .docx and as
// .doc (LibreOffice writes both from the HTML) gives the same facts, read by the indicator-table rules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';
import { readReportDocument } from '../../main/documents-worker/report-document';
import { readBytes, sofficePath } from './documents-make';
import { execFileSync } from 'node:child_process';

const hasSoffice = sofficePath() !== null;
const dir = mkdtempSync(path.join(tmpdir(), 'planscope-tables-'));
const cells = (row: string[]) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const HTML = `<html><head><meta charset="utf-8"><title>某区2023年国民经济和社会发展计划执行情况与2024年计划</title></head><body>
<h1>某区2023年国民经济和社会发展计划执行情况与2024年计划</h1><p>主要指标完成情况和2024年目标如下。</p><table border="1">
${cells(['指标名称', '单位', '2023年目标', '2023年完成', '增长(%)', '2024年目标'])}
${cells(['地区生产总值', '亿元', '5900', '6012.5', '5.5', '6%左右'])}
${cells(['社会消费品零售总额', '亿元', '2000', '2100', '-1.2', '5%'])}
</table></body></html>`;

const key = (f: { indicator: string; measure: string; value: number | null; period: string; kind: string }) => [f.indicator, f.measure, f.value, f.period, f.kind].join('|');

beforeAll(() => {
  writeFileSync(path.join(dir, 'table.html'), HTML);
  if (!hasSoffice) return;
  for (const filter of ['docx:MS Word 2007 XML', 'doc:MS Word 97']) {
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${dir}/.lo-profile`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', dir, path.join(dir, 'table.html')], { stdio: 'pipe', timeout: 120_000 });
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an indicator table in a Word file', () => {
  const fromHtml = () => readReport(decodeReport(readBytes(path.join(dir, 'table.html')), 'table.html').text, 'table.html').facts.map(key).sort();

  it.each(['docx', 'doc'])('.%s: a row per line, a tab between cells, the same facts as the web page (skipped when soffice is missing)', async (ext) => {
    if (!hasSoffice) return;
    const doc = (await readReportDocument(`table.${ext}`, readBytes(path.join(dir, `table.${ext}`))))!;
    expect(doc.text).toMatch(/^地区生产总值\t亿元\t5900\t6012\.5\t5\.5\t6%左右$/m);
    const expected = fromHtml();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(readReport(doc.text, `table.${ext}`).facts.map(key).sort()).toEqual(expected);
  }, 60_000);
});
