// The isolated document reader (a worker thread): pdf.js for PDF, mammoth for .docx, word-extractor for .doc. A
// stranger's file is parsed only here, with the built-in prototypes frozen once the parser is loaded; the host adds
// a heap limit and a time limit after which this worker is terminated. pdf.js runs without eval, without font faces and without the network: its CMaps (needed to decode
// Chinese CID fonts) and standard fonts are read from the package's own files.
import { parentPort, workerData } from 'node:worker_threads';
import { freezeIntrinsics } from './harden';
import { arrayPushIsNative, inThreadPdfjsWorker, loadPdfjs, pageTextItems, PDFJS_TEXT_OPTIONS, type Pdfjs } from './pdfjs-load';
import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { layoutPdfText, pagesWithoutText, type PdfPageItems } from '../core/documents/pdf-text';
import { docxHtmlToText } from '../core/documents/docx-text';
import { wordBodyToText } from '../core/documents/doc-text';
import type { PagedText } from '../core/documents/paged-text';
import { entryDataRange, readZipDirectory, ZipFormatError } from '../core/xlsx/zip';
import type { ReadProgress, ReadReply, ReadRequest, RefusalCode } from './protocol';

class Refusal extends Error {
  constructor(readonly code: RefusalCode, message: string) {
    super(message);
  }
}

/**
 * pdf.js's character maps and standard fonts (Chinese PDFs with CID fonts need the maps, offline). The built
 * worker finds the copies the build puts beside it (out/main/pdfjs/, inside the package: electron.vite.config.ts);
 * run from source it takes them from the installed package.
 */
function pdfjsDataDir(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pdfjs');
  if (existsSync(path.join(beside, 'cmaps'))) return beside;
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}
const pdfjsDir = pdfjsDataDir();

const scanned = (fileName: string, without: number, total: number) => new Refusal('unreadable-file',
  `${fileName}：这份PDF是扫描图像，没有文字层（${total} 页中有 ${without} 页没有可读的文字），Planscope 无法从中读出报告文字。请先用OCR软件把它识别成文字，或改为导入这份报告的Word、网页或文本版本。` +
  ` (${fileName} is a scanned PDF: ${without} of its ${total} pages are images with no text layer. Run OCR on it first, or import the Word, web or text version of the report.)`);

/** The %%EOF a complete PDF ends with, within its last kilobyte (some writers add a little after it). */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

let pdfjs: Pdfjs;
type Mammoth = { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };
type WordExtractorClass = new () => { extract(b: Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }> };
/** The Word parsers, loaded (then the prototypes frozen) before a byte of the file is parsed. */
const parsers: { mammoth?: Mammoth; WordExtractor?: WordExtractorClass } = {};

async function readPdf(req: ReadRequest): Promise<PagedText> {
  const { fileName, bytes, limits } = req;
  if (!endsLikePdf(bytes)) throw new Refusal('unreadable-file', `${fileName} is cut off: a PDF ends with "%%EOF" and this one does not (the download or copy was incomplete). Get the whole file again.`);
  let doc;
  const worker = inThreadPdfjsWorker(pdfjs);
  try {
    doc = await pdfjs.getDocument({
      ...PDFJS_TEXT_OPTIONS, worker, data: bytes.slice(), cMapUrl: `${pdfjsDir}/cmaps/`, standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new Refusal('unreadable-file', `${fileName} is password-protected; open it in a PDF reader, save a copy without the password, and import that.`);
    throw new Refusal('unreadable-file', `${fileName} is not a readable PDF, or it is damaged: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (doc.numPages > limits.maxPages) throw new Refusal('limit-exceeded', `${fileName} has ${doc.numPages} pages; Planscope reads reports of up to ${limits.maxPages} pages.`);
  const pages: PdfPageItems[] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = pageTextItems(content.items, page.view);
    chars += items.reduce((s, i) => s + i.str.length, 0);
    if (chars > limits.maxChars) throw new Refusal('limit-exceeded', `${fileName} holds more than ${limits.maxChars} characters of text by page ${n}; that is not one report.`);
    const [x0, y0, x1, y1] = page.view as number[];
    pages.push({ page: n, width: x1! - x0!, height: y1! - y0!, items });
    page.cleanup();
    const progress: ReadProgress = { type: 'progress', done: n, total: doc.numPages };
    parentPort?.postMessage(progress);
  }
  await doc.destroy();
  worker.destroy();
  const without = pagesWithoutText(pages);
  if (pages.length === 0 || without * 2 > pages.length) throw scanned(fileName, without, pages.length);
  return layoutPdfText(pages);
}

/** The zip's table of contents and every part's real size checked before mammoth sees a byte (a zip bomb stops here). */
function checkDocx(req: ReadRequest): void {
  const { fileName, bytes, limits } = req;
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (err) {
    const why = err instanceof ZipFormatError ? err.message : String(err);
    throw new Refusal('unreadable-file', `${fileName} is not a Word document (.docx), or it is damaged or cut off: ${why}.`);
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new Refusal('unreadable-file', `${fileName} is a zip file but not a Word document (no word/document.xml inside).`);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxUncompressedBytes) throw new Refusal('limit-exceeded', `${fileName} unpacks to ${Math.round(declared / 1048576)} MB; Planscope reads Word documents up to ${Math.round(limits.maxUncompressedBytes / 1048576)} MB unpacked.`);
  for (const e of entries) {
    if (e.flags & 0x1) throw new Refusal('unreadable-file', `${fileName} is encrypted (password-protected); remove the password in Word and try again.`);
    if (e.method !== 0 && e.method !== 8) throw new Refusal('unreadable-file', `${fileName}: part "${e.name}" uses a compression Word does not write.`);
    let real: number;
    try {
      const range = entryDataRange(bytes, e);
      const data = bytes.subarray(range.start, range.end);
      real = e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) }).length : data.length;
    } catch {
      throw new Refusal('unreadable-file', `${fileName} is damaged or cut off: part "${e.name}" cannot be unpacked.`);
    }
    if (real !== e.size) throw new Refusal('unreadable-file', `${fileName} is damaged: part "${e.name}" is ${real} bytes but declares ${e.size}.`);
  }
}

async function readDocx(req: ReadRequest): Promise<PagedText> {
  checkDocx(req);
  const mammoth = parsers.mammoth!;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(req.bytes) });
  return { text: docxHtmlToText(value), pages: [] };
}

/** An OLE compound file is cut off when a sector its allocation table names lies beyond the end of the file. */
function checkOle(req: ReadRequest): void {
  const { bytes, fileName } = req;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cut = () => new Refusal('unreadable-file', `${fileName} is damaged or cut off: it is not a complete Word 97-2003 (.doc) file. Get the whole file again, or save it from Word as .docx.`);
  if (bytes.length < 512) throw cut();
  const sectorSize = 1 << view.getUint16(0x1e, true);
  const fatSectors = view.getUint32(0x2c, true);
  if (sectorSize !== 512 && sectorSize !== 4096) throw cut();
  for (let i = 0; i < Math.min(fatSectors, 109); i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector >= 0xfffffffa) continue;
    if ((sector + 2) * sectorSize > bytes.length) throw cut();
  }
  const dirStart = view.getUint32(0x30, true);
  if ((dirStart + 2) * sectorSize > bytes.length) throw cut();
}

async function readDoc(req: ReadRequest): Promise<PagedText> {
  checkOle(req);
  const WordExtractor = parsers.WordExtractor!;
  let body: string;
  try {
    // filterUnicode would turn “” into " and change the words the indicator names are read from.
    body = (await new WordExtractor().extract(Buffer.from(req.bytes))).getBody({ filterUnicode: false });
  } catch (err) {
    throw new Refusal('unreadable-file', `${req.fileName} is not a readable Word 97-2003 document (.doc), or it is damaged: ${err instanceof Error ? err.message : String(err)}.`);
  }
  return { text: wordBodyToText(body), pages: [] };
}

const READERS = { pdf: readPdf, docx: readDocx, doc: readDoc } as const;

/**
 * Loads the parsers, then freezes the built-in prototypes before a byte of the file is parsed: the libraries may
 * install their polyfills while loading (pdf.js's legacy build does), but nothing the file drives them to do
 * afterwards can pollute a prototype. pdf.js's own worker code is loaded here too (it reads the file there).
 */
async function loadParserThenFreeze(format: ReadRequest['format']): Promise<void> {
  // Imports with literal names, so the build bundles each parser into a chunk of the worker that is loaded only
  // for its format: the package carries no node_modules for them (see tests/electron/packaging.test.ts).
  if (format === 'pdf') {
    pdfjs = await loadPdfjs();
  } else if (format === 'docx') {
    const m = (await import('mammoth')) as unknown as { default?: Mammoth } & Mammoth;
    parsers.mammoth = m.default ?? m;
  } else {
    const m = (await import('word-extractor')) as unknown as { default?: WordExtractorClass } & WordExtractorClass;
    parsers.WordExtractor = m.default ?? m;
  }
  freezeIntrinsics();
}

/** The parser this worker loaded (a worker loads one, then freezes): a spare loads pdf.js before its file arrives. */
let loaded: { format: ReadRequest['format']; done: Promise<void> } | null = null;

function loadThenFreeze(format: ReadRequest['format']): Promise<void> {
  if (!loaded) loaded = { format, done: loadParserThenFreeze(format) };
  // Once frozen, no other parser can be loaded (their loaders install polyfills); the host never asks this.
  if (loaded.format !== format) return Promise.reject(new Error(`this reader loaded the ${loaded.format} parser, not ${format}`));
  return loaded.done;
}

async function read(req: ReadRequest): Promise<ReadReply> {
  try {
    await loadThenFreeze(req.format);
    const { text, pages } = await READERS[req.format](req);
    if (text.length > req.limits.maxChars) throw new Refusal('limit-exceeded', `${req.fileName} holds more than ${req.limits.maxChars} characters of text; that is not one report.`);
    return { type: 'done', ok: true, text, pages };
  } catch (err) {
    if (err instanceof Refusal) return { type: 'done', ok: false, code: err.code, message: err.message };
    return { type: 'done', ok: false, code: 'unreadable-file', message: `${req.fileName} could not be read: ${err instanceof Error ? err.message : String(err)}.` };
  }
}

/** The self-check (see checkDocumentWorkerHardening): what a crafted file would meet once pdf.js is loaded. */
async function hardening(): Promise<Record<string, boolean>> {
  await loadThenFreeze('pdf');
  let polluted = false;
  try {
    (Object.prototype as Record<string, unknown>).polluted = true;
    polluted = ({} as Record<string, unknown>).polluted === true;
  } catch {
    polluted = false;
  }
  return { objectPrototypeFrozen: Object.isFrozen(Object.prototype), arrayPrototypeFrozen: Object.isFrozen(Array.prototype), pollutionRefused: !polluted, nativeArrayPush: arrayPushIsNative() };
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as { request?: ReadRequest; probe?: boolean; spare?: boolean };
  if (data.probe) void hardening().then((h) => port.postMessage({ type: 'probe', ...h }));
  else if (data.spare) {
    // A spare (see read-document.ts): pdf.js is loaded and the prototypes frozen now, while no file is here; the
    // one file this worker will ever read comes later as a message.
    void loadThenFreeze('pdf').catch(() => undefined);
    port.once('message', (req: ReadRequest) => void read(req).then((reply) => port.postMessage(reply)));
  } else void read(data.request!).then((reply) => port.postMessage(reply));
}
