// Cutting text into sentences: a full stop, a semicolon or a line end closes one.
export interface Span {
  start: number;
  end: number;
}

/**
 * A set of characters as a table indexed by character code: a lookup per character of a text, cheaper than a
 * Set or a regex (a position past the text's end reads NaN, which no table holds).
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

// This runs once per character of every report.
const ENDS = charTable('。；;！？!?\n');
const isEnd = (text: string, i: number) => ENDS[text.charCodeAt(i)] === 1;

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
