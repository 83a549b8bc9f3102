// Where a chart (the pivot's, the fan chart) draws a period: the middle of the months it covers, so H1 sits inside its own year (not between
// two years), cumulative quarters in order before the full year, and a year with no figure breaks the line.
import { describe, expect, it } from 'vitest';
import { periodDate, periodMonths, shiftDays, withMissingYears } from '../../renderer/format/period-dates';

describe('periodDate', () => {
  it('draws a full year at 1 July and a half-year in the middle of its half', () => {
    expect(periodDate('2023')).toBe('2023-07-01');
    expect(periodDate('2024H1')).toBe('2024-04-01');
    expect(periodDate('2024H2')).toBe('2024-10-01');
  });

  it('reads quarters as cumulative, as the reports state them (Q3 = January to September)', () => {
    expect(periodMonths('2024Q3')).toEqual({ year: 2024, first: 1, count: 9 });
    expect(periodDate('2024Q1')).toBe('2024-02-16');
    expect(periodDate('2024Q2')).toBe(periodDate('2024H1'));
    expect(periodDate('2024Q3')).toBe('2024-05-16');
    expect(periodDate('2024Q4')).toBe(periodDate('2024'));
  });

  it('puts every part of a year inside that year, in the order the figures accumulate', () => {
    const days = ['2024Q1', '2024H1', '2024Q3', '2024'].map((p) => periodDate(p)!);
    expect([...days].sort()).toEqual(days);
    for (const d of days) expect(d.slice(0, 4)).toBe('2024');
    expect(periodDate('2023')! < periodDate('2024Q1')!).toBe(true);
  });

  it('places a month in its middle and a plan period in the middle of its years', () => {
    expect(periodDate('2024M06')).toBe('2024-06-16');
    expect(periodDate('2024M12')).toBe('2024-12-16');
    expect(periodDate('2021-2025')).toBe('2023-07-01');
    expect(periodMonths('2021-2025')).toEqual({ year: 2021, first: 1, count: 60 });
  });

  it('gives no place to text that is not a period', () => {
    for (const p of ['', '2024年', '2024Q5', '2024M13', '2024M00', '24H1', 'abc']) expect(periodDate(p), p).toBeNull();
  });
});

describe('shiftDays', () => {
  it('moves a day across month and year ends', () => {
    expect(shiftDays('2024-07-01', -110)).toBe('2024-03-13');
    expect(shiftDays('2024-07-01', 110)).toBe('2024-10-19');
    expect(shiftDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('withMissingYears', () => {
  const at = (year: number, y: number) => ({ x: `${year}-07-01`, y, text: String(year) });

  it('breaks the line once where years are missing, and keeps consecutive years joined', () => {
    const out = withMissingYears([at(2019, 7), at(2020, 3), at(2023, 5), at(2024, 6)]);
    expect(out.map((p) => p.y)).toEqual([7, 3, null, 5, 6]);
    expect(out[2]!.x).toBe('2021-07-01');
  });

  it('sorts the figures by time first', () => {
    expect(withMissingYears([at(2022, 2), at(2021, 1)]).map((p) => p.text)).toEqual(['2021', '2022']);
  });

  it('leaves a series without gaps as it is', () => {
    const pts = [at(2021, 1), at(2022, 2)];
    expect(withMissingYears(pts)).toEqual(pts);
    expect(withMissingYears([])).toEqual([]);
  });
});
