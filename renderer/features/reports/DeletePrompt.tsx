// Confirms deleting a report, saying what goes with it: its facts, and how many of them the economist already
// reviewed or corrected (work that an undo, not a re-import, brings back).
import type { ReportSummary } from '../../../main/contract/reports';
import { formatNumber } from '../../format/numbers';
import { fill, useLang } from '../../i18n';
import { useReportsStrings } from './strings';

export function DeletePrompt({ report, onDelete, onCancel }: { report: ReportSummary; onDelete: () => void; onCancel: () => void }) {
  const s = useReportsStrings();
  const lang = useLang((st) => st.lang);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div className="notice notice-error" role="alertdialog" aria-label={s.deleteConfirm} data-testid="delete-prompt" style={{ margin: '6px 10px' }}>
      <span>{fill(s.deleteAsk, { title: report.title, file: report.fileName, n: n(report.factCount), reviewed: n(report.reviewedCount), edited: n(report.editedCount) })}</span>{' '}
      <button type="button" className="danger" data-testid="delete-confirm" onClick={onDelete}>{s.deleteConfirm}</button>{' '}
      <button type="button" onClick={onCancel}>{s.deleteCancel}</button>
    </div>
  );
}
