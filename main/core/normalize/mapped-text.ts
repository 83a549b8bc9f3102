// Text that remembers where each of its characters came from in the ORIGINAL report. Every normalization
// step reads one MappedText and writes the next; because the builder copies origins (not local indices),
// steps compose without a separate map-composition pass. Origins live in an Int32Array so a 1 MB report
// costs 4 MB of map and no per-character objects.

export interface MappedText {
  readonly text: string;
  /** origin[i] = index in the original text of text[i]; origin[text.length] = the original's end. */
  readonly origin: Int32Array;
}

export function identityMapped(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private origin: Int32Array;
  private len = 0;

  constructor(private readonly source: MappedText, expectedLength = source.text.length) {
    this.origin = new Int32Array(expectedLength + 1);
  }

  get length(): number {
    return this.len;
  }

  private reserve(extra: number): void {
    const needed = this.len + extra + 1;
    if (needed <= this.origin.length) return;
    const grown = new Int32Array(Math.max(needed, this.origin.length * 2));
    grown.set(this.origin.subarray(0, this.len));
    this.origin = grown;
  }

  /** Keep source characters [start, end) unchanged, with their origins. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const n = end - start;
    this.reserve(n);
    this.parts.push(this.source.text.slice(start, end));
    this.origin.set(this.source.origin.subarray(start, end), this.len);
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
