// Builds workbooks byte by byte for the hostile-file tests: a minimal valid .xlsx whose XML we write ourselves
// (so sheet names, headers and defined names can be anything, including "__proto__"), and zips whose
// directory lies about sizes. Nothing here uses Planscope's own writer, so the tests do not trust what they test.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32, entryDataRange, readZipDirectory } from '../../main/core/xlsx/zip';

/** Every part of a written workbook as text, for checks on the XML itself. */
export function zipParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readZipDirectory(bytes)) {
    const { start, end } = entryDataRange(bytes, e);
    const data = bytes.subarray(start, end);
    out.set(e.name, new TextDecoder().decode(e.method === 8 ? inflateRawSync(data) : data));
  }
  return out;
}

export interface CraftEntry {
  name: string;
  data: Uint8Array | string;
  /** Store (0) or deflate (8); default deflate. */
  method?: 0 | 8;
  /** Write this as the uncompressed size instead of the real one (a lying directory). */
  claimSize?: number;
}

export function makeZip(entries: readonly CraftEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const data = method === 8 ? new Uint8Array(deflateRawSync(raw)) : raw;
    const name = enc.encode(e.name);
    const size = e.claimSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(33, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    const cen = Buffer.alloc(46 + name.length);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt16LE(33, 14);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(data.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    cen.set(name, 46);
    parts.push(local, data);
    central.push(cen);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, eocd]));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CraftSheet {
  name: string;
  /** Row-major cells: strings become inline strings, numbers numbers, null nothing. */
  rows: (string | number | null)[][];
  /** Merged areas as Excel writes them ("A1:J10"). */
  merges?: string[];
}

function col(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function sheetXml(rows: CraftSheet['rows'], merges: readonly string[] = []): string {
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => {
    const ref = `${col(c)}${r + 1}`;
    if (v === null) return '';
    return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  }).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData>${merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''}</worksheet>`;
}

/** A minimal workbook; `definedNames` and `extra` parts let a test add whatever it needs. */
export function craftWorkbook(sheets: readonly CraftSheet[], opts: { definedNames?: { name: string; ref: string }[]; extra?: CraftEntry[]; sharedStrings?: string } = {}): Uint8Array {
  const ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${opts.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const names = opts.definedNames?.length ? `<definedNames>${opts.definedNames.map((d) => `<definedName name="${esc(d.name)}">${esc(d.ref)}</definedName>`).join('')}</definedNames>` : '';
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${names}</workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${opts.sharedStrings ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`;
  return makeZip([
    { name: '[Content_Types].xml', data: ct },
    { name: '_rels/.rels', data: rels },
    { name: 'xl/workbook.xml', data: wb },
    { name: 'xl/_rels/workbook.xml.rels', data: wbRels },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.rows, s.merges) })),
    ...(opts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: opts.sharedStrings }] : []),
    ...(opts.extra ?? []),
  ]);
}

/**
 * Why an XML part is not well-formed, or null: one root, balanced and properly nested tags, quoted attributes,
 * no bare '<' or '&' in text. Enough to catch what makes Excel offer a repair; no parser dependency needed.
 */
export function xmlProblem(text: string): string | null {
  const body = text.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[6]) return `a bare or malformed tag at offset ${m.index}: ${body.slice(m.index, m.index + 40)}`;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) return `a bare & at offset ${m.index}`;
      if (!stack.length && m[5].trim()) return `text outside the root at offset ${m.index}`;
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `</${m[2]}> closes the wrong element at offset ${m.index}`;
    } else {
      if (!stack.length && ++roots > 1) return 'more than one root element';
      if (!m[4]) stack.push(m[2]);
    }
  }
  return stack.length ? `<${stack[stack.length - 1]}> is never closed` : roots ? null : 'no root element';
}
