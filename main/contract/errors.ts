// The error shape of the contract is core's own (main/core/errors.ts): core raises it, every transport carries it.
export { PlanscopeError, isPlanscopeErrorData } from '../core/errors';
export type { ErrorCode, PlanscopeErrorData } from '../core/errors';
