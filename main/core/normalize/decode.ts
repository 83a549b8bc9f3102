// Bytes of a downloaded report → text. Government sites serve UTF-8, GBK/GB18030 or Big5, often with a
// <meta charset> that lies (pages re-saved by a browser are UTF-8 but keep their old GB2312 declaration),
// so the declaration only breaks ties; the bytes decide. Pure: TextDecoder only, no file system.
import { PlanscopeError } from '../errors';
import { worded, type MessageId, type MessageParams, type Worded } from '../messages';
import { COMMON_HANZI } from './common-hanzi';

export interface DecodedReport {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' (covers GBK/GB2312) or 'big5'. */
  encoding: string;
}

const SAMPLE_BYTES = 256 * 1024;

const common = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_HANZI.length; i++) common[COMMON_HANZI.charCodeAt(i)] = 1;

/** Files people mistake for a text report, by their first bytes, and what to call them ("{what}, not a text report"). */
const SIGNATURES: ReadonlyArray<[number[], Worded]> = [
  [[0x25, 0x50, 0x44, 0x46], worded('这是 PDF 文档', 'this is a PDF document')],
  [[0x50, 0x4b, 0x03, 0x04], worded('这是 ZIP 压缩文件（Word .docx、Excel .xlsx 等）', 'this is a ZIP archive (Word .docx, Excel .xlsx or similar)')],
  [[0xd0, 0xcf, 0x11, 0xe0], worded('这是旧版 Office 文档（.doc/.xls）', 'this is an old Office document (.doc/.xls)')],
  [[0x89, 0x50, 0x4e, 0x47], worded('这是 PNG 图片', 'this is a PNG image')],
  [[0xff, 0xd8, 0xff], worded('这是 JPEG 图片', 'this is a JPEG image')],
  [[0x47, 0x49, 0x46, 0x38], worded('这是 GIF 图片', 'this is a GIF image')],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], worded('这是 RTF 文档（请先另存为纯文本）', 'this is an RTF document (save it as plain text first)')],
  [[0x1f, 0x8b], worded('这是 gzip 压缩文件', 'this is a gzip archive')],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Why these bytes are not a text report: a message of the catalogue and its values besides the file. */
type Why = { id: MessageId; params: MessageParams };

function unreadable(fileName: string, why: Why): PlanscopeError {
  return PlanscopeError.says('unreadable-file', why.id, { file: fileName, ...why.params }, { file: fileName });
}

/**
 * A report whose text is empty once decoded, or once read out of a PDF or Word file (`documentFormat`): refused,
 * naming the file, by the in-process import and the report reader worker alike.
 */
export function noTextIn(fileName: string, documentFormat?: string): PlanscopeError {
  return documentFormat
    ? PlanscopeError.says('unreadable-file', 'report.no-text-in-document', { file: fileName, format: documentFormat.toUpperCase() }, { file: fileName })
    : PlanscopeError.says('unreadable-file', 'report.no-text', { file: fileName }, { file: fileName });
}

/** UTF-16 without a BOM shows as NUL bytes in every other position for Latin text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

function describeKnownFormat(bytes: Uint8Array): Why | null {
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return { id: 'decode.known-format', params: { what } };
  return null;
}

function describeBinary(bytes: Uint8Array): Why | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return { id: 'decode.binary-nul', params: { offset: i } };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (controls > Math.max(2, n * 0.01)) return { id: 'decode.binary-controls', params: { controls, bytes: n } };
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (!m?.[1]) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null; // an unknown label is no evidence either way
  }
}

/** The text if the bytes are valid UTF-8, else null (one decode serves as both check and result). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How plausible a decoding is as Chinese text: share of non-ASCII characters that are common hanzi or CJK
 * punctuation, minus replacement characters and characters no Chinese report uses (Hangul, private use,
 * Latin-1 letters that mean bytes were misread).
 */
export function chineseScore(text: string): number {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (common[c] === 1) good++;
    else if (c === 0xfffd) bad += 2;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff5e) || (c >= 0x2010 && c <= 0x2026)) good += 0.5;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xc0 && c <= 0x24f) || (c >= 0xd800 && c <= 0xdfff)) bad++;
  }
  return nonAscii === 0 ? 1 : (good - bad) / nonAscii;
}

const MIN_SCORE = 0.3;

/**
 * A few words are too little for frequency statistics ("固定资产" has no top-600 character): accept a short
 * decoding whose every non-ASCII character is a CJK ideograph or CJK punctuation.
 */
function isShortChinese(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (++count > 24) return false;
    const cjk = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x201c || c === 0x201d;
    if (!cjk) return false;
  }
  return count > 0;
}

function nonAsciiBytes(bytes: Uint8Array, enough: number): number {
  let count = 0;
  for (let i = 0; i < bytes.length && count < enough; i++) if ((bytes[i] ?? 0) >= 0x80) count++;
  return count;
}

function bestLegacyScore(bytes: Uint8Array): number {
  return Math.max(...['gb18030', 'big5'].map((label) => chineseScore(new TextDecoder(label).decode(bytes))));
}

export function decodeReport(bytes: Uint8Array, fileName: string): DecodedReport {
  if (bytes.length === 0) throw unreadable(fileName, { id: 'decode.empty', params: {} });
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8', fileName);
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes), 'utf-16le', fileName);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes), 'utf-16be', fileName);
  const format = describeKnownFormat(bytes);
  if (format) throw unreadable(fileName, format);
  const utf16 = sniffUtf16(bytes) ?? sniffChineseUtf16(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16, fileName);
  const binary = describeBinary(bytes);
  if (binary) throw unreadable(fileName, binary);
  const utf8 = strictUtf8(bytes);
  // Long valid UTF-8 is UTF-8; a few non-ASCII bytes can be valid UTF-8 by chance (two GBK characters
  // sometimes are), so a short sample must also read as Chinese better than in GBK or Big5.
  if (utf8 !== null && (nonAsciiBytes(bytes, 64) >= 64 || chineseScore(utf8) >= bestLegacyScore(bytes))) return finish(utf8, 'utf-8', fileName);

  const declared = declaredCharset(bytes);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const labels = ['utf-8', 'gb18030', 'big5'];
  if (declared && !labels.includes(declared) && declared !== 'gbk') labels.push(declared);
  let best = { label: '', score: -Infinity };
  for (const label of labels) {
    let score = chineseScore(new TextDecoder(label).decode(sample));
    // The page's own declaration wins near-ties (GBK and Big5 overlap in byte ranges).
    if (label === declared || (declared === 'gbk' && label === 'gb18030')) score += 0.05;
    if (score > best.score) best = { label, score };
  }
  if (best.score < MIN_SCORE && !(best.label !== '' && isShortChinese(new TextDecoder(best.label).decode(sample)))) {
    throw unreadable(fileName, declared ? { id: 'decode.unknown-encoding-declared', params: { declared } } : { id: 'decode.unknown-encoding', params: {} });
  }
  return finish(new TextDecoder(best.label).decode(bytes), best.label, fileName);
}

/**
 * UTF-16 without a byte-order mark whose text is mostly Chinese: CJK code units have no zero byte, so the
 * zero-byte count of sniffUtf16 misses it, and the NUL bytes of its digits and punctuation would call it a
 * binary file. With a NUL byte present (text in a legacy encoding has none), the byte order that reads as
 * Chinese (the same frequency score as for GBK and Big5, no lone surrogate) is taken.
 */
function sniffChineseUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null;
  let best: { label: 'utf-16le' | 'utf-16be' | null; score: number } = { label: null, score: MIN_SCORE };
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(label).decode(bytes.subarray(0, n));
    if (text.includes('\uFFFD') || /[\u0000-\u0008\u000E-\u001F]/.test(text)) continue;
    const score = isShortChinese(text) ? 1 : chineseScore(text);
    if (score >= best.score) best = { label, score };
  }
  return best.label;
}

function finish(text: string, encoding: string, fileName: string): DecodedReport {
  if (text.trim().length === 0) throw unreadable(fileName, { id: 'decode.blank', params: {} });
  return { text, encoding };
}
