// What SheetJS 0.18 (community) does not write is added after writing: a frozen pane, the page setup
// (landscape A4, fit to the page's width, a footer with page numbers), the fonts and bold styles (print-setup.ts)
// and absolute references in the workbook's defined names. The workbook is written uncompressed; only the head
// and the tail of each sheet's XML change and the rows between are copied byte for byte (see zip.ts), so a
// 100,000-row facts sheet costs one copy, not a re-encoding.
import { pageSetupXml, fitToPageXml, finishedStyles, absoluteDefinedNames } from './print-setup';
import { entryDataRange, readZipDirectory, replaceZipEntries, ZipFormatError, type ZipEntry } from './zip';

export interface Freeze {
  rows: number;
  cols: number;
}

/** How one sheet is finished: its frozen pane and the footer its printed pages carry. */
export interface SheetFinish {
  freeze: Freeze;
  footer: string;
}

const EMPTY_VIEW = '<sheetView workbookViewId="0"/>';
/** SheetJS puts the sheet view within the first few hundred bytes; a margin for long dimension refs. */
const HEAD = 2048;
/** After the rows SheetJS writes at most merges, margins and ignored errors; the margins sit in the last bytes. */
const TAIL = 1024;
const enc = new TextEncoder();
const dec = new TextDecoder();

function paneXml({ rows, cols }: Freeze, topLeft: string): string {
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  return `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

function finishedHead(head: string, f: SheetFinish, topLeft: string): string {
  let out = head;
  if (!out.includes('<sheetPr')) out = out.replace('<dimension', `${fitToPageXml()}<dimension`);
  if ((f.freeze.rows || f.freeze.cols) && out.includes(EMPTY_VIEW)) out = out.replace(EMPTY_VIEW, paneXml(f.freeze, topLeft));
  return out;
}

function finishedTail(tail: string, f: SheetFinish): string {
  // Page setup and footer follow the margins in the schema's element order (CT_Worksheet).
  return tail.replace(/<pageMargins[^>]*\/>/, (m) => m + pageSetupXml(f.footer));
}

/**
 * A stored part with its head and tail edited as text, cut at a '>' so a multi-byte character is never split;
 * a small part (a cover) is edited whole.
 */
function rewritePart(bytes: Uint8Array, e: ZipEntry, editHead: (head: string) => string, editTail: (tail: string) => string): Uint8Array {
  if (e.method !== 0) throw new ZipFormatError('the workbook must be written uncompressed to be finished');
  const { start, end } = entryDataRange(bytes, e);
  if (end - start <= HEAD + TAIL) return enc.encode(editTail(editHead(dec.decode(bytes.subarray(start, end)))));
  const headCut = bytes.lastIndexOf(0x3e, start + HEAD - 1) + 1;
  const tailCut = Math.max(headCut, bytes.lastIndexOf(0x3e, end - TAIL - 1) + 1);
  const h = enc.encode(editHead(dec.decode(bytes.subarray(start, headCut))));
  const t = enc.encode(editTail(dec.decode(bytes.subarray(tailCut, end))));
  const out = new Uint8Array(h.length + (tailCut - headCut) + t.length);
  out.set(h, 0);
  out.set(bytes.subarray(headCut, tailCut), h.length);
  out.set(t, h.length + (tailCut - headCut));
  return out;
}

function wholePart(bytes: Uint8Array, e: ZipEntry): string {
  const { start, end } = entryDataRange(bytes, e);
  return dec.decode(bytes.subarray(start, end));
}

/** `sheets[i]` applies to the i-th sheet (SheetJS names it xl/worksheets/sheet{i+1}.xml). */
export function finishWorkbook(bytes: Uint8Array, sheets: readonly SheetFinish[], topLeftCell: (f: Freeze) => string): Uint8Array {
  const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
  const part = (name: string) => {
    const e = entries.get(name);
    if (!e) throw new ZipFormatError(`the written workbook has no ${name}`);
    return e;
  };
  const replacements = new Map<string, Uint8Array>();
  sheets.forEach((f, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    replacements.set(name, rewritePart(bytes, part(name), (head) => finishedHead(head, f, topLeftCell(f.freeze)), (tail) => finishedTail(tail, f)));
  });
  replacements.set('xl/styles.xml', enc.encode(finishedStyles(wholePart(bytes, part('xl/styles.xml')))));
  replacements.set('xl/workbook.xml', enc.encode(absoluteDefinedNames(wholePart(bytes, part('xl/workbook.xml')))));
  return replaceZipEntries(bytes, replacements);
}
