// Statements over the documents table beyond Workspace's own (add, list, text): titles, headers for pickers
// and labels, the raw row a delete records, and restoring it.
import { reportDateSql, type Workspace } from '../workspace';
import { read, type Row } from './decode';

export interface ReportHeader {
  id: number;
  title: string;
  fileName: string;
  importedAt: string;
  period: string;
}

function headerOf(row: Row): ReportHeader {
  const r = read('documents', row);
  return { id: r.num('id'), title: r.text('title'), fileName: r.text('file_name'), importedAt: r.text('imported_at'), period: r.text('period') };
}

/** Every report's header, in report-date order (the order pickers and labels list them in). */
export function reportHeaders(ws: Workspace): ReportHeader[] {
  return ws.all(`SELECT id, title, file_name, imported_at, period FROM documents ORDER BY ${reportDateSql('documents')}, id`).map(headerOf);
}

export function reportHeader(ws: Workspace, id: number): ReportHeader | null {
  const row = ws.one('SELECT id, title, file_name, imported_at, period FROM documents WHERE id = ?', [id]);
  return row ? headerOf(row) : null;
}

export function documentExists(ws: Workspace, id: number): boolean {
  return ws.one('SELECT id FROM documents WHERE id = ?', [id]) !== undefined;
}

export function documentTitle(ws: Workspace, id: number): string | null {
  const row = ws.one('SELECT id, title FROM documents WHERE id = ?', [id]);
  return row ? read('documents', row).text('title') : null;
}

/** A report's file name, title and original text (the source viewer). */
export function documentWithText(ws: Workspace, id: number): { fileName: string; title: string; text: string } | null {
  const row = ws.one('SELECT id, file_name, title, original_text FROM documents WHERE id = ?', [id]);
  if (!row) return null;
  const r = read('documents', row);
  return { fileName: r.text('file_name'), title: r.text('title'), text: r.text('original_text') };
}

/** Each report's id, title and report date (published, else the end of its period, else when it was imported). */
export function reportDates(ws: Workspace): { id: number; title: string; date: string | null }[] {
  return ws.all(`SELECT id, title, ${reportDateSql('documents')} AS date FROM documents`).map((row) => {
    const r = read('documents', row);
    return { id: r.num('id'), title: r.text('title'), date: r.textOrNull('date') };
  });
}

/** A report's row as stored, every column (what deleting it records, so undo restores it exactly). */
export function documentRowById(ws: Workspace, id: number): Row | undefined {
  return ws.one('SELECT * FROM documents WHERE id = ?', [id]);
}

/** Whether a report with this id, or with this text's hash, is in the workspace. */
export function documentIdOrHashTaken(ws: Workspace, id: number, hash: string | null): boolean {
  return ws.one('SELECT id FROM documents WHERE id = ? OR hash = ?', [id, hash]) !== undefined;
}

export function deleteDocument(ws: Workspace, id: number): void {
  ws.run('DELETE FROM documents WHERE id = ?', [id]);
}
