// Reports view: every report in the workspace (title, region, period, number of facts), import by the file
// button or by dropping files, and a double-click (or Enter) opens the report in the review view. A file that
// repeats a report already here is asked about (仍然导入 / 跳过); each report has a delete button (confirmed,
// undoable). While an import runs the view says which file of how many it is reading.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ReportSummary } from '../../../main/contract/reports';
import { DataGrid, numberColumn } from '../../components/DataGrid';
import { DropZone } from '../../components/DropZone';
import { formatNumber } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { formatDateTime } from '../../format/dates';
import { fill, useLang } from '../../i18n';
import { useReloadOn } from '../../bridge/useReloadOn';
import { useNavigation } from '../../shell/navigation';
import { useProgress } from '../../shell/progress';
import { useShellStrings } from '../../shell/strings';
import { useReview } from '../review/store';
import { useReviewStrings } from '../review/strings';
import { useNotices } from '../../shell/notices';
import { useReports } from './store';
import { useReportsStrings } from './strings';
import { YearPrompt } from './YearPrompt';
import { DeletePrompt } from './DeletePrompt';
import { DuplicatePrompt } from './DuplicatePrompt';
import { importProgressLine, runningImport } from './import-progress';

/** What the picker offers: text and web pages, and reports as published (PDF, Word 2007+ and Word 97-2003). */
const REPORT_FILE_TYPES = '.txt,.html,.htm,.pdf,.docx,.doc,text/plain,text/html,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword';

export default function ReportsView() {
  const s = useReportsStrings();
  const review = useReviewStrings();
  const lang = useLang((st) => st.lang);
  const { reports, importing, lastImport, importError, yearsNeeded, load, importFiles, importWithYears, cancelYears, pickWithDialog } = useReports();
  const { duplicates, resolveDuplicates, lastDeleted, confirmDelete, askDelete, deleteReport, undoDelete } = useReports();
  const step = useProgress((st) => runningImport(st.tasks));
  const reading = importing || step !== undefined;
  const importingText = importProgressLine(step, s, lang, useShellStrings().page);
  const fileInput = useRef<HTMLInputElement>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = reports.find((r) => r.id === selectedId) ?? null;

  useEffect(() => {
    void load();
  }, [load]);
  useReloadOn(['documents', 'facts'], () => void load());

  // The undo offered here is for the delete just made: once the economist has been elsewhere (and may have
  // edited, accepted or merged since), the newest action may be another one, so the offer goes.
  useEffect(() => () => useReports.setState({ lastDeleted: null, confirmDelete: null }), []);

  /** Undo, then say what was undone in the review's words (已撤销:删除报告). */
  const takeBackDelete = async () => {
    const title = useReports.getState().lastDeleted?.title ?? '';
    const action = await undoDelete();
    if (action === 'reports.delete') useNotices.getState().push('info', `${fill(review.undone, { what: review.action_reports_delete })}“${title}”`);
  };
  // Ctrl+Z here takes back the delete just made (the review's Ctrl+Z undoes it too: one stack in main).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && useReports.getState().lastDeleted) {
        e.preventDefault();
        void takeBackDelete();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const openInReview = (r: ReportSummary) => {
    useReview.getState().setFilter({ documentId: r.id });
    useNavigation.getState().go('review');
  };

  const columns = useMemo<ColDef<ReportSummary>[]>(() => [
    { field: 'title', headerName: s.colTitle, flex: 3, minWidth: 280, tooltipField: 'title' },
    { field: 'region', headerName: s.colRegion, width: 110 },
    { field: 'period', headerName: s.colPeriod, width: 130, valueFormatter: (p) => formatPeriod(String(p.value ?? ''), lang) },
    { field: 'published', headerName: s.colPublished, width: 120 },
    { field: 'factCount', headerName: s.colFacts, width: 100, ...numberColumn, valueFormatter: (p) => formatNumber(p.value as number, lang) },
    { field: 'fileName', headerName: s.colFile, flex: 1, minWidth: 160 },
    { field: 'encoding', headerName: s.colEncoding, width: 90 },
    { field: 'importedAt', headerName: s.colImported, width: 150, valueFormatter: (p) => formatDateTime(String(p.value ?? ''), lang) },
    {
      colId: 'actions', headerName: s.colActions, width: 80, sortable: false,
      cellRenderer: (p: ICellRendererParams<ReportSummary>) => p.data && (
        <button type="button" className="link" data-testid="delete-report" title={s.deleteTitle} onClick={() => askDelete(p.data!)}>{s.delete}</button>
      ),
    },
  ], [s, lang, askDelete]);

  // Only a ref and stable store actions: the same function for the view's life, so the request effect runs once per request.
  const chooseFiles = useCallback(async () => {
    if (!(await pickWithDialog())) fileInput.current?.click();
  }, [pickWithDialog]);
  const importRequested = useReports((st) => st.importRequested);
  useEffect(() => {
    if (!importRequested) return;
    useReports.setState({ importRequested: false });
    void chooseFiles();
  }, [importRequested, chooseFiles]);
  const imported = lastImport?.reports ?? [];
  const added = imported.filter((r) => !r.existed);

  return (
    <DropZone label={s.dropHere} onFiles={(files) => void importFiles(files)}>
      <div className="view-header">
        <h1>{s.title}</h1>
        <span className="muted">{fill(s.count, { n: formatNumber(reports.length, lang) })}</span>
        <span className="spacer" />
        <button type="button" disabled={!selected} title={s.reviewThisTitle} onClick={() => selected && openInReview(selected)}>
          {s.reviewThis}
        </button>
        <button type="button" className="primary" disabled={importing} title={s.importTitle} onClick={() => void chooseFiles()}>
          {s.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={REPORT_FILE_TYPES}
          data-testid="report-file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = ''; // choosing the same file again must fire change again
            void importFiles(files);
          }}
        />
      </div>
      {importError && (
        <div className="import-error" role="alert" data-testid="import-error" data-code={importError.code}>
          {s.importFailed} {importError.message}
        </div>
      )}
      {yearsNeeded && (
        <YearPrompt
          key={yearsNeeded.files.map((f) => f.fileName).join('\n')}
          files={yearsNeeded.files}
          busy={importing}
          onImport={(years) => void importWithYears(years)}
          onCancel={cancelYears}
        />
      )}
      {duplicates.length > 0 && (
        <DuplicatePrompt held={duplicates} busy={importing} onResolve={(anyway, skip) => void resolveDuplicates(anyway, skip)} />
      )}
      {confirmDelete && <DeletePrompt report={confirmDelete} onDelete={() => void deleteReport(confirmDelete.id)} onCancel={() => askDelete(null)} />}
      {lastDeleted && (
        <div className="notice notice-info" role="status" data-testid="delete-result" style={{ margin: '6px 10px' }}>
          {fill(s.deleted, { title: lastDeleted.title, n: formatNumber(lastDeleted.factCount, lang) })}{' '}
          <button type="button" data-testid="undo-delete" onClick={() => void takeBackDelete()}>{s.undoDelete}</button>
        </div>
      )}
      {reading && reports.length > 0 && (
        <div className="notice notice-info" role="status" data-testid="import-progress" style={{ margin: '6px 10px' }}>{importingText}</div>
      )}
      {lastImport && (added.length > 0 || imported.length > 0 || lastImport.duplicates.length === 0) && (
        <div className="notice notice-info" role="status" data-testid="import-result" style={{ margin: '6px 10px' }}>
          {fill(s.imported, { n: added.length, facts: formatNumber(lastImport.factCount, lang) })}
          {imported.filter((r) => r.existed).map((r) => ` · ${fill(s.alreadyThere, { name: r.fileName })}`).join('')}
        </div>
      )}
      <div className="view-body">
        {reading && reports.length === 0 ? (
          // Not the empty grid's "no reports yet": the first reports are on their way.
          <div className="muted" role="status" data-testid="import-progress" style={{ padding: 16 }}>{importingText}</div>
        ) : (
        <DataGrid<ReportSummary>
          label="reports"
          rows={reports}
          columns={columns}
          noRowsText={s.none}
          selectedId={selectedId}
          onSelect={(r) => setSelectedId(r.id)}
          onOpen={openInReview}
        />
        )}
      </div>
    </DropZone>
  );
}
