// Every message main gives the economist, in both interface languages, by id. What crosses the contract is the id
// and its parameters (PlanscopeErrorData.say); the renderer shows it in the language the interface is in, and the CLI
// and logs print the English `message` beside it. A message says which file, report, fact or cell, and what to do.
import { DOCUMENTS } from './wording/documents';
import { GENERAL } from './wording/general';
import { READING } from './wording/reading';
import { VIEWS } from './wording/views';
import { WORKSPACE_CHECKS } from './wording/workspace-checks';

export type MessageLang = 'zh-CN' | 'en';
/**
 * A word that differs by language, chosen by the code that raises the message (a kind of SQLite object, what a column
 * holds, a row named by its key): filled in the language the message is shown in.
 */
export interface Worded {
  'zh-CN': string;
  en: string;
}
export type MessageParams = Record<string, string | number | Worded>;

/** A message's two templates; {name} is filled from its parameters. */
export type Wording = Worded;

/**
 * One catalogue, kept in parts by the area that raises them (main/core/wording/*.ts); ids are unique across the parts
 * (tests/core/messages.test.ts counts them).
 */
export const MESSAGE_PARTS = { GENERAL, WORKSPACE_CHECKS, READING, VIEWS, DOCUMENTS } as const;
export const MESSAGES = { ...GENERAL, ...WORKSPACE_CHECKS, ...READING, ...VIEWS, ...DOCUMENTS };

export type MessageId = keyof typeof MESSAGES;

/** What a PlanscopeError says, as data: the message id and the values it names. */
export interface Said {
  id: MessageId;
  params: MessageParams;
}

export function isSaid(x: unknown): x is Said {
  if (typeof x !== 'object' || x === null) return false;
  const { id, params } = x as { id?: unknown; params?: unknown };
  return typeof id === 'string' && Object.hasOwn(MESSAGES, id) && typeof params === 'object' && params !== null;
}

/** The message in one language, its {placeholders} filled; an unknown placeholder stays visible rather than vanish. */
export function sayIn(lang: MessageLang, said: Said): string {
  const template: string = MESSAGES[said.id][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(said.params, name) ? fillValue(said.params[name]!, lang) : whole));
}

function fillValue(v: string | number | Worded, lang: MessageLang): string {
  return typeof v === 'object' && v !== null ? String(v[lang] ?? v.en) : String(v);
}

/** A word in both languages, for a message parameter. */
export const worded = (zh: string, en: string): Worded => ({ 'zh-CN': zh, en });
