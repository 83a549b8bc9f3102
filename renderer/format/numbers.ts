// Numbers as a Chinese economist reads them: thousands separators, the unit the report used (亿元, 万元, %),
// range and qualifier words placed where a Chinese sentence puts them ("6.0%左右", "410亿元以上").
import type { Fact } from '../../main/core/types';
import type { Lang } from '../i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number | undefined): Intl.NumberFormat {
  const key = `${lang}|${digits ?? 'auto'}`;
  let f = formatters.get(key);
  if (!f) {
    // Without fixed digits, keep what the report printed (194.7 stays 194.7, 6 stays 6) up to 4 decimals.
    f = new Intl.NumberFormat(lang, digits === undefined ? { maximumFractionDigits: 4 } : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** 1234567.8 → "1,234,567.8". Empty for null/NaN so a grid cell stays blank rather than saying "NaN". */
export function formatNumber(value: number | null | undefined, lang: Lang = 'zh-CN', digits?: number): string {
  if (value == null || !Number.isFinite(value)) return '';
  return numberFormat(lang, digits).format(value);
}

/** "4.1%" (no space before %), "194.7 亿元". */
export function withUnit(text: string, unit: string | null | undefined): string {
  if (!unit || text === '') return text;
  return unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}

export function formatAmount(value: number | null | undefined, unit: string | null | undefined, lang: Lang = 'zh-CN', digits?: number): string {
  return withUnit(formatNumber(value, lang, digits), unit);
}

/** A share already in percent points: 47.5 → "47.5%". */
export function formatPercent(value: number | null | undefined, lang: Lang = 'zh-CN', digits = 1): string {
  return withUnit(formatNumber(value, lang, digits), '%');
}

/** A ratio: 0.475 → "47.5%" (time progress, attainment). */
export function formatRatio(value: number | null | undefined, lang: Lang = 'zh-CN', digits = 1): string {
  return value == null ? '' : formatPercent(value * 100, lang, digits);
}

const YUAN_SCALE: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Money in the unit a reader expects for its size: 12,000 万元 reads as 1.2 亿元. Units that are not
 * money (or non-finite values) come back unchanged.
 */
export function readableMoney(value: number, unit: string): { value: number; unit: string } {
  const scale = YUAN_SCALE[unit];
  if (scale === undefined || !Number.isFinite(value)) return { value, unit };
  const yuan = value * scale;
  const abs = Math.abs(yuan);
  if (abs >= 1e8) return { value: yuan / 1e8, unit: '亿元' };
  if (abs >= 1e4) return { value: yuan / 1e4, unit: '万元' };
  return { value: yuan, unit: '元' };
}

type FactValue = Pick<Fact, 'value' | 'low' | 'high' | 'unit' | 'qualifier'>;

/** The value of a fact as the report would say it: "6.0%-6.5%", "6%左右", "超过2,400 亿元". */
export function formatFactValue(f: FactValue, lang: Lang = 'zh-CN'): string {
  if (f.qualifier === 'range' && f.low != null && f.high != null) {
    const sameUnit = f.unit === '%' ? '%' : '';
    return withUnit(`${formatNumber(f.low, lang)}${sameUnit}–${formatNumber(f.high, lang)}`, f.unit);
  }
  const base = formatAmount(f.value, f.unit, lang);
  if (base === '') return '';
  if (lang === 'en') {
    const prefix = { exact: '', approx: '~', at_least: '≥ ', at_most: '≤ ', range: '', more_than: '> ' }[f.qualifier];
    return prefix + base;
  }
  switch (f.qualifier) {
    case 'approx': return `${base}左右`;
    case 'at_least': return `${base}以上`;
    case 'at_most': return `${base}以内`;
    case 'more_than': return `超过${base}`;
    default: return base;
  }
}

/**
 * Reads a number typed by a person: accepts full-width digits from a Chinese IME (１２３．５), thousands
 * separators and a trailing %; refuses anything else (e.g. "约6") with null so the caller can say why.
 */
export function parseNumberInput(text: string): number | null {
  const half = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[，,\s]/g, '')
    .replace(/[%％]$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(half)) return null;
  const n = Number(half);
  return Number.isFinite(n) ? n : null;
}
