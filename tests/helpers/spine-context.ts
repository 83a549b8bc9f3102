// A real service context for tests: real sql.js, real files in a fresh temp folder, the bundled sample reports,
// and every emitted event recorded so tests can assert what the UI would be told.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CallOutcome, MethodArgs, MethodName, MethodResult } from '../../main/contract/index';
import type { Events } from '../../main/contract/events';
import { loadSqlJs } from '../../main/sqljs';
import type { ServiceContext } from '../../main/services/context';
import { dispatch } from '../../main/services/dispatch';
import { createNodeContext } from '../../main/services/node-context';
import { registry } from '../../main/services/registry';

export const SAMPLES_DIR = resolve(import.meta.dirname, '../../assets/samples');

export interface RecordedEvent<E extends keyof Events = keyof Events> {
  event: E;
  payload: Events[E];
}

export interface SpineHarness {
  ctx: ServiceContext;
  dir: string;
  events: RecordedEvent[];
  /** Through dispatch, exactly as a transport would call; throws on an error outcome. */
  call<K extends MethodName>(name: K, args: MethodArgs<K>): Promise<MethodResult<K>>;
  /** Through dispatch, returning the outcome (for asserting errors). */
  outcome(name: string, args: unknown): Promise<CallOutcome>;
  cleanup(): Promise<void>;
}

export async function spineHarness(opts: { samplesDir?: string; clock?: () => string } = {}): Promise<SpineHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'planscope-spine-'));
  const events: RecordedEvent[] = [];
  let tick = 0;
  const ctx = createNodeContext({
    SQL: await loadSqlJs(),
    samplesDir: opts.samplesDir ?? SAMPLES_DIR,
    clock: opts.clock ?? (() => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString()),
    emit: (event, payload) => events.push({ event, payload } as RecordedEvent),
  });
  const outcome = (name: string, args: unknown) => dispatch(registry, ctx, name, args, () => undefined);
  return {
    ctx,
    dir,
    events,
    outcome,
    async call(name, args) {
      const out = await outcome(name, args);
      if (!out.ok) throw new Error(`${name} failed: ${out.error.code}: ${out.error.message}`);
      return out.result as MethodResult<typeof name>;
    },
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
