// Review view: the facts grid (filters, inline correction, accept/reject, undo/redo) with the report's text
// beside it. Keys: arrows move through facts (the source follows), Enter edits a cell, Alt+A accepts,
// Alt+X rejects, Alt+N goes to the next unreviewed fact, Ctrl+Z / Ctrl+Y undo and redo (the keys are on the buttons). Accepting or rejecting one fact moves to the next row, so a
// review queue is walked with one key per fact.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Fact } from '../../../main/core/types';
import { useReloadOn } from '../../bridge/useReloadOn';
import { DataGrid, type CellEdit } from '../../components/DataGrid';
import { formatNumber } from '../../format/numbers';
import { fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useNotices } from '../../shell/notices';
import { SourcePanel } from '../source/SourcePanel';
import { useSource } from '../source/store';
import { factColumns } from './columns';
import { isEditableField, toChanges } from './edits';
import { nextUnreviewed } from './next-unreviewed';
import { Filters } from './Filters';
import { useReview } from './store';
import { useReviewStrings } from './strings';
import { WhyLine } from './WhyLine';

function typingInField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

/** An audit action in the economist's words ("已撤销:驳回"), never its internal name (facts.reject). */
function actionWords(action: string, s: ReturnType<typeof useReviewStrings>): string {
  const words: Record<string, string> = { 'facts.update': s.action_facts_update, 'facts.accept': s.action_facts_accept, 'facts.reject': s.action_facts_reject, 'reports.delete': s.action_reports_delete };
  return Object.hasOwn(words, action) ? words[action]! : s.action_other;
}

/** The shortcut shown on the button itself, not only in its tooltip; not part of the button's accessible name. */
function Keys({ k }: { k: string }) {
  return <kbd className="shortcut" aria-hidden="true">{k}</kbd>;
}

export default function ReviewView() {
  const s = useReviewStrings();
  const common = useCommonStrings();
  const lang = useLang((st) => st.lang);
  const review = useReview();
  const { facts, filter, options, selectedId, lastHistory, load, loadOptions, select, update, accept, reject, undo, redo } = review;
  const sourceFacts = useSource((st) => st.facts);
  const gridApi = useRef<GridApi<Fact> | null>(null);

  /** Decide one fact, then select the row below it in the order the grid shows (its sort, not ours). */
  const decide = useCallback(async (verdict: 'accept' | 'reject', id: number) => {
    const api = gridApi.current;
    const index = api?.getRowNode(String(id))?.rowIndex ?? null;
    if (!(await (verdict === 'accept' ? accept([id]) : reject([id])))) return;
    const next = index === null ? undefined : api?.getDisplayedRowAtIndex(index + 1)?.data;
    if (next && useReview.getState().selectedId === id) select(next.id);
  }, [accept, reject, select]);

  const goToNextUnreviewed = useCallback(() => {
    const api = gridApi.current;
    if (!api) return;
    const current = useReview.getState().selectedId;
    const index = current === null ? -1 : (api.getRowNode(String(current))?.rowIndex ?? -1);
    const id = nextUnreviewed((i) => api.getDisplayedRowAtIndex(i)?.data, api.getDisplayedRowCount(), index);
    if (id === null) useNotices.getState().push('info', s.noneLeft);
    else select(id);
  }, [select, s]);
  const selected = facts.find((f) => f.id === selectedId) ?? sourceFacts.find((f) => f.id === selectedId) ?? null;

  useEffect(() => {
    void load();
    void loadOptions();
  }, [load, loadOptions]);
  useReloadOn(['facts', 'documents'], ({ fromReview }) => {
    // A recovery, merge or import changed facts this list shows; the review's own edits are already merged in.
    if (!fromReview) void load();
    void loadOptions();
    void useSource.getState().reloadSpans();
  });

  const titles = useMemo(() => new Map((options?.documents ?? []).map((d) => [d.id, d.title])), [options]);
  const columns = useMemo(
    () => factColumns(s, common, lang, (id) => (id == null ? '' : (titles.get(id) ?? `#${id}`))),
    [s, common, lang, titles],
  );

  const onEdit = useCallback((edit: CellEdit<Fact>) => {
    if (!isEditableField(edit.field)) return;
    const outcome = toChanges(edit.field, edit.newValue);
    if ('problem' in outcome) {
      useNotices.getState().push('error', fill(s[outcome.problem], { input: outcome.input }), 'bad-input');
      return;
    }
    void update(edit.row.id, outcome.changes);
  }, [s, update]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (typingInField(e)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const id = useReview.getState().selectedId;
      if (e.altKey && !mod && key === 'a' && id !== null) void decide('accept', id);
      else if (e.altKey && !mod && key === 'x' && id !== null) void decide('reject', id);
      else if (e.altKey && !mod && key === 'n') goToNextUnreviewed();
      else if (mod && !e.shiftKey && key === 'z') void undo();
      else if (mod && (key === 'y' || (e.shiftKey && key === 'z'))) void redo();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide, undo, redo, goToNextUnreviewed]);

  const unreviewed = facts.filter((f) => f.status === 'unreviewed');
  const historyText = lastHistory
    ? lastHistory.what === null
      ? lastHistory.action === 'undo' ? s.nothingToUndo : s.nothingToRedo
      : fill(lastHistory.action === 'undo' ? s.undone : s.redone, { what: actionWords(lastHistory.what, s) })
    : '';

  return (
    <>
      <div className="view-header">
        <h1>{s.title}</h1>
        <Filters />
      </div>
      <div className="view-header">
        <div className="toolbar" role="toolbar" aria-label={s.title}>
          <button type="button" disabled={selectedId === null} title={s.acceptTitle} onClick={() => selectedId !== null && void decide('accept', selectedId)}>✓ {s.accept}<Keys k="Alt+A" /></button>
          <button type="button" disabled={selectedId === null} title={s.rejectTitle} onClick={() => selectedId !== null && void decide('reject', selectedId)}>✗ {s.reject}<Keys k="Alt+X" /></button>
          <button type="button" disabled={unreviewed.length === 0} title={s.nextTitle} onClick={goToNextUnreviewed}>→ {s.next}<Keys k="Alt+N" /></button>
          <button type="button" disabled={unreviewed.length === 0} title={s.acceptAllTitle} onClick={() => void accept(unreviewed.map((f) => f.id))}>{s.acceptAll}</button>
          <button type="button" title={s.undoTitle} onClick={() => void undo()}>↶ {s.undo}<Keys k="Ctrl+Z" /></button>
          <button type="button" title={s.redoTitle} onClick={() => void redo()}>↷ {s.redo}<Keys k="Ctrl+Y" /></button>
        </div>
        <span className="muted" data-testid="review-counts">
          {fill(s.shown, { n: formatNumber(facts.length, lang) })} · {fill(s.unreviewed, { n: formatNumber(unreviewed.length, lang) })}
        </span>
        <span className="muted" role="status" data-testid="history-status">{historyText}</span>
      </div>
      <div className="split">
        <DataGrid<Fact>
          label="facts"
          rows={facts}
          columns={columns}
          selectedId={selectedId}
          onSelect={(f) => select(f.id)}
          onEdit={onEdit}
          noRowsText={s.none}
          rowClassRules={{ 'row-rejected': (p) => p.data?.status === 'rejected' }}
          onReady={(api) => (gridApi.current = api)}
        />
        <SourcePanel documentId={filter.documentId ?? null} selected={selected} onPick={select}>
          <WhyLine factId={selected?.id ?? null} />
        </SourcePanel>
      </div>
    </>
  );
}
