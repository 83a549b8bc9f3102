// The catalogue's part for reading a file from outside: a report (text, web page, PDF, Word), a workbook, and the
// readers that run in their own worker with limits on size, time and memory.
import type { Wording } from '../messages';

export const READING = {
} as const satisfies Record<string, Wording>;
