// Some sites annotate hard characters with pinyin: "經(jīng)濟", and after a lossy copy the opening
// parenthesis is sometimes gone: "統tǒng)籌". A pinyin annotation is recognised by its tone mark, which is
// what separates it from "(GDP)" or "(a)"; an ASCII-only "(de)" is left alone because it cannot be told
// apart from a real abbreviation.
// Tone marks are rare, so we search for them with one table scan and grow each hit into
// "(syllable)" by hand; a single regex with optional prefixes would try to match at every position.
import { MappedTextBuilder, type MappedText } from './mapped-text';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** 1 for a tone mark (a toned vowel or a combining tone): one table read per character finds the rare hits. */
const TONE_MARK = new Uint8Array(0x10000);
for (const ch of TONED) TONE_MARK[ch.charCodeAt(0)] = 1;
for (const u of [0x300, 0x301, 0x304, 0x30c]) TONE_MARK[u] = 1;
const MAX_BEFORE_TONE = 5;
const MAX_AFTER_TONE = 6;

const isPlain = (u: number) => (u >= 0x61 && u <= 0x7a) || u === 0xfc; // a-z, ü
const isCombiningTone = (u: number) => u === 0x300 || u === 0x301 || u === 0x304 || u === 0x30c;
const isToned = (u: number) => TONED.includes(String.fromCharCode(u));
/** Letters that may not precede an annotation: it would be the middle of a Latin word. */
const isLatin = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || (u >= 0xc0 && u <= 0x24f);
const isOpen = (u: number) => u === 0x28 || u === 0xff08;
const isClose = (u: number) => u === 0x29 || u === 0xff09;

/** The annotation around the tone mark at `at`, as [start, end), or null. */
function annotationAround(text: string, at: number): [number, number] | null {
  let s = at;
  if (isCombiningTone(text.charCodeAt(at))) {
    if (!'aeiouvü'.includes(text[at - 1] ?? '')) return null;
    s = at - 1; // the vowel carrying the combining mark
  }
  let k = 0;
  for (; k < MAX_BEFORE_TONE && s > 0 && isPlain(text.charCodeAt(s - 1)); k++) s--;
  const initial = text.charCodeAt(s - 1);
  if (k < MAX_BEFORE_TONE && initial >= 0x41 && initial <= 0x5a) s--; // proper nouns: 深(Shēn)圳
  let start = s;
  let q = s - 1;
  if (text.charCodeAt(q) === 0x20) q--;
  if (isOpen(text.charCodeAt(q))) start = q;
  if (start > 0 && isLatin(text.charCodeAt(start - 1))) return null;

  let e = at + 1;
  for (let k = 0; k < MAX_AFTER_TONE && e < text.length; k++) {
    const u = text.charCodeAt(e);
    if (!isPlain(u) && !isToned(u) && !isCombiningTone(u)) break;
    e++;
  }
  if (text.charCodeAt(e) === 0x20) e++;
  return isClose(text.charCodeAt(e)) ? [start, e + 1] : null;
}

/**
 * The ranges every tone mark lies in (à…ǹ, the combining tones, ḿ): the regex engine finds the first character
 * of these few ranges several times faster than a loop over the table, so a report without pinyin is passed
 * over at that speed, and the table loop starts at the first candidate.
 */
const TONE_RANGES = /[\u00e0-\u01f9\u0300-\u030c\u1e3f]/;

/** Every annotation, in text order (an array, not a generator: the scan stays one tight loop). */
function annotations(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = text.search(TONE_RANGES);
  if (first < 0) return out;
  for (let i = first; i < text.length; i++) {
    if (TONE_MARK[text.charCodeAt(i)] !== 1) continue;
    const found = annotationAround(text, i);
    if (found) {
      out.push(found);
      i = found[1] - 1;
    }
  }
  return out;
}

export function removePinyin(input: MappedText): MappedText {
  const text = input.text;
  let out: MappedTextBuilder | null = null;
  let copied = 0;
  for (const [start, end] of annotations(text)) {
    if (start < copied) continue;
    out ??= new MappedTextBuilder(input);
    out.copy(copied, start);
    copied = end;
  }
  if (out === null) return input;
  out.copy(copied, text.length);
  return out.finish();
}

/** How many pinyin annotations a text still carries (for diagnostics). */
export function countPinyin(text: string): number {
  return annotations(text).length;
}
