// How field values are shown and ordered: periods chronologically, kinds in the order a plan year unfolds
// (target, then estimate, then actual), reports by publication date, everything else in Chinese collation.
import type { Workspace } from '../store/workspace';
import { reportDates } from '../store/queries/documents';
import { comparePeriods } from '../types';
import type { PivotField } from './spec';
import { inChinese, KIND_WORDS, MEASURE_WORDS } from '../wording/terms';

/** How coded values read in Chinese; the briefing workbook uses the same words, so a sheet reads like the screen. */
export const CODE_WORDS_ZH: Record<'kind' | 'measure' | 'qualifier' | 'status', Record<string, string>> = {
  kind: inChinese(KIND_WORDS),
  measure: inChinese(MEASURE_WORDS),
  qualifier: { exact: '准确', approx: '左右', at_least: '以上', at_most: '以内', range: '区间', more_than: '超过' },
  // The review view's words (renderer/i18n/common.ts): one set of status words across the app and the workbook.
  status: { accepted: '已采纳', unreviewed: '待审核', rejected: '已驳回' },
};
const KIND_ORDER = ['target', 'estimate', 'actual'];
const MEASURE_ORDER = ['level', 'growth', 'share', 'rate', 'count', 'change'];
const STATUS_ORDER = ['accepted', 'unreviewed', 'rejected'];

export interface ReportInfo {
  title: string;
  /** Publication date, else import time: the order reports are listed in. */
  date: string;
}

export interface LabelContext {
  reports: ReadonlyMap<string, ReportInfo>;
}

/** Every report's title and listing date, keyed by id as the pivot sees it (a string). */
export function loadReports(ws: Workspace): Map<string, ReportInfo> {
  const reports = new Map<string, ReportInfo>();
  // The date falls back to when the report was imported, so it is never missing.
  for (const r of reportDates(ws)) reports.set(String(r.id), { title: r.title, date: r.date ?? '' });
  return reports;
}

export const NO_UNIT_LABEL = '(无单位)';
export const NO_REPORT_LABEL = '(非报告来源)';

export function fieldValueLabel(field: PivotField, value: string, ctx: LabelContext): string {
  switch (field) {
    case 'kind':
    case 'measure':
    case 'status':
      return CODE_WORDS_ZH[field][value] ?? value;
    case 'unit':
      return value === '' ? NO_UNIT_LABEL : value;
    case 'report':
      return value === '' ? NO_REPORT_LABEL : (ctx.reports.get(value)?.title ?? `#${value}`);
    default:
      return value;
  }
}

const collator = new Intl.Collator('zh-Hans-CN');

function byList(list: readonly string[]) {
  return (a: string, b: string) => {
    const ia = list.indexOf(a);
    const ib = list.indexOf(b);
    return (ia < 0 ? list.length : ia) - (ib < 0 ? list.length : ib) || collator.compare(a, b);
  };
}

export function fieldComparator(field: PivotField, ctx: LabelContext): (a: string, b: string) => number {
  switch (field) {
    case 'period':
      return comparePeriods;
    case 'kind':
      return byList(KIND_ORDER);
    case 'measure':
      return byList(MEASURE_ORDER);
    case 'status':
      return byList(STATUS_ORDER);
    case 'report':
      return (a, b) => {
        const ra = ctx.reports.get(a);
        const rb = ctx.reports.get(b);
        if (!ra || !rb) return (ra ? -1 : rb ? 1 : 0) || collator.compare(a, b);
        return ra.date.localeCompare(rb.date) || Number(a) - Number(b);
      };
    default:
      return (a, b) => collator.compare(a, b);
  }
}

/** Lexicographic order of value paths, one comparator per level. */
export function pathComparator(comparators: ((a: string, b: string) => number)[]) {
  return (a: readonly string[], b: readonly string[]): number => {
    for (let i = 0; i < comparators.length; i++) {
      const c = comparators[i]!(a[i] ?? '', b[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  };
}
