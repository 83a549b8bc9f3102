// Numbered migrations. A file records each applied migration with the hash of its SQL, so a file touched by
// a different build (same number, different SQL) is detected instead of silently trusted.
// Never edit a migration that has shipped: add the next number.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial workspace',
    sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  title TEXT NOT NULL,
  region TEXT NOT NULL,
  period TEXT NOT NULL,
  published TEXT,
  encoding TEXT NOT NULL,
  original_text TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  unit TEXT,
  direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower', 'neutral')),
  flow_stock TEXT NOT NULL DEFAULT 'flow' CHECK (flow_stock IN ('flow', 'stock', 'ratio'))
);
CREATE TABLE indicator_aliases (
  alias TEXT PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE
);
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  indicator TEXT NOT NULL,
  measure TEXT NOT NULL CHECK (measure IN ('level', 'growth', 'share', 'rate', 'count', 'change')),
  value REAL,
  low REAL,
  high REAL,
  unit TEXT,
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range', 'more_than')),
  period TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('actual', 'estimate', 'target')),
  region TEXT NOT NULL,
  span_start INTEGER,
  span_end INTEGER,
  quote TEXT,
  tier INTEGER,
  status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'accepted', 'rejected')),
  origin TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX facts_by_document ON facts(document_id);
CREATE INDEX facts_by_series ON facts(region, indicator, measure, period, kind);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  fact_id INTEGER,
  before TEXT,
  after TEXT,
  undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE pivots (
  name TEXT PRIMARY KEY,
  spec TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE forecasts (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,
  indicator TEXT NOT NULL,
  measure TEXT NOT NULL,
  target_period TEXT NOT NULL,
  method TEXT NOT NULL,
  inputs TEXT NOT NULL,
  result TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
  },
  {
    // Added by the pivot feature: pivots read only the narrow columns of the statements that count (a value,
    // not rejected), so a partial covering index lets a GROUP BY scan it instead of the wide facts rows, in
    // (indicator, period) order for the common "indicators down, periods across" shape.
    version: 2,
    name: 'pivot covering index',
    sql: `
CREATE INDEX pivot_facts_cover ON facts(indicator, period, kind, measure, region, unit, status, document_id, value)
  WHERE value IS NOT NULL AND status <> 'rejected';
`,
  },
  {
    // Added by reading PDF reports: the page a fact's span starts on, so the source viewer can say where in the
    // printed report it stands. NULL for reports without pages (.txt, .html, Word) and for facts typed in by hand.
    version: 3,
    name: 'fact page',
    sql: `
ALTER TABLE facts ADD COLUMN page INTEGER;
`,
  },
  {
    // Added by near-duplicate detection on import: the report's "same words" key (core/store/report-key.ts), so a
    // GBK copy of a UTF-8 report or the .txt of an imported web page is recognised though its bytes differ.
    // NULL for reports stored before this migration or merged from a colleague's file: computed when next needed.
    version: 4,
    name: 'report text key',
    sql: `
ALTER TABLE documents ADD COLUMN text_key TEXT;
CREATE INDEX documents_by_text_key ON documents(text_key);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Tables a Planscope file may contain; anything else is refused when a file is opened. */
export const KNOWN_TABLES = ['meta', 'migrations', 'documents', 'indicators', 'indicator_aliases', 'facts', 'audit', 'pivots', 'forecasts'] as const;
