// The registry's machinery, free of any feature: joining handler maps (refusing duplicates) and checking a
// contract against its handlers. registry.ts builds the application's registry from it.
import type { MethodMap } from '../contract/define';
import type { HandlersFor, ServiceContext } from './context';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type AnyHandlerMap = Record<string, (args: never, ctx: ServiceContext) => unknown>;

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
