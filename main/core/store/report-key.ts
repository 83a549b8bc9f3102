// A report's "same words" key: two files are the same report when, read the way the reader reads them, they say
// the same words and figures in the same order. A GBK copy of a UTF-8 report (which loses the characters GBK has
// no code for: ¹ ² ³ footnote marks, •, a no-break space, written as "?" or dropped), the .html and the .txt of one
// page, a traditional-script repost, or a PDF and the text saved from it then share one key, though their bytes
// (and so their `hash`) differ. Pure: text in, key out.
//
// What is folded, in order (FOLDS below, each with an example pair it makes equal):
//   reader-text     – normalizeReport: markup, pinyin annotations, traditional → simplified, portal chrome,
//                     full-width → ASCII, spacing, footnote marks beside numbers
//   words-and-figures – only letters (Han, Latin …) and decimal digits count: punctuation, symbols, every kind of
//                     space and line break, superscripts, and the "?" an encoder writes for a character it lacks go
//   compatibility-forms – NFKC on what is left (full-width letters, compatibility ideographs)
// Not folded: a PDF's running page headers and page numbers are words and figures of their own, so a PDF and its
// .txt match only when the text was saved without them; the title, region and period check catches the rest.
import { normalizeReport } from '../normalize/index';
import { sha256Hex } from './hash';

interface Fold {
  id: string;
  fold(text: string): string;
  /** Two texts this fold (with the ones before it) makes equal. */
  examples: readonly [string, string][];
}

const NOT_A_WORD_OR_FIGURE = /[^\p{L}\p{Nd}]+/gu;

// The example sentences are made up, in the shape of a plan report's opening and first figure.
export const FOLDS: readonly Fold[] = [
  {
    id: 'reader-text',
    fold: (text) => normalizeReport(text).text,
    examples: [['<html><body><p>地区生产总值增长6.5%</p></body></html>', '地区生产总值增长6.5%']],
  },
  {
    id: 'words-and-figures',
    fold: (text) => text.replace(NOT_A_WORD_OR_FIGURE, ''),
    examples: [['扎实推进“六稳”¹工作。\n全年增长 6.5%', '扎实推进"六稳"?工作。全年增长6.5%']],
  },
  {
    id: 'compatibility-forms',
    fold: (text) => text.normalize('NFKC').replace(NOT_A_WORD_OR_FIGURE, ''),
    examples: [['ＧＤＰ增长６５', 'GDP增长65']],
  },
];

/** The text as compared: every fold applied. */
export function foldedReportText(text: string): string {
  return FOLDS.reduce((t, f) => f.fold(t), text);
}

/** SHA-256 of the folded text; null for a text with no words or figures at all (nothing to compare). */
export function reportTextKey(text: string): string | null {
  const folded = foldedReportText(text);
  return folded ? sha256Hex(folded) : null;
}
