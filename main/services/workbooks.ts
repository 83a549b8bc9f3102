// Workbook services: briefing and grid exports (core/xlsx, bytes only; files through the port), and the import
// wizard's steps over the isolated parser. A parsed workbook is kept briefly under a token so the mapping and
// preview steps do not parse the file again; commit writes all facts in one transaction or none.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { PlanscopeError } from '../contract/errors';
import { worded } from '../contract/messages';
import type { Json } from '../contract/define';
import type { ExportedFile, ImportPreview, SheetPreview, workbooksMethods } from '../contract/workbooks';
import { writeBriefing, writeGridWorkbook } from '../core/xlsx/briefing';
import { collectBriefing } from '../core/xlsx/briefing-data';
import { csvBytes } from '../core/xlsx/csv';
import { deflateZip } from '../core/xlsx/zip';
import type { DisplayGrid } from '../core/xlsx/grid';
import { guessMapping } from '../core/xlsx/guess-mapping';
import { MappingError, readImport, type CellError, type ImportReading, type WorkbookRows } from '../core/xlsx/import-facts';
import type { ImportMapping } from '../core/xlsx/import-mapping';
import type { Workspace } from '../core/store/workspace';
import { deleteFact, factOrigins } from '../core/store/queries/facts';
import { parseWorkbook } from '../workbook-worker/parse-workbook';
import { type HandlersFor, type ServiceContext, workspaceChanged } from './context';

const HEAD_ROWS = 30;
const PREVIEW_FACTS = 200;
const KEEP = 4;
const parsed = new Map<string, WorkbookRows>();

function remember(book: WorkbookRows): string {
  const token = randomBytes(12).toString('hex');
  parsed.set(token, book);
  while (parsed.size > KEEP) parsed.delete(parsed.keys().next().value!);
  return token;
}

function recall(token: string): WorkbookRows {
  const book = parsed.get(token);
  if (!book) throw PlanscopeError.says('not-found', 'workbook.gone');
  return book;
}

/** Workbooks leave compressed: they are written uncompressed (for the frozen-pane patch), then deflated here. */
export function compressWorkbook(bytes: Uint8Array): Uint8Array {
  return deflateZip(bytes, (d) => deflateRawSync(d));
}

function workspaceName(ctx: ServiceContext): string {
  const p = ctx.session.path();
  return p ? basename(p) : ctx.session.current().getMeta('name') ?? 'Planscope';
}

/** File names safe on every platform, from a title that may hold / or : (pivot names do). */
function fileNameFrom(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Planscope';
  return `${base}.${ext}`;
}

async function deliver(ctx: ServiceContext, bytes: Uint8Array, fileName: string, path: string | undefined): Promise<ExportedFile> {
  if (path) {
    await ctx.files.writeFileAtomic(path, bytes);
    return { fileName: basename(path), base64: null, path, bytes: bytes.length };
  }
  return { fileName, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), path: null, bytes: bytes.length };
}

export function cellErrorsJson(errors: readonly CellError[]): Json {
  return errors.map((e) => ({ sheetIndex: e.sheetIndex, sheet: e.sheet, cell: e.cell, value: e.value, message: e.message, messageZh: e.messageZh, ...(e.fix ? { fix: { ...e.fix } } : {}) }));
}

/** Reads under a mapping; a mapping that does not fit the sheet is the user's input problem, said plainly. */
export function readWithMapping(book: WorkbookRows, mapping: ImportMapping): ImportReading {
  try {
    return readImport(book, mapping);
  } catch (err) {
    if (err instanceof MappingError) throw PlanscopeError.says('bad-input', err.say.id, err.say.params);
    throw err;
  }
}

/** What to do with cells of this file and sheet imported before: ask (refuse, saying so), skip them, or replace them. */
export type OnDuplicate = 'ask' | 'skip' | 'replace';

const originKey = (o: { file?: string; sheet?: string; cell?: string } | null | undefined) =>
  o?.file && o.sheet && o.cell ? JSON.stringify([o.file, o.sheet, o.cell]) : null;

/**
 * Facts already in the workspace that came from the same cells (file, sheet, cell) as the reading's facts: the same
 * sheet imported twice would otherwise double every value silently.
 */
export function reimportedCells(ws: Workspace, reading: ImportReading): { ids: number[]; cells: string[] } {
  const incoming = new Set(reading.facts.map((f) => originKey(f.origin)).filter((k): k is string => k !== null));
  const ids: number[] = [];
  const cells = new Set<string>();
  if (!incoming.size) return { ids, cells: [] };
  for (const row of factOrigins(ws)) {
    let origin: { file?: string; sheet?: string; cell?: string } | null = null;
    try {
      origin = JSON.parse(String(row.origin)) as typeof origin;
    } catch {
      continue;
    }
    const key = originKey(origin);
    if (key && incoming.has(key)) {
      ids.push(Number(row.id));
      cells.add(origin!.cell!);
    }
  }
  return { ids, cells: [...cells] };
}

export interface CommitOutcome {
  added: number;
  /** Earlier facts from the same cells, deleted (replace). */
  replaced: number;
  /** Cells imported before and left as they were (skip). */
  skipped: number;
}

/**
 * All-or-nothing: any cell error refuses the whole import; cells imported before refuse it too unless the caller
 * chose skip or replace; otherwise every fact is added (and replaced ones deleted) in one transaction.
 */
export function commitReading(ws: Workspace, book: WorkbookRows, reading: ImportReading, onDuplicate: OnDuplicate = 'ask'): CommitOutcome {
  const total = reading.errors.length + reading.moreErrors;
  if (total) {
    const firstThree = reading.errors.slice(0, 3);
    const first = worded(firstThree.map((e) => e.messageZh).join('\n'), firstThree.map((e) => e.message).join('\n'));
    const one = total === 1;
    throw PlanscopeError.says('bad-input', 'workbook.cells-stop-import',
      { count: total, cells: worded('个单元格', one ? 'cell' : 'cells'), stop: worded('无法', one ? 'stops' : 'stop'), file: book.fileName, first },
      { errors: cellErrorsJson(reading.errors), moreErrors: reading.moreErrors });
  }
  if (!reading.facts.length) throw PlanscopeError.says('bad-input', 'workbook.no-values', { sheet: reading.sheet, file: book.fileName });
  const before = reimportedCells(ws, reading);
  if (before.ids.length && onDuplicate === 'ask') {
    const shown = before.cells.slice(0, 5).join(', ') + (before.cells.length > 5 ? ' …' : '');
    throw PlanscopeError.says('conflict', 'workbook.imported-before',
      { count: before.cells.length, total: reading.facts.length, sheet: reading.sheet, file: book.fileName, shown },
      { duplicates: { count: before.cells.length, cells: before.cells.slice(0, 50), facts: before.ids.length } });
  }
  const seen = new Set(before.cells);
  const facts = onDuplicate === 'skip' ? reading.facts.filter((f) => !seen.has(f.origin?.cell ?? '')) : reading.facts;
  const replaced = onDuplicate === 'replace' ? before.ids.length : 0;
  const added = ws.transaction(() => {
    if (onDuplicate === 'replace') for (const id of before.ids) deleteFact(ws, id);
    return ws.addFacts(null, facts).length;
  });
  return { added, replaced, skipped: reading.facts.length - facts.length };
}

function sheetPreview(book: WorkbookRows, i: number): SheetPreview {
  const s = book.sheets[i]!;
  return {
    name: s.name,
    rowCount: s.rows.length,
    columnCount: s.rows.reduce((n, r) => Math.max(n, r.length), 0),
    head: s.rows.slice(0, HEAD_ROWS).map((r) => [...r]),
    guess: guessMapping(s, s.name),
  };
}

export const workbooksHandlers: HandlersFor<typeof workbooksMethods> = {
  'workbooks.exportBriefing': async ({ language, pivotName, spec, displayed, path }, ctx) => {
    const ws = ctx.session.current();
    const input = collectBriefing(ws, { language, workspaceName: workspaceName(ctx), exportedAt: ctx.clock(), pivotName, spec, displayed: displayed as DisplayGrid | undefined });
    const bytes = compressWorkbook(writeBriefing(input));
    ctx.emit('progress', { task: 'workbooks.export', done: 1, total: 1, label: input.pivot?.name ?? '' });
    return deliver(ctx, bytes, fileNameFrom(`${language === 'zh' ? '简报' : 'Briefing'} ${input.pivot?.name ?? ''}`, 'xlsx'), path);
  },
  'workbooks.exportGrid': async ({ grid, format, path }, ctx) => {
    const g = grid as DisplayGrid;
    const bytes = format === 'csv' ? csvBytes(g) : compressWorkbook(writeGridWorkbook(g));
    return deliver(ctx, bytes, fileNameFrom(g.title, format), path);
  },
  'workbooks.inspect': async (args, ctx) => {
    const [name, bytes] = 'path' in args ? [basename(args.path), await ctx.files.readFile(args.path)] : [args.fileName, new Uint8Array(Buffer.from(args.base64, 'base64'))];
    const book = await parseWorkbook(name, bytes);
    return { token: remember(book), fileName: name, sheets: book.sheets.map((_, i) => sheetPreview(book, i)) };
  },
  'workbooks.previewImport': ({ token, mapping }, ctx): ImportPreview => {
    const book = recall(token);
    const reading = readWithMapping(book, mapping);
    const before = reimportedCells(ctx.session.current(), reading);
    return {
      sheet: reading.sheet, factCount: reading.facts.length, facts: reading.facts.slice(0, PREVIEW_FACTS), errors: reading.errors, moreErrors: reading.moreErrors,
      noData: reading.noData, stoppedAt: reading.stoppedAt, duplicates: { count: before.cells.length, cells: before.cells.slice(0, 50) },
    };
  },
  'workbooks.commitImport': ({ token, mapping, onDuplicate }, ctx) => {
    const book = recall(token);
    const reading = readWithMapping(book, mapping);
    const outcome = commitReading(ctx.session.current(), book, reading, onDuplicate ?? 'ask');
    workspaceChanged(ctx, ['facts']);
    return { ...outcome, sheet: reading.sheet, fileName: book.fileName };
  },
};
