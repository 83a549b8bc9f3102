// The refusal of a report whose year cannot be read: the app asks the user for the year (prefilled with the
// publication year), the CLI names its --year option. No fact is stored with a made-up year.
import { PlanscopeError } from '../errors';
import { suggestedYear, type ReportMeta } from './meta';

export interface NeedsYearDetails {
  needsYear: true;
  file: string;
  suggestedYear: number | null;
  [key: string]: string | number | boolean | null;
}

export function yearUnknown(fileName: string, meta: Pick<ReportMeta, 'published'>): PlanscopeError {
  const suggested = suggestedYear(meta);
  const details: NeedsYearDetails = { needsYear: true, file: fileName, suggestedYear: suggested };
  return suggested
    ? PlanscopeError.says('bad-input', 'report.year-unknown-published', { file: fileName, year: suggested }, details)
    : PlanscopeError.says('bad-input', 'report.year-unknown', { file: fileName }, details);
}

/** Whether an error is the refusal of a report whose year could not be read. */
export function needsYear(err: unknown): err is PlanscopeError & { details: NeedsYearDetails } {
  return err instanceof PlanscopeError && typeof err.details === 'object' && err.details !== null && !Array.isArray(err.details) && err.details.needsYear === true;
}
