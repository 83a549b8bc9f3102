// Traditional → simplified with opencc-js's own dictionaries (hk2s: HK variants, then OpenCC's standard
// traditional→simplified phrases and characters). opencc-js's converter is a trie walk at ~6 MB/s and returns
// a string with no offset map, so we compile its dictionaries once into a per-character table plus the few
// phrases whose conversion differs from character-by-character conversion. Conversion is then one table
// lookup per character, and each output character keeps the origin of the character it replaced.
import * as OpenCC from 'opencc-js';
import type { MappedText } from './mapped-text';

type Dict = Map<string, string>;

interface Compiled {
  /** BMP code unit → replacement code unit; 0 = unchanged; 0xffff = look in `multi`. */
  single: Uint16Array;
  /** Code points whose replacement is not one BMP unit (or that are astral). */
  multi: Map<number, string>;
  /** First code unit → phrases starting with it, longest first. */
  phrases: Map<number, Array<[string, string]>>;
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
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { single, multi, phrases };
}

export function toSimplified(input: MappedText): MappedText {
  const c = (compiled ??= compile());
  const text = input.text;
  const n = text.length;
  let codes: Uint16Array | null = null;
  let origin: Int32Array | null = null;
  let w = 0; // write position in codes; equals the read position until a length-changing replacement
  let copiedTo = 0; // source prefix [0, copiedTo) already written
  const write = (value: string, at: number, sourceLength: number) => {
    if (codes === null || origin === null) {
      codes = new Uint16Array(n + 64);
      origin = new Int32Array(n + 65);
    }
    const needed = w + (at - copiedTo) + value.length + 1;
    if (needed > codes.length) {
      const grownCodes = new Uint16Array(needed + n + 64);
      grownCodes.set(codes.subarray(0, w));
      codes = grownCodes;
      const grownOrigin = new Int32Array(grownCodes.length + 1);
      grownOrigin.set(origin.subarray(0, w));
      origin = grownOrigin;
    }
    // Copy the unchanged stretch before this replacement.
    for (let k = copiedTo; k < at; k++) {
      codes[w] = text.charCodeAt(k);
      origin[w++] = input.origin[k] ?? 0;
    }
    for (let k = 0; k < value.length; k++) {
      codes[w] = value.charCodeAt(k);
      origin[w++] = input.origin[at + Math.min(k, sourceLength - 1)] ?? 0;
    }
    copiedTo = at + sourceLength;
  };

  for (let i = 0; i < n; ) {
    const u = text.charCodeAt(i);
    if (u < 0x3400) {
      i++;
      continue;
    }
    const list = c.phrases.get(u);
    if (list) {
      const hit = list.find(([key]) => text.startsWith(key, i));
      if (hit) {
        write(hit[1], i, hit[0].length);
        i += hit[0].length;
        continue;
      }
    }
    const mapped = c.single[u] ?? 0;
    if (mapped !== 0 && mapped !== 0xffff) {
      write(String.fromCharCode(mapped), i, 1);
      i++;
      continue;
    }
    const cp = u >= 0xd800 && u <= 0xdbff ? (text.codePointAt(i) ?? u) : u;
    const width = cp > 0xffff ? 2 : 1;
    const replacement = mapped === 0xffff || cp > 0xffff ? c.multi.get(cp) : undefined;
    if (replacement !== undefined) write(replacement, i, width);
    i += width;
  }
  if (codes === null) return input;
  write('', n, 0);
  const finalCodes: Uint16Array = codes;
  const finalOrigin: Int32Array = origin ?? new Int32Array(1);
  finalOrigin[w] = input.origin[n] ?? 0;
  return { text: unitsToString(finalCodes, w), origin: finalOrigin.subarray(0, w + 1) };
}

const utf16 = new TextDecoder('utf-16le');

function unitsToString(codes: Uint16Array, length: number): string {
  // TextDecoder reads bytes in platform order; all platforms Node and Chromium run on are little-endian.
  return utf16.decode(new Uint8Array(codes.buffer, codes.byteOffset, length * 2));
}
