// Cutting text into sentences: a full stop, a semicolon or a line end closes one.
export interface Span {
  start: number;
  end: number;
}

// A character-code set, not a regex: this runs once per character of every report.
const ENDS = new Set([...'。；;！？!?\n'].map((c) => c.charCodeAt(0)));
const isEnd = (text: string, i: number) => ENDS.has(text.charCodeAt(i));

export function sentencesIn(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || isEnd(text, i)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

// A "sentence" longer than this (a page with no punctuation) is read in pieces, so time stays linear.
const LONGEST = 1500;

/** The sentence holding `offset` (or the span [offset, to)), reaching at most `longest` characters either side. */
export function sentenceAround(text: string, offset: number, to = offset, longest = LONGEST): Span {
  let start = offset;
  while (start > 0 && offset - start < longest && !isEnd(text, start - 1)) start--;
  let end = to;
  while (end < text.length && end - to < longest && !isEnd(text, end)) end++;
  return { start, end };
}
