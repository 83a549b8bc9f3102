// What a report is: its title, the district that issued it, the period it reports on, the year it plans
// for, and when it was published. Read from the title line, the page header and the report's own headings,
// in normalized text. The year is never guessed: when neither the title nor a heading says it, the report's
// period is unknown (`yearRule` null) unless the caller supplies the year (the user, asked by the app or CLI).
import { districtIn, documentRegion } from './places';
import { headingsOf } from './headings';
import { BODY_YEAR_RULES, DELIVERY_DATE_RULE, HEADING_YEAR_RULES, OPENING_PARAGRAPH_RULE, PUBLICATION_DATE_RULE, TITLE_YEAR_RULES, type YearReading } from './period-rules';

export type ReportShape = 'annual' | 'half-year' | 'five-year';

export interface ReportMeta {
  title: string;
  region: string;
  /** The period the report covers ("2024H1", "2019", "2021-2025" for a five-year plan); '' when unknown. */
  period: string;
  published: string | null;
  shape: ReportShape;
  /** The year whose outcomes it reports (the year before the plan span for a five-year plan); NaN when unknown. */
  reviewYear: number;
  /** The year its targets are for (the plan span's last year for a five-year plan); NaN when unknown. */
  planYear: number;
  /** The id of the rule that read the year ('year.title-…', 'year.heading-…', 'year.supplied'), null when nothing did. */
  yearRule: string | null;
}

export interface MetaOptions {
  /** The year the report reviews, supplied by the user when the document does not say it. */
  year?: number;
}

const TITLE_WORDS = /(报告|规划|计划|纲要|情况|公报)/;
const HAS_YEAR = /(\d{4}|十[一二三四五](五|个五年))/;

// Web chrome names other pages ("上一篇：…2021年…计划", "首页 > 规划计划"): never this report's title.
// A list item ("● 大力实施…建设计划") is no title either.
const CHROME = /^(上一篇|下一篇|上一条|下一条|相关|推荐|热门|热点|友情链接|首页|[●•·▪—－-])|[>›»]/;

function findTitle(lines: readonly string[]): string {
  const candidates = lines
    .map((l) => l.trim().replace(/^(名称|标题|题目)\s*[:：]\s*/, ''))
    .filter((l) => l.length >= 6 && l.length <= 80 && TITLE_WORDS.test(l) && !/[。;；]/.test(l) && !CHROME.test(l));
  // A title names its district; a breadcrumb or heading usually does not.
  return candidates.find((l) => districtIn(l) && HAS_YEAR.test(l)) ?? candidates.find((l) => HAS_YEAR.test(l)) ?? candidates[0] ?? '';
}

function findPublished(text: string): string | null {
  const m = /(发布日期|发布时间|成文日期|日期)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[2]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
}

/** The year reading of the first rule that reads `probe`, with the rule's id. */
function publicationReading(published: string | null, text: string): (YearReading & { rule: string }) | null {
  const r = PUBLICATION_DATE_RULE.read(published, text);
  return r ? { ...r, rule: PUBLICATION_DATE_RULE.id } : null;
}

function firstReading(rules: readonly { id: string; read(s: string): YearReading | null }[], probes: readonly string[]): (YearReading & { rule: string }) | null {
  for (const probe of probes) {
    for (const rule of rules) {
      const r = rule.read(probe);
      if (r) return { ...r, rule: rule.id };
    }
  }
  return null;
}

/** Reads the report's metadata from its first lines, title and headings. */
export function readMeta(text: string, options: MetaOptions = {}): ReportMeta {
  const head = text.slice(0, 4000);
  const lines = head.split('\n');
  const title = findTitle(lines);
  // A city's own report names no district: the city is the region.
  const region = documentRegion(title, text);
  const published = findPublished(head);
  // The title first; then the report's own headings, in order (a repost headed "2023年经济社会发展主要目标");
  // then the date it was delivered to the congress; then the year its first reporting paragraph opens on.
  const headings = headingsOf(text.split('\n')).map((h) => h.text);
  const fromTitle = title ? firstReading(TITLE_YEAR_RULES, [title]) : null;
  // A part reviewing a named year says what the report holds better than a title line, which may be misread.
  const reviewed = fromTitle?.shape === 'annual' ? firstReading(HEADING_YEAR_RULES.filter((r) => r.id === 'year.heading-review'), headings) : null;
  const reading = (reviewed && fromTitle && reviewed.reviewYear !== fromTitle.reviewYear ? reviewed : fromTitle) ??
    firstReading(HEADING_YEAR_RULES, headings) ??
    firstReading([DELIVERY_DATE_RULE], lines.slice(0, 40)) ??
    firstReading([OPENING_PARAGRAPH_RULE], lines.slice(0, 40)) ??
    firstReading(BODY_YEAR_RULES, lines.slice(0, 40)) ??
    publicationReading(published, text);
  const base = { title, region, published };
  if (reading) {
    const { rule, shape, reviewYear, planYear, period } = reading;
    return { ...base, shape, reviewYear, planYear, period, yearRule: rule };
  }
  if (options.year !== undefined) {
    const y = options.year;
    return { ...base, shape: 'annual', reviewYear: y, planYear: y + 1, period: String(y), yearRule: 'year.supplied' };
  }
  return { ...base, shape: 'annual', reviewYear: NaN, planYear: NaN, period: '', yearRule: null };
}

/** The publication year, offered to the user as the report's year when the document does not say it. */
export function suggestedYear(meta: Pick<ReportMeta, 'published'>): number | null {
  return meta.published ? Number(meta.published.slice(0, 4)) : null;
}
