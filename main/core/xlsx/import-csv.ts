// A colleague's CSV as plain sheet rows, read without SheetJS: decoded as UTF-8 (with or without BOM) or, when
// that fails, GB18030 (what Excel and WPS on a Chinese system write), split by RFC 4180 rules. Plain numbers become
// numbers and "6%" becomes 0.06 listed as a percent cell, so a CSV reads like the workbook it was saved from.
import type { CellValue } from './cell-values';
import type { SheetRows } from './import-facts';
import { columnName } from './import-mapping';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The text of a file, or null when it is not text in an encoding a colleague's program writes. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const bomless = (n: number) => bytes.subarray(n);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return tryDecode(bomless(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bomless(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bomless(2), 'utf-16be');
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return tryDecode(bytes, 'utf-8') ?? tryDecode(bytes, 'gb18030');
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): { text: string; encoding: TextEncoding } | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // Control characters other than tab and line breaks mean binary read as text, not a table.
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? null : { text, encoding };
  } catch {
    return null;
  }
}

/** The separator a CSV uses: comma, semicolon (European Excel) or tab, whichever splits the first line most. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, first.split(s).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks. */
export function splitCsv(text: string): string[][] {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;

/** One CSV field as a workbook cell would hold it. Thousands separators stay text: readNumber accepts them. */
function cellOf(field: string): { v: CellValue; pct: boolean } {
  const s = field.trim();
  if (s === '') return { v: null, pct: false };
  if (PLAIN_NUMBER.test(s)) return { v: Number(s), pct: false };
  const p = PERCENT.exec(s);
  if (p) return { v: Math.round((Number(p[1]) / 100) * 1e12) / 1e12, pct: true };
  return { v: field, pct: false };
}

export function csvSheet(name: string, text: string): SheetRows {
  const percentCells: string[] = [];
  const rows = splitCsv(text).map((fields, r) => {
    const row = fields.map((f, c) => {
      const { v, pct } = cellOf(f);
      if (pct) percentCells.push(`${columnName(c)}${r + 1}`);
      return v;
    });
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return { name, rows, percentCells };
}
