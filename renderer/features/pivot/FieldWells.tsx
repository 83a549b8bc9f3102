// Field wells: drag a field chip into Rows or Columns (or between positions), or use the picker beside each
// well — the keyboard and test path to the same action. Each field can carry a filter of values.
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { FieldValue, PivotField, PivotSpec } from '../../../main/contract/pivots';
import { call } from '../../bridge';
import { PickList } from '../../components/PickList';
import { usePopover } from '../../components/usePopover';
import { reportError } from '../../shell/notices';
import { FIELDS, usePivot, type Well } from './store';
import { useFieldLabels, usePivotStrings } from './strings';

const DRAG_TYPE = 'application/x-planscope-field';

function onDragStart(e: DragEvent, field: PivotField) {
  e.dataTransfer.setData(DRAG_TYPE, field);
  e.dataTransfer.setData('text/plain', field);
  e.dataTransfer.effectAllowed = 'move';
}

function draggedField(e: DragEvent): PivotField | null {
  const f = e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain');
  return FIELDS.find((x) => x === f) ?? null;
}

function WellBox({ well, spec }: { well: Well; spec: PivotSpec }) {
  const s = usePivotStrings();
  const labels = useFieldLabels();
  const placeField = usePivot((st) => st.placeField);
  const fields = spec[well];
  const free = FIELDS.filter((f) => !spec.rows.includes(f) && !spec.columns.includes(f));
  const drop = (e: DragEvent, index?: number) => {
    e.preventDefault();
    e.stopPropagation();
    const f = draggedField(e);
    if (f) void placeField(f, well, index);
  };
  return (
    <div className="pivot-well" data-testid={`well-${well}`} aria-label={s[well]} onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e)}>
      <span className="pivot-well-title">{s[well]}</span>
      {fields.map((f, i) => (
        <span key={f} className="pivot-chip" draggable onDragStart={(e) => onDragStart(e, f)} onDrop={(e) => drop(e, i)} data-field={f}>
          {labels[f]}
          <button type="button" aria-label={`${s.remove} ${labels[f]}`} onClick={() => void placeField(f, null)}>×</button>
        </span>
      ))}
      {fields.length === 0 && <span className="muted">{s.dropHere}</span>}
      {free.length > 0 && (
        <select aria-label={`${s.addTo} ${s[well]}`} data-testid={`add-${well}`} value=""
          onChange={(e) => { const f = FIELDS.find((x) => x === e.target.value); if (f) void placeField(f, well); }}>
          <option value="">+ {s.addTo}…</option>
          {free.map((f) => <option key={f} value={f}>{labels[f]}</option>)}
        </select>
      )}
    </div>
  );
}

/** A filter per field: the values that exist in the workspace, several may be chosen, found by typing. */
function FieldFilter({ field, spec, open, setOpen }: { field: PivotField; spec: PivotSpec; open: boolean; setOpen(open: boolean): void }) {
  const s = usePivotStrings();
  const labels = useFieldLabels();
  const setFilter = usePivot((st) => st.setFilter);
  const [values, setValues] = useState<FieldValue[] | null>(null);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const box = usePopover<HTMLSpanElement>(open, close);
  const chosen = spec.filters[field] ?? [];
  useEffect(() => {
    if (!open || values) return;
    call('pivot.values', { field }).then(setValues, reportError);
  }, [open, values, field]);
  return (
    <span ref={box} className={`pivot-filter${chosen.length ? ' active' : ''}`} data-testid={`filter-${field}`}>
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
        {labels[field]}{chosen.length ? ` (${chosen.length})` : ''} ▾
      </button>
      {open && values && (
        <div className="pivot-filter-pop">
          <PickList options={values} chosen={chosen} multiple label={`${s.filters} ${labels[field]}`} searchPlaceholder={s.search}
            countHeader={s.count} noMatchText={s.noMatch} onChange={(v) => void setFilter(field, v.length ? v : null)} />
        </div>
      )}
      {chosen.length > 0 && <button type="button" aria-label={`${s.allValues} ${labels[field]}`} onClick={() => void setFilter(field, null)}>×</button>}
    </span>
  );
}

export function FieldWells({ spec }: { spec: PivotSpec }) {
  const s = usePivotStrings();
  const labels = useFieldLabels();
  const placeField = usePivot((st) => st.placeField);
  // One filter open at a time: opening another closes the first, so pop-ups never overlap.
  const [openFilter, setOpenFilter] = useState<PivotField | null>(null);
  return (
    <div className="pivot-wells">
      <div className="pivot-well pivot-fields" data-testid="well-fields" onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => { e.preventDefault(); const f = draggedField(e); if (f) void placeField(f, null); }}>
        <span className="pivot-well-title">{s.fields}</span>
        {FIELDS.filter((f) => !spec.rows.includes(f) && !spec.columns.includes(f)).map((f) => (
          <span key={f} className="pivot-chip free" draggable onDragStart={(e) => onDragStart(e, f)} data-field={f}>{labels[f]}</span>
        ))}
      </div>
      <WellBox well="rows" spec={spec} />
      <WellBox well="columns" spec={spec} />
      <div className="pivot-well pivot-filters">
        <span className="pivot-well-title">{s.filters}</span>
        {FIELDS.map((f) => <FieldFilter key={f} field={f} spec={spec} open={openFilter === f} setOpen={(o) => setOpenFilter(o ? f : null)} />)}
      </div>
    </div>
  );
}
