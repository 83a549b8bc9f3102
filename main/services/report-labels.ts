// How a report is named where reports are listed for choosing (the review's report filter, the scorecard's report
// choice): by its title, and, when two reports share a title (a copy in another encoding imported anyway, two
// editions of one report), by its file name too, and by its import date when even that is shared. Two entries of
// a dropdown that read the same cannot be told apart.
import type { DuplicateReport } from '../contract/reports';
import type { NearDuplicate } from '../core/store/report-duplicates';
import type { Workspace } from '../core/store/workspace';
import { reportHeader, reportHeaders } from '../core/store/queries/documents';

export interface ReportChoice {
  id: number;
  title: string;
}

interface Named {
  id: number;
  title: string;
  fileName: string;
  importedAt: string;
}

/** Each report's title, told apart from the others' ("标题 (文件名)", "标题 (文件名, 导入于 2026-12-03 09:12)"). */
export function distinctTitles(reports: readonly Named[]): Map<number, string> {
  const count = (key: (r: Named) => string) => {
    const n = new Map<string, number>();
    for (const r of reports) n.set(key(r), (n.get(key(r)) ?? 0) + 1);
    return (r: Named) => n.get(key(r)) ?? 0;
  };
  const byTitle = count((r) => r.title);
  const byTitleAndFile = count((r) => `${r.title}\n${r.fileName}`);
  return new Map(reports.map((r) => {
    if (byTitle(r) < 2) return [r.id, r.title];
    if (byTitleAndFile(r) < 2) return [r.id, `${r.title} (${r.fileName})`];
    return [r.id, `${r.title} (${r.fileName}, ${r.importedAt.slice(0, 16).replace('T', ' ')})`];
  }));
}

/** The workspace's reports in report-date order, each with a title no other report's reads the same as. */
export function reportChoices(ws: Workspace): (ReportChoice & { period: string })[] {
  const rows = reportHeaders(ws);
  const titles = distinctTitles(rows);
  return rows.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.title, period: r.period }));
}

/** A file held back as a near duplicate, with the report it repeats named for the question. */
export function duplicateReport(ws: Workspace, fileName: string, title: string, dup: NearDuplicate & { held: 'ask' | 'skip' }): DuplicateReport {
  const existing = reportHeader(ws, dup.documentId)!;
  return {
    fileName, title, reason: dup.reason, held: dup.held,
    existing: { documentId: existing.id, title: existing.title, fileName: existing.fileName, importedAt: existing.importedAt },
  };
}
