// Just enough of the ZIP format to (a) look at a workbook's table of contents before anything parses it —
// declared sizes, entry count, names — and (b) replace a few small entries of a workbook SheetJS wrote
// (frozen panes, which SheetJS 0.18 does not write) while copying every other entry's bytes unchanged, so a
// 100,000-row facts sheet is not re-compressed. No ZIP64, no encryption: workbooks that need them are refused.

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
/** A valid DOS date (day 1, month 1 of 1980): a zero date is month 0, which strict readers flag. */
const DOS_DATE_1980_01_01 = (1 << 5) | 1;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** The central directory, read from the end of the file as ZIP readers (and Excel) do. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ZipFormatError('the file is too short to be a workbook');
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(bytes, o) === EOCD_SIG) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('the end of the zip archive is missing (truncated or not a zip file)');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
  if (cdOffset + cdSize > eocd) throw new ZipFormatError('the zip directory points outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== CEN_SIG) throw new ZipFormatError(`zip directory entry ${i + 1} is damaged`);
    const nameLen = u16(bytes, o + 28);
    const extraLen = u16(bytes, o + 30);
    const commentLen = u16(bytes, o + 32);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(o + 46, o + 46 + nameLen)),
      flags: u16(bytes, o + 8),
      method: u16(bytes, o + 10),
      crc32: u32(bytes, o + 16),
      compressedSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      localHeaderOffset: u32(bytes, o + 42),
    };
    if (entry.localHeaderOffset + 30 > cdOffset) throw new ZipFormatError(`zip entry "${entry.name}" points outside the file`);
    entries.push(entry);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's (compressed) data starts and ends. */
export function entryDataRange(bytes: Uint8Array, e: ZipEntry): { start: number; end: number } {
  const o = e.localHeaderOffset;
  if (u32(bytes, o) !== LOC_SIG) throw new ZipFormatError(`zip entry "${e.name}" is damaged`);
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`zip entry "${e.name}" is cut off (truncated file)`);
  return { start, end };
}

let crcTables: Uint32Array[] | null = null;
/** CRC-32 (zip's), slicing by 8: the facts sheet is tens of MB and its checksum is recomputed after the pane patch. */
export function crc32(data: Uint8Array): number {
  if (!crcTables) {
    const t0 = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t0[n] = c >>> 0;
    }
    crcTables = [t0];
    for (let t = 1; t < 8; t++) {
      const prev = crcTables[t - 1]!;
      const next = new Uint32Array(256);
      for (let n = 0; n < 256; n++) next[n] = (prev[n]! >>> 8) ^ t0[prev[n]! & 0xff]!;
      crcTables.push(next);
    }
  }
  const [t0, t1, t2, t3, t4, t5, t6, t7] = crcTables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = 0xffffffff;
  let i = 0;
  const n8 = data.length - (data.length % 8);
  for (; i < n8; i += 8) {
    const lo = (c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    c = t7[lo & 0xff]! ^ t6[(lo >>> 8) & 0xff]! ^ t5[(lo >>> 16) & 0xff]! ^ t4[lo >>> 24]!
      ^ t3[data[i + 4]!]! ^ t2[data[i + 5]!]! ^ t1[data[i + 6]!]! ^ t0[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A new archive where the named entries get new contents (stored uncompressed; they are small XML parts) and
 * every other entry is copied byte for byte. Local headers and the directory are rewritten with new offsets.
 */
export function replaceZipEntries(bytes: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return rewriteZip(bytes, (e, stored) => {
    const r = replacements.get(e.name);
    return r ? { data: r, method: 0, crc: crc32(r), size: r.length } : { data: stored, method: e.method, crc: e.crc32, size: e.size };
  });
}

/**
 * The same archive with every stored (uncompressed) part deflated by the given raw-deflate function (the
 * caller brings zlib, so core stays free of Node modules). A briefing of 100,000 facts shrinks about 8×.
 */
export function deflateZip(bytes: Uint8Array, deflateRaw: (data: Uint8Array) => Uint8Array): Uint8Array {
  return rewriteZip(bytes, (e, stored) => {
    if (e.method !== 0 || stored.length < 64) return { data: stored, method: e.method, crc: e.crc32, size: e.size };
    return { data: deflateRaw(stored), method: 8, crc: e.crc32, size: e.size };
  });
}

interface EntryOut {
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
}

function rewriteZip(bytes: Uint8Array, each: (e: ZipEntry, stored: Uint8Array) => EntryOut): Uint8Array {
  const entries = readZipDirectory(bytes);
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const { start, end } = entryDataRange(bytes, e);
    const { data, method, crc, size } = each(e, bytes.subarray(start, end));
    // Bit 3 (sizes in a trailing descriptor) is cleared: our headers carry the sizes themselves.
    const flags = e.flags & ~0x0008;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOC_SIG, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(12, DOS_DATE_1980_01_01, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cen = new Uint8Array(46 + name.length);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, CEN_SIG, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, DOS_DATE_1980_01_01, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cen.set(name, 46);
    parts.push(local, data);
    central.push(cen);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, EOCD_SIG, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let o = 0;
  for (const p of [...parts, ...central, eocd]) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
