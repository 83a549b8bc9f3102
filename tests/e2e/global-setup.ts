// Builds the renderer once before the suite, and only when out/renderer is missing or older than its sources,
// so a second run starts in seconds. PLANSCOPE_RENDERER_DIR points the suite at an already built renderer.
// The suite then serves a private copy: a build started elsewhere during the run (another engineer, the
// packaging test) replaces out/renderer's hashed chunks, and pages would fail to load the old ones.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const rendererDir = resolve(projectRoot, process.env.PLANSCOPE_RENDERER_DIR ?? 'out/renderer');

/** What ends up in the renderer bundle: its own code, the contract types, the domain types, the build config. */
const SOURCES = ['renderer', 'main/contract', 'main/core/types.ts', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function rendererIsStale(): boolean {
  const built = join(rendererDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((p) => newestMtime(join(projectRoot, p)) > builtAt);
}

/** The directory tests serve: the private copy made in globalSetup (workers inherit the variable). */
export function servedRendererDir(): string {
  return process.env.PLANSCOPE_E2E_RENDERER_COPY ?? rendererDir;
}

/** Files index.html loads directly; a copy taken halfway through someone else's build would lack some. */
function missingAssets(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return refs.filter((r) => !existsSync(join(dir, r)));
}

function privateCopy(): string {
  for (let attempt = 1; ; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'planscope-e2e-renderer-'));
    cpSync(rendererDir, copy, { recursive: true });
    const missing = missingAssets(copy);
    if (missing.length === 0) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 3) throw new Error(`${rendererDir} keeps changing while it is copied (missing ${missing.join(', ')}); is a build running?`);
    spawnSync('sleep', ['2']);
  }
}

export default function globalSetup(): () => void {
  if (process.env.PLANSCOPE_RENDERER_DIR && !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`PLANSCOPE_RENDERER_DIR=${rendererDir} has no index.html; build the renderer there first.`);
  }
  if (!process.env.PLANSCOPE_RENDERER_DIR && rendererIsStale()) build();
  const copy = privateCopy();
  process.env.PLANSCOPE_E2E_RENDERER_COPY = copy;
  return () => rmSync(copy, { recursive: true, force: true });
}

function build(): void {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.build) throw new Error('package.json has no "build" script, so the renderer cannot be built for the e2e suite.');
  console.log('e2e: building the renderer (out/renderer is missing or older than its sources)…');
  const startedAt = new Date();
  const r = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal}); the e2e suite needs a built renderer.`);
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`npm run build finished but ${rendererDir}/index.html does not exist.`);
  // Date the build by when it read the sources, not when it finished: a file saved while it ran (a half-done
  // edit) is then newer than the build, and the next run rebuilds instead of serving the half-done bundle.
  utimesSync(join(rendererDir, 'index.html'), startedAt, startedAt);
}
