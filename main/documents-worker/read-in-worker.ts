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
import { sayIn, type MessageId, type MessageParams, type Said } from '../core/messages';
import type { ReadProgress, ReadReply, ReadRequest, RefusalCode } from './protocol';

/** Why this file is not read, as a catalogue message: the host words it in the interface language. */
class Refusal extends Error {
  readonly say: Said;
  constructor(readonly code: RefusalCode, id: MessageId, params: MessageParams) {
    super(sayIn('en', { id, params }));
    this.say = { id, params };
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

const scanned = (file: string, without: number, total: number) => new Refusal('unreadable-file', 'document.scanned', { file, without, total });
/** A parser's own words for what went wrong, cut short: the host refuses a message with a longer value. */
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

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
  if (!endsLikePdf(bytes)) throw new Refusal('unreadable-file', 'document.pdf-cut-off', { file: fileName });
  let doc;
  const worker = inThreadPdfjsWorker(pdfjs);
  try {
    doc = await pdfjs.getDocument({
      ...PDFJS_TEXT_OPTIONS, worker, data: bytes.slice(), cMapUrl: `${pdfjsDir}/cmaps/`, standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new Refusal('unreadable-file', 'document.pdf-password', { file: fileName });
    throw new Refusal('unreadable-file', 'document.pdf-unreadable', { file: fileName, reason: reasonOf(err) });
  }
  if (doc.numPages > limits.maxPages) throw new Refusal('limit-exceeded', 'document.pdf-too-many-pages', { file: fileName, pages: doc.numPages, max: limits.maxPages });
  const pages: PdfPageItems[] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = pageTextItems(content.items, page.view);
    chars += items.reduce((s, i) => s + i.str.length, 0);
    if (chars > limits.maxChars) throw new Refusal('limit-exceeded', 'document.too-much-text-by-page', { file: fileName, max: limits.maxChars, page: n });
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
    throw new Refusal('unreadable-file', 'document.docx-unreadable', { file: fileName, reason: why.slice(0, 500) });
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new Refusal('unreadable-file', 'document.zip-not-word', { file: fileName });
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new Refusal('limit-exceeded', 'document.docx-too-big-unpacked', { file: fileName, size: Math.round(declared / 1048576), max: Math.round(limits.maxUncompressedBytes / 1048576) });
  }
  for (const e of entries) {
    if (e.flags & 0x1) throw new Refusal('unreadable-file', 'document.docx-encrypted', { file: fileName });
    if (e.method !== 0 && e.method !== 8) throw new Refusal('unreadable-file', 'document.docx-compression', { file: fileName, part: e.name });
    let real: number;
    try {
      const range = entryDataRange(bytes, e);
      const data = bytes.subarray(range.start, range.end);
      real = e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) }).length : data.length;
    } catch {
      throw new Refusal('unreadable-file', 'document.docx-part-unpack', { file: fileName, part: e.name });
    }
    if (real !== e.size) throw new Refusal('unreadable-file', 'document.docx-part-size', { file: fileName, part: e.name, real, declared: e.size });
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
  const cut = () => new Refusal('unreadable-file', 'document.doc-cut-off', { file: fileName });
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
    throw new Refusal('unreadable-file', 'document.doc-unreadable', { file: req.fileName, reason: reasonOf(err) });
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
    if (text.length > req.limits.maxChars) throw new Refusal('limit-exceeded', 'document.too-much-text', { file: req.fileName, max: req.limits.maxChars });
    return { type: 'done', ok: true, text, pages };
  } catch (err) {
    const refusal = err instanceof Refusal ? err : new Refusal('unreadable-file', 'document.unreadable-reason', { file: req.fileName, reason: reasonOf(err) });
    return { type: 'done', ok: false, code: refusal.code, message: refusal.message, say: refusal.say };
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
