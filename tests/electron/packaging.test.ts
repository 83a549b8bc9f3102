// Packs the desktop app with electron-builder (`--linux dir`) against a stand-in Electron distribution (the real
// Electron zip cannot be downloaded here) and inspects the resulting app.asar: the built main/preload/renderer,
// sql.js's WASM and the sample reports are inside; sources, tests, configs and unused node_modules are not; and
// everything the packaged main imports resolves inside the package. Builds in a staging folder, so the out/
// that preview and e2e serve is never touched.
import { execFile } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll, listPackage } from '@electron/asar';
import { Worker } from 'node:worker_threads';
import { convertWithLibreOffice, sofficePath } from '../core/documents-make';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
let stage: string;
/** @electron/fuses' marker before the fuse wire in Electron's binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped fuse states, in FuseV1Options order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
 * AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, FileProtocolExtraPrivileges. */
const ELECTRON_DEFAULT_FUSES = '10110001';
let asarPath: string;
let entries: string[];

/** The smallest folder electron-builder accepts as an unpacked Electron: an `electron` executable and its files. */
async function standInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await mkdir(join(dir, 'locales'), { recursive: true });
  // A fuse wire as Electron's binary carries it (sentinel, version 1, length, one byte per fuse: '1' on, '0' off),
  // set to Electron's defaults, so electron-builder's fuse flipping runs for real and is read back below.
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]);
  await writeFile(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n'), wire]));
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), 'v45.4.1');
  await writeFile(join(dir, 'LICENSE'), 'stand-in');
  for (const l of ['en-US', 'zh-CN', 'fr']) await writeFile(join(dir, 'locales', `${l}.pak`), '');
}

beforeAll(async () => {
  stage = await mkdtemp(join(tmpdir(), 'planscope-pack-'));
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml']) await copyFile(join(root, f), join(stage, f));
  await cp(join(root, 'assets', 'samples'), join(stage, 'assets', 'samples'), { recursive: true });
  await symlink(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const env = { ...process.env, PLANSCOPE_OUT_DIR: join(stage, 'out'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  await run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, env, maxBuffer: 1 << 26 });
  await standInElectron(join(stage, 'electron-dist'));
  await run(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--projectDir', stage,
    `-c.electronDist=${join(stage, 'electron-dist')}`, `-c.directories.output=${join(stage, 'release')}`], { cwd: stage, env, maxBuffer: 1 << 26 });
  asarPath = join(stage, 'release', 'linux-unpacked', 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
}, 300000);

/** One read by the packaged document worker, as read-document.ts starts it. */
function readInPackagedWorker(script: string, fileName: string, format: 'pdf' | 'docx' | 'doc', bytes: Buffer): Promise<{ ok: boolean; text?: string; message?: string }> {
  const limits = { maxFileBytes: 20 << 20, maxPages: 100, maxChars: 1_000_000, maxUncompressedBytes: 50 << 20, timeoutMs: 60_000, maxHeapMb: 512 };
  return new Promise((done, fail) => {
    const w = new Worker(script, { workerData: { request: { fileName, format, bytes: new Uint8Array(bytes), limits } }, stderr: true });
    w.on('message', (m: { type: string; ok: boolean; text?: string; message?: string }) => {
      if (m.type !== 'done') return;
      done(m);
      void w.terminate();
    });
    w.on('error', fail);
  });
}

afterAll(() => (stage ? rm(stage, { recursive: true, force: true }) : undefined));

describe('packaged app (electron-builder --linux dir)', () => {
  it('produces the app executable and an app.asar, and reports its size', async () => {
    expect((await readdir(join(stage, 'release', 'linux-unpacked'))).sort()).toEqual(expect.arrayContaining(['planscope', 'resources']));
    const size = (await stat(asarPath)).size;
    console.log(`app.asar: ${(size / 1048576).toFixed(2)} MB (${size} bytes), ${entries.length} entries`);
    // The unfiltered package was 80 MB (sql.js alone is 30 MB); the filtered one is a few MB.
    expect(size).toBeLessThan(20 * 1048576);
  });

  it('flips the fuses electron-builder.yml sets in the packed binary', async () => {
    const binary = await readFile(join(stage, 'release', 'linux-unpacked', 'planscope'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const fuses = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, only app.asar on;
    // the last two keep Electron's defaults.
    expect(fuses).toBe('01001101');
  });

  it('holds the built main, preload and renderer, the workers, sql.js WASM, pdf.js data and the sample reports', async () => {
    for (const e of ['/package.json', '/out/main/index.js', '/out/main/parse-in-worker.js', '/out/main/read-in-worker.js', '/out/main/extract-in-worker.js',
      '/out/main/sql-wasm.wasm', '/out/main/pdfjs/cmaps/UniGB-UCS2-H.bcmap', '/out/main/pdfjs/standard_fonts/FoxitFixed.pfb', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(entries, e).toContain(e);
    }
    expect(entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
    const samples = (await readdir(join(root, 'assets', 'samples'))).map((n) => `/assets/samples/${n}`);
    expect(samples.length).toBeGreaterThan(0);
    expect(entries).toEqual(expect.arrayContaining(samples));
  });

  it('leaves out sources, tests, configs, source maps and every node_module the app does not load', () => {
    const devOnly = entries.filter((e) =>
      /\.(ts|tsx|map)$/.test(e) ||
      /^\/(main|renderer|preload|tests|build|release|\.ci|\.git)(\/|$)/.test(e) ||
      /^\/(tsconfig\.json|eslint\.config\.js|vitest\.config\.ts|electron\.vite\.config\.ts|electron-builder\.yml|package-lock\.json|README\.md)$/.test(e));
    expect(devOnly).toEqual([]);
    const modules = [...new Set(entries.filter((e) => e.startsWith('/node_modules/')).map((e) => e.split('/')[2]))];
    expect(modules).toEqual(['xlsx']);
  });

  it('everything the packaged main imports resolves inside the package (nothing from outside, nothing from the network)', async () => {
    const unpacked = join(stage, 'unpacked');
    extractAll(asarPath, unpacked);
    const wasm = await readFile(join(unpacked, 'out/main/sql-wasm.wasm'));
    expect(wasm.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    const chunks = (await readdir(join(unpacked, 'out/main/chunks'))).map((n) => `chunks/${n}`);
    // pdf.js asks for the native @napi-rs/canvas only to draw pages, inside a try; the reader never draws (dom-matrix.ts).
    const optional = new Set(['@napi-rs/canvas']);
    for (const file of ['index.js', 'parse-in-worker.js', 'read-in-worker.js', 'extract-in-worker.js', ...chunks.filter((c) => c.endsWith('.js'))]) {
      // Block comments dropped: bundled libraries quote usage examples (`var pako = require('pako')`) in them.
      const code = (await readFile(join(unpacked, 'out/main', file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
      const specifiers = [...code.matchAll(/(?:from\s+|import\(\s*|require\(\s*)["']([^"'./][^"']*)["']/g)].map((m) => m[1]!);
      const req = createRequire(join(unpacked, 'out/main', file));
      for (const s of new Set(specifiers.filter((x) => !builtins.has(x) && !optional.has(x) && !x.includes('${')))) {
        expect(req.resolve(s).startsWith(unpacked), `${file} imports ${s}`).toBe(true);
      }
    }
    // The workbook worker loads xlsx by name: it must load from the package alone (its codepage tables included).
    const xlsx = createRequire(join(unpacked, 'out/main/parse-in-worker.js'))('xlsx') as { read?: unknown };
    expect(typeof xlsx.read).toBe('function');
    expect(await readFile(join(unpacked, 'out/preload/index.cjs'), 'utf8')).not.toMatch(/require\(["'](?!electron["'])/);
    // The document reader, run from the package alone (no node_modules above it), reads a PDF, a .docx and a .doc
    // made by LibreOffice from the same text.
    if (sofficePath()) {
      const docs = join(stage, 'docs');
      await mkdir(docs, { recursive: true });
      await writeFile(join(docs, 'r.txt'), '示例区2024年国民经济和社会发展计划\n地区生产总值增长6.0%左右，固定资产投资完成194.7亿元。\n');
      for (const f of ['pdf', 'docx', 'doc'] as const) convertWithLibreOffice([join(docs, 'r.txt')], f, docs);
      for (const format of ['pdf', 'docx', 'doc'] as const) {
        const reply = await readInPackagedWorker(join(unpacked, 'out/main/read-in-worker.js'), `r.${format}`, format, await readFile(join(docs, `r.${format}`)));
        expect(reply.ok, `${format}: ${reply.message ?? ''}`).toBe(true);
        expect(reply.text).toContain('固定资产投资完成194.7亿元');
      }
    } else if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is required in CI to make the PDF/Word files');
    // The page loads its scripts and styles from the package only.
    const html = await readFile(join(unpacked, 'out/renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)=["'](https?:)?\/\//);
    expect([...html.matchAll(/(?:src|href)=["']([^"']+)["']/g)].map((m) => m[1]).every((u) => u!.startsWith('./') || u!.startsWith('data:'))).toBe(true);
  });
});
