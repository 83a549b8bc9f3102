// Two things done with a message as data (a Said) outside the catalogue itself: taking one that another thread
// sent, and putting one error's message inside another's.
import { isSaid, sayIn, worded, type MessageId, type MessageParams, type Said, type Worded } from './messages';

/** A value longer than this in a message from a worker is not a file name or a reason: it is refused. */
export const MAX_SAID_CHARS = 2000;
const MAX_SAID_PARAMS = 16;
const PARAM_NAME = /^\w{1,40}$/;

const shortString = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_SAID_CHARS;

function paramValue(v: unknown): string | number | Worded | undefined {
  if (shortString(v)) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const w = v as Record<string, unknown>;
  if (Object.keys(w).length !== 2 || !shortString(w['zh-CN']) || !shortString(w.en)) return undefined;
  return worded(w['zh-CN'], w.en);
}

/**
 * A message a worker replied with, rebuilt from scratch: the worker has parsed a stranger's file, so only an id it
 * may say (`allowed`), a few named values, each a bounded string, a finite number or a bounded word in both
 * languages, reach the interface. Null when any of it is not so.
 */
export function saidFromWorker(x: unknown, allowed: (id: MessageId) => boolean): Said | null {
  if (!isSaid(x) || !allowed(x.id) || Array.isArray(x.params)) return null;
  const entries = Object.entries(x.params);
  if (entries.length > MAX_SAID_PARAMS) return null;
  const params: MessageParams = {};
  for (const [name, v] of entries) {
    const value = paramValue(v);
    // __proto__ as a name would set the object's prototype rather than a value.
    if (!PARAM_NAME.test(name) || name === '__proto__' || value === undefined) return null;
    params[name] = value;
  }
  return { id: x.id, params };
}

/**
 * What an error says, as a value for another message ("{file}: {reason}"): both languages from its message id when
 * it has one, else its (English) message in both.
 */
export function reasonOf(err: unknown): Worded {
  const said = (err as { say?: unknown } | null)?.say;
  if (isSaid(said)) return worded(sayIn('zh-CN', said), sayIn('en', said));
  const text = err instanceof Error ? err.message : String(err);
  return worded(text, text);
}

/** An error for a window that knows no interface language (a native dialog at start): Chinese, then English. */
export function inBothLanguages(err: unknown): string {
  const { 'zh-CN': zh, en } = reasonOf(err);
  return zh === en ? en : `${zh}\n\n${en}`;
}
