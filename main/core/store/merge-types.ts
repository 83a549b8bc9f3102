// What a merge of a colleague's workspace looks like to the economist: how much comes in cleanly, and the
// conflicts she must decide one by one. JSON-safe, so the same shapes travel to the renderer and the CLI.
import type { Fact } from '../types';

/** Keep my version, take theirs (replaces mine), or keep both statements side by side. */
export type Resolution = 'mine' | 'theirs' | 'both';

/** Where merged facts came from; recorded in each merged fact's origin and in the audit trail. */
export interface MergeSource {
  /** The colleague's workspace name (meta `name`, else its file name). */
  workspace: string;
  /** meta `author` of their workspace, when set. */
  author: string | null;
  /** When the merge happened (ISO). */
  date: string;
}

/** One side of a fact conflict, as the conflicts list shows it. */
export interface FactSide extends Pick<Fact, 'indicator' | 'measure' | 'value' | 'low' | 'high' | 'unit' | 'qualifier'
  | 'period' | 'kind' | 'region' | 'status' | 'start' | 'end' | 'quote'> {
  factId: number;
  /** The report it was read from (title), or null for a fact entered by hand or from a spreadsheet. */
  report: string | null;
  updatedAt: string;
}

export interface FactConflict {
  id: string;
  type: 'fact';
  /**
   * `same-report`: both workspaces hold this report and edited the same statement differently.
   * `same-series`: a statement not tied to a shared report gives another value for the same
   * region/indicator/measure/period/kind.
   * `deleted-there`: a statement of a report both hold that their copy no longer has (deleted there, or added
   * here); `theirs` is null and "theirs" means deleting it here.
   */
  reason: 'same-report' | 'same-series' | 'deleted-there';
  /** Field names that differ (`value`, `period`, `status`, …); empty for `deleted-there`. */
  differences: string[];
  mine: FactSide;
  theirs: FactSide | null;
  choices: Resolution[];
}

export interface AliasConflict {
  id: string;
  type: 'alias';
  alias: string;
  /** The canonical indicator each side maps the alias to. */
  mine: string;
  theirs: string;
  choices: Resolution[];
}

export interface IndicatorAttributes {
  unit: string | null;
  direction: string;
  flowStock: string;
}

export interface IndicatorConflict {
  id: string;
  type: 'indicator';
  name: string;
  mine: IndicatorAttributes;
  theirs: IndicatorAttributes;
  choices: Resolution[];
}

export interface PivotConflict {
  id: string;
  type: 'pivot';
  name: string;
  mine: string;
  theirs: string;
  choices: Resolution[];
}

export type MergeConflict = FactConflict | AliasConflict | IndicatorConflict | PivotConflict;

export interface MergeCounts {
  documents: number;
  facts: number;
  indicators: number;
  aliases: number;
  pivots: number;
  forecasts: number;
}

/** What a merge would do, before anything changes. */
export interface MergePlan {
  source: MergeSource;
  /** Brought in without asking. */
  clean: MergeCounts;
  /** Statements both workspaces already hold identically (merged silently). */
  identical: number;
  conflicts: MergeConflict[];
}

export interface MergeResult {
  source: MergeSource;
  added: MergeCounts;
  identical: number;
  resolved: Record<Resolution, number>;
  /** Conflicts left as mine because no decision was given (CLI merge). */
  unresolved: string[];
}
