// Issue 15 (export): the briefing prints and reads like the screen. Checked in the written file itself
// (unzipped part by part, and read back with SheetJS): page setup and print titles on every sheet, bold
// headers and totals, a CJK font, absolute filter ranges, the app's status words, the scorecard in the view's
// scope with the actual's own period and gaps in points, counts without decimals, and CSV that carries units.
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBriefing, writeGridWorkbook } from '../../main/core/xlsx/briefing';
import { collectBriefing } from '../../main/core/xlsx/briefing-data';
import { gridToCsv } from '../../main/core/xlsx/csv';
import type { DisplayGrid } from '../../main/core/xlsx/grid';
import { absoluteDefinedNames, boldNumberFormat } from '../../main/core/xlsx/print-setup';
import { numberFormatFor } from '../../main/core/xlsx/number-formats';
import { zipParts } from './xlsx-craft';
import { defaultPivotSpec } from '../../main/core/pivot/spec';
import type { Workspace } from '../../main/core/store/workspace';
import { sampleWorkspace } from './pivot-fixture';

const parts = zipParts;

/** Style index → whether its font is bold, from styles.xml. */
function boldStyles(styles: string): boolean[] {
  const fonts = [...styles.match(/<fonts[^>]*>([\s\S]*?)<\/fonts>/)![1]!.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]!.includes('<b/>'));
  const xfs = styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)![1]!;
  return [...xfs.matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => fonts[Number(m[1])] ?? false);
}

/** The style index SheetJS wrote on a cell of a sheet part (0 when none). */
function styleOf(sheetXml: string, ref: string): number {
  const m = new RegExp(`<c r="${ref}"([^>]*)>`).exec(sheetXml);
  if (!m) throw new Error(`no cell ${ref}`);
  return Number(/ s="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
}

let ws: Workspace;
let bytes: Uint8Array;
let xml: Map<string, string>;
let wb: XLSX.WorkBook;
beforeAll(async () => {
  ws = await sampleWorkspace();
  bytes = writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: '罗湖 样本.db', exportedAt: '2026-11-23T09:00:00Z' }));
  xml = parts(bytes);
  wb = XLSX.read(bytes, { type: 'array', cellNF: true });
});

describe('page setup', () => {
  it('every sheet prints landscape on A4, one page wide, with a footer naming the briefing, the sheet and the page', () => {
    wb.SheetNames.forEach((name, i) => {
      const sheet = xml.get(`xl/worksheets/sheet${i + 1}.xml`)!;
      expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
      expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(sheet).toContain(`<oddFooter>&amp;LPlanscope 简报: 罗湖 样本.db · ${name}&amp;R第 &amp;P 页 / 共 &amp;N 页</oddFooter>`);
      // Schema order: margins, then page setup, then header/footer, then ignored errors.
      expect(sheet.indexOf('<pageMargins')).toBeLessThan(sheet.indexOf('<pageSetup'));
      expect(sheet.indexOf('</headerFooter>')).toBeLessThan(sheet.indexOf('<ignoredErrors'));
    });
  });

  it('repeats header rows and label columns on every page, and sets the used range as the print area', () => {
    const names = xml.get('xl/workbook.xml')!;
    const pivotIndex = wb.SheetNames.findIndex((n) => n.startsWith('透视表'));
    const pivotName = wb.SheetNames[pivotIndex]!;
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${pivotIndex}">&apos;${pivotName}&apos;!$A:$B,&apos;${pivotName}&apos;!$1:$2</definedName>`);
    const facts = wb.SheetNames.indexOf('事实');
    const ref = wb.Sheets['事实']!['!ref']!.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    expect(names).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${facts}">&apos;事实&apos;!${ref}</definedName>`);
  });

  it("writes the facts sheet's filter range absolute, which LibreOffice keeps", () => {
    const ref = wb.Sheets['事实']!['!ref']!.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    expect(xml.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="${wb.SheetNames.indexOf('事实')}">&apos;事实&apos;!${ref}</definedName>`);
    expect(absoluteDefinedNames('<definedName name="x">&apos;S&apos;!A1:R439</definedName>')).toBe('<definedName name="x">&apos;S&apos;!$A$1:$R$439</definedName>');
    expect(absoluteDefinedNames('<definedName name="x">&apos;S&apos;!$1:$2</definedName>')).toBe('<definedName name="x">&apos;S&apos;!$1:$2</definedName>');
  });
});

describe('fonts and bold', () => {
  it('names a CJK font instead of Calibri', () => {
    const styles = xml.get('xl/styles.xml')!;
    expect(styles).toContain('<name val="等线"/>');
    expect(styles).not.toContain('Calibri');
  });

  it('prints header cells and total rows bold, and data cells not', () => {
    // The default view with a total row; it aggregates by latest, so the total says 最新值.
    const spec = { ...defaultPivotSpec, totals: { rowSubtotals: false, rowGrandTotal: true, columnGrandTotal: false } };
    const withTotal = writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'w', exportedAt: 't', spec }));
    const x = parts(withTotal);
    const w = XLSX.read(withTotal, { type: 'array' });
    const bold = boldStyles(x.get('xl/styles.xml')!);
    const i = w.SheetNames.findIndex((n) => n.startsWith('透视表'));
    const sheetXml = x.get(`xl/worksheets/sheet${i + 1}.xml`)!;
    const sheet = w.Sheets[w.SheetNames[i]!]!;
    const last = XLSX.utils.decode_range(sheet['!ref']!).e.r + 1;
    expect(sheet[`A${last}`]!.v).toBe('最新值');
    expect(bold[styleOf(sheetXml, 'A1')]).toBe(true);
    expect(bold[styleOf(sheetXml, `A${last}`)]).toBe(true);
    const totalNumber = Object.keys(sheet).find((k) => new RegExp(`^[C-Z]${last}$`).test(k) && sheet[k].t === 'n')!;
    expect(bold[styleOf(sheetXml, totalNumber)]).toBe(true);
    const dataNumber = Object.keys(sheet).find((k) => /^[C-Z]3$/.test(k) && sheet[k].t === 'n')!;
    expect(bold[styleOf(sheetXml, dataNumber)]).toBe(false);
    expect(bold[styleOf(x.get(`xl/worksheets/sheet${w.SheetNames.indexOf('事实') + 1}.xml`)!, 'A1')]).toBe(true);
    expect(bold[styleOf(x.get(`xl/worksheets/sheet${w.SheetNames.indexOf('事实') + 1}.xml`)!, 'A2')]).toBe(false);
  });

  it('a bold number shows exactly as the plain one', () => {
    const f = numberFormatFor('亿元');
    const plain = XLSX.SSF.format(f, -1234.5);
    expect(XLSX.SSF.format(boldNumberFormat(f), -1234.5)).toBe(plain);
    expect(XLSX.SSF.format(boldNumberFormat(f), 0)).toBe(XLSX.SSF.format(f, 0));
    expect(XLSX.SSF.format(boldNumberFormat(f), 6.25)).toBe(XLSX.SSF.format(f, 6.25));
  });
});

describe('what the cells say', () => {
  it('counts without decimals: the cover’s fact count and counted units (名, 件)', () => {
    expect(wb.Sheets['封面']!['B4']!.z).toBe('#,##0');
    expect(numberFormatFor('名')).toBe('#,##0" 名"');
    expect(numberFormatFor('件')).toBe('#,##0" 件"');
    expect(numberFormatFor(null, 438)).toBe('#,##0');
    expect(numberFormatFor(null, 3.09)).toBe('#,##0.00');
  });

  it("uses the review view's status words (已采纳/待审核/已驳回) on the facts sheet", () => {
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets['事实']!, { header: 1, defval: null });
    const statuses = new Set(rows.slice(1).map((r) => r[10]));
    expect([...statuses].every((s) => s === '已采纳' || s === '待审核')).toBe(true);
  });
});

describe('the scorecard sheet', () => {
  const card = (w: XLSX.WorkBook) => XLSX.utils.sheet_to_json<(string | number | null)[]>(w.Sheets['记分卡']!, { header: 1, defval: null });

  it('has the target period, the wording, the actual and its own period, the status in the view’s words', () => {
    const rows = card(wb);
    expect(rows[0]).toEqual(['指标', '地区', '口径', '目标期', '目标(原文口径)', '目标值', '实际', '实际期', '单位', '状态', '差距', '差距(相对)', '时序进度: 应达%', '时序进度: 实际%', '说明']);
    const scored = rows.slice(1).filter((r) => r[6] !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.every((r) => typeof r[7] === 'string' && /^\d{4}/.test(String(r[7])))).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[9])).size).toBeGreaterThan(0);
    expect(rows.slice(1).every((r) => ['完成', '未完成', '容差内', '待评', '不可比', '方向未定，未评分'].includes(String(r[9])))).toBe(true);
  });

  it('gives a growth gap in 个百分点 and a level gap in its unit', () => {
    const i = wb.SheetNames.indexOf('记分卡');
    const sheet = wb.Sheets['记分卡']!;
    const rows = card(wb);
    const growth = rows.findIndex((r, k) => k > 0 && r[8] === '%' && typeof r[10] === 'number');
    expect(growth).toBeGreaterThan(0);
    expect(sheet[`K${growth + 1}`]!.z).toContain('个百分点');
    const level = rows.findIndex((r, k) => k > 0 && r[8] === '亿元' && typeof r[10] === 'number');
    if (level > 0) expect(sheet[`K${level + 1}`]!.z).toContain('亿元');
    expect(i).toBeGreaterThan(0);
  });

  it("keeps to the view's scope: an indicator filter leaves only that indicator's targets", () => {
    const spec = { ...defaultPivotSpec, filters: { indicator: ['地区生产总值'] } };
    const scoped = XLSX.read(writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'w', exportedAt: 't', spec })), { type: 'array' });
    const rows = card(scoped).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(card(wb).length - 1);
    expect(rows.every((r) => r[0] === '地区生产总值')).toBe(true);
  });

  it('puts headline targets first', () => {
    const all = card(wb).slice(1);
    const firstGdp = all.findIndex((r) => r[0] === '地区生产总值');
    expect(firstGdp).toBeGreaterThanOrEqual(0);
    expect(firstGdp).toBeLessThan(all.length / 2);
  });
});

describe('CSV carries units', () => {
  const grid = (rows: DisplayGrid['rows']): DisplayGrid => ({
    title: 't', rowLabelHeaders: ['指标'], columnHeaderRows: [[{ label: '2023', span: 1 }, { label: '2024', span: 1 }]], rows,
  });

  it('names a column’s single unit in its header', () => {
    const csv = gridToCsv(grid([
      { kind: 'data', cells: ['地区生产总值', 2.0, 283.19], units: [null, '亿元', '亿元'] },
      { kind: 'data', cells: ['固定资产投资', 2, 194.7], units: [null, '亿元', '亿元'] },
    ]));
    expect(csv).toBe('\uFEFF指标,2023 (亿元),2024 (亿元)\r\n地区生产总值,2,283.19\r\n固定资产投资,2,194.7\r\n');
  });

  it('adds a 单位 column when each row has one unit, and writes the unit into a cell of a mixed row', () => {
    const csv = gridToCsv(grid([
      { kind: 'data', cells: ['地区生产总值', 6.1, 5.2], units: [null, '%', '%'] },
      { kind: 'data', cells: ['固定资产投资', 194.7, 201], units: [null, '亿元', '亿元'] },
      { kind: 'data', cells: ['混合', 2, 3.5], units: [null, '家', '%'] },
    ]));
    expect(csv.split('\r\n')).toEqual(['\uFEFF指标,2023,2024,单位', '地区生产总值,6.1,5.2,%', '固定资产投资,194.7,201,亿元', '混合,2 家,3.5 %,', '']);
  });

  it('leaves a grid without units as it was', () => {
    expect(gridToCsv(grid([{ kind: 'data', cells: ['a', 1, 2] }]))).toBe('\uFEFF指标,2023,2024\r\na,1,2\r\n');
  });
});

describe('any grid exported on its own', () => {
  it('gets the same page setup', () => {
    const one = parts(writeGridWorkbook({ title: '记分卡', rowLabelHeaders: [], columnHeaderRows: [[{ label: 'a', span: 1 }]], rows: [{ kind: 'data', cells: [1] }] }));
    expect(one.get('xl/worksheets/sheet1.xml')).toContain('orientation="landscape"');
  });
});
