// The report reader in a worker thread: decodes the bytes and runs the extractor, exactly as an in-process
// import would, and posts the result back as JSON bytes (moved, not copied). The host (run-extract.ts) holds
// the time limit and the heap limit; here a refusal keeps its code, message and details (needsYear …).
import { parentPort, workerData } from 'node:worker_threads';
import { PlanscopeError } from '../core/errors';
import { readReport } from '../core/extract/index';
import { decodeReport } from '../core/normalize/index';
import { noTextIn } from '../core/normalize/decode';
import type { ExtractReply, ExtractRequest } from './protocol';

function refusalOf(err: PlanscopeError, fileName: string): ExtractReply {
  const say = err.say ?? { id: 'report.unreadable' as const, params: { file: fileName, reason: err.message.slice(0, 500) } };
  return { ok: false, code: err.code, message: err.message, say, ...(err.details === undefined ? {} : { details: err.details }) };
}

function extract(req: ExtractRequest): ExtractReply {
  try {
    const { text, encoding } = req.document ? { text: req.document.text, encoding: req.document.format } : decodeReport(req.bytes, req.fileName);
    if (!text.trim()) return refusalOf(noTextIn(req.fileName, req.document?.format), req.fileName);
    const { meta, facts } = readReport(text, req.fileName, req.year === undefined ? {} : { year: req.year });
    return { ok: true, report: { text, encoding, meta, facts } };
  } catch (err) {
    if (err instanceof PlanscopeError) return refusalOf(err, req.fileName);
    const reason = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    return refusalOf(PlanscopeError.says('bad-input', 'report.unreadable', { file: req.fileName, reason }), req.fileName);
  }
}

const port = parentPort;
if (port) {
  const json = new TextEncoder().encode(JSON.stringify(extract((workerData as { request: ExtractRequest }).request)));
  port.postMessage(json, [json.buffer]);
}
