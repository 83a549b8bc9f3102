// Drilling: the statements behind one cell, each with the report and sentence it came from, so a number in
// the grid can always be traced to its source.
import type { SqlValue } from 'sql.js';
import { rowToFact, type Workspace } from '../store/workspace';
import type { Fact } from '../types';
import { parsePivotSpec } from './index';
import { drillQuery } from './sql';
import type { PivotCoordinates, PivotSpec, PivotSpecInput } from './spec';

export interface DrillFact extends Fact {
  documentTitle: string | null;
  documentFile: string | null;
  documentPublished: string | null;
}

export interface DrillResult {
  facts: DrillFact[];
  /** All statements behind the cell; `facts` holds at most `limit` of them. */
  total: number;
}

export function drillPivot(ws: Workspace, specInput: PivotSpec | PivotSpecInput, coords: PivotCoordinates, limit = 500): DrillResult {
  const spec = parsePivotSpec(specInput);
  const q = drillQuery(spec, coords);
  const facts: DrillFact[] = [];
  let total = 0;
  const stmt = ws.db.prepare(q.sql);
  try {
    stmt.bind(q.params);
    while (stmt.step()) {
      total++;
      if (facts.length >= limit) continue;
      const r: Record<string, SqlValue> = stmt.getAsObject();
      const text = (v: SqlValue | undefined) => (v == null ? null : String(v));
      facts.push({ ...rowToFact(r), documentTitle: text(r.document_title), documentFile: text(r.document_file), documentPublished: text(r.document_published) });
    }
  } finally {
    stmt.free();
  }
  return { facts, total };
}
