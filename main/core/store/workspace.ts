// A workspace is one SQLite database (sql.js, in memory) with Planscope's schema. This class and the named
// query modules beside it (main/core/store/queries/*) hold every SQL statement; services and other core
// modules call those and hold none (tests/core/sql-only-in-store.test.ts keeps it so). Rows are decoded
// through the checked readers in queries/decode.ts, never cast.
//
// Best-value rule (what "the" value of a series point is when several statements exist): every statement
// is kept, because an estimate in one report and the actual in a later one are the revision history.
// For a (region, indicator, measure, period) point, the best actual is, in order: a rejected fact never
// counts; an `actual` beats an `estimate`; an accepted fact beats an unreviewed one; then the statement
// from the most recent report (its publication date; when the page gives none, the end of the period it
// covers, so a mid-year report still outranks the previous year-end one however they were imported); within
// one report, a headline statement (tier 1, the indicator list) beats a passing mention of the same series;
// then the highest id. Targets follow the same order among targets. `bestValueOrder` is that rule as SQL.
import { PlanscopeError } from '../errors';
import { withoutBidiControls, withoutBidiControlsOrNull } from './plain-text';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { ExtractedFact, Fact, FactKind, FactOrigin, ReportDocument, ReviewStatus } from '../types';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { sha256Hex } from './hash';
import { damagedRow, FACT_KINDS, MEASURES, QUALIFIERS, read, REVIEW_STATUSES, type RowReader } from './queries/decode';
import { worded } from '../messages';

export const APP_ID = 'planscope';

/**
 * A report's date as sortable text: published date, else the last day of the period it covers
 * ("2024H1" → 2024-06-30, "2021-2025" → 2025-12-31), else when it was imported.
 */
export function reportDateSql(d = 'd'): string {
  return `COALESCE(${d}.published,
    CASE
      WHEN ${d}.period GLOB '[0-9][0-9][0-9][0-9]H1' OR ${d}.period GLOB '[0-9][0-9][0-9][0-9]Q2' THEN substr(${d}.period, 1, 4) || '-06-30'
      WHEN ${d}.period GLOB '[0-9][0-9][0-9][0-9]Q1' THEN substr(${d}.period, 1, 4) || '-03-31'
      WHEN ${d}.period GLOB '[0-9][0-9][0-9][0-9]Q3' THEN substr(${d}.period, 1, 4) || '-09-30'
      WHEN ${d}.period GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(${d}.period, -4, 4) || '-12-31'
    END,
    ${d}.imported_at)`;
}

/**
 * SQL ORDER BY for the best-value rule over `facts f LEFT JOIN documents d`. Scores and forecasts use it unchanged:
 * it prefers a report's headline statement (tier 1) over a passing mention of the same series in that report,
 * which is what a target is judged by.
 */
export const bestValueOrder = `
  CASE f.kind WHEN 'actual' THEN 0 WHEN 'estimate' THEN 1 ELSE 2 END,
  CASE f.status WHEN 'accepted' THEN 0 ELSE 1 END,
  COALESCE(${reportDateSql('d')}, f.created_at) DESC,
  CASE WHEN f.document_id IS NOT NULL THEN COALESCE(f.tier, 9) ELSE 9 END,
  f.id DESC`;

export interface NewDocument {
  fileName: string;
  title: string;
  region: string;
  period: string;
  published: string | null;
  encoding: string;
  originalText: string;
  /** Identity across workspaces; by default the hash of the text. A PDF or Word report is identified by its file's bytes. */
  hash?: string;
}

export interface NewFact extends Omit<ExtractedFact, 'start' | 'end' | 'tier'> {
  start: number | null;
  end: number | null;
  tier: number | null;
  quote: string | null;
  status?: ReviewStatus;
  origin?: FactOrigin | null;
  /** The page of a paged report (PDF) the span starts on. */
  page?: number | null;
}

export interface FactFilter {
  documentId?: number;
  indicator?: string;
  kind?: FactKind;
  period?: string;
  status?: ReviewStatus;
  region?: string;
}

type Row = Record<string, SqlValue>;

export class Workspace {
  constructor(readonly db: Database, private readonly now: () => string = () => new Date().toISOString()) {}

  /** A new, empty, migrated workspace. */
  static create(SQL: SqlJsStatic, now?: () => string): Workspace {
    const ws = new Workspace(new SQL.Database(), now);
    ws.migrate();
    return ws;
  }

  /** Wraps bytes already checked by the opener (see workspace checks); migrates older schemas. */
  static fromBytes(SQL: SqlJsStatic, bytes: Uint8Array, now?: () => string): Workspace {
    const ws = new Workspace(new SQL.Database(bytes), now);
    ws.migrate();
    return ws;
  }

  schemaVersion(): number {
    const hasMigrations = this.one(`SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name='migrations'`);
    if (!hasMigrations || hasMigrations.n === 0) return 0;
    const r = this.one('SELECT max(version) AS v FROM migrations');
    return Number(r?.v ?? 0);
  }

  migrate(): void {
    this.db.exec('PRAGMA foreign_keys = ON');
    const current = this.schemaVersion();
    if (current > SCHEMA_VERSION) {
      throw PlanscopeError.says('newer-version', 'workspace.newer', { current, max: SCHEMA_VERSION });
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.transaction(() => {
        this.db.exec(m.sql);
        this.run('INSERT INTO migrations(version, name, sha256, applied_at) VALUES (?, ?, ?, ?)', [m.version, m.name, sha256Hex(m.sql), this.now()]);
        this.run(`INSERT OR REPLACE INTO meta(key, value) VALUES ('app', ?), ('schema_version', ?)`, [APP_ID, String(m.version)]);
      });
    }
    if (!this.getMeta('created_at')) this.setMeta('created_at', this.now());
  }

  transaction<T>(work: () => T): T {
    this.db.exec('SAVEPOINT planscope_tx');
    try {
      const result = work();
      this.db.exec('RELEASE planscope_tx');
      return result;
    } catch (err) {
      this.db.exec('ROLLBACK TO planscope_tx; RELEASE planscope_tx');
      throw err;
    }
  }

  run(sql: string, params: SqlValue[] = []): void {
    this.db.run(sql, params);
  }

  all(sql: string, params: SqlValue[] = []): Row[] {
    const stmt = this.db.prepare(sql);
    try {
      stmt.bind(params);
      const rows: Row[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject());
      return rows;
    } finally {
      stmt.free();
    }
  }

  one(sql: string, params: SqlValue[] = []): Row | undefined {
    return this.all(sql, params)[0];
  }

  getMeta(key: string): string | null {
    const r = this.one('SELECT value FROM meta WHERE key = ?', [key]);
    return r ? String(r.value) : null;
  }

  setMeta(key: string, value: string): void {
    this.run('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)', [key, value]);
  }

  /** Adds a report; returns the existing id when the same text (by hash) is already in the workspace. */
  addDocument(doc: NewDocument): { id: number; existed: boolean } {
    const hash = doc.hash ?? sha256Hex(doc.originalText);
    const existing = this.one('SELECT id FROM documents WHERE hash = ?', [hash]);
    if (existing) return { id: Number(existing.id), existed: true };
    this.run(
      `INSERT INTO documents(hash, file_name, title, region, period, published, encoding, original_text, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      // Names are stored as they read (no bidi controls); the original text keeps every character, spans index it.
      [hash, withoutBidiControls(doc.fileName), withoutBidiControls(doc.title), withoutBidiControls(doc.region), doc.period, doc.published, doc.encoding, doc.originalText, this.now()],
    );
    return { id: Number(this.one('SELECT last_insert_rowid() AS id')!.id), existed: false };
  }

  addFacts(documentId: number | null, facts: readonly NewFact[]): number[] {
    const at = this.now();
    const stmt = this.db.prepare(
      `INSERT INTO facts(document_id, indicator, measure, value, low, high, unit, qualifier, period, kind, region,
         span_start, span_end, quote, tier, status, origin, created_at, updated_at, page)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids: number[] = [];
    try {
      for (const f of facts) {
        stmt.run([documentId, withoutBidiControls(f.indicator), f.measure, f.value, f.low, f.high, withoutBidiControlsOrNull(f.unit), f.qualifier, f.period, f.kind, withoutBidiControlsOrNull(f.region),
          f.start, f.end, f.quote, f.tier, f.status ?? 'unreviewed', f.origin ? JSON.stringify(f.origin) : null, at, at, f.page ?? null]);
        ids.push(Number(this.one('SELECT last_insert_rowid() AS id')!.id));
      }
    } finally {
      stmt.free();
    }
    return ids;
  }

  listDocuments(): (ReportDocument & { factCount: number })[] {
    return this.all(
      `SELECT d.id, d.hash, d.file_name, d.title, d.region, d.period, d.published, d.encoding, d.imported_at,
              (SELECT count(*) FROM facts f WHERE f.document_id = d.id) AS fact_count
       FROM documents d ORDER BY ${reportDateSql('d')}, d.id`,
    ).map((row) => {
      const r = read('documents', row);
      return {
        id: r.num('id'), hash: r.text('hash'), fileName: r.text('file_name'), title: r.text('title'), region: r.text('region'),
        period: r.text('period'), published: r.textOrNull('published'), encoding: r.text('encoding'),
        importedAt: r.text('imported_at'), factCount: r.num('fact_count'),
      };
    });
  }

  documentText(id: number): string | null {
    const r = this.one('SELECT id, original_text FROM documents WHERE id = ?', [id]);
    return r ? read('documents', r).text('original_text') : null;
  }

  /** Every located fact of a report: its id and span [start, end) in the report's original text. */
  factSpans(documentId: number): { id: number; start: number; end: number }[] {
    return this.all('SELECT id, span_start, span_end FROM facts WHERE document_id = ? AND span_start IS NOT NULL AND span_end IS NOT NULL', [documentId])
      .map((row) => {
        const r = read('facts', row);
        return { id: r.num('id'), start: r.num('span_start'), end: r.num('span_end') };
      });
  }

  /** A report's file name and original text, as the reader read them. */
  documentSource(id: number): { fileName: string; text: string } | null {
    const row = this.one('SELECT id, file_name, original_text FROM documents WHERE id = ?', [id]);
    if (!row) return null;
    const r = read('documents', row);
    return { fileName: r.text('file_name'), text: r.text('original_text') };
  }

  getFact(id: number): Fact | null {
    const r = this.one('SELECT * FROM facts WHERE id = ?', [id]);
    return r ? rowToFact(r) : null;
  }

  listFacts(filter: FactFilter = {}): Fact[] {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (col: string, v: SqlValue | undefined) => {
      if (v === undefined) return;
      where.push(`${col} = ?`);
      params.push(v);
    };
    add('document_id', filter.documentId);
    add('indicator', filter.indicator);
    add('kind', filter.kind);
    add('period', filter.period);
    add('status', filter.status);
    add('region', filter.region);
    const sql = `SELECT * FROM facts ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY document_id, span_start, id`;
    return this.all(sql, params).map(rowToFact);
  }

  export(): Uint8Array {
    // sql.js closes and reopens the database on export, which resets connection pragmas.
    const bytes = this.db.export();
    this.db.exec('PRAGMA foreign_keys = ON');
    return bytes;
  }

  close(): void {
    this.db.close();
  }
}

function originOf(r: RowReader): FactOrigin | null {
  const text = r.textOrNull('origin');
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw damagedRow('facts', r.row, 'origin', worded('来源描述（JSON 对象）', 'where the fact came from (a JSON object)'));
  return parsed as FactOrigin;
}

/** A fact row, checked column by column: a row another tool wrote is refused with its table, row and column. */
export function rowToFact(row: Row): Fact {
  const r = read('facts', row);
  return {
    id: r.num('id'),
    documentId: r.numOrNull('document_id'),
    indicator: r.text('indicator'),
    measure: r.oneOf('measure', MEASURES),
    value: r.numOrNull('value'),
    low: r.numOrNull('low'),
    high: r.numOrNull('high'),
    unit: r.textOrNull('unit'),
    qualifier: r.oneOf('qualifier', QUALIFIERS),
    period: r.text('period'),
    kind: r.oneOf('kind', FACT_KINDS),
    region: r.text('region'),
    start: r.numOrNull('span_start'),
    end: r.numOrNull('span_end'),
    quote: r.textOrNull('quote'),
    tier: r.numOrNull('tier'),
    status: r.oneOf('status', REVIEW_STATUSES),
    origin: originOf(r),
    createdAt: r.text('created_at'),
    updatedAt: r.text('updated_at'),
    page: r.numOrNull('page'),
  };
}
