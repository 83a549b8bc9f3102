// The mapping step: which sheet, which row holds the headers, long or wide, which column is what, and the
// defaults for what the sheet does not say. The first rows of the sheet are shown beneath, as in Excel.
import type { ImportMappingInput, MappedField, SheetPreview } from '../../../main/contract/workbooks';
import type { WorkbookStrings } from './strings';

const LONG_FIELDS: MappedField[] = ['indicator', 'region', 'period', 'kind', 'measure', 'unit', 'value', 'low', 'high', 'qualifier', 'quote'];
// A wide table's qualifier column (左右, 以上 …) applies to every value of its row.
const WIDE_FIELDS: MappedField[] = ['indicator', 'region', 'kind', 'measure', 'unit', 'qualifier'];

function letter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell the preview refused, marked where the user sees the sheet. */
const BAD_CELL = { background: '#ffe1e1', outline: '2px solid #c62828', outlineOffset: '-2px' } as const;

export function MappingStep({ sheet, mapping, onChange, s, badCells }: { sheet: SheetPreview; mapping: ImportMappingInput; onChange: (m: ImportMappingInput) => void; s: WorkbookStrings; badCells?: ReadonlySet<string> }) {
  const headerIndex = (mapping.headerRow ?? 1) - 1;
  const header = sheet.head[headerIndex] ?? [];
  const options = Array.from({ length: sheet.columnCount }, (_, c) => {
    const h = header[c];
    return { value: letter(c), label: h === null || h === undefined || h === '' ? letter(c) : `${letter(c)} · ${String(h)}` };
  });
  // Mapping values may be header texts (from the guess) or letters; show them as the letter they point at.
  const asLetter = (ref: string | null | undefined) => {
    if (!ref) return '';
    const byHeader = header.findIndex((h) => h !== null && String(h).trim() === ref);
    return byHeader >= 0 ? letter(byHeader) : ref;
  };
  const setColumn = (field: MappedField, value: string) => {
    const columns = { ...mapping.columns, [field]: value || null };
    onChange({ ...mapping, columns: { ...columns, indicator: columns.indicator ?? 'A' } });
  };
  const fields = mapping.form === 'wide' ? WIDE_FIELDS : LONG_FIELDS;
  const defaults = mapping.defaults ?? {};
  return (
    <div className="import-mapping" data-testid="import-mapping">
      <div className="import-row">
        <label>{s.headerRow} <input type="number" min={1} max={Math.max(1, sheet.rowCount)} value={mapping.headerRow ?? 1} data-testid="import-header-row"
          onChange={(e) => onChange({ ...mapping, headerRow: Math.max(1, Number(e.target.value) || 1) })} /></label>
        <label>{s.form} <select value={mapping.form} data-testid="import-form" onChange={(e) => onChange({ ...mapping, form: e.target.value === 'wide' ? 'wide' : 'long' })}>
          <option value="long">{s.long}</option>
          <option value="wide">{s.wide}</option>
        </select></label>
      </div>
      <div className="import-columns">
        {fields.map((f) => (
          <label key={f}>{s[`f_${f}`]}
            <select data-testid={`import-col-${f}`} value={asLetter(mapping.columns[f])} onChange={(e) => setColumn(f, e.target.value)}>
              {f !== 'indicator' && <option value="">{s.none}</option>}
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </label>
        ))}
      </div>
      <div className="import-row">
        <strong>{s.defaults}</strong>
        <label>{s.defaultRegion} <input data-testid="import-default-region" value={defaults.region ?? ''} maxLength={100}
          onChange={(e) => onChange({ ...mapping, defaults: { ...defaults, region: e.target.value || undefined } })} /></label>
        <label>{s.defaultKind} <select data-testid="import-default-kind" value={defaults.kind ?? ''}
          onChange={(e) => { const k = e.target.value; onChange({ ...mapping, defaults: { ...defaults, kind: k === 'actual' || k === 'estimate' || k === 'target' ? k : undefined } }); }}>
          <option value="">{s.none}</option>
          <option value="actual">{s.k_actual}</option>
          <option value="estimate">{s.k_estimate}</option>
          <option value="target">{s.k_target}</option>
        </select></label>
        <label>{s.defaultUnit} <input data-testid="import-default-unit" value={defaults.unit ?? ''} maxLength={20}
          onChange={(e) => onChange({ ...mapping, defaults: { ...defaults, unit: e.target.value || undefined } })} /></label>
      </div>
      <div className="import-sheet-head">
        <table>
          <thead><tr><th />{options.map((o) => <th key={o.value}>{o.value}</th>)}</tr></thead>
          <tbody>
            {sheet.head.map((row, r) => (
              <tr key={r} className={r === headerIndex ? 'import-header' : undefined}>
                <th>{r + 1}</th>
                {options.map((o, c) => {
                  const bad = badCells?.has(`${o.value}${r + 1}`) ?? false;
                  return <td key={c} data-cell={`${o.value}${r + 1}`} data-bad={bad || undefined} style={bad ? BAD_CELL : undefined}>{row[c] === null || row[c] === undefined ? '' : String(row[c])}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
