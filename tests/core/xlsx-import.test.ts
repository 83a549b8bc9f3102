// Reading a colleague's sheet under a mapping: long and wide forms, per-cell errors with the fix spelled out,
// origins, percent-formatted cells, and a first guess at the mapping.
import { describe, expect, it } from 'vitest';
import { readNumber, readPeriod } from '../../main/core/xlsx/cell-values';
import { guessMapping } from '../../main/core/xlsx/guess-mapping';
import { MappingError, readImport, type WorkbookRows } from '../../main/core/xlsx/import-facts';
import { importMappingSchema, type ImportMappingInput } from '../../main/core/xlsx/import-mapping';

const book = (sheets: WorkbookRows['sheets']): WorkbookRows => ({ fileName: '同事.xlsx', sheets });
const map = (m: ImportMappingInput) => importMappingSchema.parse(m);

describe('cell values', () => {
  it('explains what to write instead of a number', () => {
    expect(readNumber('约6%')).toEqual({ ok: false, why: "'约6%' is not a number; write 6 and set qualifier approx" });
    expect(readNumber('6%左右')).toEqual({ ok: false, why: "'6%左右' is not a number; write 6 and set qualifier approx" });
    expect(readNumber('6.0%-6.5%')).toEqual({ ok: false, why: "'6.0%-6.5%' is not a number; write low 6.0 and high 6.5 and set qualifier range" });
    expect(readNumber('194.7亿元')).toEqual({ ok: false, why: "'194.7亿元' is not a number; write 194.7 and set unit 亿元" });
    expect(readNumber('不低于5')).toEqual({ ok: false, why: "'不低于5' is not a number; write 5 and set qualifier at_least" });
    expect(readNumber('n/a')).toEqual({ ok: false, why: "'n/a' is not a number; write digits only (for example 6 or 194.7)" });
    expect(readNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber(-1.4)).toEqual({ ok: true, value: -1.4 });
  });

  it('reads periods as economists write them', () => {
    expect(readPeriod(2024)).toEqual({ ok: true, value: '2024' });
    expect(readPeriod('2024年上半年')).toEqual({ ok: true, value: '2024H1' });
    expect(readPeriod('2024h2')).toEqual({ ok: true, value: '2024H2' });
    expect(readPeriod('2016-2020')).toEqual({ ok: true, value: '2016-2020' });
    expect(readPeriod('2024年1-9月')).toEqual({ ok: true, value: '2024Q3' });
    expect(readPeriod('明年').ok).toBe(false);
  });
});

describe('long form', () => {
  const sheet1 = { name: '说明', rows: [['这是说明页']], percentCells: [] };
  const data = {
    name: '数据',
    rows: [
      ['指标', '地区', '年份', '类型', '单位', '数值'],
      ['地区生产总值', '罗湖区', 2023, '实际', '%', 5.5],
      ['地区生产总值', '罗湖区', '2024年', '目标', '%', 6],
      ['固定资产投资', '罗湖区', '2024H1', 'actual', '亿元', '194.7'],
    ] as (string | number | null)[][],
    percentCells: [],
  };
  const mapping = map({
    sheet: '数据', headerRow: 1, form: 'long',
    columns: { indicator: '指标', region: '地区', period: '年份', kind: '类型', unit: '单位', value: 'F' },
  });

  it('turns each row into a fact with its origin cell', () => {
    const r = readImport(book([sheet1, data]), mapping);
    expect(r.errors).toEqual([]);
    expect(r.facts.map((f) => [f.indicator, f.period, f.kind, f.value, f.unit, f.measure, f.qualifier, f.origin])).toEqual([
      ['地区生产总值', '2023', 'actual', 5.5, '%', 'growth', 'exact', { file: '同事.xlsx', sheet: '数据', cell: 'F2' }],
      ['地区生产总值', '2024', 'target', 6, '%', 'growth', 'exact', { file: '同事.xlsx', sheet: '数据', cell: 'F3' }],
      ['固定资产投资', '2024H1', 'actual', 194.7, '亿元', 'level', 'exact', { file: '同事.xlsx', sheet: '数据', cell: 'F4' }],
    ]);
    expect(r.facts.every((f) => f.region === '罗湖区' && f.status === 'unreviewed' && f.start === null)).toBe(true);
  });

  it('lists every cell that stops the import, named by sheet position and address', () => {
    const bad = { ...data, rows: [...data.rows.slice(0, 3), ['固定资产投资', '罗湖区', '明年', '实际', '亿元', 100], ...Array.from({ length: 9 }, () => ['地区生产总值', '罗湖区', 2022, '实际', '%', 5]), ['地区生产总值', '罗湖区', 2024, '实际', '%', '约6%'], ['', '罗湖区', 2024, '实际', '%', 1]] };
    const r = readImport(book([sheet1, bad]), mapping);
    expect(r.errors.map((e) => e.message)).toEqual([
      "Sheet 2, C4: '明年' is not a period; write a year such as 2024, 2024H1 or 2024H2 for half-years, 2024Q1 for quarters, or 2016-2020 for a span",
      "Sheet 2, F14: '约6%' is not a number; write 6 and set qualifier approx",
      'Sheet 2, A15: the indicator is empty; write its name (for example 地区生产总值)',
    ]);
    expect(r.errors[1]).toMatchObject({ sheetIndex: 2, sheet: '数据', cell: 'F14', value: '约6%' });
  });

  it('refuses a mapping that does not fit the sheet, saying which column is missing', () => {
    expect(() => readImport(book([data]), map({ ...mapping, columns: { ...mapping.columns, unit: '计量单位' } }))).toThrow(MappingError);
    expect(() => readImport(book([data]), map({ ...mapping, columns: { ...mapping.columns, unit: '计量单位' } }))).toThrow('Sheet 1 ("数据") of 同事.xlsx has no column "计量单位" for unit in header row 1.');
    expect(() => readImport(book([data]), map({ ...mapping, sheet: '9' }))).toThrow('同事.xlsx has no sheet "9"; its sheets are "数据".');
    expect(() => readImport(book([data]), map({ ...mapping, columns: { indicator: '指标', period: '年份', value: '数值' } }))).toThrow('Choose a region column or set a default region.');
  });

  it('does not mistake "constructor" for a kind', () => {
    const r = readImport(book([{ ...data, rows: [data.rows[0]!, ['地区生产总值', '罗湖区', 2023, 'constructor', '%', 5]] }]), mapping);
    expect(r.facts).toEqual([]);
    expect(r.errors[0]!.message).toBe("Sheet 1, D2: 'constructor' is not a kind; write actual (实际), estimate (预计) or target (目标)");
  });
});

describe('wide form', () => {
  const sheet = {
    name: 'Sheet1',
    rows: [
      ['季度指标表'],
      ['指标', '单位', '2022', '2023', '2024年上半年', '备注'],
      ['地区生产总值增速', '%', 4.2, 0.055, 4.1, '初步核算'],
      ['社会消费品零售总额', '亿元', 1200, null, 620.5, null],
    ] as (string | number | null)[][],
    percentCells: ['D3'],
  };

  it('reads indicators down and periods across, one fact per filled cell', () => {
    const r = readImport(book([sheet]), map({ sheet: 'Sheet1', headerRow: 2, form: 'wide', columns: { indicator: 'A', unit: '单位' }, defaults: { region: '罗湖区', kind: 'actual' } }));
    expect(r.errors).toEqual([]);
    expect(r.facts.map((f) => [f.indicator, f.period, f.value, f.unit, f.origin?.cell])).toEqual([
      ['地区生产总值增速', '2022', 4.2, '%', 'C3'],
      ['地区生产总值增速', '2023', 5.5, '%', 'D3'],
      ['地区生产总值增速', '2024H1', 4.1, '%', 'E3'],
      ['社会消费品零售总额', '2022', 1200, '亿元', 'C4'],
      ['社会消费品零售总额', '2024H1', 620.5, '亿元', 'E4'],
    ]);
  });

  it('guesses the header row, the form and the columns', () => {
    const g = guessMapping(sheet, 'Sheet1');
    expect(g.mapping).toMatchObject({ headerRow: 2, form: 'wide', columns: { indicator: '指标', unit: '单位' } });
  });
});
