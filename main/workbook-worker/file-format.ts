// What kind of file a colleague sent, from its first bytes rather than its name: LibreOffice and WPS save .xls,
// .ods and .csv as often as .xlsx, and a file's name is only what someone typed. Each kind has its own checks
// before SheetJS (or the CSV reader) sees it, and a file of no kind Planscope reads is refused saying what it is.
export type FileKind =
  | { kind: 'zip' }
  | { kind: 'cfb' } // OLE compound file: .xls (BIFF8) — or an encrypted .xlsx, which is a compound file too
  | { kind: 'xml' } // flat OpenDocument (.fods) or Excel 2003 XML
  | { kind: 'text' }
  | { kind: 'other'; what: string; zh: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Formats people mistake for spreadsheets, named so the refusal can say what the file really is. */
const NOT_SHEETS: { what: string; zh: string; sig: number[] }[] = [
  { what: 'a PDF document', zh: ' PDF 文档', sig: [0x25, 0x50, 0x44, 0x46] },
  { what: 'a PNG image', zh: ' PNG 图片', sig: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', zh: ' JPEG 图片', sig: [0xff, 0xd8, 0xff] },
  { what: 'a RAR archive', zh: ' RAR 压缩包', sig: [0x52, 0x61, 0x72, 0x21] },
  { what: 'a 7-Zip archive', zh: ' 7-Zip 压缩包', sig: [0x37, 0x7a, 0xbc, 0xaf] },
  { what: 'a gzip archive', zh: ' gzip 压缩包', sig: [0x1f, 0x8b] },
];

export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  for (const n of NOT_SHEETS) if (startsWith(bytes, n.sig)) return { kind: 'other', what: n.what, zh: n.zh };
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<?xml') || head.startsWith('<office:document')) return /office:document|urn:schemas-microsoft-com:office:spreadsheet/.test(head) ? { kind: 'xml' } : { kind: 'other', what: 'an XML file that is not a spreadsheet', zh: '一个不是表格的 XML 文件' };
  if (/^<(!doctype html|html)/i.test(head)) return { kind: 'other', what: 'a web page (HTML)', zh: '网页(HTML)' };
  return { kind: 'text' };
}

/** A name that says its text is a table: only then is a text file read as CSV. */
export const isCsvName = (fileName: string) => /\.(csv|tsv|txt)$/i.test(fileName);

/** An OpenDocument spreadsheet zip: its first part "mimetype" names the type, its cells are in content.xml. */
export function isOdsZip(names: ReadonlySet<string>): boolean {
  return names.has('content.xml') && (names.has('mimetype') || names.has('META-INF/manifest.xml'));
}
