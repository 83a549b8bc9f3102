// Joins every feature's handler map into the one table dispatch() serves. Two features registering the same
// method name is refused when main starts (not silently overwritten), and so is a contract method without a
// handler or a handler without a contract method.
// To add a feature: import its `xxxHandlers` and add it to the `joinHandlers(...)` call (one line each).
import type { MethodMap } from '../contract/define';
import { methods, type Methods } from '../contract/index';
import type { HandlersFor, ServiceContext } from './context';
import { workspaceHandlers } from './workspace';
import { reportsHandlers } from './reports';
import { factsHandlers } from './facts';
import { catalogHandlers } from './catalog';
import { pivotsHandlers } from './pivots';
import { sharingHandlers } from './sharing';
import { scoresHandlers } from './scores';
import { forecastsHandlers } from './forecasts';
import { workbooksHandlers } from './workbooks';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AnyHandlerMap = Record<string, (args: never, ctx: ServiceContext) => unknown>;

export function joinHandlers<T extends AnyHandlerMap[]>(...maps: T): UnionToIntersection<T[number]> {
  const joined: AnyHandlerMap = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`registry: two features register a handler for "${name}"`);
      joined[name] = handler;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

/** A contract and its handlers, checked to match name for name. */
export interface Registry<M extends MethodMap = MethodMap> {
  methods: M;
  handlers: HandlersFor<M>;
}

export function createRegistry<M extends MethodMap>(contract: M, handlers: HandlersFor<M>): Registry<M> {
  const missing = Object.keys(contract).filter((n) => !Object.hasOwn(handlers, n));
  const extra = Object.keys(handlers).filter((n) => !Object.hasOwn(contract, n));
  if (missing.length) throw new Error(`registry: no handler for ${missing.map((n) => `"${n}"`).join(', ')}`);
  if (extra.length) throw new Error(`registry: handlers without a contract method: ${extra.map((n) => `"${n}"`).join(', ')}`);
  return { methods: contract, handlers };
}

const handlers: HandlersFor<Methods> = joinHandlers(
  workspaceHandlers,
  reportsHandlers,
  factsHandlers,
  catalogHandlers,
  pivotsHandlers,
  sharingHandlers,
  scoresHandlers,
  forecastsHandlers,
  workbooksHandlers,
);

/** The application's registry: every contract method with its handler. */
export const registry: Registry<Methods> = createRegistry(methods, handlers);
