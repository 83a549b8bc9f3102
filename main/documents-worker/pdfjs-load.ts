// Loading pdf.js for reading text (in the document worker, and in the PDF benchmark's pdf.js-alone measurement):
// the DOMMatrix it needs, its worker code run in this thread, and the one polyfill of its legacy build that costs
// every array in the thread time for nothing a text reader uses.
import type { PdfTextItem } from '../core/documents/pdf-text';
import { provideDomMatrix } from './dom-matrix';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Taken when this module loads, before pdf.js (and its core-js) can replace it. */
const nativeArrayPush = Array.prototype.push;

/**
 * pdf.js's legacy build carries core-js, which on V8 12.1 and older (Node 20) replaces Array.prototype.push with a
 * loop in JavaScript, to make a push onto an array whose length was made read-only throw a TypeError. No parser
 * here pushes onto such an array, and the loop made every push in the thread (pdf.js's hundreds of thousands per
 * report, and the layout's) several times slower. Newer V8 (Electron's) is left alone by core-js; this is then a no-op.
 */
export function restoreNativeArrayPush(): void {
  if (Array.prototype.push === nativeArrayPush) return;
  Object.defineProperty(Array.prototype, 'push', { value: nativeArrayPush, writable: true, enumerable: false, configurable: true });
}

/** Whether Array.prototype.push is the engine's own (the worker's self-check reports it). */
export const arrayPushIsNative = (): boolean => Array.prototype.push === nativeArrayPush;

type PdfjsWorkerCode = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };
let workerCode: PdfjsWorkerCode | null = null;

/** pdf.js with its worker code in this thread (pdf.js finds it as globalThis.pdfjsWorker), ready for getDocument. */
export async function loadPdfjs(): Promise<Pdfjs> {
  provideDomMatrix();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  workerCode = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as PdfjsWorkerCode;
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = workerCode;
  restoreNativeArrayPush();
  return pdfjs;
}

type Listener = (event: { data: unknown }) => void;

/**
 * The two ends of pdf.js in one thread, joined without copying. pdf.js's own in-thread link (its "fake worker")
 * structured-clones every message, as a real worker's would: for a report printed glyph by glyph that is a
 * clone of every text item, about a quarter of getTextContent's time, to cross no boundary at all. Delivered in
 * order, each in its own microtask, as pdf.js's link does. One thing a clone protected: pdf.js's worker side
 * replaces (it does not empty) the text chunk's item list after sending it, so a chunk's own fields are copied.
 */
class InThreadPort {
  readonly #listeners = new Set<Listener>();

  postMessage(message: unknown): void {
    const m = message as { chunk?: unknown };
    const data = m && typeof m.chunk === 'object' && m.chunk !== null && !ArrayBuffer.isView(m.chunk) ? { ...m, chunk: { ...m.chunk } } : message;
    queueMicrotask(() => {
      for (const listener of this.#listeners) listener.call(this, { data });
    });
  }

  addEventListener(_type: string, listener: Listener): void {
    this.#listeners.add(listener);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

/** A pdf.js worker for one document (pass it to getDocument, destroy it after), its two ends linked in this thread. */
export function inThreadPdfjsWorker(pdfjs: Pdfjs): InstanceType<Pdfjs['PDFWorker']> {
  if (!workerCode) throw new Error('pdf.js is not loaded');
  const port = new InThreadPort();
  workerCode.WorkerMessageHandler.initializeFromPort(port);
  // pdf.js's types say a port is a Worker (or, here, only null); any object with postMessage and listeners serves.
  return new pdfjs.PDFWorker({ port } as unknown as ConstructorParameters<Pdfjs['PDFWorker']>[0]);
}

/**
 * How the reader opens a PDF: text only, so no font faces, no eval'd glyph programs, no system fonts; a broken
 * object stops the read instead of being guessed around; no console noise. The CMaps (packed) decode Chinese CID fonts.
 */
export const PDFJS_TEXT_OPTIONS = {
  cMapPacked: true, disableFontFace: true, isEvalSupported: false, useSystemFonts: false, stopAtErrors: true, verbosity: 0,
} as const;

/** pdf.js's text item, as far as this reader uses it. */
interface PdfjsItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}

/**
 * A page's text items as the layout reads them, placed from the page's lower-left corner (its view box
 * [x0, y0, x1, y1]). One pass and one object per item: a report page printed glyph by glyph has thousands.
 */
export function pageTextItems(raw: readonly unknown[], view: readonly number[]): PdfTextItem[] {
  const [x0, y0] = view as [number, number];
  const items: PdfTextItem[] = [];
  for (const r of raw as PdfjsItem[]) {
    const t = r.transform;
    if (typeof r.str !== 'string' || !Array.isArray(t) || t.length < 6 || typeof r.width !== 'number') continue;
    const [a, b, c, d, e, f] = t as number[];
    // Rotated text (a stamp, a vertical margin note) is not the report's running text.
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || !(a! > 0)) continue;
    items.push({ str: r.str, x: e! - x0, y: f! - y0, width: r.width, size: Math.abs(d!) || a! });
  }
  return items;
}
