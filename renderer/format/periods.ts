// Periods as written in Chinese reports: "2024年上半年", "2024年前三季度", "2016—2020年".
// Quarter periods are cumulative (Q3 = first three quarters), as the reports state them.
import { parsePeriod } from '../../main/core/types';
import type { Lang } from '../i18n';

const ZH_SUB = { Y: '', H1: '上半年', H2: '下半年', Q1: '一季度', Q2: '上半年', Q3: '前三季度', Q4: '全年' } as const;
const EN_SUB = { Y: '', H1: ' H1', H2: ' H2', Q1: ' Q1', Q2: ' Q1–Q2', Q3: ' Q1–Q3', Q4: ' Q1–Q4' } as const;

/** Unknown text comes back as is, so a wrongly typed period stays visible for correction. */
export function formatPeriod(period: string, lang: Lang = 'zh-CN'): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.endYear !== p.year) return lang === 'en' ? `${p.year}–${p.endYear}` : `${p.year}—${p.endYear}年`;
  return lang === 'en' ? `${p.year}${EN_SUB[p.sub]}` : `${p.year}年${ZH_SUB[p.sub]}`;
}

const ZH_INPUT: [RegExp, string][] = [
  [/^(\d{4})年?上半年$/, 'H1'],
  [/^(\d{4})年?下半年$/, 'H2'],
  [/^(\d{4})年?(一季度|第一季度)$/, 'Q1'],
  [/^(\d{4})年?前三季度$/, 'Q3'],
  [/^(\d{4})年?(全年)?$/, ''],
];

/**
 * A period typed by a person, in the stored form ("2024H1"), or null. Accepts the stored form itself and the
 * Chinese forms formatPeriod writes, so what is shown can be typed back.
 */
export function parsePeriodInput(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '').toUpperCase();
  const stored = parsePeriod(t);
  if (stored) return stored.endYear >= stored.year ? t : null;
  const span = /^(\d{4})[-—–~至到](\d{4})年?$/.exec(t);
  if (span && Number(span[1]) < Number(span[2])) return `${span[1]}-${span[2]}`;
  for (const [re, sub] of ZH_INPUT) {
    const m = re.exec(t);
    if (m) return `${m[1]}${sub}`;
  }
  return null;
}
