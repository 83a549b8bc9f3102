// How a contract method is declared: a runtime validator for its arguments (zod) and a phantom result type.
// main validates with `args`; the renderer only ever sees the types.
import type { z } from 'zod';

export interface MethodDef<A extends z.ZodType = z.ZodType, R = unknown> {
  readonly args: A;
  /** Phantom: carries the result type; never set at run time. */
  readonly _result?: R;
}

/** `method<Result>()(argsSchema)`: the result type is given explicitly, the args type is inferred. */
export function method<R>() {
  return <A extends z.ZodType>(args: A): MethodDef<A, R> => ({ args });
}

export type MethodMap = Record<string, MethodDef>;
export type ArgsOf<D> = D extends MethodDef<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<D> = D extends MethodDef<infer A, unknown> ? z.output<A> : never;
export type ResultOf<D> = D extends MethodDef<z.ZodType, infer R> ? R : never;

/** JSON-safe values: what crosses IPC and HTTP unchanged. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
