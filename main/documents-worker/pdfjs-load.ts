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

/** pdf.js with its worker code in this thread (pdf.js finds it as globalThis.pdfjsWorker), ready for getDocument. */
export async function loadPdfjs(): Promise<Pdfjs> {
  provideDomMatrix();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as unknown;
  restoreNativeArrayPush();
  return pdfjs;
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
