// Facts review: list and filter the statements read from reports, correct them, accept or reject them.
// Every change is written to the audit table (before/after) and can be undone and redone.
import { z } from 'zod';
import { method, type MethodMap } from './define';
import { readPeriodText, type Fact, type FactKind, type ReviewStatus } from '../core/types';

const id = z.number().int().positive();
const kind = z.enum(['actual', 'estimate', 'target']);
const status = z.enum(['unreviewed', 'accepted', 'rejected']);
const qualifier = z.enum(['exact', 'approx', 'at_least', 'at_most', 'range', 'more_than']);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const period = z.string().trim().refine((p) => readPeriodText(p) === p, 'a period looks like 2024, 2024H1, 2024Q3 or 2021-2025');

export const factFilterSchema = z.object({
  documentId: id.optional(),
  indicator: z.string().min(1).optional(),
  kind: kind.optional(),
  period: z.string().min(1).optional(),
  status: status.optional(),
  region: z.string().min(1).optional(),
});
export type FactFilterArgs = z.input<typeof factFilterSchema>;

/** The fields an economist may correct; anything not named stays as it is. */
export const factChangesSchema = z.object({
  value: finite.nullable().optional(),
  low: finite.nullable().optional(),
  high: finite.nullable().optional(),
  unit: z.string().trim().max(40).nullable().optional(),
  qualifier: qualifier.optional(),
  period: period.optional(),
  kind: kind.optional(),
  indicator: z.string().trim().min(1, 'an indicator name is required').max(200).optional(),
}).refine((c) => Object.keys(c).length > 0, 'name at least one field to change');
export type FactChanges = z.output<typeof factChangesSchema>;

export interface FactFilterOptions {
  documents: { id: number; title: string }[];
  indicators: string[];
  periods: string[];
  regions: string[];
  kinds: FactKind[];
  statuses: ReviewStatus[];
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  factIds: number[];
  undone: boolean;
}

/** What undo/redo did (null when there was nothing to undo or redo) and the facts as they are now. */
export interface UndoResult {
  entry: AuditEntry | null;
  facts: Fact[];
}

/** Why a fact reads as it does: the rules that found it and set its name, kind and period. */
export interface FactWhy {
  factId: number;
  /** 'report': read from its report's text; 'not-in-text': typed in, imported or merged; 'not-read-now': today's reader makes no fact of its span. */
  source: 'report' | 'not-in-text' | 'not-read-now';
  rules: { id: string; says: string; zh: string }[];
}

export const factsMethods = {
  'facts.list': method<Fact[]>()(z.object({ filter: factFilterSchema.optional() })),
  'facts.filterOptions': method<FactFilterOptions>()(z.object({})),
  'facts.update': method<Fact>()(z.object({ id, changes: factChangesSchema })),
  'facts.accept': method<Fact[]>()(z.object({ ids: z.array(id).min(1).max(100000) })),
  'facts.reject': method<Fact[]>()(z.object({ ids: z.array(id).min(1).max(100000) })),
  'facts.undo': method<UndoResult>()(z.object({})),
  'facts.redo': method<UndoResult>()(z.object({})),
  'facts.why': method<FactWhy>()(z.object({ id })),
  'facts.history': method<AuditEntry[]>()(z.object({ factId: id.optional(), limit: z.number().int().min(1).max(1000).optional() })),
} satisfies MethodMap;
