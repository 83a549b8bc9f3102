// Builds the three parts of the desktop app into out/: main (Node, ESM, every dependency bundled so the
// package needs no node_modules), preload (CommonJS, one file: sandboxed preloads cannot load ES modules or
// require packages), renderer (the React page from renderer/index.html). `electron-vite build` never runs
// Electron, so it works on machines without the binary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
// The packaging test builds into a staging folder so it never touches the out/ other tests are serving.
const out = process.env.PLANSCOPE_OUT_DIR ? resolve(process.env.PLANSCOPE_OUT_DIR) : resolve(root, 'out');

/** Ships sql.js's WASM next to the main bundle (out/main/sql-wasm.wasm); main loads it from there. */
function sqlWasm(): Plugin {
  return {
    name: 'planscope:sql-wasm',
    apply: 'build',
    generateBundle() {
      const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
      this.emitFile({ type: 'asset', fileName: 'sql-wasm.wasm', source: readFileSync(wasm) });
    },
  };
}

/**
 * Ships pdf.js's character maps and standard fonts beside the document worker (out/main/pdfjs/): Chinese PDFs
 * with CID fonts cannot be decoded without the maps, and the packaged app reads nothing outside app.asar.
 */
function pdfjsData(): Plugin {
  return {
    name: 'planscope:pdfjs-data',
    apply: 'build',
    generateBundle() {
      const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
      for (const sub of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(join(dir, sub))) {
          if (statSync(join(dir, sub, name)).isFile()) {
            this.emitFile({ type: 'asset', fileName: `pdfjs/${sub}/${name}`, source: readFileSync(join(dir, sub, name)) });
          }
        }
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [sqlWasm(), pdfjsData()],
    build: {
      outDir: resolve(out, 'main'),
      externalizeDeps: false,
      rolldownOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          // The hostile-workbook parser runs in a worker thread started from main (see main/workbook-worker).
          'parse-in-worker': resolve(root, 'main/workbook-worker/parse-in-worker.ts'),
          // PDF and Word reports are read in a worker thread too (see main/documents-worker).
          'read-in-worker': resolve(root, 'main/documents-worker/read-in-worker.ts'),
          // Reports from outside are read in a worker under a time limit (see main/extract-worker).
          'extract-in-worker': resolve(root, 'main/extract-worker/extract-in-worker.ts'),
        },
        external: ['xlsx'],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
