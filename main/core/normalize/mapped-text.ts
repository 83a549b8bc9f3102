// Text that remembers where each of its characters came from in the ORIGINAL report. Every normalization
// step reads one MappedText and writes the next; because the builder copies origins (not local indices),
// steps compose without a separate map-composition pass. Origins live in an Int32Array so a 1 MB report
// costs 4 MB of map and no per-character objects.

export interface MappedText {
  readonly text: string;
  /** origin[i] = index in the original text of text[i]; origin[text.length] = the original's end. */
  readonly origin: Int32Array;
}

/**
 * Every report starts as the identity map, and most steps change nothing of a report: one identity array
 * (origin[i] = i), grown as longer reports come, serves them all as a view instead of a new array per report.
 * No step writes into its input's origins (a builder writes only its own), so the shared array never changes.
 * Reports longer than IDENTITY_SHARED_MAX get their own array, so a huge one does not stay in memory.
 */
let sharedIdentity: Int32Array = new Int32Array(0);
const IDENTITY_SHARED_MAX = 1 << 20;

export function identityMapped(text: string): MappedText {
  const n = text.length + 1;
  if (n > IDENTITY_SHARED_MAX) return { text, origin: identity(n) };
  if (sharedIdentity.length < n) sharedIdentity = identity(Math.min(IDENTITY_SHARED_MAX, Math.max(n, sharedIdentity.length * 2)));
  return { text, origin: sharedIdentity.subarray(0, n) };
}

function identity(length: number): Int32Array {
  const origin = new Int32Array(length);
  for (let i = 0; i < length; i++) origin[i] = i;
  return origin;
}

const NO_ORIGINS = new Int32Array(0);
const SHORT_COPY = 64;

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  // Allocated at the first write, at the expected length: a step that looks for something to change and finds
  // nothing (a plain-text report's "/" that closes no tag) then costs no map of the whole report.
  private origin: Int32Array = NO_ORIGINS;
  private len = 0;

  constructor(private readonly source: MappedText, private readonly expectedLength = source.text.length) {}

  get length(): number {
    return this.len;
  }

  private reserve(extra: number): void {
    const needed = this.len + extra + 1;
    if (needed <= this.origin.length) return;
    const grown = new Int32Array(Math.max(needed, this.origin.length * 2, this.expectedLength + 1));
    grown.set(this.origin.subarray(0, this.len));
    this.origin = grown;
  }

  /** Keep source characters [start, end) unchanged, with their origins. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const n = end - start;
    this.reserve(n);
    this.parts.push(this.source.text.slice(start, end));
    const from = this.source.origin;
    // A short stretch (between two pinyin annotations, before a footnote mark) is copied by hand: a subarray
    // for set() costs more than the copy itself.
    if (n <= SHORT_COPY) for (let k = 0; k < n; k++) this.origin[this.len + k] = from[start + k] ?? 0;
    else this.origin.set(from.subarray(start, end), this.len);
    this.len += n;
  }

  /** Write replacement text that stands for the source character at `sourceIndex` (and what follows it). */
  emit(text: string, sourceIndex: number): void {
    const n = text.length;
    if (n === 0) return;
    this.reserve(n);
    this.parts.push(text);
    this.origin.fill(this.source.origin[sourceIndex] ?? 0, this.len, this.len + n);
    this.len += n;
  }

  /** Write replacement text character by character aligned to source [start, start+text.length). */
  emitAligned(text: string, start: number, sourceLength: number): void {
    const n = text.length;
    if (n === 0) return;
    this.reserve(n);
    this.parts.push(text);
    const last = start + Math.max(0, sourceLength - 1);
    for (let k = 0; k < n; k++) this.origin[this.len + k] = this.source.origin[Math.min(start + k, last)] ?? 0;
    this.len += n;
  }

  finish(): MappedText {
    const end = this.source.origin[this.source.text.length] ?? 0;
    this.reserve(0);
    this.origin[this.len] = end;
    return { text: this.parts.join(''), origin: this.origin.subarray(0, this.len + 1) };
  }
}
