// Import a colleague's table: choose the file → map its columns → preview (facts to add, cells that stop it)
// → import. The commit button stays disabled while any cell is in error: the import is all or nothing.
import { fill, useLang } from '../../i18n';
import { formatNumber } from '../../format/numbers';
import { useNotices } from '../../shell/notices';
import { MappingStep } from './MappingStep';
import { useImport } from './store';
import { useWorkbookStrings } from './strings';

function Preview() {
  const s = useWorkbookStrings();
  const lang = useLang((st) => st.lang);
  const preview = useImport((st) => st.preview);
  if (!preview) return null;
  const errorCount = preview.errors.length + preview.moreErrors;
  return (
    <div className="import-preview" data-testid="import-preview">
      {errorCount > 0 ? (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <strong>{fill(s.errors, { n: formatNumber(errorCount, lang) })}</strong>
          <ul>{preview.errors.map((e) => <li key={`${e.sheetIndex}-${e.cell}`} data-cell={e.cell}>{e.message}</li>)}</ul>
          {preview.moreErrors > 0 && <p className="muted">{fill(s.moreErrors, { n: formatNumber(preview.moreErrors, lang) })}</p>}
        </div>
      ) : (
        <p data-testid="import-count">{fill(s.willAdd, { n: formatNumber(preview.factCount, lang) })}</p>
      )}
      <table className="import-facts">
        <thead><tr><th>{s.f_indicator}</th><th>{s.f_region}</th><th>{s.f_period}</th><th>{s.f_kind}</th><th>{s.f_value}</th><th>{s.f_unit}</th><th>{s.cell}</th></tr></thead>
        <tbody>
          {preview.facts.slice(0, 50).map((f, i) => (
            <tr key={i}>
              <td>{f.indicator}</td><td>{f.region}</td><td>{f.period}</td><td>{f.kind}</td>
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
  const { inspection, mapping, preview, busy, error, choose, pickSheet, setMapping, runPreview, commit } = useImport();
  const sheet = inspection?.sheets.find((sh) => sh.name === mapping?.sheet) ?? null;
  const blocked = !preview || preview.errors.length + preview.moreErrors > 0 || preview.factCount === 0;
  const doCommit = async () => {
    const done = await commit();
    if (done) useNotices.getState().push('info', fill(s.committed, { n: done.added, file: done.fileName }));
  };
  return (
    <section className="import-wizard" data-testid="import-wizard">
      <h2>{s.importTitle}</h2>
      <p className="muted">{s.importHint}</p>
      <label className="import-file">{s.chooseFile}{' '}
        <input type="file" accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void choose(f); e.target.value = ''; }} />
      </label>
      {busy === 'reading' && <p className="muted">{s.reading}</p>}
      {error && <p className="error-text" role="alert" data-testid="import-error">{error}</p>}
      {inspection && mapping && (
        <>
          <label>{s.sheet}{' '}
            <select data-testid="import-sheet" value={mapping.sheet} onChange={(e) => pickSheet(e.target.value)}>
              {inspection.sheets.map((sh) => <option key={sh.name} value={sh.name}>{sh.name}</option>)}
            </select>
          </label>
          {sheet && <MappingStep sheet={sheet} mapping={mapping} onChange={setMapping} s={s} />}
          <div className="import-actions">
            <button type="button" data-testid="import-preview-button" disabled={busy !== null} onClick={() => void runPreview()}>
              {busy === 'previewing' ? s.previewing : s.preview}
            </button>
            <button type="button" className="primary" data-testid="import-commit" disabled={busy !== null || blocked} onClick={() => void doCommit()}>{s.commit}</button>
          </div>
          <Preview />
        </>
      )}
    </section>
  );
}
