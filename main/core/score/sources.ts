// The sentence a number was read from, so every score can be traced back to the report's own words.
import { sentenceAround as sentenceIn } from '../extract/rules/sentences';

const MAX_SIDE = 300;

/** The sentence around [start, end) and where the span sits inside it. Clause marks (，) do not end it. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; markStart: number; markEnd: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const { start: from, end: stop } = sentenceIn(text, s, e, MAX_SIDE);
  const to = stop < text.length && text[stop] !== '\n' ? stop + 1 : stop; // keep the sentence's own full stop
  const lead = text.slice(from, s).length - text.slice(from, s).trimStart().length;
  const sentence = text.slice(from, to).trim();
  return { sentence, markStart: s - from - lead, markEnd: e - from - lead };
}
