// The economist's vocabulary, shared by every layer (the renderer may import this file's types).
// Field names follow ../shared/gold/SCHEMA.md so extractor output, the store and exports speak one language.

/** What a number measures about its indicator. */
export type Measure = 'level' | 'growth' | 'share' | 'rate' | 'count' | 'change';

/**
 * How the report qualifies the number. `more_than` is 超过 said of an outcome ("GDP超过2400亿元");
 * 超过/以上/不低于 said of a target is `at_least`.
 */
export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most' | 'range' | 'more_than';

/** 预计 → estimate; outcomes → actual; 目标/力争/计划 → target. */
export type FactKind = 'actual' | 'estimate' | 'target';

/** "2024", "2024H1", "2024H2", "2024Q1".."2024Q3" (cumulative), or a span "2016-2020". */
export type Period = `${number}` | `${number}H${1 | 2}` | `${number}Q${1 | 2 | 3 | 4}` | `${number}-${number}`;

export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected';

/**
 * Which way is better for an indicator. 'unknown': the catalogue does not know the indicator and its wording does
 * not say; a score then says so rather than guessing higher-is-better. The store's indicators table never holds it.
 */
export type Direction = 'higher' | 'lower' | 'neutral' | 'unknown';

/** One stated number, as the extractor reads it. Offsets are JS string indices into the ORIGINAL text. */
export interface ExtractedFact {
  indicator: string;
  measure: Measure;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier;
  period: Period;
  kind: FactKind;
  region: string;
  start: number;
  end: number;
  /** 1 = headline indicator (bullet list of main indicators or an inline "(目标…)"), 2 = any other. */
  tier: 1 | 2;
  /** With `readReport(…, { trace: true })`: ids of the rules that found the fact and set its name, period and kind. */
  rules?: readonly string[];
}

/** Where a fact came from when it was not read from a report's text. */
export interface FactOrigin {
  file?: string;
  sheet?: string;
  cell?: string;
  workspace?: string;
  author?: string;
  mergedAt?: string;
}

/** A fact as stored in a workspace. */
export interface Fact extends Omit<ExtractedFact, 'start' | 'end' | 'tier' | 'period'> {
  id: number;
  period: string;
  documentId: number | null;
  start: number | null;
  end: number | null;
  tier: number | null;
  quote: string | null;
  status: ReviewStatus;
  origin: FactOrigin | null;
  createdAt: string;
  updatedAt: string;
  /** The page of a PDF report the fact's span starts on; null or absent when the report has no pages. */
  page?: number | null;
  /** What the fact said before the economist first edited it, when it now says something else (see store/edited.ts). */
  editedFrom?: EditedFrom | null;
}

/** A fact's statement as first read or imported, before review edits. */
export interface EditedFrom {
  indicator: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: Qualifier;
  period: string;
  kind: FactKind;
  /** When the first edit in effect was made (ISO). */
  at: string;
}

/** A report read into the workspace. */
export interface ReportDocument {
  id: number;
  hash: string;
  fileName: string;
  title: string;
  region: string;
  /** The period the report covers: "2024H1" for a mid-year report, "2019" for a year-end one. */
  period: string;
  published: string | null;
  encoding: string;
  importedAt: string;
}

/** Parses a period into sortable parts; null for text that is not a period. */
export function parsePeriod(p: string): { year: number; endYear: number; sub: 'Y' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' } | null {
  let m = /^(\d{4})$/.exec(p);
  if (m) return { year: Number(m[1]), endYear: Number(m[1]), sub: 'Y' };
  m = /^(\d{4})(H[12]|Q[1-4])$/.exec(p);
  if (m) return { year: Number(m[1]), endYear: Number(m[1]), sub: m[2] as 'H1' };
  m = /^(\d{4})-(\d{4})$/.exec(p);
  if (m) return { year: Number(m[1]), endYear: Number(m[2]), sub: 'Y' };
  return null;
}

const SUB_RANK = { Q1: 1, Q2: 2, H1: 2.5, Q3: 3, H2: 4, Q4: 4.5, Y: 5 } as const;

/** Order periods chronologically: by end year, then sub-annual before the full year, spans last. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return (pa ? -1 : pb ? 1 : 0) || a.localeCompare(b);
  return pa.endYear - pb.endYear || SUB_RANK[pa.sub] - SUB_RANK[pb.sub] || (pa.endYear - pa.year) - (pb.endYear - pb.year);
}

export function isPeriod(p: string): p is Period {
  return parsePeriod(p) !== null;
}

// The Chinese ways a report, a colleague's sheet or a person typing writes a sub-annual period.
// Quarter periods are cumulative (Q3 = the first three quarters), as the reports state them.
const ZH_PARTS: readonly [RegExp, string][] = [
  [/^年?(全年|年度)?$/, ''],
  [/^年?(上半年|1-6月|一季度至二季度)$/, 'H1'],
  [/^年?(下半年|7-12月)$/, 'H2'],
  [/^年?(第?一季度|1-3月)$/, 'Q1'],
  [/^年?(前三季度|1-9月)$/, 'Q3'],
];

/**
 * A period as people write it, in stored form: "2024", "2024h1", "2024年上半年", "2024年1-9月",
 * "2021至2025年" → "2024", "2024H1", "2024H1", "2024Q3", "2021-2025". Null when it is not one (also for a span
 * that ends before it starts). The one grammar shared by review edits, spreadsheet import and the contract.
 */
export function readPeriodText(text: string): string | null {
  const t = text.replace(/\s+/g, '').toUpperCase();
  const stored = parsePeriod(t);
  if (stored) return stored.endYear >= stored.year ? t : null;
  const span = /^(\d{4})年?[-—–~～至到](\d{4})年?$/.exec(t);
  if (span) return Number(span[1]) < Number(span[2]) ? `${span[1]}-${span[2]}` : null;
  const zh = /^(\d{4})(.*)$/.exec(t);
  if (zh) for (const [re, part] of ZH_PARTS) if (re.test(zh[2]!)) return `${zh[1]}${part}`;
  return null;
}
