// Cuts a report's text into sentences and, inside them, into runs covered by the same facts, so the viewer
// renders a 60 KB report as a few thousand plain elements once, and selection later only toggles classes.
// Facts may overlap (a sentence stating GDP's level and growth gives two facts over one quote); a run lists
// every fact covering it.

export interface FactSpan {
  id: number;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  start: number;
  /** Facts covering this run, ascending; empty for plain text. */
  ids: number[];
}

export interface Sentence {
  start: number;
  end: number;
  runs: Run[];
}

/** Where sentences end: after 。！？；!?; (with any closing quote or bracket) and at line breaks. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[。！？；!?;]+[”’」』）)]*|\n+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index + m[0].length);
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** Spans outside the text or empty are dropped: a fact without a place in this text is not highlighted. */
export function validSpans(text: string, spans: readonly FactSpan[]): FactSpan[] {
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
}

export function buildSentences(text: string, spans: readonly FactSpan[]): Sentence[] {
  const facts = validSpans(text, spans);
  const ends = sentenceEnds(text);
  const cuts = new Set<number>([0, text.length, ...ends]);
  const startsAt = new Map<number, number[]>();
  const endsAt = new Map<number, number[]>();
  for (const f of facts) {
    cuts.add(f.start);
    cuts.add(f.end);
    startsAt.set(f.start, [...(startsAt.get(f.start) ?? []), f.id]);
    endsAt.set(f.end, [...(endsAt.get(f.end) ?? []), f.id]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  const active = new Set<number>();
  let sentenceIndex = 0;
  let current: Sentence = { start: 0, end: ends[0] ?? text.length, runs: [] };
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (const id of endsAt.get(a) ?? []) active.delete(id);
    for (const id of startsAt.get(a) ?? []) active.add(id);
    while (a >= current.end && sentenceIndex < ends.length - 1) {
      sentences.push(current);
      sentenceIndex += 1;
      current = { start: current.end, end: ends[sentenceIndex]!, runs: [] };
    }
    current.runs.push({ text: text.slice(a, b), start: a, ids: [...active].sort((x, y) => x - y) });
  }
  sentences.push(current);
  return sentences.filter((s) => s.runs.length > 0);
}

/**
 * Which fact a click on a run selects: the first covering fact, or when the selected one is among them, the
 * next one, so repeated clicks walk through overlapping facts.
 */
export function nextFactAt(ids: readonly number[], selected: number | null): number | null {
  if (ids.length === 0) return null;
  const at = selected === null ? -1 : ids.indexOf(selected);
  return ids[(at + 1) % ids.length] ?? null;
}
