// Opening a workspace file: every check in core/store/file-checks runs, in order, before Planscope trusts a byte
// of it. The verdict is the same one the CLI's `check` prints and the Share view shows before a merge.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import { PlanscopeError, type ErrorCode } from '../contract/errors';
import { MAX_REPORT_BYTES } from '../contract/reports';
import { Workspace } from '../core/store/workspace';
import { SCHEMA_VERSION } from '../core/store/migrations';
import { checkColumns } from '../core/store/column-checks';
import {
  checkCellsOnRead, checkDocumentHashes, checkHeader, checkIntegrity, checkMigrationHashes, checkObjects, distrustSchema, readVersion, refusal, withoutWalMode,
  type Refusal,
} from '../core/store/file-checks';
import type { Said } from '../core/messages';

export type WorkspaceVerdict =
  | { ok: true; workspace: Workspace; migratedFrom?: number }
  | { ok: false; code: ErrorCode; message: string; say: Said };

export interface CheckOptions {
  /** Shown in messages ("colleague.db is …"). */
  fileName?: string;
  /**
   * Kept for callers of the former on-demand check (`planscope check --full`): SQLite's full integrity_check now
   * runs on every file, so this changes nothing.
   */
  full?: boolean;
  now?: () => string;
}

/** A refused file as the error every caller throws: worded from the catalogue. */
export function refusedFile(r: { code: ErrorCode; say: Said }): PlanscopeError {
  return PlanscopeError.says(r.code, r.say.id, r.say.params);
}

/** node:crypto's SHA-256: ~10× faster than core's pure one on a workspace of long reports. */
const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function sqliteRefusal(err: unknown, name: string): Refusal {
  const text = err instanceof Error ? err.message : String(err);
  if (/not a database|malformed|corrupt|disk image/i.test(text)) return refusal('unreadable-file', 'check.sqlite-damaged', { name, text });
  return refusal('refused-file', 'check.sqlite-failed', { name, text });
}

/** Runs every check; on success the returned workspace is migrated to the current schema and owned by the caller. */
export function checkWorkspaceBytes(SQL: SqlJsStatic, bytes: Uint8Array, opts: CheckOptions = {}): WorkspaceVerdict {
  const name = opts.fileName ?? 'The workspace file';
  const header = checkHeader(bytes, name);
  if (header) return { ok: false, ...header };
  let db: Database;
  try {
    db = new SQL.Database(withoutWalMode(bytes));
  } catch (err) {
    return { ok: false, ...sqliteRefusal(err, name) };
  }
  let keep = false;
  try {
    distrustSchema(db);
    const refusal = checkIntegrity(db, name);
    if (refusal) return { ok: false, ...refusal };
    checkCellsOnRead(db);
    const v = readVersion(db, name);
    if ('code' in v) return { ok: false, ...v };
    const more = checkMigrationHashes(db, name, v.version) ?? checkObjects(SQL, db, name, v.version)
      ?? checkColumns(db, name) ?? checkDocumentHashes(db, name, nodeSha256, MAX_REPORT_BYTES);
    if (more) return { ok: false, ...more };
    const workspace = new Workspace(db, opts.now);
    workspace.migrate();
    keep = true;
    return v.version < SCHEMA_VERSION ? { ok: true, workspace, migratedFrom: v.version } : { ok: true, workspace };
  } catch (err) {
    return { ok: false, ...sqliteRefusal(err, name) };
  } finally {
    if (!keep) db.close();
  }
}

/**
 * sql.js keeps the whole workspace in memory and its WASM heap stops at 2 GiB, with room needed for the page
 * cache and for a copy on export; above this size opening would fail halfway instead of saying why.
 */
export const MAX_WORKSPACE_BYTES = 1536 * 1024 * 1024;

/** The bytes of a workspace file, after the checks that need the file system (size, pending WAL changes). */
export function readWorkspaceFile(path: string): Uint8Array {
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_WORKSPACE_BYTES) {
      throw PlanscopeError.says('limit-exceeded', 'workspace.too-big', { name, size: (size / 1024 ** 3).toFixed(1), max: MAX_WORKSPACE_BYTES / 1024 ** 3 });
    }
    // A WAL-mode file (DB Browser, Datasette) may hold committed changes in FILE-wal that the file itself lacks;
    // opening the file alone would silently lose them.
    const wal = statSync(`${path}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) {
      throw PlanscopeError.says('refused-file', 'check.wal-pending', { name });
    }
    // One blocking read: Node's async readFile reads in 512 KB slices, ~40% slower on a 100 MB workspace,
    // and nothing can proceed with a half-read workspace anyway.
    return readFileSync(path);
  } catch (err) {
    if (err instanceof PlanscopeError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? PlanscopeError.says('not-found', 'file.missing', { path }) : PlanscopeError.says('unreadable-file', 'file.unreadable', { path, reason: code ?? String(err) });
  }
}

/** Reads and checks a file; a refused file throws PlanscopeError with the check's code and message. */
export async function openWorkspaceFile(SQL: SqlJsStatic, path: string, opts: Omit<CheckOptions, 'fileName'> = {}): Promise<Workspace> {
  const name = basename(path);
  const bytes = readWorkspaceFile(path);
  const verdict = checkWorkspaceBytes(SQL, bytes, { ...opts, fileName: name });
  if (!verdict.ok) throw refusedFile(verdict);
  return verdict.workspace;
}
