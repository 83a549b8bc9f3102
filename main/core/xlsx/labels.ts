// Words the briefing workbook shows, in the interface language (zh default, en option), and the sheet-name
// rules Excel enforces: a name it would reject makes Excel "repair" the file, which is what we must avoid.
import { CODE_WORDS_ZH } from '../pivot/labels';
import { explain } from '../wording/explanations';

export type BriefingLanguage = 'zh' | 'en';

export interface BriefingWords {
  sheets: { cover: string; pivot: string; scorecard: string; planTracker: string; facts: string; forecasts: string };
  cover: { title: string; workspace: string; exportedAt: string; filters: string; none: string; contents: string; factCount: string };
  total: string;
  subtotal: string;
  /** Facts sheet column titles, in sheet order (see FACT_COLUMNS). */
  factColumns: Record<FactColumn, string>;
  /** How coded values (kind, measure, qualifier, status) read in this language; import reads them back. */
  values: Record<'kind' | 'measure' | 'qualifier' | 'status', Record<string, string>>;
  forecastColumns: { indicator: string; region: string; measure: string; targetPeriod: string; method: string; point: string; low: string; high: string; level: string; pMeet: string; createdAt: string };
}

export const FACT_COLUMNS = [
  'indicator', 'region', 'measure', 'period', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'status',
  'reportTitle', 'reportPeriod', 'quote', 'originFile', 'originSheet', 'originCell', 'id',
] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

/** A coded value in words, or the code itself when the language has no word for it. */
export function valueWord(words: BriefingWords, field: keyof BriefingWords['values'], code: string): string {
  const table = words.values[field];
  return Object.hasOwn(table, code) ? table[code]! : code;
}

export const WORDS: Record<BriefingLanguage, BriefingWords> = {
  zh: {
    sheets: { cover: '封面', pivot: '透视表', scorecard: '记分卡', planTracker: '规划跟踪', facts: '事实', forecasts: '预测' },
    cover: { title: 'Planscope 简报', workspace: '工作区', exportedAt: '导出时间', filters: '筛选条件', none: '无', contents: '内容', factCount: '事实条数' },
    total: '总计',
    subtotal: '小计',
    factColumns: {
      indicator: '指标', region: '地区', measure: '口径', period: '期间', kind: '类型', value: '数值', low: '下限', high: '上限',
      unit: '单位', qualifier: '限定', status: '审核状态', reportTitle: '报告标题', reportPeriod: '报告期', quote: '原文',
      originFile: '来源文件', originSheet: '来源工作表', originCell: '来源单元格', id: '编号',
    },
    values: CODE_WORDS_ZH, // the pivot view's words, so a sheet reads like the screen
    forecastColumns: {
      indicator: '指标', region: '地区', measure: '口径', targetPeriod: '预测期', method: '方法', point: '点预测', low: '区间下限',
      high: '区间上限', level: '置信水平', pMeet: '达标概率', createdAt: '创建时间',
    },
  },
  en: {
    sheets: { cover: 'Cover', pivot: 'Pivot', scorecard: 'Scorecard', planTracker: 'Plan tracker', facts: 'Facts', forecasts: 'Forecasts' },
    cover: { title: 'Planscope briefing', workspace: 'Workspace', exportedAt: 'Exported at', filters: 'Filters', none: 'none', contents: 'Contents', factCount: 'Facts' },
    total: 'Total',
    subtotal: 'Subtotal',
    factColumns: {
      indicator: 'Indicator', region: 'Region', measure: 'Measure', period: 'Period', kind: 'Kind', value: 'Value', low: 'Low', high: 'High',
      unit: 'Unit', qualifier: 'Qualifier', status: 'Status', reportTitle: 'Report title', reportPeriod: 'Report period', quote: 'Quote',
      originFile: 'Origin file', originSheet: 'Origin sheet', originCell: 'Origin cell', id: 'ID',
    },
    values: { kind: {}, measure: {}, qualifier: {}, status: {} },
    forecastColumns: {
      indicator: 'Indicator', region: 'Region', measure: 'Measure', targetPeriod: 'Target period', method: 'Method', point: 'Point forecast',
      low: 'Interval low', high: 'Interval high', level: 'Level', pMeet: 'P(meet target)', createdAt: 'Created at',
    },
  },
};

const ILLEGAL_SHEET_CHARS = /[[\]:*?/\\\u0000-\u001f]/g;

/**
 * A name Excel accepts: ≤ 31 characters, none of []:*?/\ or control characters, not starting or ending with an
 * apostrophe, not "History" (reserved), and unique in the workbook ignoring case.
 */
export function safeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted.replace(ILLEGAL_SHEET_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  if (!base || base.toLowerCase() === 'history') base = base ? `${base} 1` : 'Sheet';
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  // Excel counts UTF-16 units; cut by whole code points so a surrogate pair is never split.
  const fit = (s: string, suffix: string) => {
    let out = '';
    for (const ch of s) {
      if (out.length + ch.length > 31 - suffix.length) break;
      out += ch;
    }
    return out.trimEnd() + suffix;
  };
  let name = fit(base, '');
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = fit(base, ` (${i})`);
  return name;
}

/** Why Excel would refuse a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (!name.length || name.length > 31) return `sheet name "${name}" must have 1 to 31 characters`;
  if (/[[\]:*?/\\\u0000-\u001f]/.test(name)) return `sheet name "${name}" contains a character Excel forbids`;
  if (/^'|'$/.test(name)) return `sheet name "${name}" starts or ends with an apostrophe`;
  return null;
}

/** An engine's explanation (a pending score's reason, an interval basis) in the briefing's language. */
export function explainedIn(text: string | null | undefined, language: BriefingLanguage): string | null {
  return text ? explain(text, language === 'zh' ? 'zh-CN' : 'en') : null;
}
