// Footnote marks beside a name or a number go: statistical bulletins write "国内生产总值[2]900309亿元",
// "国民总收入[3]896915亿元", "能耗[4]比上年下降3.1%" (the 2018 national bulletin, quoted by
// https://m.iverstown.com/Article/news/politics/2019-03-02/193948.html), others "增长5.2%①", "增长5.2%[注]" or a
// superscript "增长5.2%²". Left in, the mark becomes part of the indicator's name ("地区生产总值[3]") or a number.
// Runs after spacing (full-width brackets are already ASCII) and keeps every kept character's origin.
//
// A mark is a footnote only glued to what it annotates: at the start of a line it opens a note or a list item
// ("[1] 地区生产总值按现价计算", "①地区生产总值"), and after a letter a superscript is an exponent (m², km²).
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { NextOf } from './next-of';

export interface FootnoteRule {
  id: string;
  says: string;
  /** The mark, anchored at the position tried. */
  mark: RegExp;
  /** Whether the mark at text[at, at+length) annotates what precedes it. */
  glued(text: string, at: number, length: number): boolean;
  /** [input, output] */
  examples: readonly (readonly [string, string])[];
}

// The verb that goes on with the annotated name's clause: "能耗①比上年下降3.1%", "收入②增长5%".
const CLAUSE_VERB = /^(比上年|比上|同比|较上年|增长|下降|为|达|占)/;

// Glued to the annotated word or number: not at a line's start, not after a blank or a sentence's punctuation.
const gluedAfterWord = (text: string, at: number) => at > 0 && !/[\s，,。；;：:、（(]/.test(text[at - 1]!);

export const FOOTNOTE_RULES: readonly FootnoteRule[] = [
  {
    id: 'bracketed-footnote',
    says: '[3], [注], [注1], 【注2】 glued to a word or number',
    mark: /^(?:\[\d{1,2}\]|\[注\d{0,2}\]|【注?\d{0,2}】)/,
    glued: (text, at) => gluedAfterWord(text, at),
    examples: [['国内生产总值[2]900309亿元', '国内生产总值900309亿元'], ['增长5.2%[注]。', '增长5.2%。'], ['[1] 按现价计算', '[1] 按现价计算']],
  },
  {
    id: 'circled-footnote',
    says: '① … ⑳ right after a word or number, before punctuation, a line end, a number or the verb of its clause (else it numbers a list item)',
    mark: /^[①-⑳]/,
    glued: (text, at) => gluedAfterWord(text, at) && (/^[\d，,。；;：:、)）”"\n]/.test(text[at + 1] ?? '\n') || CLAUSE_VERB.test(text.slice(at + 1, at + 4))),
    examples: [['增长5.2%①,', '增长5.2%,'], ['生产总值①1234亿元', '生产总值1234亿元'], ['能耗①比上年下降3.1%', '能耗比上年下降3.1%'],
      ['指标:①地区生产总值', '指标:①地区生产总值'], ['推进①产业升级②城市更新', '推进①产业升级②城市更新']],
  },
  {
    id: 'superscript-footnote',
    says: 'superscript digits after a word, a number or a percent (after a letter they are an exponent: m²)',
    mark: /^[¹²³⁰⁴⁵⁶⁷⁸⁹]+/,
    glued: (text, at) => gluedAfterWord(text, at) && !/[A-Za-z]/.test(text[at - 1]!),
    examples: [['增长5.2%²,', '增长5.2%,'], ['2400¹亿元', '2400亿元'], ['面积120万m²', '面积120万m²']],
  },
];

/** The characters a mark starts with other than '[' and '【' (found by NextOf): ①-⑳ and the superscript digits. */
const OTHER_FIRST_CHARS = /[\u2460-\u2473\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/g;

/** The text without footnote marks, each kept character still pointing at its original. */
export function dropFootnoteMarks(input: MappedText): MappedText {
  const text = input.text;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  const firstChars = new NextOf(text, ['[', '【'], OTHER_FIRST_CHARS);
  for (let at = firstChars.next(0); at >= 0; at = firstChars.next(at + 1)) {
    if (at < copied) continue;
    const rest = text.slice(at, at + 6);
    for (const rule of FOOTNOTE_RULES) {
      const m = rule.mark.exec(rest);
      if (!m || !rule.glued(text, at, m[0].length)) continue;
      out ??= new MappedTextBuilder(input);
      out.copy(copied, at);
      copied = at + m[0].length;
      break;
    }
  }
  if (!out) return input;
  out.copy(copied, text.length);
  return out.finish();
}
