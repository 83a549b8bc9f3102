import { describe, expect, it } from 'vitest';
import { formatAmount, formatFactValue, formatNumber, formatPercent, formatRatio, parseNumberInput, readableMoney } from '../../renderer/format/numbers';
import { formatPeriod } from '../../renderer/format/periods';
import { formatDateTime } from '../../renderer/format/dates';
import { readPeriodText } from '../../main/core/types';

describe('numbers for Chinese readers', () => {
  it('groups thousands and keeps the digits the report printed', () => {
    expect(formatNumber(2412345.6)).toBe('2,412,345.6');
    expect(formatNumber(194.7)).toBe('194.7');
    expect(formatNumber(6)).toBe('6');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('writes % without a space and money units with one', () => {
    expect(formatAmount(4.1, '%')).toBe('4.1%');
    expect(formatAmount(194.7, '亿元')).toBe('194.7 亿元');
    expect(formatPercent(47.5)).toBe('47.5%');
    expect(formatRatio(0.475)).toBe('47.5%');
  });

  it('puts qualifiers where a Chinese sentence puts them', () => {
    const base = { value: 6, low: null, high: null, unit: '%' };
    expect(formatFactValue({ ...base, qualifier: 'approx' })).toBe('6%左右');
    expect(formatFactValue({ ...base, qualifier: 'at_least' })).toBe('6%以上');
    expect(formatFactValue({ ...base, value: 2400, unit: '亿元', qualifier: 'more_than' })).toBe('超过2,400 亿元');
    expect(formatFactValue({ value: 6.25, low: 6, high: 6.5, unit: '%', qualifier: 'range' })).toBe('6%–6.5%');
    expect(formatFactValue({ ...base, qualifier: 'approx' }, 'en')).toBe('~6%');
  });

  it('reads money in the unit its size calls for', () => {
    expect(readableMoney(12000, '万元')).toEqual({ value: 1.2, unit: '亿元' });
    expect(readableMoney(35000, '元')).toEqual({ value: 3.5, unit: '万元' });
    expect(readableMoney(5, '%')).toEqual({ value: 5, unit: '%' });
  });

  it('reads typed numbers from a Chinese IME and refuses words', () => {
    expect(parseNumberInput('１９４．７')).toBe(194.7);
    expect(parseNumberInput('1,234.5')).toBe(1234.5);
    expect(parseNumberInput('-1.4%')).toBe(-1.4);
    expect(parseNumberInput('约6')).toBeNull();
    expect(parseNumberInput('6-7')).toBeNull();
    expect(parseNumberInput('')).toBeNull();
  });
});

describe('periods as reports write them', () => {
  it('formats stored periods in Chinese and English', () => {
    expect(formatPeriod('2024H1')).toBe('2024年上半年');
    expect(formatPeriod('2024')).toBe('2024年');
    expect(formatPeriod('2024Q3')).toBe('2024年前三季度');
    expect(formatPeriod('2016-2020')).toBe('2016—2020年');
    expect(formatPeriod('2024H1', 'en')).toBe('2024 H1');
    expect(formatPeriod('上半年')).toBe('上半年');
  });

  it('reads back what it shows, and the stored form', () => {
    for (const p of ['2024', '2024H1', '2024H2', '2024Q1', '2024Q3', '2016-2020']) expect(readPeriodText(formatPeriod(p))).toBe(p);
    expect(readPeriodText('2024h1')).toBe('2024H1');
    expect(readPeriodText('2021至2025年')).toBe('2021-2025');
    expect(readPeriodText('明年')).toBeNull();
    expect(readPeriodText('2025-2021')).toBeNull();
    // The same grammar reads colleagues' sheets: month ranges and 年度.
    expect(readPeriodText('2024年1-9月')).toBe('2024Q3');
    expect(readPeriodText('2023年度')).toBe('2023');
    expect(readPeriodText('2024年上半年累计')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('reads a moment in the interface language, in local time, never the US default', () => {
    const iso = '2026-12-03T06:05:00Z';
    const local = new Date(iso);
    const hm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(formatDateTime(iso, 'zh-CN')).toBe(`${local.getFullYear()}年${local.getMonth() + 1}月${local.getDate()}日 ${hm}`);
    expect(formatDateTime(iso, 'en')).toMatch(new RegExp(`^${local.getDate()} \\w{3} ${local.getFullYear()}, ${hm}$`));
    expect(formatDateTime('not a time', 'zh-CN')).toBe('not a time');
  });
});
