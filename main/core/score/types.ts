// What a score says about one promise: the target, the outcome it is judged by, and the verdict.
// These types cross into the contract, the CLI and the briefing workbook, so they are plain JSON.
import type { Direction, FactKind, Measure, Qualifier } from '../types';
import type { TargetPath } from '../forecast/types';

/** direction_unknown: the catalogue does not know which way is better, and the verdict would depend on it. */
export type ScoreStatus = 'met' | 'missed' | 'within_tolerance' | 'pending' | 'not_comparable' | 'direction_unknown';

/**
 * How close is close enough for an exact or 左右 target. Growth rates, shares and rates are compared in
 * percentage points; levels and counts in percent of the target.
 */
export interface Tolerance {
  pp: number;
  pct: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { pp: 0.5, pct: 2 };

export interface TargetRef {
  factId: number | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
  period: string;
  documentId: number | null;
}

export interface ActualRef {
  factId: number | null;
  value: number | null;
  qualifier: Qualifier;
  unit: string | null;
  period: string;
  kind: FactKind;
  documentId: number | null;
}

/** Actual minus the target (the nearest bound of a range), in the target's unit and relative to it. */
export interface Gap {
  value: number;
  unit: string | null;
  /** pp for percentage measures, % of the target for levels and counts; null when the target is 0. */
  relative: number | null;
  relativeUnit: 'pp' | '%';
  /** True when the outcome is on the good side of the target, given the indicator's direction. */
  favourable: boolean;
}

/** 时序进度: how much of the year's target a cumulative sub-annual figure has reached, against elapsed time. */
export interface TimeProgress {
  expectedPct: number;
  /** The completion share as stated by the report, or actual ÷ target. Negative targets: see time-progress.ts. */
  achievedPct: number;
  /** Positive = ahead of the pro-rata path, in percent of |target|, oriented by direction. */
  aheadByPct: number;
  verdict: 'ahead' | 'on_track' | 'behind';
  source: 'computed' | 'stated';
  note: string | null;
}

/** Every other statement of the same outcome, oldest first: estimates that were later revised, etc. */
export interface Revision {
  factId: number;
  value: number | null;
  kind: FactKind;
  period: string;
  documentId: number | null;
  published: string | null;
  status: string;
  best: boolean;
}

export interface Score {
  /** Stable key: region|indicator|measure|period (the target period). */
  key: string;
  region: string;
  indicator: string;
  measure: Measure;
  period: string;
  /** The target's tier: 1 for a report's headline targets. */
  tier: number | null;
  direction: Direction;
  target: TargetRef;
  actual: ActualRef | null;
  status: ScoreStatus;
  /** Why a score is pending or not comparable, in the economist's words. */
  reason: string | null;
  gap: Gap | null;
  timeProgress: TimeProgress | null;
  /** For a target still open: the growth it needs from the latest full-year outcome, against the growth seen. */
  path: TargetPath | null;
  revisions: Revision[];
}

export interface HitRate {
  group: string;
  measure: Measure | null;
  scored: number;
  met: number;
  withinTolerance: number;
  missed: number;
  /** (met + within tolerance) ÷ scored; null when nothing has been scored. */
  hitRate: number | null;
  /** Mean shortfall of the outcomes that fell short, pp for percentage measures. */
  meanShortfallPp: number | null;
  /** Mean shortfall of the outcomes that fell short, % of target for levels and counts. */
  meanShortfallPct: number | null;
}

export interface Scorecard {
  rows: Score[];
  byIndicator: HitRate[];
  byRegion: HitRate[];
  tolerance: Tolerance;
}

/** The user's tolerance over the defaults; a field left out (or undefined) keeps its default. */
export function toleranceOf(t: Partial<Tolerance> | undefined): Tolerance {
  return { pp: t?.pp ?? DEFAULT_TOLERANCE.pp, pct: t?.pct ?? DEFAULT_TOLERANCE.pct };
}
