// One-click fixes for numbers written in words, refusals in Chinese with the sheet's name, and fixes recorded in
// the mapping taking the place of the cell. Cell texts are made up, written as plan reports write them.
import { describe, expect, it } from 'vitest';
import { cellMessageZh, suggestFix } from '../../main/core/xlsx/import-fix';
import { readImport } from '../../main/core/xlsx/import-facts';
import { importMappingSchema } from '../../main/core/xlsx/import-mapping';

describe('suggested fixes', () => {
  it('reads the number, qualifier, range and unit out of the words', () => {
    expect(suggestFix('约6%')).toEqual({ value: 6, qualifier: 'approx', unit: '%' });
    expect(suggestFix('6%左右')).toEqual({ value: 6, qualifier: 'approx', unit: '%' });
    expect(suggestFix('不低于5')).toEqual({ value: 5, qualifier: 'at_least' });
    expect(suggestFix('6.0%-6.5%')).toEqual({ low: 6, high: 6.5, qualifier: 'range', unit: '%' });
    expect(suggestFix('194.7亿元')).toEqual({ value: 194.7, unit: '亿元' });
    expect(suggestFix('400家以上')).toEqual({ value: 400, qualifier: 'at_least', unit: '家' });
    expect(suggestFix('n/a')).toBeNull();
    expect(suggestFix('6')).toBeNull();
  });

  it('says each refusal in Chinese with the sheet by name', () => {
    expect(cellMessageZh('同事.xlsx', '数据', 'D14', '约6%', "'约6%' is not a number; write 6 and set qualifier approx")).toBe('同事.xlsx 工作表“数据”D14:“约6%”不是数字;改为数值 6,限定为“约”,单位 %');
    expect(cellMessageZh('区报表.xls', '主要指标', 'C4', '明年', "'明年' is not a period; write a year")).toMatch(/^区报表\.xls 工作表“主要指标”C4:“明年”不是期间;.*前三季度\(2024Q3,累计\)/);
  });
});

describe('fixes in the mapping', () => {
  const book = {
    fileName: '同事.xlsx',
    sheets: [{ name: '目标', rows: [['指标', '2024', '2025'], ['地区生产总值增长', '约6%', '6.0%-6.5%'], ['新增企业', '400家以上', 12]], percentCells: [] }],
  };
  const base = { sheet: '目标', headerRow: 1, form: 'wide' as const, columns: { indicator: '指标' }, defaults: { region: '某区', kind: 'target' as const } };

  it('lists each cell with its fix, then imports with the fixes applied and the file unchanged', () => {
    const refused = readImport(book, importMappingSchema.parse(base));
    expect(refused.errors.map((e) => [e.cell, e.fix])).toEqual([
      ['B2', { value: 6, qualifier: 'approx', unit: '%' }],
      ['C2', { low: 6, high: 6.5, qualifier: 'range', unit: '%' }],
      ['B3', { value: 400, qualifier: 'at_least', unit: '家' }],
    ]);
    const fixes = Object.fromEntries(refused.errors.map((e) => [e.cell, e.fix!]));
    const r = readImport(book, importMappingSchema.parse({ ...base, fixes }));
    expect(r.errors).toEqual([]);
    expect(r.facts.map((f) => [f.period, f.value, f.low, f.high, f.qualifier, f.unit, f.measure, f.origin?.cell])).toEqual([
      ['2024', 6, null, null, 'approx', '%', 'growth', 'B2'],
      ['2025', 6.25, 6, 6.5, 'range', '%', 'growth', 'C2'],
      ['2024', 400, null, null, 'at_least', '家', 'level', 'B3'],
      ['2025', 12, null, null, 'exact', null, 'level', 'C3'],
    ]);
    expect(book.sheets[0]!.rows[1]![1]).toBe('约6%');
  });
});
