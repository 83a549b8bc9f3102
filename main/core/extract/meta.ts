// What a report is: its title, the district that issued it, the period it reports on, the year it plans
// for, and when it was published. Read from the title line and the page header, in normalized text.
import { districtIn, documentRegion } from './places';

export type ReportShape = 'annual' | 'half-year' | 'five-year';

export interface ReportMeta {
  title: string;
  region: string;
  /** The period the report covers ("2024H1", "2019", "2021-2025" for a five-year plan). */
  period: string;
  published: string | null;
  shape: ReportShape;
  /** The year whose outcomes it reports (the year before the plan span for a five-year plan). */
  reviewYear: number;
  /** The year its targets are for (the plan span's last year for a five-year plan). */
  planYear: number;
}

const TITLE_WORDS = /(报告|规划|计划|纲要|情况)/;
const FIVE_YEAR: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

function findTitle(lines: readonly string[]): string {
  const candidates = lines
    .map((l) => l.trim().replace(/^(名称|标题|题目)\s*[:：]\s*/, ''))
    .filter((l) => l.length >= 6 && l.length <= 80 && TITLE_WORDS.test(l) && !/[。;；]/.test(l));
  // A title names its district; a breadcrumb or heading usually does not.
  return candidates.find((l) => districtIn(l) && /(\d{4}|十[一二三四五](五|个五年))/.test(l)) ?? candidates.find((l) => /(\d{4}|十[一二三四五](五|个五年))/.test(l)) ?? candidates[0] ?? '';
}

function findPublished(text: string): string | null {
  const m = /(发布日期|发布时间|成文日期|日期)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[2]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
}

/** Reads the report's metadata from its first lines and title. */
export function readMeta(text: string): ReportMeta {
  const head = text.slice(0, 4000);
  const lines = head.split('\n');
  const title = findTitle(lines);
  // A city's own report names no district: the city is the region.
  const region = documentRegion(title, text);
  const published = findPublished(head);
  const probe = title + '\n' + (lines.find((l) => /(执行情况|完成情况)/.test(l)) ?? '');
  // "第十四个五年规划" is the formal name of the 十四五 plan.
  const plan = /(十[一二三四五])(?:五|个五年)/.exec(probe);
  if (plan && !/\d{4}\s*年/.test(title)) {
    const end = FIVE_YEAR[`${plan[1]!}五`]!;
    return { title, region, period: `${end - 4}-${end}`, published, shape: 'five-year', reviewYear: end - 5, planYear: end };
  }
  // Mid-year and quarterly reports: outcomes of the part-year, targets of the full year.
  const part = /(\d{4})\s*年\s*(上半年|1\s*[-—至~]\s*6\s*月|一季度|第一季度|1\s*[-—至~]\s*3\s*月|前三季度|1\s*[-—至~]\s*9\s*月)/.exec(probe);
  if (part) {
    const y = Number(part[1]);
    const sub = /(一季度|3\s*月)/.test(part[2]!) ? 'Q1' : /(三季度|9\s*月)/.test(part[2]!) ? 'Q3' : 'H1';
    return { title, region, period: `${y}${sub}`, published, shape: 'half-year', reviewYear: y, planYear: y };
  }
  const years = [...probe.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const reviewYear = years[0] ?? (publishedYear ? publishedYear - 1 : new Date(0).getUTCFullYear());
  const planYear = years.find((y) => y > reviewYear) ?? reviewYear + 1;
  return { title, region, period: String(reviewYear), published, shape: 'annual', reviewYear, planYear };
}
