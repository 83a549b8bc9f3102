// Builds the renderer once before the suite, and only when out/renderer is missing or older than its sources,
// so a second run starts in seconds. PLANSCOPE_RENDERER_DIR points the suite at an already built renderer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

export default function globalSetup(): void {
  if (process.env.PLANSCOPE_RENDERER_DIR) {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`PLANSCOPE_RENDERER_DIR=${rendererDir} has no index.html; build the renderer there first.`);
    return;
  }
  if (!rendererIsStale()) return;
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.build) throw new Error('package.json has no "build" script, so the renderer cannot be built for the e2e suite.');
  console.log('e2e: building the renderer (out/renderer is missing or older than its sources)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal}); the e2e suite needs a built renderer.`);
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`npm run build finished but ${rendererDir}/index.html does not exist.`);
}
