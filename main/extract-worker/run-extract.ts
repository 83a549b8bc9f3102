// Host side of report extraction: refuses a file over the size limit before any work, reads it in a fresh
// worker with a heap limit, and terminates the worker when the time limit passes. A crafted report (a million
// numbers, a pathological line) then costs its own import, never the app: every other call keeps being served,
// the workspace is untouched, and the user reads which file was refused and why, in Chinese and English.
// Boots like the workbook worker: the built extract-in-worker.js next to the main bundle, else from source via tsx.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_REPORT_BYTES } from '../contract/reports';
import { PlanscopeError, type ErrorCode, type Json } from '../core/errors';
import type { ExtractedFact } from '../core/types';
import type { ExtractedReport, ExtractLimits, ExtractRequest } from './protocol';

const MB = 1024 * 1024;

/** Real reports read in well under a second; 30 s is a report that is not one, or a reader gone superlinear. */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxFileBytes: MAX_REPORT_BYTES, timeoutMs: 30_000, maxHeapMb: 1024 };

function startWorker(request: ExtractRequest, maxHeapMb: number): Worker {
  // Options written out, not spread, and paths from this module's own path: Vite (component tests load main
  // in-process) rejects a spread in Worker options and rewrites `new URL('./x', import.meta.url)` into a web address.
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, 'extract-in-worker.js');
  if (existsSync(built)) return new Worker(built, { resourceLimits, workerData: { request } });
  const entry = pathToFileURL(path.join(here, 'extract-in-worker.ts')).href;
  return new Worker(path.join(here, '../workbook-worker/boot-from-source.mjs'), { resourceLimits, workerData: { request, entry } });
}

const CODES: readonly ErrorCode[] = ['bad-input', 'unreadable-file', 'limit-exceeded', 'invalid-arguments'];

function malformed(fileName: string, what: string): never {
  throw new PlanscopeError('internal', `读取 ${fileName} 时报告解析进程返回了无效数据（${what}），未导入任何内容。The report reader returned malformed data for ${fileName} (${what}); nothing was imported.`);
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNumOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

/** The shape importReport stores, checked field by field before any of it reaches the workspace. */
function checkFact(f: unknown, textLength: number, fileName: string): ExtractedFact {
  const x = f as Record<string, unknown>;
  const ok = typeof f === 'object' && f !== null && isStr(x.indicator) && isStr(x.measure) && isNumOrNull(x.value) && isNumOrNull(x.low)
    && isNumOrNull(x.high) && (x.unit === null || isStr(x.unit)) && isStr(x.qualifier) && isStr(x.period) && isStr(x.kind) && isStr(x.region)
    && Number.isInteger(x.start) && Number.isInteger(x.end) && (x.start as number) >= 0 && (x.end as number) <= textLength && (x.tier === 1 || x.tier === 2);
  if (!ok) malformed(fileName, 'a fact');
  return f as ExtractedFact;
}

export function checkReply(reply: unknown, fileName: string): ExtractedReport {
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown; details?: unknown; report?: Record<string, unknown> };
  if (typeof reply !== 'object' || reply === null) malformed(fileName, 'not an object');
  if (r.ok === false) {
    const code = CODES.includes(r.code as ErrorCode) ? (r.code as ErrorCode) : 'bad-input';
    throw new PlanscopeError(code, isStr(r.message) ? r.message.slice(0, 4000) : `${fileName} could not be read.`, r.details as Json | undefined);
  }
  const rep = r.report;
  const meta = rep?.meta as Record<string, unknown> | undefined;
  if (r.ok !== true || !rep || !isStr(rep.text) || !isStr(rep.encoding) || !Array.isArray(rep.facts)) malformed(fileName, 'no report');
  if (!meta || !isStr(meta.title) || !isStr(meta.region) || !isStr(meta.period) || !(meta.published === null || isStr(meta.published))) malformed(fileName, 'the report header');
  const text = rep.text;
  const facts = (rep.facts as unknown[]).map((f) => checkFact(f, text.length, fileName));
  return { text, encoding: rep.encoding, meta: { title: meta.title, region: meta.region, period: meta.period, published: meta.published }, facts };
}

/** Decodes and reads one report off the main thread; every failure is a PlanscopeError naming the file. */
export function extractInWorker(request: ExtractRequest, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedReport> {
  const { fileName, bytes } = request;
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(new PlanscopeError('limit-exceeded',
      `${fileName} 有 ${(bytes.length / MB).toFixed(1)} MB，超过报告的上限 ${+(limits.maxFileBytes / MB).toFixed(2)} MB，未导入。${fileName} is ${(bytes.length / MB).toFixed(1)} MB; a report is at most ${+(limits.maxFileBytes / MB).toFixed(2)} MB, so it was not imported.`));
  }
  return new Promise<ExtractedReport>((resolve, reject) => {
    let settled = false;
    const worker = startWorker(request, limits.maxHeapMb);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const seconds = +(limits.timeoutMs / 1000).toFixed(2);
    const timer = setTimeout(() => finish(() => reject(new PlanscopeError('limit-exceeded',
      `读取 ${fileName} 超过 ${seconds} 秒，已停止，未导入；工作区未改变。这可能不是一份报告，或文件经过特殊构造。Reading ${fileName} took longer than ${seconds} s, so Planscope stopped it and imported nothing; the workspace is unchanged. It may not be a report, or it may be crafted.`))), limits.timeoutMs);
    worker.on('message', (message: unknown) => finish(() => {
      try {
        // isView, not instanceof: where a DOM is loaded (component tests) Uint8Array is another realm's.
        if (!ArrayBuffer.isView(message)) malformed(fileName, 'not a byte reply');
        let parsed: unknown;
        try {
          parsed = JSON.parse(Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString('utf8'));
        } catch {
          malformed(fileName, 'not JSON');
        }
        resolve(checkReply(parsed, fileName));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    }));
    worker.on('error', (err) => finish(() => {
      const heap = /heap|memory/i.test(err.message) || (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(new PlanscopeError(heap ? 'limit-exceeded' : 'bad-input', heap
        ? `读取 ${fileName} 所需内存超过上限（${limits.maxHeapMb} MB），已停止，未导入。Reading ${fileName} needed more than ${limits.maxHeapMb} MB of memory, so Planscope stopped it; nothing was imported.`
        : `${fileName} 无法作为规划报告读取（${err.message}）。${fileName} could not be read as a plan report: ${err.message}`));
    }));
    worker.on('exit', (code) => finish(() => reject(new PlanscopeError('bad-input', `${fileName}: 报告解析进程意外退出（${code}）。The report reader stopped unexpectedly (exit ${code}); nothing was imported.`))));
  });
}
