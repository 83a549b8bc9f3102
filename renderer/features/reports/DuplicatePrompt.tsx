// Asks about each file main held back because it repeats a report already in the workspace (同样的正文, or
// 同样的标题、地区和年份): 仍然导入 sends it again to be stored as a report of its own, 跳过 forgets it. Nothing
// of these files is stored before the answer; the rest of their import already is.
import type { DuplicateReport } from '../../../main/contract/reports';
import { formatDateTime } from '../../format/dates';
import { fill, useLang } from '../../i18n';
import type { HeldDuplicate } from './files';
import { useReportsStrings } from './strings';

export function DuplicatePrompt({ held, busy, onResolve }: {
  held: readonly HeldDuplicate[];
  busy: boolean;
  onResolve: (importAnyway: DuplicateReport[], skip: DuplicateReport[]) => void;
}) {
  const s = useReportsStrings();
  const lang = useLang((st) => st.lang);
  const items = held.map((h) => h.item);
  const why = (d: DuplicateReport) => (d.reason === 'same-text' ? s.dupWhy_same_text : s.dupWhy_same_title);
  return (
    <div className="notice notice-info" role="group" aria-label={s.dupTitle} data-testid="duplicate-prompt" style={{ margin: '6px 10px', display: 'block' }}>
      <div>{s.dupExplain}</div>
      <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
        {items.map((d, i) => (
          <li key={`${i}-${d.fileName}`} data-testid="duplicate-item" data-file={d.fileName} data-reason={d.reason}>
            {fill(s.dupLine, { name: d.fileName, title: d.existing.title, file: d.existing.fileName, date: formatDateTime(d.existing.importedAt, lang), why: why(d) })}{' '}
            <button type="button" disabled={busy} onClick={() => onResolve([d], [])}>{s.dupImport}</button>{' '}
            <button type="button" disabled={busy} onClick={() => onResolve([], [d])}>{s.dupSkip}</button>
          </li>
        ))}
      </ul>
      {items.length > 1 && (
        <div>
          <button type="button" disabled={busy} onClick={() => onResolve(items, [])}>{s.dupImportAll}</button>{' '}
          <button type="button" disabled={busy} onClick={() => onResolve([], items)}>{s.dupSkipAll}</button>
        </div>
      )}
    </div>
  );
}
