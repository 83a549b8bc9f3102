// The same tables saved by LibreOffice as .xlsx, .xls, .ods and .csv (UTF-8, UTF-8 with BOM, GB18030) read to the
// same rows through the hardened worker; files that are not spreadsheets are refused saying what they are.
// Fixtures: tests/fixtures/workbooks (README.md says how each was made).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../main/workbook-worker/parse-workbook';
import { PlanscopeError } from '../../main/contract/errors';
import { sayIn } from '../../main/contract/messages';

const dir = join(import.meta.dirname, '../fixtures/workbooks');
const read = (name: string) => parseWorkbook(name, new Uint8Array(readFileSync(join(dir, name))));
const refusal = async (name: string, bytes: Uint8Array) => {
  try {
    await parseWorkbook(name, bytes);
  } catch (err) {
    return err as PlanscopeError;
  }
  throw new Error(`${name} was not refused`);
};

describe('formats colleagues send', () => {
  it.each(['long', 'wide'])('reads the %s table alike from .xlsx, .xls, .ods and .csv', async (table) => {
    const files = [`${table}.xlsx`, `${table}.xls`, `${table}.ods`, `${table}.csv`, ...(table === 'long' ? ['long-bom.csv'] : ['wide-gb18030.csv'])];
    const rows = await Promise.all(files.map(async (f) => (await read(f)).sheets[0]!.rows));
    for (const r of rows.slice(1)) expect(r).toEqual(rows[0]);
    expect(rows[0]![1]![0]).toBe('地区生产总值');
  });

  it('reads merged headers of LibreOffice .ods in their own columns (SheetJS alone shifts them left)', async () => {
    for (const f of ['gov.ods', 'gov.xlsx', 'gov.xls']) {
      const { sheets } = await read(f);
      expect(sheets[0]!.name).toBe('主要指标');
      expect(sheets[0]!.rows[2]!.slice(2, 4)).toEqual(['2023年', '2024年']);
    }
  });

  it('names what a refused file really is', async () => {
    const pdf = await refusal('报表.xlsx', new TextEncoder().encode('%PDF-1.7\n1 0 obj'));
    expect(pdf.message).toBe('报表.xlsx is not a spreadsheet: it is a PDF document. Planscope imports .xlsx, .xls, .ods and .csv files.');
    expect(sayIn('zh-CN', pdf.say!)).toBe('报表.xlsx 不是表格文件，而是 PDF 文档；Planscope 可导入 .xlsx、.xls、.ods 和 .csv。');
    const html = await refusal('export.xls', new TextEncoder().encode('<!DOCTYPE html><html><table><tr><td>1</td></tr></table></html>'));
    expect(html.message).toMatch(/^export\.xls is not a spreadsheet: it is a web page \(HTML\)/);
    const text = await refusal('notes.xlsx', new TextEncoder().encode('指标,数值\n地区生产总值,1\n'));
    expect(text.message).toMatch(/^notes\.xlsx is not an Excel workbook: it is plain text\. If it is a table saved as CSV, rename it to \.csv/);
    const binary = await refusal('data.csv', new Uint8Array([1, 2, 0, 0, 5, 200, 201]));
    expect(binary.message).toMatch(/^data\.csv is not an Excel workbook, OpenDocument spreadsheet or CSV/);
  });
});
