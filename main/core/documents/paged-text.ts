// A report read from a paged file (PDF): its text, and which page each stretch of the text came from, so a fact's
// span into the text also names its page.

export interface PageSpan {
  /** 1-based, as the PDF viewer numbers it. */
  page: number;
  start: number;
  end: number;
}

export interface PagedText {
  text: string;
  pages: PageSpan[];
}

/** The page an offset of the text is on; null when the text has no pages (a .txt, .docx) or the offset is outside. */
export function pageAt(pages: readonly PageSpan[], offset: number): number | null {
  let lo = 0;
  let hi = pages.length - 1;
  let found: PageSpan | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pages[mid]!;
    if (p.start <= offset) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.end ? found.page : null;
}
