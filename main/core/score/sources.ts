// The sentence a number was read from, so every score can be traced back to the report's own words.

const ENDS = /[。！？；;!?\n]/;
const MAX_SIDE = 300;

/** The sentence around [start, end) and where the span sits inside it. Clause marks (，) do not end it. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; markStart: number; markEnd: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && s - from < MAX_SIDE && !ENDS.test(text[from - 1]!)) from--;
  let to = e;
  while (to < text.length && to - e < MAX_SIDE && !ENDS.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++; // keep the sentence's own full stop
  const lead = text.slice(from, s).length - text.slice(from, s).trimStart().length;
  const sentence = text.slice(from, to).trim();
  return { sentence, markStart: s - from - lead, markEnd: e - from - lead };
}
