// The briefing workbook, checked the way Excel and LibreOffice would meet it: read back with SheetJS (cells,
// merges, number formats), unzipped part by part (every XML part well-formed, frozen panes present), tested by
// 7-Zip, and sheet names within Excel's rules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBriefing, writeGridWorkbook } from '../../main/core/xlsx/briefing';
import { collectBriefing } from '../../main/core/xlsx/briefing-data';
import { gridToCsv } from '../../main/core/xlsx/csv';
import { flatHeaderRows, type DisplayGrid } from '../../main/core/xlsx/grid';
import { safeSheetName, sheetNameProblem } from '../../main/core/xlsx/labels';
import { savePivot } from '../../main/core/pivot/saved';
import { buildForecast } from '../../main/core/forecast/build';
import { listSavedForecasts, saveForecast } from '../../main/core/forecast/saved';
import type { ForecastInputs } from '../../main/core/forecast/types';
import type { Workspace } from '../../main/core/store/workspace';
import { sampleWorkspace } from './pivot-fixture';
import { xmlProblem, zipParts } from './xlsx-craft';

const parts = zipParts;

function xmlProblems(xmlParts: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [name, text] of xmlParts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const why = xmlProblem(text);
    if (why) bad.push(`${name}: ${why}`);
  }
  return bad;
}

/** What a sheet shows, as rows of values (merged areas show their value once, in the top-left cell). */
const shown = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, defval: null, blankrows: true });

const nested: DisplayGrid = {
  title: '指标 × 期间',
  rowLabelHeaders: ['指标', '口径'],
  columnHeaderRows: [
    [{ label: '2023', span: 2 }, { label: '2024', span: 2 }, { label: '总计', span: 1 }],
    [{ label: '目标', span: 1 }, { label: '实际', span: 1 }, { label: '目标', span: 1 }, { label: '实际', span: 1 }, { label: '', span: 1 }],
  ],
  rows: [
    { kind: 'data', cells: ['地区生产总值', '增速', 6, 5.5, 6, 4.1, 21.6], units: [null, null, '%', '%', '%', '%', '%'] },
    { kind: 'data', cells: ['固定资产投资', '总量', 400, 380.25, 410, 194.7, 1384.95], units: [null, null, '亿元', '亿元', '亿元', '亿元', '亿元'] },
    { kind: 'total', cells: ['总计', '', null, null, null, null, null] },
  ],
};

describe('sheet names', () => {
  it('keeps names within Excel rules: 31 units, no []:*?/\\, no edge apostrophes, unique ignoring case', () => {
    const taken = new Set<string>();
    const names = ['透视表 指标 × 期间 [目标/实际] 2019–2024 年度对比分析表格', "'引号'", 'History', 'Facts', 'facts', '', 'a:b*c?d'];
    for (const n of names) taken.add(safeSheetName(n, taken));
    expect([...taken]).toEqual(['透视表 指标 × 期间 目标 实际 2019–2024 年度对', '引号', 'History 1', 'Facts', 'facts (2)', 'Sheet', 'a b c d']);
    for (const n of taken) expect(sheetNameProblem(n)).toBeNull();
    expect(safeSheetName('𠀀'.repeat(20), new Set()).length).toBeLessThanOrEqual(31);
  });
});

describe('grid export', () => {
  it('writes nested headers as merges, cells exactly as the grid, unit number formats and a frozen header', () => {
    const bytes = writeGridWorkbook(nested);
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const expected = [...flatHeaderRows(nested), ...nested.rows.map((r) => r.cells.map((v) => (v === '' ? null : v)))];
    expect(shown(ws)).toEqual(expected.map((r) => r.map((v) => (v === '' ? null : v))));
    expect(ws['!merges']).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }, { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
      { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } }, { s: { r: 0, c: 4 }, e: { r: 0, c: 5 } },
    ]);
    expect(ws.C3!.z).toBe('#,##0.0"%"');
    expect(ws.D4!.z).toBe('#,##0.00" 亿元"');
    const sheetXml = parts(bytes).get('xl/worksheets/sheet1.xml')!;
    expect(sheetXml).toContain('<pane xSplit="2" ySplit="2" topLeftCell="C3" activePane="bottomRight" state="frozen"/>');
    expect(sheetXml.match(/<col /g)?.length).toBe(7);
  });

  it('writes CSV with a BOM, quoting, and formulas kept as text', () => {
    const csv = gridToCsv({ ...nested, rows: [{ kind: 'data', cells: ['=HYPERLINK("x")', '含,逗号', -1.4, null, '-', '+86', 0] }] });
    expect(csv.startsWith('\uFEFF指标,口径,2023,,2024,,总计\r\n,,目标,实际,目标,实际,\r\n')).toBe(true);
    expect(csv.endsWith(`"'=HYPERLINK(""x"")","含,逗号",-1.4,,'-,+86,0\r\n`)).toBe(true);
  });
});

describe('briefing workbook', () => {
  let ws: Workspace;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ws = await sampleWorkspace();
    savePivot(ws, '增速: 指标 × 年份', {
      rows: ['indicator'], columns: ['period', 'kind'], value: { aggregation: 'latest' }, filters: { measure: ['growth'] },
      totals: { rowSubtotals: false, rowGrandTotal: true, columnGrandTotal: false },
    }, '2026-01-01T00:00:00Z');
    const values = [7.2, 6.9, 7.4, 6.1, 6.8, 6.0, 5.5];
    const inputs: ForecastInputs = {
      region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024', unit: '%', direction: 'higher',
      series: values.map((value, i) => ({ period: String(2017 + i), t: 2017 + i, value, factId: null, kind: 'actual' as const })),
      partial: null, partialHistory: [], target: null, targets: [], tolerance: { pp: 0.5, pct: 2 },
    };
    saveForecast(ws, buildForecast(inputs), '2026-01-02T00:00:00Z');
    const input = collectBriefing(ws, { language: 'zh', workspaceName: '罗湖 样本.db', exportedAt: '2026-11-23T09:00:00Z', pivotName: '增速: 指标 × 年份' });
    bytes = writeBriefing(input);
  });

  it('has a cover, the pivot, the scorecard, the plan tracker (the sample 14th five-year plan), the facts and the forecasts, named in Chinese', () => {
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(wb.SheetNames).toEqual(['封面', '透视表 增速 指标 × 年份', '记分卡', '规划跟踪', '事实', '预测']);
    for (const n of wb.SheetNames) expect(sheetNameProblem(n)).toBeNull();
    const cover = shown(wb.Sheets['封面']!);
    expect(cover).toContainEqual(['工作区', '罗湖 样本.db']);
    // The export time is a date-time cell in local time (Excel keeps no zone), not a UTC text string.
    const when = wb.Sheets['封面']!['B3']!;
    expect(cover[2]![0]).toBe('导出时间');
    expect(when.t).toBe('n');
    expect(when.z).toBe('yyyy-mm-dd hh:mm');
    const local = new Date('2026-11-23T09:00:00Z');
    const expected = (local.getTime() - local.getTimezoneOffset() * 60_000) / 86_400_000 + 25569;
    expect(when.v).toBeCloseTo(expected, 6);
    expect(cover).toContainEqual(['  口径', '增速']);
    const forecasts = shown(wb.Sheets['预测']!);
    const saved = listSavedForecasts(ws)[0]!;
    const iv = saved.intervals.find((i) => i.level === 80)!;
    expect(iv).toBeDefined();
    // Rounded for reading; level and P(meet target) in percent.
    const r2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    // The saved forecasts are the sheet's second block, under their title and header (the first: forecast --all).
    const savedAt = forecasts.findIndex((r) => r[0] === '已保存的预测') + 2;
    expect(forecasts[savedAt]!.slice(0, 11)).toEqual(['地区生产总值', '罗湖区', '增速', '2024', saved.method, r2(saved.point), r2(iv.low), r2(iv.high), 80, saved.pMeet === null ? null : Math.round(saved.pMeet * 1000) / 10, '2026-01-02T00:00:00Z']);
  });

  it('puts only the facts behind the pivot on the facts sheet, with report title, period and quote', () => {
    const wb = XLSX.read(bytes, { type: 'array' });
    const rows = shown(wb.Sheets['事实']!);
    const behind = ws.all(`SELECT count(*) AS n FROM facts WHERE measure = 'growth' AND status <> 'rejected' AND value IS NOT NULL`)[0]!.n;
    expect(rows.length - 1).toBe(Number(behind));
    expect(rows.slice(1).every((r) => r[2] === '增速' && ['已采纳', '待审核'].includes(String(r[10])))).toBe(true);
    const withQuote = rows.slice(1).find((r) => typeof r[13] === 'string' && r[13].length > 0)!;
    expect(withQuote[11]).toMatch(/^样本报告 \d{3}$/);
    expect(withQuote[12]).toMatch(/^\d{4}$/);
  });

  it('ends the pivot with the total row and freezes its header', () => {
    const wb = XLSX.read(bytes, { type: 'array' });
    const pivot = shown(wb.Sheets['透视表 增速 指标 × 年份']!);
    expect(pivot[0]![0]).toBe('指标');
    // The saved view aggregates by latest: its total row holds the newest statement, labelled so, not a 总计.
    expect(pivot[pivot.length - 1]![0]).toBe('最新值');
    expect(parts(bytes).get('xl/worksheets/sheet2.xml')).toContain('ySplit="2" topLeftCell="B3"');
  });

  it('has an XML checker that would notice a broken part', () => {
    expect(xmlProblem('<a><b></a></b>')).toMatch(/closes the wrong element/);
    expect(xmlProblem('<a>x & y</a>')).toMatch(/bare &/);
    expect(xmlProblem('<a x=1/>')).toMatch(/malformed tag/);
    expect(xmlProblem('<?xml version="1.0"?><a x="1"><b/>&amp;</a>')).toBeNull();
  });

  it('is a sound package: every XML part well-formed, 7-Zip finds no errors, merges inside the sheet and disjoint', () => {
    expect(xmlProblems(parts(bytes))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'planscope-xlsx-'));
    writeFileSync(join(dir, 'b.xlsx'), bytes);
    expect(execFileSync('7za', ['t', join(dir, 'b.xlsx')], { encoding: 'utf8' })).toContain('Everything is Ok');
    const wb = XLSX.read(bytes, { type: 'array' });
    for (const name of wb.SheetNames) {
      const sheet = wb.Sheets[name]!;
      const range = XLSX.utils.decode_range(sheet['!ref']!);
      const seen = new Set<string>();
      for (const m of sheet['!merges'] ?? []) {
        expect(m.s.r <= m.e.r && m.s.c <= m.e.c && m.e.r <= range.e.r && m.e.c <= range.e.c).toBe(true);
        for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
      }
    }
  });

  it('names sheets in English when asked', () => {
    const en = writeBriefing(collectBriefing(ws, { language: 'en', workspaceName: 'w', exportedAt: 't' }));
    expect(XLSX.read(en, { type: 'array' }).SheetNames).toEqual(['Cover', 'Pivot 指标 × 期间 (目标 实际)', 'Scorecard', 'Plan tracker', 'Facts', 'Forecasts']);
  });
});
