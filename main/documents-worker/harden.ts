// Frozen built-in prototypes for the document reader worker, before pdf.js, mammoth or word-extractor is loaded:
// a crafted file that drives a parser into writing Object.prototype (prototype pollution) gets an error instead.
// The same freezing as the workbook worker's (main/workbook-worker/parse-in-worker.ts), kept beside this worker
// so each worker is hardened before its own first import.

/**
 * Freezes a prototype without the "override mistake": a frozen Object.prototype makes `obj.toString = f` silently
 * fail on every plain object, which libraries do. Each data property becomes a getter plus a setter that defines
 * an own property on the target instead.
 */
function tamperProof(proto: object): void {
  for (const key of Reflect.ownKeys(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!desc || !('value' in desc) || !desc.configurable) continue;
    const value: unknown = desc.value;
    Object.defineProperty(proto, key, {
      get: () => value,
      set(this: object, v: unknown) {
        if (this === proto) throw new TypeError(`Cannot change the frozen ${String(key)}`);
        Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
      },
      enumerable: desc.enumerable ?? false,
      configurable: false,
    });
  }
  Object.freeze(proto);
}

export function freezeIntrinsics(): void {
  for (const proto of [Object.prototype, Error.prototype, TypeError.prototype, RangeError.prototype, SyntaxError.prototype]) tamperProof(proto);
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const ctors: unknown[] = [Array, Function, String, Number, Boolean, Symbol, BigInt, RegExp, Date, Map, Set, WeakMap, WeakSet,
    Promise, ArrayBuffer, DataView, Uint8Array, Uint16Array, Uint32Array, Int8Array, Int16Array, Int32Array, Float32Array,
    Float64Array, Uint8ClampedArray, typedArray];
  for (const c of ctors) {
    const proto = (c as { prototype?: unknown }).prototype;
    if (proto) Object.freeze(proto);
  }
  for (const c of [Object, Array, Function, JSON, Math, Reflect]) Object.freeze(c);
}
