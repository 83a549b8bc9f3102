// Scorecard: every target against its outcome, with time progress and the track record, and the sentences
// each number came from.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import type { Fact } from '../core/types';
import type { Scorecard } from '../core/score/types';
import type { PlanRow } from '../core/score/plan-targets';

export type { PlanRow } from '../core/score/plan-targets';
export type { PlanStatus } from '../core/score/plan-path';
export type { ActualRef, Gap, HitRate, Revision, Score, Scorecard, ScoreStatus, TargetRef, TimeProgress, Tolerance } from '../core/score/types';

const id = z.number().int().positive();
const nonNegative = z.number().refine(Number.isFinite, 'must be a finite number').min(0, 'a tolerance cannot be negative').max(100);

export const toleranceSchema = z.object({
  pp: nonNegative.optional(),
  pct: nonNegative.optional(),
});

/** One fact with the sentence of its report it was read from. */
export interface FactSource {
  fact: Fact;
  documentTitle: string | null;
  /** The whole sentence around the fact's span (null for facts not read from a report's text). */
  sentence: string | null;
  /** Where the fact's own span sits inside `sentence`. */
  markStart: number | null;
  markEnd: number | null;
}

export interface ScorecardChoices {
  documents: { id: number; title: string; period: string }[];
  periods: string[];
}

export const scoresMethods = {
  'scores.scorecard': method<Scorecard>()(z.object({
    documentId: id.optional(),
    /**
     * Scores against what this report knew (its own figures and those of reports dated no later); null scores
     * against every figure the workspace holds. Absent: the chosen report itself, as the window's picker does.
     */
    asOfReport: id.nullable().optional(),
    period: z.string().trim().min(4).max(20).optional(),
    tolerance: toleranceSchema.optional(),
  })),
  'scores.choices': method<ScorecardChoices>()(z.object({})),
  /** The plan tracker: every multi-year plan target with its base, latest outcome, pace and status. */
  'scores.planCheck': method<PlanRow[]>()(z.object({})),
  'scores.sources': method<FactSource[]>()(z.object({ factIds: z.array(id).min(1).max(50) })),
} satisfies MethodMap;
