// THE contract: every method main serves, joined from each feature's map. main validates arguments with the
// zod schemas here; preload and the renderer use only the types (`import type`).
// To add a feature: import its `xxxMethods` and add it to the `joinMethods(...)` call (one line each).
import type { MethodMap, ArgsOf, ResultOf } from './define';
import { workspaceMethods } from './workspace';
import { reportsMethods } from './reports';
import { factsMethods } from './facts';
import { catalogMethods } from './catalog';
import { pivotsMethods } from './pivots';
import { sharingMethods } from './sharing';
import { scoresMethods } from './scores';
import { forecastsMethods } from './forecasts';
import { workbooksMethods } from './workbooks';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Joins feature maps; two features declaring the same name is a bug caught when main starts. */
export function joinMethods<T extends MethodMap[]>(...maps: T): UnionToIntersection<T[number]> {
  const joined: MethodMap = {};
  for (const map of maps) {
    for (const [name, def] of Object.entries(map)) {
      if (Object.hasOwn(joined, name)) throw new Error(`contract: method "${name}" is declared by two features`);
      joined[name] = def;
    }
  }
  return joined as UnionToIntersection<T[number]>;
}

export const methods = joinMethods(
  workspaceMethods,
  reportsMethods,
  factsMethods,
  catalogMethods,
  pivotsMethods,
  sharingMethods,
  scoresMethods,
  forecastsMethods,
  workbooksMethods,
);

export type Methods = typeof methods;
export type MethodName = keyof Methods & string;
export type MethodArgs<K extends MethodName> = ArgsOf<Methods[K]>;
export type MethodResult<K extends MethodName> = ResultOf<Methods[K]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export type { ArgsOf, ResultOf, Json } from './define';
export type { PlanscopeErrorData, ErrorCode } from './errors';
export type { Events, EventName } from './events';

/** What every transport carries back for one call: a result, or an error a person can act on. */
export type CallOutcome<R = unknown> = { ok: true; result: R } | { ok: false; error: import('./errors').PlanscopeErrorData };
