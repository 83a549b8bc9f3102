// One-click fixes for a value cell written as economists write numbers in text ("约6%", "6%左右", "不低于5",
// "6.0%-6.5%", "194.7亿元"): the number, its qualifier, range and unit read out of the words, offered in the wizard
// and recorded in the mapping (`fixes`), so the colleague's file is never edited and need not be chosen again.
// And every refusal said in Chinese, naming the sheet by its name and the cell.
import type { Qualifier } from '../types';
import type { CellFix } from './import-mapping';

interface QualifierWord {
  id: Qualifier;
  examples: string[];
  test: RegExp;
}

const QUALIFIER_WORDS: QualifierWord[] = [
  { id: 'approx', examples: ['约6%', '6%左右', '大约6', '接近6'], test: /^(约|大约|近|接近)|左右$/ },
  { id: 'at_least', examples: ['6%以上', '不低于5', '至少5'], test: /以上$|^(超过|高于|不低于|不少于|至少)/ },
  { id: 'at_most', examples: ['3%以内', '不超过3'], test: /(以内|以下)$|^(低于|不超过|不高于)/ },
];

const UNITS = /(亿元|万元|元|万人|人|家|个|亿美元|万吨|吨)$/;
const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;

/** The fix a text value cell suggests, or null when its words are not a number with qualifier, range or unit. */
export function suggestFix(raw: string): CellFix | null {
  let core = raw.replace(/\s+/g, '').replace(/,/g, '');
  let qualifier: Qualifier | undefined;
  for (const q of QUALIFIER_WORDS) {
    if (q.test.test(core)) {
      core = core.replace(q.test, '');
      qualifier ??= q.id;
    }
  }
  let unit: string | undefined;
  const u = UNITS.exec(core);
  if (u) {
    unit = u[1];
    core = core.slice(0, -u[1]!.length);
  }
  const range = new RegExp(`^(${NUM})%?[-—~～至到](${NUM})(%?)$`).exec(core);
  if (range) return { low: Number(range[1]), high: Number(range[2]), qualifier: 'range', ...(range[3] ? { unit: '%' } : {}), ...(unit ? { unit } : {}) };
  const one = new RegExp(`^(${NUM})(%?)$`).exec(core);
  if (!one || (!qualifier && !unit && !one[2])) return null;
  return { value: Number(one[1]), ...(qualifier ? { qualifier } : {}), ...(one[2] ? { unit: '%' } : {}), ...(unit ? { unit } : {}) };
}

const QUALIFIER_ZH: Record<Qualifier, string> = { exact: '准确', approx: '约', at_least: '以上', at_most: '以内', range: '区间', more_than: '超过' };

/** A fix in words: "改为 6,限定为“约”". */
export function fixInChinese(fix: CellFix): string {
  const parts = [fix.low !== undefined && fix.high !== undefined ? `下限 ${fix.low}、上限 ${fix.high}` : `数值 ${fix.value}`];
  if (fix.qualifier) parts.push(`限定为“${QUALIFIER_ZH[fix.qualifier]}”`);
  if (fix.unit) parts.push(`单位 ${fix.unit}`);
  return `改为${parts.join(',')}`;
}

/** Each English refusal of cell-values / import-facts and what it says in Chinese; the first that matches is used. */
const REASONS_ZH: { id: string; en: RegExp; zh: (m: RegExpExecArray, value: string) => string }[] = [
  { id: 'number', en: /is not a number/, zh: (_, v) => {
    const fix = suggestFix(v);
    return fix ? `“${v}”不是数字;${fixInChinese(fix)}` : `“${v}”不是数字;只填数字(例如 6 或 194.7),无数据可填 — 或留空`;
  } },
  { id: 'finite', en: /is not a finite number/, zh: (_, v) => `“${v}”不是有效数字;请填写数字` },
  { id: 'period', en: /is not a period/, zh: (_, v) => `“${v}”不是期间;请填写年份(如 2024)、半年(2024H1 或 2024年上半年)、前三季度(2024Q3,累计)或跨年期(2016-2020)` },
  { id: 'kind', en: /is not a kind/, zh: (_, v) => `“${v}”不是数据类型;请填写 实际、预计 或 目标` },
  { id: 'measure', en: /is not a measure/, zh: (_, v) => `“${v}”不是口径;请填写 总量、增速、比重、比率、数量 或 变动` },
  { id: 'qualifier', en: /is not a qualifier/, zh: (_, v) => `“${v}”不是限定;请填写 准确、左右、以上、以内、区间 或 超过` },
  { id: 'indicator-empty', en: /the indicator is empty/, zh: () => '指标名称为空;请填写指标名称(例如 地区生产总值)' },
  { id: 'region-empty', en: /the region is empty/, zh: () => '地区为空;请填写地区,或在“缺省地区”中设定' },
  { id: 'period-empty', en: /the period is empty/, zh: () => '期间为空;请填写年份,例如 2024 或 2024H1' },
];

/** 同事.xlsx 工作表“数据”D14:“约6%”不是数字;改为数值 6,限定为“约” — file, sheet by name, cell, and the fix. */
export function cellMessageZh(file: string, sheet: string, cell: string, value: string, why: string): string {
  const where = `${file} 工作表“${sheet}”${cell}`;
  for (const r of REASONS_ZH) {
    const m = r.en.exec(why);
    if (m) return `${where}:${r.zh(m, value)}`;
  }
  return `${where}:${why}`;
}
