// The one error shape that crosses every transport. It lives in core because core raises it (a refused file,
// an unknown pivot field); main/contract re-exports it. `message` is written for the economist: it says which
// file, line or cell, and what was expected. `code` is for programs and tests.
/** Values that survive JSON: what an error's details may hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

import { isSaid, sayIn, type MessageId, type MessageParams, type Said } from './messages';

export type ErrorCode =
  | 'invalid-arguments' // the caller sent arguments the contract refuses
  | 'unknown-method'
  | 'no-workspace' // nothing is open
  | 'not-found' // an id or name that does not exist
  | 'bad-input' // a user's file or value we cannot accept (report, workbook, edit)
  | 'unreadable-file' // empty, binary, unknown encoding, truncated
  | 'refused-file' // a workspace that fails the safety checks
  | 'newer-version' // a workspace from a newer Planscope
  | 'conflict' // concurrent or merge conflict the user must resolve
  | 'limit-exceeded' // size, cell-count or time limit hit
  | 'disk-full' // the disk (or the user's quota) has no room for the file being written: free space, nothing was lost
  | 'damaged-row' // a workspace row (written by another tool or a damaged file) that does not hold what its column means; details name table, row and column
  | 'cancelled'
  | 'internal'; // a bug: the message says so plainly

export interface PlanscopeErrorData {
  code: ErrorCode;
  /** In English, for the CLI and logs; the interface shows `say` in its own language when there is one. */
  message: string;
  details?: Json;
  /** The message as an id and its values (core/messages.ts): what the renderer shows, in the interface language. */
  say?: Said;
}

export class PlanscopeError extends Error {
  say?: Said;

  constructor(readonly code: ErrorCode, message: string, readonly details?: Json) {
    super(message);
    this.name = 'PlanscopeError';
  }

  /** An error worded from the message catalogue: English in `message`, the id and values in `say`. */
  static says(code: ErrorCode, id: MessageId, params: MessageParams = {}, details?: Json): PlanscopeError {
    const said: Said = { id, params };
    const err = new PlanscopeError(code, sayIn('en', said), details);
    err.say = said;
    return err;
  }

  toJSON(): PlanscopeErrorData {
    const data: PlanscopeErrorData = { code: this.code, message: this.message };
    if (this.details !== undefined) data.details = this.details;
    if (this.say) data.say = this.say;
    return data;
  }

  static from(data: PlanscopeErrorData): PlanscopeError {
    const err = new PlanscopeError(data.code, data.message, data.details);
    if (isSaid(data.say)) err.say = data.say;
    return err;
  }
}

export function isPlanscopeErrorData(x: unknown): x is PlanscopeErrorData {
  return typeof x === 'object' && x !== null && typeof (x as { code?: unknown }).code === 'string' && typeof (x as { message?: unknown }).message === 'string';
}
