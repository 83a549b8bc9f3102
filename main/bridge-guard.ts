// What the loopback bridge demands before it runs a call. The bridge is reachable by every program on this
// machine, not only by the page it served, so two things stand between a local process and the user's files:
// - a per-launch token (random, printed in the URL the preview shows) on /call and /events, compared in
//   constant time so its bytes cannot be guessed one at a time from response timing;
// - paths: a call may name a file only when the user chose that file in this launch (the typed-path prompt of
//   the open/save dialogs registers it first), or it is the workspace the preview was started on or has open.
//   A process that learned the token still cannot make the bridge read /etc/passwd or write ~/.bashrc unless
//   the user typed that path.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';

/** The header the renderer's HTTP transport sends the token in. */
export const TOKEN_HEADER = 'x-planscope-token';
/** WebSocket clients (browsers cannot set headers there) offer the token as the subprotocol `planscope.<token>`. */
export const TOKEN_PROTOCOL_PREFIX = 'planscope.';

export function newLaunchToken(): string {
  return randomBytes(32).toString('hex');
}

export function tokenMatches(expected: string, offered: string | undefined | null): boolean {
  if (typeof offered !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(offered, 'utf8');
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time independent of the guess.
  if (a.length !== b.length) {
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

/** The token from a WebSocket upgrade's Sec-WebSocket-Protocol list, if one was offered. */
export function tokenFromProtocols(header: string | string[] | undefined): string | null {
  const list = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((p) => p.trim());
  const offered = list.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return offered ? offered.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

/** Every path a call's arguments name: `path` keys at the top level and inside arrays of objects (`files[].path`). */
export function pathsInArgs(args: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      if (key === 'path' && typeof v === 'string') found.push(v);
      else visit(v, depth + 1);
    }
  };
  visit(args, 0);
  return found;
}

export interface UserPaths {
  /** The user typed or picked this path in this launch. */
  choose(path: string): void;
  allows(path: string, openWorkspace: string | null): boolean;
}

/** Paths compare after resolving (relative to the server's folder, as the services resolve them). */
export function createUserPaths(initial: readonly string[] = []): UserPaths {
  const chosen = new Set(initial.map((p) => resolve(p.trim())));
  return {
    choose: (path) => void chosen.add(resolve(path.trim())),
    allows: (path, openWorkspace) => {
      const p = resolve(path.trim());
      return chosen.has(p) || (openWorkspace !== null && resolve(openWorkspace) === p);
    },
  };
}
