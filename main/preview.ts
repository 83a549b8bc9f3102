// `npm run preview` / `npm start`: the workbench in a browser on this machine. Serves the built renderer and
// the real services over the loopback bridge, on the sample workspace (built from the bundled reports on the
// first run and saved, so edits persist between runs), and prints the URL to open (it carries this launch's
// token, without which the bridge answers 401).
//   tsx main/preview.ts [--workspace FILE.db] [--port N] [--renderer DIR] [--samples DIR]
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from './cli/args';
import { startBridgeServer, type BridgeServer } from './bridge-server';
import { loadSqlJs } from './sqljs';
import { createEventHub } from './services/event-hub';
import { createNodeContext } from './services/node-context';
import { startAutosave } from './services/sharing';
import { registry } from './services/registry';
import { startWorkspace, workspaceInfo } from './services/workspace';
import { startWithBackupOffer } from './services/workspace-backup';
import type { ServiceContext } from './services/context';
import type { WorkspaceInfo } from './contract/workspace';

export interface PreviewOptions {
  /** The workspace file; created from the sample reports when it does not exist. */
  workspacePath: string;
  rendererDir?: string;
  samplesDir?: string;
  port?: number;
  /** Journal unsaved work within a second of each change (on unless false). */
  autosave?: boolean;
  /** The launch token (tests that restart the server keep the page's); fresh and random when omitted. */
  token?: string;
  /** Progress lines while the sample workspace is built. */
  log?: (line: string) => void;
  /** When the workspace file is refused and its `.bak` is sound, open the backup (the damaged file is kept, renamed). */
  restoreBackup?: boolean;
}

export interface Preview extends BridgeServer {
  ctx: ServiceContext;
  info: WorkspaceInfo;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const SQL = await loadSqlJs();
  const events = createEventHub();
  const ctx = createNodeContext({ SQL, samplesDir: opts.samplesDir ?? join(projectRoot, 'assets', 'samples'), emit: events.emit });
  const log = opts.log;
  const stop = log ? events.subscribe((event, payload) => {
    if (event === 'progress') {
      const p = payload as { done: number; total: number; label: string };
      if (p.label) log(`  reading ${p.label} (${p.done + 1}/${p.total})`);
    }
  }) : () => undefined;
  await mkdir(dirname(opts.workspacePath), { recursive: true });
  // A refused workspace whose last backup is sound: opened instead only when the user asked (--restore-backup).
  await startWithBackupOffer(ctx, opts.workspacePath, startWorkspace, async () => opts.restoreBackup === true).finally(stop);
  const info = workspaceInfo(ctx);
  const stopAutosave = opts.autosave === false ? () => Promise.resolve() : startAutosave(ctx);
  const server = await startBridgeServer({ registry, ctx, events, rendererDir: opts.rendererDir ?? join(projectRoot, 'out', 'renderer'), port: opts.port ?? 0,
    // The workspace named on the command line is the user's choice; anything else must be chosen in the page.
    userPaths: [opts.workspacePath],
    token: opts.token,
  });
  const close = async () => {
    await stopAutosave();
    return server.close();
  };
  return { ...server, close, ctx, info };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  const flag = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const workspacePath = resolve(flag('workspace') ?? join(homedir(), '.planscope', 'preview-workspace.db'));
  const port = flag('port');
  const preview = await startPreview({
    workspacePath,
    rendererDir: flag('renderer'),
    samplesDir: flag('samples'),
    port: port ? Number(port) : 0,
    log: (l) => console.log(l),
    restoreBackup: args.flags.has('restore-backup'),
  }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    if ((err as { details?: { backup?: unknown } }).details?.backup) console.error('要打开该备份，请加上 --restore-backup 重新启动。To open the backup, start again with --restore-backup.');
    process.exit(1);
  });
  console.log(`Planscope preview: workspace ${workspacePath} (${preview.info.documents} reports, ${preview.info.facts} facts)`);
  console.log(`Open ${preview.openUrl} in a browser on this machine. Press Ctrl+C to stop.`);
  const stopServer = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stopServer);
  process.on('SIGTERM', stopServer);
}
