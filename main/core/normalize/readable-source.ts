// A report as the source pane shows it. A web page is stored as published (its HTML), and every fact's span
// points into that; the economist should read the page's words, not its <p>, <h2> and &gt;. So the pane gets the
// text without markup, with runs that carry each span across: the same markup step the reader uses (html.ts),
// so what is shown is what was read.
import { looksLikeHtml, stripMarkup } from './html';
import { identityMapped } from './mapped-text';

export interface ReadableSource {
  text: string;
  /**
   * Where the shown text came from, as flat triples [shownStart, originalStart, length]: shown[shownStart + k]
   * is original[originalStart + k]. Null when the text is shown as stored (not a web page).
   */
  runs: number[] | null;
}

export function readableSource(original: string): ReadableSource {
  if (!looksLikeHtml(original)) return { text: original, runs: null };
  const { text, origin } = stripMarkup(identityMapped(original), true);
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const n = runs.length;
    // A character continues the last run when it is the next original character after it.
    if (n && runs[n - 3]! + runs[n - 1]! === i && runs[n - 2]! + runs[n - 1]! === origin[i]) runs[n - 1]!++;
    else runs.push(i, origin[i]!, 1);
  }
  return { text, runs };
}

/**
 * Where an original index lands in the shown text: inside a run, its own character; inside removed markup, the
 * end of the run before it (so a span's end never takes in the markup after it).
 */
export function shownIndex(runs: readonly number[], original: number): number {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid * 3 + 1]! <= original) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (at < 0) return 0;
  const [shown, from, length] = [runs[at * 3]!, runs[at * 3 + 1]!, runs[at * 3 + 2]!];
  return original < from + length ? shown + (original - from) : shown + length;
}
