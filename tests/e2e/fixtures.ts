// Each test gets its own temp folder, its own workspace file in it and its own bridge server (the real
// services, on a free 127.0.0.1 port) serving the built renderer. Nothing is shared between tests.
//   import { test, expect } from './fixtures';
//   test('…', async ({ app, reports, review, source, server }) => { … });
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../main/preview';
import type { MethodArgs, MethodName, MethodResult, CallOutcome } from '../../main/contract/index';
import { servedRendererDir } from './global-setup';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { ReportsPage } from './pages/ReportsPage';
import { ReviewPage } from './pages/ReviewPage';
import { SourceViewer } from './pages/SourceViewer';

export interface TestServer {
  url: string;
  /** The test's own folder (deleted afterwards). */
  dir: string;
  /** The workspace file the server opened (built from the sample reports when the test began). */
  workspacePath: string;
  /** Calls the real services over the bridge, as the renderer does: for setting up and checking state. */
  call<K extends MethodName>(name: K, args: MethodArgs<K>): Promise<MethodResult<K>>;
  /** Stops this server and starts a fresh one on the same workspace file (a restart of the app). */
  restart(): Promise<void>;
}

interface Fixtures {
  server: TestServer;
  app: WorkbenchPage;
  reports: ReportsPage;
  review: ReviewPage;
  source: SourceViewer;
}

/** The paths a call names (`path`, `files[].path`): the test stands for the user who typed them. */
function namedPaths(args: unknown): string[] {
  if (typeof args !== 'object' || args === null) return [];
  const { path, files } = args as { path?: unknown; files?: unknown };
  const inFiles = Array.isArray(files) ? files.map((f) => (f as { path?: unknown }).path) : [];
  return [path, ...inFiles].filter((p): p is string => typeof p === 'string');
}

async function callOver<K extends MethodName>(preview: Preview, name: K, args: MethodArgs<K>): Promise<MethodResult<K>> {
  const headers = { 'Content-Type': 'application/json', 'X-Planscope-Token': preview.token };
  for (const path of namedPaths(args)) {
    await fetch(new URL('choose-path', preview.url), { method: 'POST', headers, body: JSON.stringify({ path }) });
  }
  const res = await fetch(new URL('call', preview.url), { method: 'POST', headers, body: JSON.stringify({ method: name, args }) });
  const outcome = (await res.json()) as CallOutcome<MethodResult<K>>;
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'planscope-e2e-'));
    const workspacePath = join(dir, 'workspace.planscope.db');
    const rendererDir = servedRendererDir();
    let preview: Preview = await startPreview({ workspacePath, rendererDir });
    const server: TestServer = {
      /** The address with this launch's token, as `npm start` prints it. */
      get url() {
        return preview.openUrl;
      },
      dir,
      workspacePath,
      call: (name, args) => callOver(preview, name, args),
      async restart() {
        await preview.close();
        // The same token: the open page keeps working after the restart, as the tests' reloads expect.
        preview = await startPreview({ workspacePath, rendererDir, token: preview.token });
      },
    };
    await use(server);
    await preview.close();
    await rm(dir, { recursive: true, force: true });
  },
  page: async ({ page }, use) => {
    // A page error is a bug the person would see as a broken screen; fail the test on it.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  app: async ({ page, server }, use) => use(new WorkbenchPage(page, server)),
  reports: async ({ page }, use) => use(new ReportsPage(page)),
  review: async ({ page }, use) => use(new ReviewPage(page)),
  source: async ({ page }, use) => use(new SourceViewer(page)),
});

export { expect };
