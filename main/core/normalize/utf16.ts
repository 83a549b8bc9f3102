// UTF-16 code units → string. Under Node, Buffer is the fast path (below). TextDecoder is the browser's, but it turns lone surrogates into U+FFFD,
// adding replacement characters the report never had; String.fromCharCode keeps them, so it is used for
// the rare buffer that has one (in chunks, to stay under engine argument-count limits).
const CHUNK = 8192;
const utf16le = new TextDecoder('utf-16le');

function hasLoneSurrogate(codes: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const u = codes[i] ?? 0;
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u >= 0xdc00) return true;
    const next = codes[i + 1] ?? 0;
    if (i + 1 >= length || next < 0xdc00 || next > 0xdfff) return true;
    i++;
  }
  return false;
}

/**
 * Node's Buffer (absent in a browser) copies UTF-16 units into a string as they are, lone surrogates included,
 * several times faster than TextDecoder. Not for units opening with U+FEFF: TextDecoder drops that as a byte
 * order mark, and the strings made here stay what they were.
 */
interface BufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'utf16le'): string };
}
// Typed here, not with Node's types: the renderer's build (no Node types) reaches this file through the contract.
const nodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/** `surrogates` false: the caller saw no surrogate code unit while writing `codes`, so none can be lone. */
export function unitsToString(codes: Uint16Array, length: number, surrogates = true): string {
  if (nodeBuffer && codes[0] !== 0xfeff) return nodeBuffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
  // Node and Chromium only run on little-endian machines, which is the byte order utf-16le expects.
  if (!surrogates || !hasLoneSurrogate(codes, length)) return utf16le.decode(new Uint8Array(codes.buffer, codes.byteOffset, length * 2));
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK))));
  return parts.join('');
}
