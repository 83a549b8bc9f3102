// `--year YYYY` for the commands that read reports: the year a report reviews when its title and headings do
// not say it. Never guessed: without it such a report is refused with a message naming the option.
import type { NeedsYearDetails } from '../core/extract/document-year';
import { UsageError, type ParsedArgs } from './args';

/** The --year flag's value, or undefined; anything but a four-digit year is a usage error. */
export function yearFlag(args: ParsedArgs, usage: string): number | undefined {
  const v = args.flags.get('year');
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^(19|20)\d{2}$/.test(v)) throw new UsageError(`--year needs a four-digit year such as 2023\nusage: ${usage}`);
  return Number(v);
}

/** The CLI's wording of a report refused for want of a year. */
export function needsYearMessage(details: NeedsYearDetails): string {
  const hint = details.suggestedYear ? ` (the page says it was published in ${details.suggestedYear})` : '';
  return `the report's year could not be read from its title or headings${hint}; give the year it reports on with --year YYYY.`;
}
