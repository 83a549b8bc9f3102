// Main's real services in the test process, shaped as the renderer bridge's in-process transport expects.
// Renderer component tests (type-checked without Node types) load this file by a computed path so their
// compiler never follows it into main:
//   const { startInProcessMain } = (await import(/* @vite-ignore */ IN_PROCESS_MAIN)) as InProcessMainModule;
// It serves the spine's features (workspace, reports, facts, catalogue). The full registry is not used here
// because jsdom tests transform modules for the browser, and vite's browser worker transform refuses the
// workbook parser's Node worker start-up; extend the two lists below when a component test needs
// another feature whose services load in a browser transform.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InProcessMain } from '../../renderer/bridge/in-process';
import { joinMethods } from '../../main/contract/index';
import { workspaceMethods } from '../../main/contract/workspace';
import { reportsMethods } from '../../main/contract/reports';
import { factsMethods } from '../../main/contract/facts';
import { catalogMethods } from '../../main/contract/catalog';
import { loadSqlJs } from '../../main/sqljs';
import { dispatch } from '../../main/services/dispatch';
import { createEventHub } from '../../main/services/event-hub';
import { createNodeContext } from '../../main/services/node-context';
import { createRegistry, joinHandlers } from '../../main/services/registry-core';
import { workspaceHandlers } from '../../main/services/workspace';
import { reportsHandlers } from '../../main/services/reports';
import { factsHandlers } from '../../main/services/facts';
import { catalogHandlers } from '../../main/services/catalog';

export interface InProcessMainHandle {
  main: InProcessMain;
  cleanup(): Promise<void>;
}

/** A fresh temp workspace context; `samples: true` opens the sample workspace first. */
export async function startInProcessMain(opts: { samples?: boolean } = {}): Promise<InProcessMainHandle> {
  const dir = await mkdtemp(join(tmpdir(), 'planscope-inproc-'));
  const hub = createEventHub();
  const ctx = createNodeContext({ SQL: await loadSqlJs(), samplesDir: resolve(import.meta.dirname, '../../assets/samples'), emit: hub.emit });
  const registry = createRegistry(
    joinMethods(workspaceMethods, reportsMethods, factsMethods, catalogMethods),
    joinHandlers(workspaceHandlers, reportsHandlers, factsHandlers, catalogHandlers),
  );
  const main: InProcessMain = { dispatch: (m, a) => dispatch(registry, ctx, m, a, () => undefined), subscribe: hub.subscribe };
  if (opts.samples) {
    const out = await main.dispatch('workspace.newFromSamples', {});
    if (!out.ok) throw new Error(out.error.message);
  }
  return {
    main,
    async cleanup() {
      try {
        ctx.session.current().close();
      } catch {
        // nothing open
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
