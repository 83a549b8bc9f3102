// Drilling: the statements behind one cell, each with the report and sentence it came from, so a number in
// the grid can always be traced to its source.
import { rowToFact, type Workspace } from '../store/workspace';
import type { Fact } from '../types';
import { parsePivotSpec } from './index';
import { drillQuery, eachRowAsObject } from '../store/queries/pivot-sql';
import { read } from '../store/queries/decode';
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
  eachRowAsObject(ws, q, (r) => {
    total++;
    if (facts.length >= limit) return;
    const doc = read('documents', r);
    facts.push({ ...rowToFact(r), documentTitle: doc.textOrNull('document_title'), documentFile: doc.textOrNull('document_file'), documentPublished: doc.textOrNull('document_published') });
  });
  return { facts, total };
}
