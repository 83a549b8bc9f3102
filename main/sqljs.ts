// Loads sql.js's WASM for Node and Electron's main process. Kept outside main/core so core stays IO-free.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let loading: Promise<SqlJsStatic> | null = null;

/** The wasm next to sql.js's own entry; a packaged app passes the path it ships instead. */
export function loadSqlJs(wasmPath?: string): Promise<SqlJsStatic> {
  if (!loading) {
    const path = wasmPath ?? createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    const wasmBinary = readFileSync(path);
    loading = initSqlJs({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
  }
  return loading;
}
