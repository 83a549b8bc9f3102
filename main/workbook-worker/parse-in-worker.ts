// The isolated workbook parser (a worker thread; also runs under Electron's main process). SheetJS 0.18.5 has
// unfixed read-side prototype-pollution and ReDoS advisories, so a stranger's workbook is parsed only here:
// built-in prototypes are frozen BEFORE SheetJS is loaded, the zip's table of contents and every part's real
// size are checked before SheetJS sees a byte, cells are counted against a cap, and only plain rows go back.
// The host adds a heap limit and a time limit after which this worker is terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import { entryDataRange, readZipDirectory, ZipFormatError } from '../core/xlsx/zip';
import { csvSheet, decodeText } from '../core/xlsx/import-csv';
import { isCsvName, isOdsZip, sniffFile } from './file-format';
import type { CellValue, ParsedSheet, ParseReply, ParseRequest, WorkbookLimits } from './protocol';
import { sayIn, worded, type MessageId, type MessageParams, type Said, type Worded } from '../core/messages';

/**
 * Freezes a prototype without the "override mistake": a frozen Object.prototype makes `dict.constructor = x`
 * or `sheets["toString"] = ws` silently fail on every plain object, so a sheet named "constructor" would
 * vanish. Each data property becomes a getter plus a setter that defines an own property on the target.
 */
function tamperProof(proto: object): void {
  for (const key of Reflect.ownKeys(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const value: unknown = desc.value;
    Object.defineProperty(proto, key, {
      get: () => value,
      set(this: object, v: unknown) {
        if (this === proto) throw new TypeError(`Cannot change the frozen ${String(key)}`);
        Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
      },
      enumerable: desc.enumerable ?? false,
      configurable: false,
    });
  }
  Object.freeze(proto);
}

function freezeIntrinsics(): void {
  // Prototypes whose members plain objects and errors commonly shadow: frozen without the override mistake.
  for (const proto of [Object.prototype, Error.prototype, TypeError.prototype, RangeError.prototype, SyntaxError.prototype]) tamperProof(proto);
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const ctors: unknown[] = [Array, Function, String, Number, Boolean, Symbol, BigInt, RegExp, Date, Map, Set,
    WeakMap, WeakSet, Promise, ArrayBuffer, DataView, Uint8Array, Uint16Array, Uint32Array,
    Int8Array, Int16Array, Int32Array, Float32Array, Float64Array, Uint8ClampedArray, typedArray];
  for (const c of ctors) {
    const proto = (c as { prototype?: unknown }).prototype;
    if (proto) Object.freeze(proto);
  }
  // The constructors' own statics (Object.assign, Array.from …) too; not Error's, whose stackTraceLimit Node sets.
  for (const c of [Object, Array, Function, JSON, Math, Reflect]) Object.freeze(c);
}
freezeIntrinsics();

/** A file refused before or while it is read: worded from the catalogue, so the host can say it in either language. */
class Refusal extends Error {
  readonly say: Said;
  constructor(readonly code: 'unreadable-file' | 'limit-exceeded', id: MessageId, params: MessageParams) {
    const say: Said = { id, params };
    super(sayIn('en', say));
    this.say = say;
  }
}

const MB = 1024 * 1024;
/** Parts inside one workbook's zip: a real workbook has tens, a crafted one may list millions to exhaust the reader. */
const MAX_PARTS = 5000;

/** Every part inflated with a ceiling of its declared size: a part that lies about its size is a zip bomb. */
function checkZip(req: ParseRequest): void {
  const { bytes, fileName, limits } = req;
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (err) {
    const why = err instanceof ZipFormatError ? err.message : String(err);
    throw new Refusal('unreadable-file', 'workbook.not-xlsx', { file: fileName, why });
  }
  const names = new Set(entries.map((e) => e.name));
  const isXlsx = names.has('[Content_Types].xml') && (names.has('xl/workbook.xml') || names.has('xl/workbook.bin'));
  if (!isXlsx && !isOdsZip(names)) {
    throw new Refusal('unreadable-file', 'workbook.zip-not-sheet', { file: fileName });
  }
  if (entries.length > MAX_PARTS) throw new Refusal('limit-exceeded', 'workbook.too-many-parts', { file: fileName, parts: entries.length, max: MAX_PARTS });
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new Refusal('limit-exceeded', 'workbook.unpacks-too-big', { file: fileName, size: (declared / MB).toFixed(0), max: (limits.maxUncompressedBytes / MB).toFixed(0) });
  }
  for (const e of entries) {
    if (e.flags & 0x1) throw new Refusal('unreadable-file', 'workbook.encrypted', { file: fileName });
    if (e.method !== 0 && e.method !== 8) throw new Refusal('unreadable-file', 'workbook.odd-compression', { file: fileName, part: e.name });
    let range;
    try {
      range = entryDataRange(bytes, e);
    } catch (err) {
      throw new Refusal('unreadable-file', 'workbook.damaged', { file: fileName, reason: err instanceof Error ? err.message : String(err) });
    }
    const data = bytes.subarray(range.start, range.end);
    let real = data.length;
    if (e.method === 8) {
      try {
        real = zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) }).length;
      } catch (err) {
        const tooBig = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
        if (tooBig) throw new Refusal('limit-exceeded', 'workbook.zip-bomb', { file: fileName, part: e.name, size: e.size });
        throw new Refusal('unreadable-file', 'workbook.part-unpack', { file: fileName, part: e.name });
      }
    }
    if (real !== e.size) throw new Refusal('unreadable-file', 'workbook.part-size', { file: fileName, part: e.name, real, size: e.size });
  }
}

const A1 = /^([A-Z]{1,3})([0-9]{1,7})$/;
function decode(addr: string): { r: number; c: number } | null {
  const m = A1.exec(addr);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
function encode(r: number, c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s + (r + 1);
}

/** "6%" shown, 0.06 stored: a format with % outside quoted text. */
function isPercentFormat(z: unknown): boolean {
  return typeof z === 'string' && z.replace(/"[^"]*"/g, '').includes('%');
}

interface SheetCell {
  t?: unknown;
  v?: unknown;
  z?: unknown;
}

/** What is left of the workbook's cells and characters; every sheet, and every merged-area copy, spends from it. */
interface Budget {
  cells: number;
  chars: number;
  readonly limits: WorkbookLimits;
  readonly fileName: string;
}

/** A limit as people say it: 2 million, 200 万. */
const millions = (n: number): Worded => worded(`${+(n / 1e4).toFixed(1)} 万`, `${+(n / 1e6).toFixed(1)} million`);

/** Where in a sheet the limit was passed: the sheet as a whole (''), or one merged area (A1:D2000). */
function spend(budget: Budget, name: string, cells: number, chars: number, mergedArea: string): void {
  const where = mergedArea ? worded(`的合并区域 ${mergedArea} `, ` with its merged area ${mergedArea}`) : '';
  budget.cells -= cells;
  budget.chars -= chars;
  if (budget.cells < 0) {
    throw new Refusal('limit-exceeded', 'workbook.too-many-cells', { file: budget.fileName, sheet: name, where, max: millions(budget.limits.maxCells) });
  }
  if (budget.chars < 0) {
    throw new Refusal('limit-exceeded', 'workbook.too-much-text', { file: budget.fileName, sheet: name, where, max: millions(budget.limits.maxChars) });
  }
}

const textLength = (v: CellValue) => (typeof v === 'string' ? v.length : 0);

type Merge = { s?: { r?: unknown; c?: unknown }; e?: { r?: unknown; c?: unknown } };

/**
 * Merged areas carry their top-left value into every empty cell they cover. The copies are cells and text like any
 * other, so they are paid for before they are made (cells beyond a row's used width, and every copied character).
 */
function fillMerges(name: string, rows: CellValue[][], merges: readonly Merge[], budget: Budget): void {
  for (const m of merges) {
    const [r0, c0, r1, c1] = [m.s?.r, m.s?.c, m.e?.r, m.e?.c];
    if (![r0, c0, r1, c1].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) continue;
    const [top, left, bottom, right] = [r0, c0, r1, c1] as number[];
    const v = rows[top!]?.[left!] ?? null;
    if (v === null || bottom! >= rows.length || (bottom! - top! + 1) * (right! - left! + 1) > 10_000) continue;
    let grown = 0;
    let copies = 0;
    for (let r = top!; r <= bottom!; r++) {
      const row = rows[r]!;
      grown += Math.max(0, right! + 1 - row.length);
      for (let c = left!; c <= right!; c++) if ((row[c] ?? null) === null) copies++;
    }
    spend(budget, name, grown, copies * textLength(v), `${encode(top!, left!)}:${encode(bottom!, right!)}`);
    for (let r = top!; r <= bottom!; r++) {
      const row = rows[r]!;
      while (row.length <= right!) row.push(null);
      for (let c = left!; c <= right!; c++) if (row[c] === null) row[c] = v;
    }
  }
}

function sheetRows(name: string, ws: Record<string, unknown>, budget: Budget): ParsedSheet {
  const cells: { r: number; c: number; v: CellValue; pct: boolean }[] = [];
  let maxR = -1;
  let chars = 0;
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const at = decode(key);
    const cell = ws[key] as SheetCell | undefined;
    if (!at || !cell || typeof cell !== 'object') continue;
    let v: CellValue = null;
    if (cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v)) v = cell.v;
    else if (cell.t === 's' && typeof cell.v === 'string') v = cell.v.slice(0, 32767);
    else if (cell.t === 'b') v = cell.v ? 'TRUE' : 'FALSE';
    else if (cell.t === 'e') v = '#ERROR';
    if (v === null) continue;
    cells.push({ r: at.r, c: at.c, v, pct: typeof v === 'number' && isPercentFormat(cell.z) });
    chars += textLength(v);
    if (at.r > maxR) maxR = at.r;
  }
  const rows: CellValue[][] = Array.from({ length: maxR + 1 }, () => []);
  let area = 0;
  const widths = new Array<number>(maxR + 1).fill(0);
  for (const x of cells) widths[x.r] = Math.max(widths[x.r]!, x.c + 1);
  for (const w of widths) area += w;
  spend(budget, name, area, chars, '');
  widths.forEach((w, r) => (rows[r] = new Array<CellValue>(w).fill(null)));
  const percentCells: string[] = [];
  for (const x of cells) {
    rows[x.r]![x.c] = x.v;
    if (x.pct) percentCells.push(encode(x.r, x.c));
  }
  fillMerges(name, rows, Array.isArray(ws['!merges']) ? (ws['!merges'] as Merge[]) : [], budget);
  return { name, rows, percentCells };
}

/** A CSV's one sheet, named after the file as spreadsheet programs name it. */
function readCsv(req: ParseRequest): ParseReply {
  const decoded = decodeText(req.bytes);
  if (!decoded) throw new Refusal('unreadable-file', 'workbook.csv-encoding', { file: req.fileName });
  if (decoded.text.length > req.limits.maxChars) throw new Refusal('limit-exceeded', 'workbook.csv-too-much-text', { file: req.fileName, max: millions(req.limits.maxChars) });
  const sheet = csvSheet(req.fileName.replace(/\.[^.]*$/, '') || req.fileName, decoded.text);
  const budget: Budget = { cells: req.limits.maxCells, chars: req.limits.maxChars, limits: req.limits, fileName: req.fileName };
  spend(budget, sheet.name, sheet.rows.reduce((n, r) => n + r.length, 0), decoded.text.length, '');
  if (!sheet.rows.length) throw new Refusal('unreadable-file', 'workbook.no-rows', { file: req.fileName });
  return { ok: true, workbook: { fileName: req.fileName, sheets: [sheet] } };
}

/** The bytes of one zip part already checked by checkZip (its real size equals the declared one). */
function zipPart(bytes: Uint8Array, name: string): Uint8Array | null {
  const entry = readZipDirectory(bytes).find((e) => e.name === name);
  if (!entry) return null;
  const range = entryDataRange(bytes, entry);
  const data = bytes.subarray(range.start, range.end);
  return entry.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) }) : data;
}

/**
 * OpenDocument cells as SheetJS 0.18.5 reads them correctly: it counts a covered cell that repeats
 * (`number-columns-repeated="2"`, how LibreOffice writes the hidden half of a merged header) as one column, which
 * shifts the rest of that row left. Each repeat is written out — paid for against the unpacked-size limit — and the
 * document is given to SheetJS as flat XML (.fods), the form of the same content it reads without a zip.
 */
function openDocumentXml(req: ParseRequest, xml: string): string {
  let added = 0;
  const expanded = xml.replace(/<table:covered-table-cell table:number-columns-repeated="(\d{1,7})"\s*\/>/g, (_, n: string) => {
    const count = Number(n);
    added += count * 27;
    if (added > req.limits.maxUncompressedBytes) throw new Refusal('limit-exceeded', 'workbook.merged-too-much', { file: req.fileName });
    return '<table:covered-table-cell/>'.repeat(count);
  });
  return expanded.replace(/office:document-content/g, 'office:document');
}

/** What SheetJS is given: the checked bytes, or for OpenDocument the repaired flat XML. */
type Admitted = { via: 'csv' } | { via: 'sheetjs'; input: Uint8Array } | { via: 'sheetjs-text'; input: string };

/** The checks a file of each kind passes before SheetJS reads it; a text file goes to the CSV reader instead. */
function admit(req: ParseRequest): Admitted {
  const found = sniffFile(req.bytes);
  switch (found.kind) {
    case 'zip': {
      checkZip(req);
      const content = isOdsZip(new Set(readZipDirectory(req.bytes).map((e) => e.name))) ? zipPart(req.bytes, 'content.xml') : null;
      return content ? { via: 'sheetjs-text', input: openDocumentXml(req, new TextDecoder().decode(content)) } : { via: 'sheetjs', input: req.bytes };
    }
    case 'cfb':
      return { via: 'sheetjs', input: req.bytes };
    case 'xml': {
      const text = decodeText(req.bytes)?.text;
      if (text === undefined) throw new Refusal('unreadable-file', 'workbook.xml-encoding', { file: req.fileName });
      return { via: 'sheetjs-text', input: openDocumentXml(req, text) };
    }
    case 'text':
      if (!decodeText(req.bytes)) throw new Refusal('unreadable-file', 'workbook.unknown-bytes', { file: req.fileName });
      if (isCsvName(req.fileName)) return { via: 'csv' };
      throw new Refusal('unreadable-file', 'workbook.plain-text', { file: req.fileName });
    case 'other':
      throw new Refusal('unreadable-file', 'workbook.not-sheet', { file: req.fileName, what: worded(found.zh, found.what) });
  }
}

function parse(req: ParseRequest): ParseReply {
  const admitted = admit(req);
  if (admitted.via === 'csv') return readCsv(req);
  const require = createRequire(import.meta.url);
  // Loaded only now, after the prototypes are frozen.
  const XLSX = require('xlsx') as typeof import('xlsx');
  const wb = XLSX.read(admitted.input, {
    type: admitted.via === 'sheetjs' ? 'array' : 'string', cellFormula: false, cellHTML: false, cellText: false, cellNF: true, cellStyles: false, cellDates: false,
    sheetStubs: false, bookVBA: false, bookFiles: false, bookDeps: false, WTF: false,
  });
  const budget: Budget = { cells: req.limits.maxCells, chars: req.limits.maxChars, limits: req.limits, fileName: req.fileName };
  const sheets: ParsedSheet[] = [];
  for (const name of Array.isArray(wb.SheetNames) ? wb.SheetNames : []) {
    if (typeof name !== 'string') continue;
    const ws = (wb.Sheets as Record<string, unknown>)[name];
    sheets.push(sheetRows(name, ws && typeof ws === 'object' ? (ws as Record<string, unknown>) : {}, budget));
  }
  if (!sheets.length) throw new Refusal('unreadable-file', 'workbook.no-sheets', { file: req.fileName });
  return { ok: true, workbook: { fileName: req.fileName, sheets } };
}

/** The self-check (see checkWorkerHardening): what a hostile file would meet, observed from inside. */
function hardening(): Record<string, boolean> {
  const o = {};
  Reflect.set(o, 'constructor', 'shadowed'); // a plain object may still shadow a frozen member (no override mistake)…
  let polluted = false;
  try {
    (Object.prototype as Record<string, unknown>).polluted = true; // …but nobody can add to the prototype.
    polluted = ({} as Record<string, unknown>).polluted === true;
  } catch {
    polluted = false;
  }
  const isCached = (name: string) => Object.keys(createRequire(import.meta.url).cache ?? {}).some((k) => k.includes(`${name}`));
  return {
    objectPrototypeFrozen: Object.isFrozen(Object.prototype),
    arrayPrototypeFrozen: Object.isFrozen(Array.prototype),
    functionPrototypeFrozen: Object.isFrozen(Function.prototype),
    shadowingStillWorks: Object.hasOwn(o, 'constructor') && Reflect.get(o, 'constructor') === 'shadowed',
    pollutionRefused: !polluted,
    sheetjsNotYetLoaded: !isCached('/xlsx/'),
  };
}

const port = parentPort;
if (port && (workerData as { probe?: boolean }).probe) port.postMessage(hardening());
else if (port) {
  const req = (workerData as { request: ParseRequest }).request;
  let reply: ParseReply;
  try {
    reply = parse(req);
  } catch (err) {
    const refusal = err instanceof Refusal ? err : new Refusal('unreadable-file', 'workbook.unreadable', { file: req.fileName, reason: err instanceof Error ? err.message : String(err) });
    reply = { ok: false, code: refusal.code, message: refusal.message, say: refusal.say };
  }
  // As JSON bytes, moved rather than copied: the host checks their length before it decodes anything.
  const json = new TextEncoder().encode(JSON.stringify(reply));
  port.postMessage(json, [json.buffer]);
}
