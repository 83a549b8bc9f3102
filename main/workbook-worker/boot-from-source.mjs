// Starts the TypeScript worker when Planscope runs from source (tsx, vitest): registers tsx's loader in this
// worker, then loads the entry. A built app starts the compiled worker (parse-in-worker.js, read-in-worker.js, extract-in-worker.js) directly.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
