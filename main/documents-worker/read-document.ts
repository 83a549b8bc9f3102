// Host side of the document reader: tells a PDF or Word file by its first bytes, reads it in a fresh worker with a
// heap limit (a spare one, pdf.js already loaded, for a PDF), terminates the worker when the time limit passes (and says so), and re-checks the reply's shape, so
// only a string and a list of page spans reach the rest of Planscope.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PlanscopeError } from '../contract/errors';
import { worded, type MessageId, type Worded } from '../core/messages';
import { DOCUMENTS } from '../core/wording/documents';
import { saidFromWorker } from '../core/said';
import type { PagedText, PageSpan } from '../core/documents/paged-text';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentFormat, type DocumentLimits, type ReadRequest } from './protocol';

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Whether a zip names word/document.xml among its parts (its central directory is at the end, names in clear). */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024 * 1024)));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  return tail.includes('word/document.xml') || head.includes('word/document.xml');
}

/**
 * The format by signature, never by the file's name: "%PDF-" (anywhere in the first kilobyte, as the PDF
 * specification allows), a zip holding word/document.xml, or an OLE compound file (D0 CF 11 E0) named .doc — an
 * OLE file is also what old Excel and PowerPoint write, so for those the name decides. Null: not one of these.
 */
export function documentFormat(bytes: Uint8Array, fileName: string): DocumentFormat | null {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipHasWordDocument(bytes)) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && /\.(doc|wps|dot)$/i.test(fileName)) return 'doc';
  return null;
}

/** What a worker is started for: one file's read, the hardening self-check, or a spare that waits for its file. */
type WorkerJob = { request: ReadRequest } | { probe: true } | { spare: true };

function startWorker(job: WorkerJob, limits: DocumentLimits): Worker {
  // Options written out, not spread: Vite (renderer tests load main in-process) rejects a spread in Worker options.
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 };
  // Paths from this module's own path, not `new URL('./x', import.meta.url)`: Vite rewrites that form into a web
  // asset address where a DOM is loaded (component tests run main in-process), and a Worker needs a file.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'read-in-worker.js');
  if (existsSync(built)) return new Worker(built, { resourceLimits, workerData: job });
  const entry = pathToFileURL(path.join(here, 'read-in-worker.ts')).href;
  const boot = path.join(here, '../workbook-worker/boot-from-source.mjs');
  return new Worker(boot, { resourceLimits, workerData: { ...job, entry } });
}

/**
 * One spare PDF reader: a fresh worker that has loaded pdf.js (the seconds a read would otherwise spend before its
 * first page) and frozen its prototypes, but has seen no file. The next PDF is read in it and it is terminated
 * after that read like any other, so every file still gets a worker no other file touched, under the same heap
 * and time limits; a spare unused for SPARE_IDLE_MS is terminated to give its memory back. It never keeps the
 * process alive (unref), and one that dies while waiting is simply not used.
 */
let spare: { worker: Worker; heapMb: number; idle: ReturnType<typeof setTimeout>; drop: () => void } | null = null;
export const SPARE_IDLE_MS = 120_000;
/** Every reader worker not yet exited (reads and the spare), so a test can see a stopped read's worker is gone. */
const live = new Set<Worker>();

function track(worker: Worker): Worker {
  live.add(worker);
  worker.once('exit', () => live.delete(worker));
  return worker;
}

/** How many document reader workers are running, and whether one of them is the spare. */
export function documentWorkers(): { running: number; spare: boolean } {
  return { running: live.size, spare: spare !== null };
}

function keepSpare(limits: DocumentLimits): void {
  if (spare) return;
  const worker = track(startWorker({ spare: true }, limits));
  worker.unref();
  const drop = () => {
    if (spare?.worker !== worker) return;
    clearTimeout(spare.idle);
    spare = null;
    void worker.terminate();
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  const idle = setTimeout(drop, SPARE_IDLE_MS);
  idle.unref();
  spare = { worker, heapMb: limits.maxHeapMb, idle, drop };
}

/** The spare, handed this read's request, if it was started with this read's heap limit; else none. */
function takeSpare(request: ReadRequest): Worker | null {
  const s = spare;
  if (!s) return null;
  spare = null;
  clearTimeout(s.idle);
  s.worker.off('error', s.drop);
  s.worker.off('exit', s.drop);
  if (s.heapMb !== request.limits.maxHeapMb) {
    void s.worker.terminate();
    return null;
  }
  s.worker.ref();
  s.worker.postMessage(request);
  return s.worker;
}

/** A worker reading this request: the spare for a PDF (then a new spare loads beside this read), else a fresh one. */
function readerFor(request: ReadRequest): Worker {
  if (request.format !== 'pdf') return track(startWorker({ request }, request.limits));
  const worker = takeSpare(request) ?? track(startWorker({ request }, request.limits));
  keepSpare(request.limits);
  return worker;
}

/** Terminates the spare now (a host shutting down, or a test that wants no worker left behind). */
export function dropSpareDocumentWorker(): void {
  spare?.drop();
}

/** Asks a fresh worker, once pdf.js is loaded in it, whether a parser could still write a built-in prototype. */
export function checkDocumentWorkerHardening(): Promise<Record<string, boolean>> {
  const worker = track(startWorker({ probe: true }, DEFAULT_DOCUMENT_LIMITS));
  return new Promise((resolve, reject) => {
    worker.once('message', (m: Record<string, unknown>) => {
      void worker.terminate();
      resolve(Object.fromEntries(Object.entries(m).filter((e): e is [string, boolean] => typeof e[1] === 'boolean')));
    });
    worker.once('error', reject);
  });
}

/** What in a reply was not as documented, as a malformed-reply message names it. */
const MALFORMED = {
  object: worded('不是对象', 'not an object'),
  text: worded('没有文字', 'no text'),
  tooMuch: worded('文字过多', 'too much text'),
  page: worded('页码范围', 'a page span'),
  message: worded('拒绝读取的说明', 'a message'),
} as const;

function bad(fileName: string, what: Worded): never {
  throw PlanscopeError.says('internal', 'document.malformed-reply', { file: fileName, what });
}

/** What the worker may say: the document reader's own refusals, nothing else from the catalogue. */
const workerMaySay = (id: MessageId) => id.startsWith('document.') && Object.hasOwn(DOCUMENTS, id);

/** Rebuilds the reply from scratch, accepting only the documented shape. */
export function checkReply(reply: unknown, fileName: string, limits: DocumentLimits): PagedText {
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown; text?: unknown; pages?: unknown };
  if (typeof r !== 'object' || r === null) bad(fileName, MALFORMED.object);
  if (r.ok === false) {
    const code = r.code === 'limit-exceeded' ? 'limit-exceeded' : 'unreadable-file';
    const said = saidFromWorker((r as { say?: unknown }).say, workerMaySay);
    if (!said) bad(fileName, MALFORMED.message);
    throw PlanscopeError.says(code, said.id, said.params);
  }
  if (r.ok !== true || typeof r.text !== 'string' || !Array.isArray(r.pages)) bad(fileName, MALFORMED.text);
  if (r.text.length > limits.maxChars) bad(fileName, MALFORMED.tooMuch);
  const pages: PageSpan[] = [];
  let last = 0;
  for (const p of r.pages as unknown[]) {
    const { page, start, end } = (p ?? {}) as Record<string, unknown>;
    const ints = [page, start, end].every((n) => Number.isInteger(n));
    if (!ints || (start as number) < last || (end as number) < (start as number) || (end as number) > r.text.length) bad(fileName, MALFORMED.page);
    pages.push({ page: page as number, start: start as number, end: end as number });
    last = end as number;
  }
  return { text: r.text, pages };
}

export interface ReadOptions {
  limits?: DocumentLimits;
  /** Called after each page of a PDF. */
  onProgress?: (done: number, total: number) => void;
}

const FORMAT_NAMES: Record<DocumentFormat, Worded> = {
  pdf: worded('PDF', 'PDF'), docx: worded('Word 文档', 'Word document'), doc: worded('Word 97-2003 文档', 'Word 97-2003 document'),
};

/** Reads a PDF, .docx or .doc a user chose into its text (and pages); every failure is a PlanscopeError naming the file. */
export function readDocument(fileName: string, bytes: Uint8Array, format: DocumentFormat, options: ReadOptions = {}): Promise<PagedText> {
  const limits = options.limits ?? DEFAULT_DOCUMENT_LIMITS;
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(PlanscopeError.says('limit-exceeded', 'document.too-big', {
      file: fileName, size: (bytes.length / 1048576).toFixed(1), format: FORMAT_NAMES[format], max: (limits.maxFileBytes / 1048576).toFixed(0),
    }));
  }
  return new Promise<PagedText>((resolve, reject) => {
    let settled = false;
    const worker = readerFor({ fileName, format, bytes, limits });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(PlanscopeError.says('limit-exceeded', 'document.too-slow',
      { file: fileName, seconds: +(limits.timeoutMs / 1000).toFixed(2), format: FORMAT_NAMES[format] }))), limits.timeoutMs);
    worker.on('message', (m: { type?: unknown; done?: unknown; total?: unknown }) => {
      if (m?.type === 'progress') {
        if (typeof m.done === 'number' && typeof m.total === 'number') options.onProgress?.(m.done, m.total);
        return;
      }
      finish(() => {
        try {
          resolve(checkReply(m, fileName, limits));
        } catch (err) {
          reject(err);
        }
      });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? PlanscopeError.says('limit-exceeded', 'document.out-of-memory', { file: fileName, heap: limits.maxHeapMb })
        : PlanscopeError.says('unreadable-file', 'document.reader-failed', { file: fileName, format: FORMAT_NAMES[format], reason: err.message })));
    });
    worker.on('exit', (code) => finish(() => reject(PlanscopeError.says('unreadable-file', 'document.reader-stopped', { file: fileName, exit: code }))));
  });
}
