// Host side of the workbook parser: refuses oversized files up front, runs the parse in a fresh worker with a
// heap limit, terminates it when the time limit passes (and says so), and re-validates every value that comes
// back so that nothing but strings, finite numbers and nulls — in fresh arrays — reaches the rest of Planscope.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanscopeError } from '../contract/errors';
import { worded, type Worded } from '../core/messages';
import { saidFromWorker } from '../core/said';
import { DEFAULT_LIMITS, maxReplyBytes, type CellValue, type ParsedSheet, type ParsedWorkbook, type ParseRequest, type WorkbookLimits } from './protocol';

const MB = 1024 * 1024;

function startWorker(data: { request: ParseRequest } | { probe: true }, maxHeapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 } };
  const built = new URL('./parse-in-worker.js', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return new Worker(built, { ...options, workerData: data });
  const entry = new URL('./parse-in-worker.ts', import.meta.url).href;
  return new Worker(new URL('./boot-from-source.mjs', import.meta.url), { ...options, workerData: { ...data, entry } });
}

/** Asks a fresh worker what a hostile file would meet inside it (frozen prototypes, SheetJS not loaded yet). */
export function checkWorkerHardening(): Promise<Record<string, boolean>> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ probe: true }, 64);
    worker.once('message', (m: Record<string, boolean>) => {
      void worker.terminate();
      resolve({ ...m });
    });
    worker.once('error', reject);
  });
}

const READER = worded('表格读取进程', 'The workbook reader');

function bad(fileName: string, what: string): never {
  throw PlanscopeError.says('internal', 'reader.malformed', { reader: READER, file: fileName, what });
}

function tooMuch(fileName: string, what: Worded): never {
  throw PlanscopeError.says('limit-exceeded', 'workbook.too-much', { file: fileName, what });
}

/**
 * The worker's JSON bytes, decoded only when their length is within what the limits allow: an 8 KB workbook whose
 * merged areas copy a long text into millions of cells must be refused here, not take this process's heap.
 */
export function decodeReply(message: unknown, fileName: string, limits: WorkbookLimits): unknown {
  if (!(message instanceof Uint8Array)) bad(fileName, 'not a byte reply');
  if (message.byteLength > maxReplyBytes(limits)) tooMuch(fileName, worded(`${(message.byteLength / MB).toFixed(0)} MB 的读取结果`, `a reply of ${(message.byteLength / MB).toFixed(0)} MB`));
  try {
    return JSON.parse(new TextDecoder().decode(message)) as unknown;
  } catch {
    bad(fileName, 'not JSON');
  }
}

/**
 * Rebuilds the reply from scratch, accepting only the documented shape, and counts the cells and characters again
 * against the limits: the worker ran a parser fed by a stranger's file, so its own count is not taken on trust.
 */
export function validateReply(reply: unknown, fileName: string, limits: WorkbookLimits = DEFAULT_LIMITS): ParsedWorkbook {
  let cells = 0;
  let chars = 0;
  if (typeof reply !== 'object' || reply === null) bad(fileName, 'not an object');
  const r = reply as { ok?: unknown; code?: unknown; say?: unknown; workbook?: { sheets?: unknown } };
  if (r.ok === false) {
    const code = r.code === 'limit-exceeded' || r.code === 'bad-input' ? r.code : 'unreadable-file';
    // Only what the workbook reader itself may say (its refusals), rebuilt with bounds: it read a stranger's file.
    const say = saidFromWorker(r.say, (id) => id.startsWith('workbook.'));
    throw say ? PlanscopeError.says(code, say.id, say.params) : PlanscopeError.says(code, 'reader.could-not-read', { file: fileName });
  }
  const sheetsIn = r.workbook?.sheets;
  if (r.ok !== true || !Array.isArray(sheetsIn)) bad(fileName, 'no sheet list');
  const sheets: ParsedSheet[] = [];
  for (const s of sheetsIn as unknown[]) {
    const sh = s as { name?: unknown; rows?: unknown; percentCells?: unknown };
    if (typeof sh !== 'object' || sh === null || typeof sh.name !== 'string' || !Array.isArray(sh.rows) || !Array.isArray(sh.percentCells)) bad(fileName, 'a sheet');
    const rows: CellValue[][] = [];
    for (const row of sh.rows as unknown[]) {
      if (!Array.isArray(row)) bad(fileName, 'a row');
      cells += row.length;
      if (cells > limits.maxCells) tooMuch(fileName, worded(`超过 ${limits.maxCells} 个单元格`, `more than ${limits.maxCells} cells`));
      const out: CellValue[] = new Array<CellValue>(row.length);
      for (let i = 0; i < row.length; i++) {
        const v: unknown = row[i];
        if (v === null || v === undefined) out[i] = null;
        else if (typeof v === 'string') {
          chars += v.length;
          if (chars > limits.maxChars) tooMuch(fileName, worded(`超过 ${limits.maxChars} 个字符的文本`, `more than ${limits.maxChars} characters of text`));
          out[i] = v;
        }
        else if (typeof v === 'number' && Number.isFinite(v)) out[i] = v;
        else bad(fileName, `a cell of type ${typeof v}`);
      }
      rows.push(out);
    }
    const percentCells = (sh.percentCells as unknown[]).filter((a): a is string => typeof a === 'string' && /^[A-Z]{1,3}\d{1,7}$/.test(a));
    sheets.push({ name: sh.name, rows, percentCells });
  }
  return { fileName, sheets };
}

/** Parses a workbook a user chose; every failure is a PlanscopeError saying which file and why. */
export function parseWorkbook(fileName: string, bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<ParsedWorkbook> {
  if (bytes.length === 0) return Promise.reject(PlanscopeError.says('unreadable-file', 'workbook.empty-file', { file: fileName }));
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(PlanscopeError.says('limit-exceeded', 'workbook.file-too-big', { file: fileName, size: (bytes.length / MB).toFixed(1), max: (limits.maxFileBytes / MB).toFixed(0) }));
  }
  return new Promise<ParsedWorkbook>((resolve, reject) => {
    let settled = false;
    const worker = startWorker({ request: { fileName, bytes, limits } }, limits.maxHeapMb);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(PlanscopeError.says('limit-exceeded', 'workbook.timeout', { file: fileName, seconds: +(limits.timeoutMs / 1000).toFixed(2) }))), limits.timeoutMs);
    worker.on('message', (message: unknown) => {
      finish(() => {
        try {
          resolve(validateReply(decodeReply(message, fileName, limits), fileName, limits));
        } catch (err) {
          reject(err);
        }
      });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? PlanscopeError.says('limit-exceeded', 'workbook.out-of-memory', { file: fileName, max: limits.maxHeapMb })
        : PlanscopeError.says('unreadable-file', 'workbook.unreadable', { file: fileName, reason: err.message })));
    });
    worker.on('exit', (code) => {
      finish(() => reject(PlanscopeError.says('unreadable-file', 'reader.stopped', { reader: READER, file: fileName, code })));
    });
  });
}
