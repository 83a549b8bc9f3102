// Where in the report a line sits decides what its numbers are: outcomes of the reviewed period or targets
// for the planned one, and whether a headline list was introduced as estimates ("主要指标预计完成情况").
// The document model (document.ts) reads the report into sections; this file gives each line its context
// in the shape the extractors read.
import { bulletMark, isBulletLine, readDocument } from './document';
import type { ReportMeta } from './meta';
import type { Mode } from './section-rules';

export type { Mode } from './section-rules';

export interface LineContext {
  mode: Mode;
  /** Period of outcomes stated on this line. */
  actualPeriod: string;
  /** Period of targets stated on this line. */
  targetPeriod: string;
  /** Inside a bullet list of headline indicators. */
  bullet: boolean;
  /** The list's introduction called its numbers estimates (预计). */
  estimateList: boolean;
  /** The line sits under a heading about the plan's main targets (主要目标/发展目标/主要指标). */
  headlineSection: boolean;
  /** The report reviews a multi-year span here ("十三五期间"), used for cumulative flows. */
  spanPeriod: string | null;
  /** The paragraph opened "初步预计," : its outcomes are estimates. */
  estimateParagraph: boolean;
  /** The paragraph reviews the past five years ("这是…的五年") of a yearly report: the span. */
  spanReviewed: string | null;
  /** Ids of the document-model rules behind this context (heading, introduction, paragraph). */
  rules: readonly string[];
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

export function isBullet(line: string): boolean {
  return isBulletLine(line);
}

export function bulletMarkLength(line: string): number {
  return bulletMark(line);
}

/** One context per line, in order. */
export function lineContexts(lines: readonly Line[], meta: ReportMeta): LineContext[] {
  // A five-year plan reviews the five years before its span throughout.
  const spanPeriod = meta.shape === 'five-year' ? `${meta.reviewYear - 4}-${meta.reviewYear}` : null;
  return readDocument(lines.map((l) => l.text), meta).lines.map((m) => ({
    mode: m.mode,
    actualPeriod: m.actualPeriod,
    targetPeriod: m.targetPeriod,
    bullet: m.bullet,
    estimateList: m.estimateList,
    headlineSection: m.headline,
    spanPeriod,
    estimateParagraph: m.estimateParagraph,
    spanReviewed: m.spanReviewed,
    rules: m.rules,
  }));
}
