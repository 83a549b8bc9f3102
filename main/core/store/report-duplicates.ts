// Near duplicates: a report about to be stored that repeats one already in the workspace though its bytes differ
// (so `hash` does not catch it). Two reasons, checked in this order:
//   same-text  – the same words and figures (report-key.ts: a GBK copy, the .txt of a web page, a PDF's text)
//   same-title – the same title, region and period (the same report as another edition: a PDF with page headers
//                beside its .txt, a re-typeset repost); only when all three were read, never on unknowns
// The import asks the user before storing either (main/services/reports.ts).
import { withoutBidiControls } from './plain-text';
import { reportTextKey } from './report-key';
import type { Workspace } from './workspace';

export type DuplicateReason = 'same-text' | 'same-title';

export interface NearDuplicate {
  documentId: number;
  reason: DuplicateReason;
}

export interface ReportIdentity {
  textKey: string | null;
  title: string;
  region: string;
  period: string;
}

/**
 * Gives every report stored without a key (before migration 4, or merged from a colleague's file) its key. A text
 * with no words at all gets '' so it is not read again each time; '' never matches.
 */
export function fillTextKeys(ws: Workspace): void {
  for (const row of ws.all('SELECT id, original_text FROM documents WHERE text_key IS NULL')) {
    ws.run('UPDATE documents SET text_key = ? WHERE id = ?', [reportTextKey(String(row.original_text)) ?? '', Number(row.id)]);
  }
}

/** Records a stored report's key. */
export function setTextKey(ws: Workspace, documentId: number, textKey: string | null): void {
  ws.run('UPDATE documents SET text_key = ? WHERE id = ?', [textKey ?? '', documentId]);
}

/** The first report already in `ws` that this one repeats, and why; null when it is new. */
export function nearDuplicateOf(ws: Workspace, incoming: ReportIdentity): NearDuplicate | null {
  fillTextKeys(ws);
  if (incoming.textKey) {
    const same = ws.one('SELECT id FROM documents WHERE text_key = ? ORDER BY id LIMIT 1', [incoming.textKey]);
    if (same) return { documentId: Number(same.id), reason: 'same-text' };
  }
  const title = withoutBidiControls(incoming.title);
  const region = withoutBidiControls(incoming.region);
  if (!title.trim() || !region.trim() || !incoming.period) return null;
  const named = ws.one('SELECT id FROM documents WHERE title = ? AND region = ? AND period = ? ORDER BY id LIMIT 1', [title, region, incoming.period]);
  return named ? { documentId: Number(named.id), reason: 'same-title' } : null;
}
