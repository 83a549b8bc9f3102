// Pivot view: saved views, field wells, aggregation and totals, the grid, the facts behind a cell, and the
// charts of the selected rows. Opens on the built-in default ("indicators down, periods across, targets
// beside actuals") until the user saves views of their own.
import { useEffect, useState } from 'react';
import type { PivotSpec } from '../../../main/contract/pivots';
import { useReloadOn } from '../../bridge/useReloadOn';
import { formatNumber } from '../../format/numbers';
import { fill, useLang } from '../../i18n';
import { PivotExportBar } from '../workbooks/PivotExportBar';
import { ChartPane } from './ChartPane';
import { DrillPanel } from './DrillPanel';
import { FieldWells } from './FieldWells';
import { FoldNote } from './FoldNote';
import { PivotGrid } from './PivotGrid';
import { AGGREGATION_LIST, usePivot } from './store';
import { usePivotStrings } from './strings';
import './pivot.css';

function Options({ spec }: { spec: PivotSpec }) {
  const s = usePivotStrings();
  const setSpec = usePivot((st) => st.setSpec);
  const totals = spec.totals;
  const toggle = (key: keyof PivotSpec['totals']) => void setSpec({ ...spec, totals: { ...totals, [key]: !totals[key] } });
  return (
    <div className="pivot-options">
      <label>{s.aggregation}{' '}
        <select aria-label={s.aggregation} data-testid="pivot-aggregation" value={spec.value.aggregation}
          onChange={(e) => { const a = AGGREGATION_LIST.find((x) => x === e.target.value); if (a) void setSpec({ ...spec, value: { aggregation: a } }); }}>
          {AGGREGATION_LIST.map((a) => <option key={a} value={a}>{s[`agg_${a}`]}</option>)}
        </select>
      </label>
      <label>{s.sort}{' '}
        <select aria-label={s.sort} data-testid="pivot-sort" value={`${spec.sort.by}-${spec.sort.direction}`}
          onChange={(e) => { const [by, direction] = e.target.value.split('-'); void setSpec({ ...spec, sort: { by: by === 'value' ? 'value' : 'label', direction: direction === 'desc' ? 'desc' : 'asc' } }); }}>
          <option value="label-asc">{s.sortLabelAsc}</option>
          <option value="label-desc">{s.sortLabelDesc}</option>
          <option value="value-desc">{s.sortValueDesc}</option>
          <option value="value-asc">{s.sortValueAsc}</option>
        </select>
      </label>
      <label><input type="checkbox" checked={totals.rowSubtotals} onChange={() => toggle('rowSubtotals')} /> {s.subtotals}</label>
      <label><input type="checkbox" checked={totals.rowGrandTotal} onChange={() => toggle('rowGrandTotal')} /> {s.grandTotalRow}</label>
      <label><input type="checkbox" checked={totals.columnGrandTotal} onChange={() => toggle('columnGrandTotal')} /> {s.grandTotalColumn}</label>
      <label><input type="checkbox" checked={spec.acceptedOnly} onChange={() => void setSpec({ ...spec, acceptedOnly: !spec.acceptedOnly })} /> {s.acceptedOnly}</label>
    </div>
  );
}

/** Typing in a box (a view name, a filter's search) keeps Ctrl+Z for the text; a tick box or a list does not. */
function typingInField(e: KeyboardEvent): boolean {
  const t = e.target;
  if (t instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(t.type);
  return t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'TEXTAREA');
}

/** 撤销布局: the button, and Ctrl+Z anywhere in the view outside a text box. */
function UndoLayout() {
  const s = usePivotStrings();
  const canUndo = usePivot((st) => st.layoutHistory.past.length > 0);
  const undo = usePivot((st) => st.undoLayout);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (typingInField(e) || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      void undo();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
  return (
    <button type="button" data-testid="pivot-undo-layout" title={s.undoLayoutTitle} disabled={!canUndo} onClick={() => void undo()}>
      ↶ {s.undoLayout}
    </button>
  );
}

function SavedViews() {
  const s = usePivotStrings();
  const { saved, viewName, openView, saveAs, deleteView } = usePivot();
  const [name, setName] = useState('');
  const current = saved.find((v) => v.name === viewName);
  return (
    <div className="pivot-saved">
      <label>{s.views}{' '}
        <select aria-label={s.views} data-testid="pivot-views" value={viewName ?? ''} onChange={(e) => e.target.value && void openView(e.target.value)}>
          {viewName === null && <option value="">—</option>}
          {saved.map((v) => <option key={v.name} value={v.name}>{v.name}{v.builtIn ? ` ${s.builtIn}` : ''}</option>)}
        </select>
      </label>
      {current && !current.builtIn && <button type="button" onClick={() => void deleteView(current.name)}>{s.deleteView}</button>}
      <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) void saveAs(name.trim()).then(() => setName('')); }}>
        <input aria-label={s.saveName} data-testid="pivot-save-name" placeholder={s.saveAs} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        <button type="submit" data-testid="pivot-save" disabled={!name.trim()}>{s.save}</button>
      </form>
    </div>
  );
}

export default function PivotView() {
  const s = usePivotStrings();
  const lang = useLang((st) => st.lang);
  const { spec, result, running, error, init, run, loadSaved } = usePivot();

  useEffect(() => {
    void init();
  }, [init]);
  useReloadOn(['pivots'], () => void loadSaved());
  useReloadOn(['facts', 'documents'], () => void run());

  return (
    <div className="pivot-view" data-testid="pivot-view">
      <div className="view-header">
        <h1>{s.title}</h1>
        <SavedViews />
        <UndoLayout />
        {result && <PivotExportBar />}
        <span className="muted" data-testid="pivot-count">
          {running ? s.running : result ? fill(s.facts, { n: formatNumber(result.factCount, lang) }) : ''}
        </span>
      </div>
      {spec && <FieldWells spec={spec} />}
      {spec && <Options spec={spec} />}
      {error && <p className="error-text" role="alert" data-testid="pivot-error">{error}</p>}
      <p className="muted pivot-hint">{s.hint}</p>
      <div className="pivot-body">
        <div className="pivot-main">
          {result && <FoldNote result={result} />}
          {result && <PivotGrid result={result} />}
          <DrillPanel />
        </div>
        {result && <ChartPane />}
      </div>
    </div>
  );
}
