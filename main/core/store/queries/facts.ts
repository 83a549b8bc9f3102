// Statements over the facts table that the services need beyond Workspace's own (add, get, list): the review's
// batched reads and writes, counts per report, the distinct values a filter offers.
import type { Fact, FactKind, ReviewStatus } from '../../types';
import { rowToFact, type Workspace } from '../workspace';
import { FACT_KINDS, read, REVIEW_STATUSES, type Row } from './decode';

/**
 * The facts with these ids, in order; undefined for an id not in the workspace. One prepared statement for the
 * lot: accepting a selection reads thousands of facts.
 */
export function factsByIds(ws: Workspace, ids: readonly number[]): (Fact | undefined)[] {
  const stmt = ws.db.prepare('SELECT * FROM facts WHERE id = ?');
  try {
    return ids.map((id) => {
      const row = stmt.getAsObject([id]);
      stmt.reset();
      return row.id === undefined ? undefined : rowToFact(row);
    });
  } finally {
    stmt.free();
  }
}

/** The columns the review may change, as the Fact field → column they are stored in. */
export const REVIEW_COLUMNS = {
  indicator: 'indicator', value: 'value', low: 'low', high: 'high', unit: 'unit', qualifier: 'qualifier', period: 'period', kind: 'kind', status: 'status',
} as const;
export type ReviewField = keyof typeof REVIEW_COLUMNS;
const REVIEW_FIELDS = Object.keys(REVIEW_COLUMNS) as ReviewField[];
export type ReviewState = Pick<Fact, 'id' | ReviewField>;

const UPDATE_REVIEWED = `UPDATE facts SET ${REVIEW_FIELDS.map((k) => `${REVIEW_COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

/** Writes the reviewed columns of each fact (one prepared statement for the lot). */
export function writeReviewStates(ws: Workspace, states: readonly ReviewState[], at: string): void {
  if (!states.length) return;
  const stmt = ws.db.prepare(UPDATE_REVIEWED);
  try {
    for (const s of states) stmt.run([...REVIEW_FIELDS.map((k) => s[k]), at, s.id]);
  } finally {
    stmt.free();
  }
}

/** Per report: how many of its facts the user accepted or rejected. */
export function reviewedCountsByDocument(ws: Workspace): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of ws.all(`SELECT document_id, count(*) AS n FROM facts WHERE document_id IS NOT NULL AND status <> 'unreviewed' GROUP BY document_id`)) {
    const r = read('facts', row);
    out.set(r.num('document_id'), r.num('n'));
  }
  return out;
}

/** A report's fact rows as stored, every column (what deleting it records, so undo restores them exactly). */
export function factRowsOfDocument(ws: Workspace, documentId: number): Row[] {
  return ws.all('SELECT * FROM facts WHERE document_id = ? ORDER BY id', [documentId]);
}

export function factRowById(ws: Workspace, id: number): Row | undefined {
  return ws.one('SELECT * FROM facts WHERE id = ?', [id]);
}

export function deleteFactsOfDocument(ws: Workspace, documentId: number): void {
  ws.run('DELETE FROM facts WHERE document_id = ?', [documentId]);
}

export function deleteFact(ws: Workspace, id: number): void {
  ws.run('DELETE FROM facts WHERE id = ?', [id]);
}

// A fixed map, never a column name from an argument: what each filter offers is read from its own column.
const DISTINCT = {
  indicator: 'SELECT DISTINCT indicator FROM facts WHERE indicator IS NOT NULL',
  period: 'SELECT DISTINCT period FROM facts WHERE period IS NOT NULL',
  region: 'SELECT DISTINCT region FROM facts WHERE region IS NOT NULL',
  kind: 'SELECT DISTINCT kind FROM facts WHERE kind IS NOT NULL',
  status: 'SELECT DISTINCT status FROM facts WHERE status IS NOT NULL',
} as const;

function distinctText(ws: Workspace, column: keyof typeof DISTINCT): string[] {
  return ws.all(DISTINCT[column]).map((row) => read('facts', row).text(column));
}

/** The distinct values the facts' filters offer; kinds and statuses are checked against what they may be. */
export function factFilterValues(ws: Workspace): { indicators: string[]; periods: string[]; regions: string[]; kinds: FactKind[]; statuses: ReviewStatus[] } {
  return {
    indicators: distinctText(ws, 'indicator'),
    periods: distinctText(ws, 'period'),
    regions: distinctText(ws, 'region'),
    kinds: ws.all(DISTINCT.kind).map((row) => read('facts', row).oneOf('kind', FACT_KINDS)),
    statuses: ws.all(DISTINCT.status).map((row) => read('facts', row).oneOf('status', REVIEW_STATUSES)),
  };
}

/** The periods that have a target not rejected (what a scorecard can be asked about). */
export function targetPeriods(ws: Workspace): string[] {
  return ws.all(`SELECT DISTINCT period FROM facts WHERE kind = 'target' AND status <> 'rejected'`).map((row) => read('facts', row).text('period'));
}

/** Each fact read from a workbook and its origin as stored (JSON text). */
export function factOrigins(ws: Workspace): { id: number; origin: string }[] {
  return ws.all('SELECT id, origin FROM facts WHERE origin IS NOT NULL').map((row) => {
    const r = read('facts', row);
    return { id: r.num('id'), origin: r.text('origin') };
  });
}

export function factCounts(ws: Workspace): { documents: number; facts: number; unreviewed: number } {
  const r = read('facts', ws.one(`SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM facts) AS f,
    (SELECT count(*) FROM facts WHERE status = 'unreviewed') AS u`) ?? {});
  return { documents: r.numOrNull('d') ?? 0, facts: r.numOrNull('f') ?? 0, unreviewed: r.numOrNull('u') ?? 0 };
}
