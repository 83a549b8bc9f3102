// The source beside the review grid: follows the selected fact to its report and sentence; a click on a
// marked number selects that fact in the grid.
import { useEffect, type ReactNode } from 'react';
import type { Fact } from '../../../main/core/types';
import { formatFactValue } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { defineStrings, fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { Provenance } from './Provenance';
import { SourceViewer } from './SourceViewer';
import { useSource } from './store';

const useStrings = defineStrings({
  'zh-CN': { label: '报告原文', page: '原文第 {n} 页', pick: '选择一条数据以查看它在原文中的位置' },
  en: { label: 'Report text', page: 'page {n} of the report', pick: 'Select a fact to see where the report states it' },
});

export interface SourcePanelProps {
  /** The report to show when no fact is selected (the review filter's report). */
  documentId: number | null;
  selected: Fact | null;
  onPick(id: number): void;
  /** Shown under the fact line (the Review view's "why" line). */
  children?: ReactNode;
}

export function SourcePanel({ documentId, selected, onPick, children }: SourcePanelProps) {
  const s = useStrings();
  const common = useCommonStrings();
  const lang = useLang((st) => st.lang);
  const { title, text, spans, show } = useSource();
  const wanted = selected?.documentId ?? documentId;
  const words: Record<string, string> = common;

  useEffect(() => {
    void show(wanted);
  }, [wanted, show]);

  return (
    <section className="source-panel" aria-label={s.label}>
      <div className="source-head">
        <span className="doc-title" data-testid="source-title">{title || s.pick}</span>
        {selected && (
          <span className="fact-line" data-testid="source-fact">
            {[selected.indicator, formatFactValue(selected, lang), formatPeriod(selected.period, lang), words[`kind_${selected.kind}`]].filter(Boolean).join(' · ')}
          </span>
        )}
        {selected && <Provenance fact={selected} reportTitle={selected.documentId != null ? title || null : null} kindWord={(k) => words[`kind_${k}`] ?? k} />}
        {selected?.page != null && (
          // A fact from a PDF: the page of the printed report it stands on, to find it in the original.
          <span className="fact-page muted" data-testid="source-page">{fill(s.page, { n: String(selected.page) })}</span>
        )}
        {children}
      </div>
      <SourceViewer label={s.label} text={text} spans={spans} selectedId={selected?.id ?? null} onPick={onPick} />
    </section>
  );
}
