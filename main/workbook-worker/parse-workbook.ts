// Host side of the workbook parser: refuses oversized files up front, runs the parse in a fresh worker with a
// heap limit, terminates it when the time limit passes (and says so), and re-validates every value that comes
// back so that nothing but strings, finite numbers and nulls — in fresh arrays — reaches the rest of Planscope.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanscopeError } from '../contract/errors';
import { DEFAULT_LIMITS, type CellValue, type ParsedSheet, type ParsedWorkbook, type ParseReply, type ParseRequest, type WorkbookLimits } from './protocol';

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

function bad(fileName: string, what: string): never {
  throw new PlanscopeError('internal', `The workbook reader returned malformed data for ${fileName} (${what}); nothing was imported.`);
}

/** Rebuilds the reply from scratch, accepting only the documented shape. */
export function validateReply(reply: unknown, fileName: string): ParsedWorkbook {
  if (typeof reply !== 'object' || reply === null) bad(fileName, 'not an object');
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown; workbook?: { sheets?: unknown } };
  if (r.ok === false) {
    const code = r.code === 'limit-exceeded' || r.code === 'bad-input' ? r.code : 'unreadable-file';
    throw new PlanscopeError(code, typeof r.message === 'string' ? r.message.slice(0, 2000) : `${fileName} could not be read.`);
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
      const out: CellValue[] = new Array<CellValue>(row.length);
      for (let i = 0; i < row.length; i++) {
        const v: unknown = row[i];
        if (v === null || v === undefined) out[i] = null;
        else if (typeof v === 'string') out[i] = v;
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
  if (bytes.length === 0) return Promise.reject(new PlanscopeError('unreadable-file', `${fileName} is empty.`));
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(new PlanscopeError('limit-exceeded', `${fileName} is ${(bytes.length / MB).toFixed(1)} MB; Planscope imports workbooks up to ${(limits.maxFileBytes / MB).toFixed(0)} MB.`));
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
    const timer = setTimeout(() => finish(() => reject(new PlanscopeError('limit-exceeded',
      `Reading ${fileName} took longer than ${+(limits.timeoutMs / 1000).toFixed(2)} s, so Planscope stopped it. The workbook may be crafted or far too complex; copy the table you need into a new .xlsx and import that.`))), limits.timeoutMs);
    worker.on('message', (reply: ParseReply) => {
      finish(() => {
        try {
          resolve(validateReply(reply, fileName));
        } catch (err) {
          reject(err);
        }
      });
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new PlanscopeError('limit-exceeded', `Reading ${fileName} needed more than ${limits.maxHeapMb} MB of memory, so Planscope stopped it. The workbook may be crafted or too large; copy the table you need into a new .xlsx.`)
        : new PlanscopeError('unreadable-file', `${fileName} could not be read as a workbook: ${err.message}.`)));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new PlanscopeError('unreadable-file', `The workbook reader stopped (exit ${code}) before finishing ${fileName}.`)));
    });
  });
}
