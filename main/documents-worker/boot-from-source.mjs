// Starts the TypeScript worker when Planscope runs from source (tsx, vitest): registers tsx's loader in this
// worker, then loads the entry. A built app starts the compiled read-in-worker.js directly instead.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
