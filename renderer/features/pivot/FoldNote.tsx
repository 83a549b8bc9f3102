// Says what each cell folds together (folds.ts): "合并了 46 个地区 · 在行或列上展开", with a button that spreads
// the field on rows. Counted by main over the same facts as the pivot, again whenever the pivot runs again.
import { useEffect, useState } from 'react';
import type { PivotResult } from '../../../main/contract/pivots';
import { call } from '../../bridge';
import { formatNumber } from '../../format/numbers';
import { fill, useLang } from '../../i18n';
import { reportError } from '../../shell/notices';
import { foldCandidates, foldedFields, valueCountSpec, type FoldedField } from './folds';
import { usePivot } from './store';
import { useFieldLabels, usePivotStrings } from './strings';

const MAX_ROW_FIELDS = 4;
const MAX_COLUMN_FIELDS = 3;

function useFoldedFields(result: PivotResult): FoldedField[] {
  const [folded, setFolded] = useState<FoldedField[]>([]);
  useEffect(() => {
    const spec = result.spec;
    const fields = foldCandidates(spec);
    if (fields.length === 0) return setFolded([]);
    let live = true;
    Promise.all(fields.map(async (field) => {
      const counted = await call('pivot.run', { spec: valueCountSpec(spec, field) });
      return [field, counted.rows.filter((r) => r.kind === 'data').length] as const;
    })).then((pairs) => live && setFolded(foldedFields(Object.fromEntries(pairs))), reportError);
    return () => {
      live = false;
    };
  }, [result]);
  return folded;
}

export function FoldNote({ result }: { result: PivotResult }) {
  const s = usePivotStrings();
  const labels = useFieldLabels();
  const lang = useLang((st) => st.lang);
  const placeField = usePivot((st) => st.placeField);
  const folded = useFoldedFields(result);
  if (folded.length === 0 || result.factCount === 0) return null;
  const { rows, columns } = result.spec;
  const well = rows.length < MAX_ROW_FIELDS ? 'rows' : columns.length < MAX_COLUMN_FIELDS ? 'columns' : null;
  return (
    <p className="pivot-fold-note" data-testid="pivot-fold-note" title={s.foldTitle}>
      <span aria-hidden="true">⚠ </span>
      {folded.map((f) => (
        <span key={f.field} className="pivot-fold" data-field={f.field} data-values={f.values}>
          {fill(s.foldNote, { n: formatNumber(f.values, lang, 0), noun: s[`fold_${f.field}`] })}
          {well && (
            <button type="button" className="link-button" data-testid={`fold-spread-${f.field}`} onClick={() => void placeField(f.field, well)}>
              {fill(s.foldSpread, { field: labels[f.field] })}
            </button>
          )}
        </span>
      ))}
      <span className="muted">{s.foldAction}</span>
    </p>
  );
}
