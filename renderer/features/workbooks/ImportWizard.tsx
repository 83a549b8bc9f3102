// Import a colleague's table: choose the file → map its columns → preview (facts to add, cells that stop it)
// → import. The commit button stays disabled while any cell is in error: the import is all or nothing.
import { fill, useLang } from '../../i18n';
import { formatNumber } from '../../format/numbers';
import { useNotices } from '../../shell/notices';
import { MappingStep } from './MappingStep';
import { useImport } from './store';
import { useWorkbookStrings, type WorkbookStrings } from './strings';
import type { CellError } from '../../../main/contract/workbooks';

/** "数值 6,约,单位 %": what one click will record for the cell. */
function fixLabel(fix: NonNullable<CellError['fix']>, s: WorkbookStrings): string {
  const parts = [fix.low !== undefined && fix.high !== undefined ? fill(s.fixRange, { low: fix.low, high: fix.high }) : fill(s.fixValue, { v: fix.value ?? '' })];
  if (fix.qualifier) parts.push(s[`q_${fix.qualifier}`]);
  if (fix.unit) parts.push(fill(s.fixUnit, { u: fix.unit }));
  return parts.join(', ');
}

/** Quarters are cumulative (2024Q3 = 前三季度, 1-9月): said beside the period so it is not read as the third quarter alone. */
const periodLabel = (p: string, s: WorkbookStrings) => (/Q[1-3]$/.test(p) ? fill(s.cumulative, { p }) : p);

function Preview() {
  const s = useWorkbookStrings();
  const lang = useLang((st) => st.lang);
  const preview = useImport((st) => st.preview);
  const applyFix = useImport((st) => st.applyFix);
  const busy = useImport((st) => st.busy);
  if (!preview) return null;
  const errorCount = preview.errors.length + preview.moreErrors;
  return (
    <div className="import-preview" data-testid="import-preview">
      {errorCount > 0 ? (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <strong>{fill(s.errors, { n: formatNumber(errorCount, lang) })}</strong>
          <ul>{preview.errors.map((e) => (
            <li key={`${e.sheetIndex}-${e.cell}`} data-cell={e.cell}>
              {lang === 'en' ? e.message : e.messageZh}
              {e.fix && <>{' '}<button type="button" data-testid={`import-fix-${e.cell}`} disabled={busy !== null} onClick={() => void applyFix(e.cell, e.fix!)}>{fill(s.fix, { fix: fixLabel(e.fix, s) })}</button></>}
            </li>
          ))}</ul>
          {preview.moreErrors > 0 && <p className="muted">{fill(s.moreErrors, { n: formatNumber(preview.moreErrors, lang) })}</p>}
        </div>
      ) : (
        <p data-testid="import-count">{fill(s.willAdd, { n: formatNumber(preview.factCount, lang) })}</p>
      )}
      {preview.noData.count > 0 && <p className="muted" data-testid="import-no-data">{fill(s.noData, { n: formatNumber(preview.noData.count, lang) })}</p>}
      {preview.stoppedAt && <p className="muted" data-testid="import-stopped-at">{fill(s.stoppedAt, { row: preview.stoppedAt.row, text: preview.stoppedAt.text })}</p>}
      <table className="import-facts">
        <thead><tr><th>{s.f_indicator}</th><th>{s.f_region}</th><th>{s.f_period}</th><th>{s.f_kind}</th><th>{s.f_value}</th><th>{s.f_unit}</th><th>{s.cell}</th></tr></thead>
        <tbody>
          {preview.facts.slice(0, 50).map((f, i) => (
            <tr key={i}>
              <td>{f.indicator}</td><td>{f.region}</td><td>{periodLabel(f.period, s)}</td><td>{f.kind}</td>
              <td className="num">{f.value === null ? '' : formatNumber(f.value, lang)}</td><td>{f.unit ?? ''}</td><td>{f.origin?.cell ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportWizard() {
  const s = useWorkbookStrings();
  const { fileName, inspection, mapping, preview, busy, error, choose, pickSheet, setMapping, runPreview, commit } = useImport();
  const sheet = inspection?.sheets.find((sh) => sh.name === mapping?.sheet) ?? null;
  const blocked = !preview || preview.errors.length + preview.moreErrors > 0 || preview.factCount === 0;
  const duplicates = preview?.duplicates.count ?? 0;
  const badCells = new Set(preview?.errors.map((e) => e.cell) ?? []);
  const doCommit = async (onDuplicate?: 'skip' | 'replace') => {
    const done = await commit(onDuplicate);
    if (done) useNotices.getState().push('info', fill(s.committed, { n: done.added, file: done.fileName }));
  };
  return (
    <section className="import-wizard" data-testid="import-wizard">
      <h2>{s.importTitle}</h2>
      <p className="muted">{s.importHint}</p>
      <label className="import-file">{s.chooseFile}{' '}
        <input type="file" accept=".xlsx,.xlsm,.xls,.ods,.fods,.csv,.txt" data-testid="import-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void choose(f); e.target.value = ''; }} />
      </label>
      {fileName && <p data-testid="import-file-name">{fill(s.chosenFile, { name: fileName })}</p>}
      {busy === 'reading' && <p className="muted">{s.reading}</p>}
      {error && <p className="error-text" role="alert" data-testid="import-error">{error}</p>}
      {inspection && mapping && (
        <>
          <label>{s.sheet}{' '}
            <select data-testid="import-sheet" value={mapping.sheet} onChange={(e) => pickSheet(e.target.value)}>
              {inspection.sheets.map((sh) => <option key={sh.name} value={sh.name}>{sh.name}</option>)}
            </select>
          </label>
          {sheet && <MappingStep sheet={sheet} mapping={mapping} onChange={setMapping} s={s} badCells={badCells} />}
          <div className="import-actions">
            <button type="button" data-testid="import-preview-button" disabled={busy !== null} onClick={() => void runPreview()}>
              {busy === 'previewing' ? s.previewing : s.preview}
            </button>
            {duplicates === 0 && <button type="button" className="primary" data-testid="import-commit" disabled={busy !== null || blocked} onClick={() => void doCommit()}>{s.commit}</button>}
          </div>
          {duplicates > 0 && (
            <div className="import-actions" role="alert" data-testid="import-duplicates">
              <span>{fill(s.duplicates, { n: duplicates })}</span>
              <button type="button" data-testid="import-skip-duplicates" disabled={busy !== null || blocked} onClick={() => void doCommit('skip')}>{s.skipDuplicates}</button>
              <button type="button" data-testid="import-replace-duplicates" disabled={busy !== null || blocked} onClick={() => void doCommit('replace')}>{s.replaceDuplicates}</button>
            </div>
          )}
          <Preview />
        </>
      )}
    </section>
  );
}
