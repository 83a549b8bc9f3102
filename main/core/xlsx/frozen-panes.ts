// SheetJS 0.18 writes no <pane>, so a frozen header is added after writing: the workbook is written
// uncompressed, and the <sheetView> at the head of each sheet's XML is given a frozen pane. Only the head of
// the part changes; the rest of the bytes are copied (see zip.ts).
import { entryDataRange, readZipDirectory, replaceZipEntries, ZipFormatError } from './zip';

export interface Freeze {
  rows: number;
  cols: number;
}

const EMPTY_VIEW = '<sheetView workbookViewId="0"/>';
/** SheetJS puts the sheet view within the first few hundred bytes; a margin for long dimension refs. */
const HEAD = 2048;

function paneXml({ rows, cols }: Freeze, topLeft: string): string {
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  return `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

/** `freezes[i]` applies to the i-th sheet (SheetJS names it xl/worksheets/sheet{i+1}.xml). */
export function addFrozenPanes(bytes: Uint8Array, freezes: readonly Freeze[], topLeftCell: (f: Freeze) => string): Uint8Array {
  const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
  const replacements = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  freezes.forEach((f, i) => {
    if (!f.rows && !f.cols) return;
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const e = entries.get(name);
    if (!e) throw new ZipFormatError(`the written workbook has no ${name}`);
    if (e.method !== 0) throw new ZipFormatError('frozen panes need the workbook written uncompressed');
    const { start, end } = entryDataRange(bytes, e);
    const headEnd = Math.min(end, start + HEAD);
    // Cut at a '>' so a multi-byte character is never split between head and rest.
    const cut = bytes.lastIndexOf(0x3e, headEnd - 1) + 1;
    if (cut <= start) return;
    const head = dec.decode(bytes.subarray(start, cut));
    if (!head.includes(EMPTY_VIEW)) return;
    const newHead = enc.encode(head.replace(EMPTY_VIEW, paneXml(f, topLeftCell(f))));
    const out = new Uint8Array(newHead.length + (end - cut));
    out.set(newHead, 0);
    out.set(bytes.subarray(cut, end), newHead.length);
    replacements.set(name, out);
  });
  return replacements.size ? replaceZipEntries(bytes, replacements) : bytes;
}
