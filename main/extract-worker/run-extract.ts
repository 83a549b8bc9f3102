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
import { worded, type MessageId, type Worded } from '../core/messages';
import { saidFromWorker } from '../core/said';
import { DOCUMENTS } from '../core/wording/documents';
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

/** What in a reply was not as documented, as a malformed-reply message names it. */
const MALFORMED = {
  fact: worded('一条数据', 'a fact'),
  object: worded('不是对象', 'not an object'),
  report: worded('没有报告', 'no report'),
  header: worded('报告的标题、地区或期间', 'the report header'),
  bytes: worded('不是字节数据', 'not a byte reply'),
  json: worded('不是 JSON', 'not JSON'),
  message: worded('拒绝读取的说明', 'a message'),
} as const;

function malformed(fileName: string, what: Worded): never {
  throw PlanscopeError.says('internal', 'extract.malformed-reply', { file: fileName, what });
}

/**
 * What the worker may say: a text report's refusals (its bytes are not text, it has no text, no year) and a reader
 * that failed; nothing else from the catalogue.
 */
const workerMaySay = (id: MessageId) =>
  id === 'report.unreadable' || ((id.startsWith('decode.') || id.startsWith('report.no-text') || id.startsWith('report.year-unknown')) && Object.hasOwn(DOCUMENTS, id));

const isStr = (x: unknown): x is string => typeof x === 'string';
const isNumOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

/** The shape importReport stores, checked field by field before any of it reaches the workspace. */
function checkFact(f: unknown, textLength: number, fileName: string): ExtractedFact {
  const x = f as Record<string, unknown>;
  const ok = typeof f === 'object' && f !== null && isStr(x.indicator) && isStr(x.measure) && isNumOrNull(x.value) && isNumOrNull(x.low)
    && isNumOrNull(x.high) && (x.unit === null || isStr(x.unit)) && isStr(x.qualifier) && isStr(x.period) && isStr(x.kind) && isStr(x.region)
    && Number.isInteger(x.start) && Number.isInteger(x.end) && (x.start as number) >= 0 && (x.end as number) <= textLength && (x.tier === 1 || x.tier === 2);
  if (!ok) malformed(fileName, MALFORMED.fact);
  return f as ExtractedFact;
}

export function checkReply(reply: unknown, fileName: string): ExtractedReport {
  const r = reply as { ok?: unknown; code?: unknown; message?: unknown; details?: unknown; report?: Record<string, unknown> };
  if (typeof reply !== 'object' || reply === null) malformed(fileName, MALFORMED.object);
  if (r.ok === false) {
    const code = CODES.includes(r.code as ErrorCode) ? (r.code as ErrorCode) : 'bad-input';
    const said = saidFromWorker((r as { say?: unknown }).say, workerMaySay);
    if (!said) malformed(fileName, MALFORMED.message);
    throw PlanscopeError.says(code, said.id, said.params, r.details as Json | undefined);
  }
  const rep = r.report;
  const meta = rep?.meta as Record<string, unknown> | undefined;
  if (r.ok !== true || !rep || !isStr(rep.text) || !isStr(rep.encoding) || !Array.isArray(rep.facts)) malformed(fileName, MALFORMED.report);
  if (!meta || !isStr(meta.title) || !isStr(meta.region) || !isStr(meta.period) || !(meta.published === null || isStr(meta.published))) malformed(fileName, MALFORMED.header);
  const text = rep.text;
  const facts = (rep.facts as unknown[]).map((f) => checkFact(f, text.length, fileName));
  return { text, encoding: rep.encoding, meta: { title: meta.title, region: meta.region, period: meta.period, published: meta.published }, facts };
}

/** Decodes and reads one report off the main thread; every failure is a PlanscopeError naming the file. */
export function extractInWorker(request: ExtractRequest, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractedReport> {
  const { fileName, bytes } = request;
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(PlanscopeError.says('limit-exceeded', 'extract.too-big', { file: fileName, size: (bytes.length / MB).toFixed(1), max: +(limits.maxFileBytes / MB).toFixed(2) }));
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
    const timer = setTimeout(() => finish(() => reject(PlanscopeError.says('limit-exceeded', 'extract.too-slow', { file: fileName, seconds }))), limits.timeoutMs);
    worker.on('message', (message: unknown) => finish(() => {
      try {
        // isView, not instanceof: where a DOM is loaded (component tests) Uint8Array is another realm's.
        if (!ArrayBuffer.isView(message)) malformed(fileName, MALFORMED.bytes);
        let parsed: unknown;
        try {
          parsed = JSON.parse(Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString('utf8'));
        } catch {
          malformed(fileName, MALFORMED.json);
        }
        resolve(checkReply(parsed, fileName));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    }));
    worker.on('error', (err) => finish(() => {
      const heap = /heap|memory/i.test(err.message) || (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(heap
        ? PlanscopeError.says('limit-exceeded', 'extract.out-of-memory', { file: fileName, heap: limits.maxHeapMb })
        : PlanscopeError.says('bad-input', 'report.unreadable', { file: fileName, reason: err.message }));
    }));
    worker.on('exit', (code) => finish(() => reject(PlanscopeError.says('bad-input', 'extract.reader-stopped', { file: fileName, exit: code }))));
  });
}
