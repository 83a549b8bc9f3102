// Government-style sheets: a title row, a merged two-row header, no-data cells and note rows below the table.
// The sheets here are made up (tests/fixtures/workbooks/README.md), in the layout statistical bureaus publish.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../main/core/xlsx/guess-mapping';
import { readImport, type WorkbookRows } from '../../main/core/xlsx/import-facts';
import { importMappingSchema } from '../../main/core/xlsx/import-mapping';
import { detectHeaderRow, isNoData, NO_DATA_MARKS, NOTE_ROWS, noteRule, periodCell, resolvedHeader } from '../../main/core/xlsx/import-layout';
import { parseWorkbook } from '../../main/workbook-worker/parse-workbook';

const dir = join(import.meta.dirname, '../fixtures/workbooks');
const read = (name: string) => parseWorkbook(name, new Uint8Array(readFileSync(join(dir, name))));

describe('layout rules', () => {
  it('each rule matches its own examples', () => {
    for (const rule of NO_DATA_MARKS) for (const e of rule.examples) expect(isNoData(e), `${rule.id}: ${e}`).toBe(true);
    for (const rule of NOTE_ROWS) for (const e of rule.examples) expect(noteRule([e])?.id, `${rule.id}: ${e}`).toBe(rule.id);
  });

  it('does not take numbers, negative numbers, ranges or indicator names for no data or notes', () => {
    for (const v of [0, -1.4, '-1.4', '6-6.5', '注册企业数', '说明书产量', '来源于']) expect(isNoData(v) || noteRule([v]) !== null, String(v)).toBe(false);
  });

  it('keeps 前三季度 and 1-9月 (any dash) as the cumulative Q3, and invents no year for a bare month range', () => {
    for (const p of ['2024年前三季度', '2024年1-9月', '2024年1—9月', '2024年1～9月', '2024年1至9月']) expect(periodCell(p), p).toEqual({ ok: true, value: '2024Q3' });
    expect(periodCell('2024年1—6月')).toEqual({ ok: true, value: '2024H1' });
    expect(periodCell('1-9月').ok).toBe(false);
  });

  it('finds the header under a title row, and the last row of a two-row merged header', () => {
    const filled = [['标题', '标题', '标题'], ['指标名称', '年份', '年份'], ['指标名称', '2023年', '2024年'], ['地区生产总值', 1.5, 2]];
    expect(detectHeaderRow(filled)).toBe(2);
    const unfilled = [['标题'], ['指标名称', '单位', '年份'], [null, null, '2023年', '2024年'], ['地区生产总值', '亿元', 1.5, 2]];
    expect(detectHeaderRow(unfilled)).toBe(2);
    expect(resolvedHeader(unfilled, 2)).toEqual(['指标名称', '单位', '2023年', '2024年']);
    // A data row names its indicator in the first column, so it never continues the header.
    expect(detectHeaderRow([['指标', '地区', '数值'], ['地区生产总值', '罗湖区', '约6%']])).toBe(0);
  });
});

describe('a government-style sheet without a mapping file', () => {
  it.each(['gov.xlsx', 'gov.xls', 'gov.ods', 'gov.fods'])('%s: header and note row detected, no-data cells skipped and counted', async (file) => {
    const book: WorkbookRows = await read(file);
    const sheet = book.sheets[0]!;
    const guess = guessMapping(sheet, sheet.name);
    expect(guess.mapping).toMatchObject({ headerRow: 3, form: 'wide', columns: { indicator: '指标名称', unit: '单位' } });
    // The sheet names no region; the user gives it (the wizard asks), nothing is guessed.
    const mapping = importMappingSchema.parse({ ...guess.mapping, defaults: { region: '某区' } });
    const r = readImport(book, mapping);
    expect(r.errors).toEqual([]);
    expect(r.facts.map((f) => [f.indicator, f.period, f.value, f.unit, f.origin?.cell])).toEqual([
      ['地区生产总值', '2023', 2732.1, '亿元', 'C4'],
      ['地区生产总值', '2024', 2850.4, '亿元', 'D4'],
      ['社会消费品零售总额', '2023', 1450.3, '亿元', 'C5'],
      ['实际利用外资', '2024', 6.2, '亿美元', 'D6'],
    ]);
    expect(r.noData).toEqual({ count: 2, cells: ['D5', 'C6'] });
    expect(r.stoppedAt).toEqual({ row: 7, text: '注:2024年为初步统计数。', rule: 'note' });
  });
});

describe('the same tables from every format import to the same facts', () => {
  const without = (f: { origin?: unknown }) => ({ ...f, origin: { ...(f.origin as object), file: '', sheet: '' } });
  it.each([
    ['long', ['long.xlsx', 'long.xls', 'long.ods', 'long.csv', 'long-bom.csv']],
    ['wide', ['wide.xlsx', 'wide.xls', 'wide.ods', 'wide.csv', 'wide-gb18030.csv']],
  ] as const)('%s', async (_, files) => {
    const all = await Promise.all(files.map(async (file) => {
      const book = await read(file);
      const guess = guessMapping(book.sheets[0]!, book.sheets[0]!.name);
      const r = readImport(book, importMappingSchema.parse({ ...guess.mapping, defaults: { region: '罗湖区' } }));
      expect(r.errors).toEqual([]);
      return r;
    }));
    for (const r of all.slice(1)) expect(r.facts.map(without)).toEqual(all[0]!.facts.map(without));
    expect(all[0]!.facts.length).toBe(_ === 'long' ? 4 : 7);
    if (_ === 'wide') expect(all[0]!.noData.count).toBe(2);
  });
});
