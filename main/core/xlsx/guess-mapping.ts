// The wizard's first guess at a mapping, from header words: Planscope's own facts sheet (zh or en) maps
// itself completely, and common Chinese statistical headers (指标名称, 年份, 计量单位 …) are recognised. The user
// confirms or changes every choice in the mapping step; nothing is imported on a guess alone.
import { cellText, isBlank, readPeriod } from './cell-values';
import type { SheetRows } from './import-facts';
import type { ImportMappingInput, MappedField } from './import-mapping';
import { WORDS, type FactColumn } from './labels';

const SYNONYMS: Record<MappedField, string[]> = {
  indicator: ['指标', '指标名称', '项目', 'indicator', 'item'],
  region: ['地区', '区域', '行政区', 'region', 'area'],
  period: ['期间', '年份', '时期', '时间', '年度', 'period', 'year'],
  kind: ['类型', '数据类型', 'kind', 'type'],
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

function matchField(header: string): MappedField | null {
  const h = header.trim().toLowerCase();
  for (const [field, words] of Object.entries(SYNONYMS) as [MappedField, string[]][]) if (words.includes(h)) return field;
  return null;
}

/** The first of the top rows with at least two text cells is taken as the header row. */
function headerRowIndex(sheet: SheetRows): number {
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const texts = (sheet.rows[r] ?? []).filter((v) => typeof v === 'string' && v.trim() !== '').length;
    if (texts >= 2) return r;
  }
  return 0;
}

export interface MappingGuess {
  mapping: ImportMappingInput;
  /** Fields the guess found, for the wizard to show as pre-filled. */
  found: MappedField[];
}

export function guessMapping(sheet: SheetRows, sheetRef: string): MappingGuess {
  const r = headerRowIndex(sheet);
  const header = sheet.rows[r] ?? [];
  const columns: Record<string, string> = {};
  const found: MappedField[] = [];
  let periodsAcross = 0;
  header.forEach((h) => {
    if (isBlank(h)) return;
    const field = matchField(cellText(h));
    if (field && !found.includes(field)) {
      columns[field] = cellText(h);
      found.push(field);
    } else if (readPeriod(h).ok) periodsAcross++;
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
