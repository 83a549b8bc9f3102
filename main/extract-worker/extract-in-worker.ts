// The report reader in a worker thread: decodes the bytes and runs the extractor, exactly as an in-process
// import would, and posts the result back as JSON bytes (moved, not copied). The host (run-extract.ts) holds
// the time limit and the heap limit; here a refusal keeps its code, message and details (needsYear …).
import { parentPort, workerData } from 'node:worker_threads';
import { PlanscopeError } from '../core/errors';
import { readReport } from '../core/extract/index';
import { decodeReport } from '../core/normalize/index';
import type { ExtractReply, ExtractRequest } from './protocol';

function extract(req: ExtractRequest): ExtractReply {
  try {
    const { text, encoding } = req.document ? { text: req.document.text, encoding: req.document.format } : decodeReport(req.bytes, req.fileName);
    if (!text.trim()) {
      const why = req.document ? `there is no text in this ${req.document.format.toUpperCase()} file` : 'the file is empty';
      return { ok: false, code: 'unreadable-file', message: `${req.fileName}: ${why}.` };
    }
    const { meta, facts } = readReport(text, req.fileName, req.year === undefined ? {} : { year: req.year });
    return { ok: true, report: { text, encoding, meta, facts } };
  } catch (err) {
    if (err instanceof PlanscopeError) return { ok: false, code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) };
    return { ok: false, code: 'bad-input', message: `${req.fileName} could not be read as a plan report: ${err instanceof Error ? err.message : String(err)}` };
  }
}

const port = parentPort;
if (port) {
  const json = new TextEncoder().encode(JSON.stringify(extract((workerData as { request: ExtractRequest }).request)));
  port.postMessage(json, [json.buffer]);
}
