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
