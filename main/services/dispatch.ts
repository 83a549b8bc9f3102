// The one path every call takes, whatever the transport (Electron IPC, the loopback bridge, in-process tests):
// look the method up, validate its arguments with the contract's schema, run the handler, and turn any failure
// into PlanscopeErrorData. A PlanscopeError keeps its code and message; anything else is a bug, reported plainly
// as 'internal' (the stack goes to main's log, not to the window).
import type { z } from 'zod';
import type { MethodMap } from '../contract/define';
import { PlanscopeError, type PlanscopeErrorData } from '../contract/errors';
import type { CallOutcome } from '../contract/index';
import type { ServiceContext } from './context';
import type { Registry } from './registry';

export type Logger = (message: string, err: unknown) => void;
const defaultLog: Logger = (message, err) => console.error(message, err);

/** "changes.period: a period looks like 2024…; ids: …" — which argument, and what was expected. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

export function toErrorData(method: string, err: unknown, log: Logger = defaultLog): PlanscopeErrorData {
  if (err instanceof PlanscopeError) return err.toJSON();
  log(`planscope: ${method} failed with an unexpected error`, err);
  const reason = err instanceof Error ? err.message : String(err);
  return PlanscopeError.says('internal', 'internal', { method, reason }).toJSON();
}

export async function dispatch<M extends MethodMap>(
  registry: Registry<M>,
  ctx: ServiceContext,
  name: string,
  rawArgs: unknown,
  log: Logger = defaultLog,
): Promise<CallOutcome> {
  if (typeof name !== 'string' || !Object.hasOwn(registry.methods, name)) {
    return { ok: false, error: PlanscopeError.says('unknown-method', 'unknown-method', { method: String(name) }).toJSON() };
  }
  const def = registry.methods[name]!;
  const parsed = def.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: PlanscopeError.says('invalid-arguments', 'invalid-arguments', { method: name, issues: describeIssues(parsed.error.issues) },
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))).toJSON(),
    };
  }
  try {
    const handler = registry.handlers[name] as (args: unknown, ctx: ServiceContext) => unknown;
    const result = await handler(parsed.data, ctx);
    return { ok: true, result: result === undefined ? null : result };
  } catch (err) {
    return { ok: false, error: toErrorData(name, err, log) };
  }
}
