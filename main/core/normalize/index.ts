// Reading a report: decoded text in, clean simplified text out, with a map from every clean character back
// to the ORIGINAL text so each extracted fact can point at the exact words the report used.
//
// Steps, in order (each keeps the map):
//   markup   – HTML pages lose tags/scripts/styles, entities are decoded; stray tags in .txt files go too
//   pinyin   – "經(jīng)濟" → "經濟", including annotations whose "(" was lost ("統tǒng)籌")
//   simplify – traditional → simplified (opencc-js dictionaries, hk2s)
//   chrome   – portal lines: breadcrumbs, 浏览次数, 【打印】, 分享到, 无障碍 …
//   pipes    – a table with | between cells (a PDF export as Markdown) gets tabs instead (pipe-tables.ts)
//   columns  – a table aligned with runs of spaces gets tabs between its columns (space-columns.ts)
//   spacing  – full-width → ASCII, spaces inside numbers and around Chinese removed, blank lines collapsed,
//              then a line break inside a sentence ("中国燃\n\n气") is joined (joins.ts), then footnote marks
//              beside a name or number go ("生产总值[3]1234亿元", footnotes.ts)
import { stripChrome } from './chrome';
import { dropFootnoteMarks } from './footnotes';
import { looksLikeHtml, stripMarkup } from './html';
import { joinBrokenLines } from './joins';
import { identityMapped, type MappedText } from './mapped-text';
import { removePinyin } from './pinyin';
import { alignPipeTables } from './pipe-tables';
import { toSimplified } from './simplify';
import { alignSpaceColumns } from './space-columns';
import { foldWidthAndSpacing } from './spacing';

export { decodeReport, type DecodedReport } from './decode';

export interface NormalizedText {
  text: string;
  /** Index in the original text of normalized index `index`; `toOriginal(text.length)` is the original's length. */
  toOriginal(index: number): number;
  /**
   * The original span [start, end) that normalized span [start, end) was read from: `start` maps like
   * toOriginal, `end` is just past the original character behind the span's last character, so text the
   * normalizer removed after the span (a pinyin annotation, a stripped tag) is not included.
   */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
}

export type NormalizeStep = 'markup' | 'pinyin' | 'simplify' | 'chrome' | 'pipes' | 'columns' | 'spacing';

const STEPS: ReadonlyArray<[NormalizeStep, (input: MappedText, html: boolean) => MappedText]> = [
  ['markup', (input, html) => stripMarkup(input, html)],
  ['pinyin', removePinyin],
  ['simplify', toSimplified],
  ['chrome', stripChrome],
  ['pipes', alignPipeTables],
  ['columns', alignSpaceColumns],
  ['spacing', (input) => dropFootnoteMarks(joinBrokenLines(foldWidthAndSpacing(input)))],
];

function wrap(original: string, mapped: MappedText): NormalizedText {
  const { text, origin } = mapped;
  const toOriginal = (index: number): number => {
    const i = index <= 0 ? 0 : index >= text.length ? text.length : Math.floor(index);
    return origin[i] ?? original.length;
  };
  return {
    text,
    toOriginal,
    toOriginalSpan(start: number, end: number) {
      const s = toOriginal(start);
      if (end <= start) return { start: s, end: s };
      const last = toOriginal(end - 1);
      let e = last + 1;
      const code = original.charCodeAt(last);
      if (code >= 0xd800 && code <= 0xdbff) e++; // an astral character is two code units
      else if (code === 0x26 /* & */) {
        // The last character was an HTML entity: the span ends after its ';'.
        const semi = original.indexOf(';', last);
        if (semi > last && semi - last <= 10) e = semi + 1;
      }
      return { start: s, end: Math.max(s, Math.min(e, original.length)) };
    },
  };
}

export function normalizeReport(original: string): NormalizedText {
  const html = looksLikeHtml(original);
  let mapped = identityMapped(original);
  for (const [, step] of STEPS) mapped = step(mapped, html);
  return wrap(original, mapped);
}

/** The text after each step, for debugging a report that reads wrongly. */
export function normalizeWithSteps(original: string): Array<{ step: NormalizeStep | 'original'; text: string }> {
  const html = looksLikeHtml(original);
  let mapped = identityMapped(original);
  const steps: Array<{ step: NormalizeStep | 'original'; text: string }> = [{ step: 'original', text: original }];
  for (const [name, step] of STEPS) {
    mapped = step(mapped, html);
    steps.push({ step: name, text: mapped.text });
  }
  return steps;
}
