// The wizard's first guess at a mapping, from header words: Planscope's own facts sheet (zh or en) maps
// itself completely, and common Chinese statistical headers (指标名称, 年份, 计量单位 …) are recognised. The user
// confirms or changes every choice in the mapping step; nothing is imported on a guess alone.
import { cellText, isBlank } from './cell-values';
import type { SheetRows } from './import-facts';
import type { ImportMappingInput, MappedField } from './import-mapping';
import { WORDS, type FactColumn } from './labels';
import { detectHeaderRow, periodCell, resolvedHeader } from './import-layout';

const SYNONYMS: Record<MappedField, string[]> = {
  indicator: ['指标', '指标名称', '项目', 'indicator', 'item'],
  region: ['地区', '区域', '行政区', 'region', 'area'],
  period: ['期间', '年份', '时期', '时间', '年度', 'period', 'year'],
  kind: ['类型', '数据类型', '属性', '数据属性', '指标属性', 'kind', 'type'],
  measure: ['口径', 'measure'],
  unit: ['单位', '计量单位', 'unit'],
  value: ['数值', '值', '数据', 'value'],
  low: ['下限', 'low'],
  high: ['上限', 'high'],
  qualifier: ['限定', 'qualifier'],
  status: ['审核状态', 'status'],
  quote: ['原文', 'quote'],
};

// Planscope's own facts sheet headers in both languages, so an exported sheet maps itself.
for (const lang of ['zh', 'en'] as const) {
  for (const [col, label] of Object.entries(WORDS[lang].factColumns) as [FactColumn, string][]) {
    if (Object.hasOwn(SYNONYMS, col)) SYNONYMS[col as MappedField].push(label.toLowerCase());
  }
}

/**
 * Header words a field's header ends with, for headers longer than a synonym: 统计口径, 地区名称 is not, but
 * 所属地区 is; 计量单位, 数据属性, 统计期间. Matched after the exact synonyms, in this order.
 */
const ENDINGS: { field: MappedField; examples: string[]; test: RegExp }[] = [
  { field: 'measure', examples: ['统计口径', '数据口径'], test: /口径$/ },
  { field: 'unit', examples: ['计量单位', '数据单位'], test: /单位$/ },
  { field: 'region', examples: ['所属地区', '行政区域', '地区名称'], test: /(地区|区域|行政区)(名称)?$/ },
  { field: 'period', examples: ['统计期间', '报告期间', '统计年份'], test: /(期间|年份|年度)$/ },
  { field: 'kind', examples: ['数据属性', '指标属性', '数据类型'], test: /(属性|类型)$/ },
];

/** A header without notes in brackets or after a colon: 单位（亿元） and 口径: 增速 are 单位 and 口径. */
const headerWord = (header: string) => header.replace(/[(（][^)）]*[)）]/g, '').replace(/[:：].*$/, '').replace(/\s+/g, '').toLowerCase();

function matchField(header: string): MappedField | null {
  const h = headerWord(header);
  for (const [field, words] of Object.entries(SYNONYMS) as [MappedField, string[]][]) if (words.includes(h)) return field;
  return ENDINGS.find((e) => e.test.test(h))?.field ?? null;
}


export interface MappingGuess {
  mapping: ImportMappingInput;
  /** Fields the guess found, for the wizard to show as pre-filled. */
  found: MappedField[];
}

export function guessMapping(sheet: SheetRows, sheetRef: string): MappingGuess {
  const r = detectHeaderRow(sheet.rows);
  const header = resolvedHeader(sheet.rows, r);
  const columns: Record<string, string> = {};
  const found: MappedField[] = [];
  let periodsAcross = 0;
  header.forEach((h) => {
    if (isBlank(h)) return;
    const field = matchField(cellText(h));
    if (field && !found.includes(field)) {
      columns[field] = cellText(h);
      found.push(field);
    } else if (periodCell(h).ok) periodsAcross++;
  });
  const wide = periodsAcross >= 2 && !found.includes('value');
  if (!columns.indicator) {
    const firstText = header.findIndex((h) => typeof h === 'string' && !isBlank(h));
    columns.indicator = cellText(header[Math.max(firstText, 0)] ?? 'A') || 'A';
  }
  const { indicator, ...rest } = columns;
  return {
    mapping: { sheet: sheetRef, headerRow: r + 1, form: wide ? 'wide' : 'long', columns: { indicator: indicator!, ...rest }, defaults: {} },
    found,
  };
}
