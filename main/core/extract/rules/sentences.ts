// Cutting text into sentences: a full stop, a semicolon or a line end closes one.
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。；;！？!?\n]/;

export function sentencesIn(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || SENTENCE_END.test(text[i]!)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The sentence holding `offset`. */
export function sentenceAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}
