// Width folding and spacing in one pass: full-width digits, letters and punctuation (７．０％，（）：；) become
// ASCII, and the spaces that typesetting and PDF copies scatter through Chinese text go away
// ("增长 7.0 %左右" → "增长7.0%左右", "2375.28 亿元" → "2375.28亿元"). A space survives only between two
// ASCII words or numbers ("PM 2.5", "2019 2020"), where removing it would merge two tokens, and a tab
// survives as a column separator (HTML table cells arrive as tabs), at a line's start too when more cells
// follow (a row whose first cells are empty).
// The output is never longer than the input, so it is written straight into typed arrays.
import type { MappedText } from './mapped-text';
import { unitsToString } from './utf16';

const SPACE = 0x20;
const NL = 0x0a;
const TAB = 0x09;
const DROP = -1;

/** Folded code unit for `u`, SPACE for any blank, NL for a line break, DROP for invisible characters. */
function fold(u: number): number {
  if (u >= 0x21 && u < 0x7f) return u;
  if (u >= 0xff01 && u <= 0xff5e) return u - 0xfee0;
  if (u === 0x09) return TAB;
  if (u === 0x20 || u === 0x3000 || u === 0xa0 || (u >= 0x2000 && u <= 0x200a) || u === 0x202f || u === 0x205f) return SPACE;
  if (u === 0x0a || u === 0x0d || u === 0x0b || u === 0x0c || u === 0x2028 || u === 0x2029 || u === 0x85) return NL;
  if (u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x200b && u <= 0x200f) || u === 0xfeff || u === 0xad || u === 0x2060) return DROP;
  switch (u) {
    case 0x2212: // minus sign
    case 0xfe63:
      return 0x2d;
    case 0xfe6a:
      return 0x25; // small percent
    case 0x2236:
      return 0x3a; // ratio colon
    case 0x300c: // 「 」 『 』: Hong Kong and Taiwan quotation marks, as mainland “ ” ‘ ’
      return 0x201c;
    case 0x300d:
      return 0x201d;
    case 0x300e:
      return 0x2018;
    case 0x300f:
      return 0x2019;
    case 0xfe50:
      return 0x2c;
    case 0xfe54:
      return 0x3b;
    case 0xfe55:
      return 0x3a;
    default:
      return u;
  }
}

/** fold() for every UTF-16 code unit, computed once: one typed-array read per character in the hot loop. */
const FOLDED = new Int32Array(0x10000);
for (let u = 0; u < 0x10000; u++) FOLDED[u] = fold(u);

function isAsciiAlnum(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
}

function isAsciiLetter(u: number): boolean {
  return (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
}

function keepSpaceBetween(prev: number, next: number): boolean {
  if (isAsciiAlnum(prev) && isAsciiAlnum(next)) return true;
  // English prose inside a report ("Shenzhen, China") keeps its spaces after punctuation.
  return isAsciiLetter(next) && (prev === 0x2c || prev === 0x3b || prev === 0x3a || prev === 0x21 || prev === 0x3f || prev === 0x29);
}

export function foldWidthAndSpacing(input: MappedText): MappedText {
  const text = input.text;
  const n = text.length;
  const codes = scratchUnits(n);
  const origin = new Int32Array(n + 1);
  let w = 0;
  let pendingSpace = -1; // source index of the first blank of a run not yet written
  let pendingTab = -1; // source index of a tab in that run
  let tabs = 0; // tabs in that run: an empty table cell is two tabs in a row, and must stay a column
  let newlines = 0; // consecutive line breaks just written
  let rowHasTab = false; // the current line has written a tab: it is a table row
  let surrogates = false; // a surrogate code unit was written
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    if (raw >= 0x3400 && raw <= 0x9fff && pendingSpace < 0) {
      // A Chinese character, most of a report, with no blank before it to decide on: it folds to itself.
      newlines = 0;
      codes[w] = raw;
      origin[w++] = input.origin[i] ?? 0;
      continue;
    }
    const u = FOLDED[raw] ?? raw;
    if (u === DROP) continue;
    if (u === SPACE || u === TAB) {
      if (pendingSpace < 0) pendingSpace = i;
      if (u === TAB) {
        pendingTab = i;
        tabs++;
      }
      continue;
    }
    if (u === NL) {
      // Trailing blanks of a line go, except a table row's trailing tabs: its last cells are empty, and the
      // table reader must know the row is whole (a row with fewer cells than its header is not read).
      if (pendingTab >= 0 && rowHasTab && newlines === 0) w = writeTabs(codes, origin, w, tabs, input.origin[pendingTab] ?? 0);
      pendingSpace = pendingTab = -1;
      tabs = 0;
      rowHasTab = false;
      if (raw === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // CRLF: the LF writes the break
      // At most one blank line between paragraphs, none at the start.
      if (w === 0 || newlines >= 2) continue;
      codes[w] = NL;
      origin[w++] = input.origin[i] ?? 0;
      newlines++;
      continue;
    }
    if (pendingSpace >= 0) {
      if (pendingTab >= 0 && (newlines > 0 || w === 0) && moreCellsFollow(text, i)) {
        // A table row whose first cells are empty ("\t\t规模以上工业增加值\t亿元…"): the tabs are its columns.
        w = writeTabs(codes, origin, w, tabs, input.origin[pendingTab] ?? 0);
        rowHasTab = true;
      } else if (newlines === 0 && w > 0) {
        // A tab inside a line separates table columns ("一般公共预算收入\t88.6亿元"), so it is kept.
        if (pendingTab >= 0) {
          w = writeTabs(codes, origin, w, tabs, input.origin[pendingTab] ?? 0);
          rowHasTab = true;
        } else if (keepSpaceBetween(codes[w - 1] ?? 0, u)) {
          codes[w] = SPACE;
          origin[w++] = input.origin[pendingSpace] ?? 0;
        }
      }
      pendingSpace = pendingTab = -1;
      tabs = 0;
    }
    newlines = 0;
    // Noted here, in the one loop over the report, so that the string is made without another scan for lone ones.
    if (u >= 0xd800 && u <= 0xdfff) surrogates = true;
    codes[w] = u;
    origin[w++] = input.origin[i] ?? 0;
  }
  if (pendingTab >= 0 && rowHasTab && newlines === 0) w = writeTabs(codes, origin, w, tabs, input.origin[pendingTab] ?? 0);
  while (w > 0 && codes[w - 1] === NL) w--;
  if (w === n && unchanged(codes, text)) return input;
  origin[w] = input.origin[n] ?? 0;
  return { text: unitsToString(codes, w, surrogates), origin: origin.subarray(0, w + 1) };
}

/**
 * The folded units are only read into the output string, so one buffer serves every report (up to
 * SCRATCH_MAX units; a longer report gets its own, so a huge one does not stay in memory).
 */
let scratch = new Uint16Array(0);
const SCRATCH_MAX = 1 << 20;

function scratchUnits(n: number): Uint16Array {
  if (n > SCRATCH_MAX) return new Uint16Array(n);
  if (scratch.length < n) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(n, scratch.length * 2)));
  return scratch;
}

/**
 * Writes `tabs` tabs at `w` with origin `from`; returns the new write position. A plain function, not a
 * closure in foldWidthAndSpacing: a variable a closure writes lives on the heap, and `w` moves per character.
 */
function writeTabs(codes: Uint16Array, origin: Int32Array, w: number, tabs: number, from: number): number {
  for (let t = 0; t < tabs; t++) {
    codes[w] = TAB;
    origin[w++] = from;
  }
  return w;
}

/** A line's leading tabs are columns only when the rest of the line is cells too (another tab follows). */
function moreCellsFollow(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TAB) return true;
    if (c === NL || c === 0x0d) return false;
  }
  return false;
}

function unchanged(codes: Uint16Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (codes[i] !== text.charCodeAt(i)) return false;
  return true;
}
