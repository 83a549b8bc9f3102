// The original text of a report with every fact's span marked. The marked text is rendered once per
// (text, spans); selecting a fact only moves two CSS classes and scrolls, so a 60 KB report stays quick.
// A click on a mark selects its fact (again on the same mark: the next fact sharing that text).
import { memo, useEffect, useMemo, useRef } from 'react';
import { buildSentences, nextFactAt, type FactSpan } from './spans';

export interface SourceViewerProps {
  text: string;
  spans: readonly FactSpan[];
  selectedId: number | null;
  onPick(id: number): void;
  /** Names the region for tests and screen readers. */
  label: string;
}

const MarkedText = memo(function MarkedText({ text, spans }: { text: string; spans: readonly FactSpan[] }) {
  const sentences = useMemo(() => buildSentences(text, spans), [text, spans]);
  return (
    <>
      {sentences.map((s) => (
        <span key={s.start} className="sentence" data-start={s.start}>
          {s.runs.map((r) =>
            r.ids.length === 0 ? (
              r.text
            ) : (
              <mark key={r.start} className="fact-span" data-fact-ids={r.ids.join(' ')}>
                {r.text}
              </mark>
            ),
          )}
        </span>
      ))}
    </>
  );
});

export function SourceViewer({ text, spans, selectedId, onPick, label }: SourceViewerProps) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = box.current;
    if (!root) return;
    for (const el of root.querySelectorAll('.selected, .current')) el.classList.remove('selected', 'current');
    if (selectedId === null) return;
    const marks = root.querySelectorAll<HTMLElement>(`mark[data-fact-ids~="${selectedId}"]`);
    for (const m of marks) {
      m.classList.add('selected');
      m.closest('.sentence')?.classList.add('current');
    }
    // Only the viewer scrolls (not the window): the grid beside it must stay where the person left it.
    const first = marks[0];
    if (first) {
      const boxRect = root.getBoundingClientRect();
      const markRect = first.getBoundingClientRect();
      root.scrollTop += markRect.top - boxRect.top - root.clientHeight / 3;
    }
  }, [selectedId, text, spans]);

  return (
    <div
      ref={box}
      className="source-text"
      role="document"
      aria-label={label}
      data-testid="source-text"
      onClick={(e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-fact-ids]');
        const ids = mark?.dataset.factIds?.split(' ').map(Number) ?? [];
        const id = nextFactAt(ids, selectedId);
        if (id !== null) onPick(id);
      }}
    >
      <MarkedText text={text} spans={spans} />
    </div>
  );
}
