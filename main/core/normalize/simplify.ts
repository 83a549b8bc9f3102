// Traditional → simplified with opencc-js's own dictionaries (hk2s: HK variants, then OpenCC's standard
// traditional→simplified phrases and characters). opencc-js's converter is a trie walk at ~6 MB/s and returns
// a string with no offset map, so we compile its dictionaries once into a per-character table plus the few
// phrases whose conversion differs from character-by-character conversion. Conversion is then one table
// lookup per character, and each output character keeps the origin of the character it replaced.
import * as OpenCC from 'opencc-js';
import type { MappedText } from './mapped-text';
import { COMMON_SIMPLIFIED } from './common-hanzi';
import { unitsToString } from './utf16';

type Dict = Map<string, string>;

interface Compiled {
  /** BMP code unit → replacement code unit; 0 = unchanged; 0xffff = look in `multi`. */
  single: Uint16Array;
  /** Code points whose replacement is not one BMP unit (or that are astral). */
  multi: Map<number, string>;
  /** First code unit → phrases starting with it, longest first. */
  phrases: Map<number, Array<[string, string]>>;
  /** 1 where a phrase may start: a typed-array test is much cheaper than a Map lookup per character. */
  phraseStart: Uint8Array;
  /** 1 for any code unit that is some phrase's second one: most phrase-start hits fail this cheap test. */
  phraseSecond: Uint8Array;
  /** 1 for any code unit where conversion may start; a scan of this table finds an already simplified report fast. */
  convertible: Uint8Array;
  /**
   * 1 for any code unit the conversion loop must look at (a phrase start, a character that changes alone, a
   * high surrogate): after the first convertible character the loop skips all others with one table read.
   */
  stop: Uint8Array;
  /**
   * 1 for the characters the conversion loop jumps between: every character that converts alone, and at least
   * one of every phrase. Nothing converts where no phrase window reaches a marked character, so a simplified
   * report with one convertible character (覆, flagged for 答覆) is not read one stop character at a time.
   */
  mark: Uint8Array;
  longestPhrase: number;
}


let compiled: Compiled | null = null;

function parseDicts(groups: readonly (readonly unknown[])[]): Dict[] {
  // Within a group, earlier dictionaries win (opencc-js loads a group in reverse); we return them in
  // application order per stage, merged so the first dictionary's entry wins.
  return groups.map((group) => {
    const merged: Dict = new Map();
    for (let d = group.length - 1; d >= 0; d--) {
      const dict = group[d];
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : Array.isArray(dict) ? (dict as string[][]) : [];
      for (const [k, v] of entries) if (k && v !== undefined) merged.set(k, v);
    }
    return merged;
  });
}

function charwise(dict: Dict, s: string): string {
  let out = '';
  for (const ch of s) out += dict.get(ch) ?? ch;
  return out;
}

function compile(): Compiled {
  const config = OpenCC.Locale.configs['hk2s'];
  if (!config) throw new Error('opencc-js has no hk2s configuration');
  const stages = [...parseDicts(config.conversionChain)];
  const normalize = (config as { normalizationChain?: readonly (readonly unknown[])[] }).normalizationChain;
  if (normalize) stages.unshift(...parseDicts(normalize));
  const allChars = (s: string) => stages.reduce((acc, dict) => charwise(dict, acc), s);

  const single = new Uint16Array(0x10000);
  const multi = new Map<number, string>();
  const seen = new Set<string>();
  for (const dict of stages) for (const key of dict.keys()) if ([...key].length === 1) seen.add(key);
  for (const ch of seen) {
    const out = allChars(ch);
    if (out === ch) continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x10000 && out.length === 1) single[cp] = out.charCodeAt(0);
    else {
      if (cp < 0x10000) single[cp] = 0xffff;
      multi.set(cp, out);
    }
  }

  const phrases = new Map<number, Array<[string, string]>>();
  stages.forEach((dict, index) => {
    for (const [key, value] of dict) {
      if ([...key].length < 2) continue;
      // A phrase converted at stage `index` still passes through the later stages.
      const full = stages.slice(index + 1).reduce((acc, d) => d.get(acc) ?? charwise(d, acc), value);
      if (full === allChars(key)) continue;
      const first = key.charCodeAt(0);
      const list = phrases.get(first) ?? [];
      list.push([key, full]);
      phrases.set(first, list);
    }
  });
  const phraseStart = new Uint8Array(0x10000);
  const phraseSecond = new Uint8Array(0x10000);
  for (const [first, list] of phrases) {
    list.sort((a, b) => b[0].length - a[0].length);
    phraseStart[first] = 1;
    for (const [key] of list) phraseSecond[key.charCodeAt(1)] = 1;
  }
  const convertible = new Uint8Array(0x10000);
  for (let u = 0x3400; u < 0x10000; u++) if (single[u] !== 0) convertible[u] = 1;
  for (const cp of multi.keys()) if (cp > 0xffff) convertible[0xd800 + ((cp - 0x10000) >> 10)] = 1;
  // A phrase made only of characters that never change alone must still be found by the scan.
  let longestPhrase = 1;
  for (const list of phrases.values()) {
    for (const [key, value] of list) {
      longestPhrase = Math.max(longestPhrase, key.length);
      let changesAlone = false;
      for (let k = 0; k < key.length; k++) if (single[key.charCodeAt(k)] !== 0) changesAlone = true;
      if (changesAlone) continue;
      // Flag the character the phrase rewrites (以免藉口 → 藉), not everyday ones like 以 or 免, so a
      // simplified report does not take the slow path.
      if (key.length === value.length) {
        for (let k = 0; k < key.length; k++) if (key[k] !== value[k]) convertible[key.charCodeAt(k)] = 1;
      } else {
        const rare = [...key].find((ch) => !COMMON_SIMPLIFIED.includes(ch)) ?? key.slice(-1);
        convertible[rare.charCodeAt(0)] = 1;
      }
    }
  }
  const stop = new Uint8Array(0x10000);
  for (let u = 0x3400; u < 0x10000; u++) if (phraseStart[u] === 1 || single[u] !== 0 || (u >= 0xd800 && u <= 0xdbff)) stop[u] = 1;
  const mark = convertible.slice();
  for (const list of phrases.values()) {
    for (const [key] of list) {
      let marked = false;
      for (let k = 0; k < key.length; k++) if (mark[key.charCodeAt(k)] === 1) marked = true;
      if (!marked) mark[key.charCodeAt(key.length - 1)] = 1;
    }
  }
  return { single, multi, phrases, phraseStart, phraseSecond, convertible, stop, mark, longestPhrase };
}

/** Output buffer for a conversion; allocated only once the text turns out to contain traditional script. */
class Converted {
  codes: Uint16Array;
  origin: Int32Array;
  w = 0; // write position; equals the read position until a length-changing replacement
  copiedTo = 0; // source prefix [0, copiedTo) already written

  constructor(private readonly input: MappedText) {
    this.codes = new Uint16Array(input.text.length + 64);
    this.origin = new Int32Array(input.text.length + 65);
  }

  /** Copies the unchanged stretch up to `at`, making room for `extra` more units. */
  catchUp(at: number, extra: number): void {
    const { text, origin: from } = this.input;
    const needed = this.w + (at - this.copiedTo) + extra + 1;
    if (needed > this.codes.length) {
      const codes = new Uint16Array(needed + text.length + 64);
      codes.set(this.codes.subarray(0, this.w));
      const origin = new Int32Array(codes.length + 1);
      origin.set(this.origin.subarray(0, this.w));
      this.codes = codes;
      this.origin = origin;
    }
    const { codes, origin } = this;
    let w = this.w;
    for (let k = this.copiedTo; k < at; k++, w++) {
      codes[w] = text.charCodeAt(k);
      origin[w] = from[k] ?? 0;
    }
    this.w = w;
  }

  unit(code: number, at: number): void {
    this.catchUp(at, 1);
    this.codes[this.w] = code;
    this.origin[this.w++] = this.input.origin[at] ?? 0;
    this.copiedTo = at + 1;
  }

  /** `value` replaces source [at, at + sourceLength); extra output characters share the last source origin. */
  replace(value: string, at: number, sourceLength: number): void {
    this.catchUp(at, value.length);
    for (let k = 0; k < value.length; k++) {
      this.codes[this.w] = value.charCodeAt(k);
      this.origin[this.w++] = this.input.origin[at + Math.min(k, sourceLength - 1)] ?? 0;
    }
    this.copiedTo = at + sourceLength;
  }

  finish(): MappedText {
    const n = this.input.text.length;
    this.catchUp(n, 0);
    this.origin[this.w] = this.input.origin[n] ?? 0;
    return { text: unitsToString(this.codes, this.w), origin: this.origin.subarray(0, this.w + 1) };
  }
}

function firstConvertible(text: string, convertible: Uint8Array): number {
  for (let i = 0; i < text.length; i++) if (convertible[text.charCodeAt(i)] === 1) return i;
  return -1;
}

export function toSimplified(input: MappedText): MappedText {
  const c = (compiled ??= compile());
  const { single, phraseStart, phraseSecond, stop, mark, longestPhrase } = c;
  const text = input.text;
  const n = text.length;
  const first = firstConvertible(text, c.convertible);
  if (first < 0) return input;
  let out: Converted | null = null;
  let reach = -1; // the last marked character found: positions up to it are read one by one
  // A phrase that covers the first convertible character may start a little before it.
  for (let i = Math.max(0, first - c.longestPhrase + 1); i < n; ) {
    if (i > reach) {
      // Past the last mark: only a phrase reaching the next one can start before it (see Compiled.mark).
      reach = i;
      while (reach < n && mark[text.charCodeAt(reach)] !== 1) reach++;
      if (reach === n) break;
      if (reach - longestPhrase + 1 > i) i = reach - longestPhrase + 1;
    }
    const u = text.charCodeAt(i);
    if (stop[u] !== 1) {
      i++;
      continue;
    }
    if (phraseStart[u] === 1 && phraseSecond[text.charCodeAt(i + 1)] === 1) {
      const hit = c.phrases.get(u)?.find(([key]) => text.startsWith(key, i));
      if (hit) {
        (out ??= new Converted(input)).replace(hit[1], i, hit[0].length);
        i += hit[0].length;
        continue;
      }
    }
    const mapped = single[u] ?? 0;
    if (mapped === 0 && (u < 0xd800 || u > 0xdbff)) {
      i++;
    } else if (mapped !== 0 && mapped !== 0xffff) {
      (out ??= new Converted(input)).unit(mapped, i);
      i++;
    } else {
      const cp = text.codePointAt(i) ?? u;
      const width = cp > 0xffff ? 2 : 1;
      const replacement = c.multi.get(cp);
      if (replacement !== undefined) (out ??= new Converted(input)).replace(replacement, i, width);
      i += width;
    }
  }
  return out === null ? input : out.finish();
}

/** Index of the first character traditional→simplified conversion may change, or -1 (already simplified). */
export function firstTraditionalIndex(text: string): number {
  return firstConvertible(text, (compiled ??= compile()).convertible);
}
