// Some sites annotate hard characters with pinyin: "經(jīng)濟", and after a lossy copy the opening
// parenthesis is sometimes gone: "統tǒng)籌". A pinyin annotation is recognised by its tone mark, which is
// what separates it from "(GDP)" or "(a)"; an ASCII-only "(de)" is left alone because it cannot be told
// apart from a real abbreviation.
import { MappedTextBuilder, type MappedText } from './mapped-text';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const LETTER = `a-zü${TONED}`;
// Combining marks cover annotations typed as a + U+0304 instead of the precomposed ā.
const TONE = `(?:[${TONED}]|[aeiouvü][\\u0300\\u0301\\u0304\\u030c])`;
const ANNOTATION = new RegExp(
  `(?<![A-Za-z\\u00c0-\\u024f])[(（]?\\s?[a-zü]{0,5}${TONE}[${LETTER}\\u0300\\u0301\\u0304\\u030c]{0,6}\\s?[)）]`,
  'g',
);

export function removePinyin(input: MappedText): MappedText {
  const text = input.text;
  ANNOTATION.lastIndex = 0;
  let m = ANNOTATION.exec(text);
  if (m === null) return input;
  const out = new MappedTextBuilder(input);
  let copied = 0;
  while (m !== null) {
    out.copy(copied, m.index);
    copied = m.index + m[0].length;
    m = ANNOTATION.exec(text);
  }
  out.copy(copied, text.length);
  return out.finish();
}

/** How many pinyin annotations a text still carries (for tests and diagnostics). */
export function countPinyin(text: string): number {
  return text.match(ANNOTATION)?.length ?? 0;
}
