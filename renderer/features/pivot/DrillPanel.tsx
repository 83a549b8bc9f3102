// The facts behind one cell, and from there the sentence of the report each came from (the workbench's
// source viewer, as in the review view).
import { useEffect, useState } from 'react';
import type { DrillFact } from '../../../main/contract/pivots';
import { formatFactValue } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { SourcePanel } from '../source/SourcePanel';
import { usePivot } from './store';
import { usePivotStrings } from './strings';

export function DrillPanel() {
  const s = usePivotStrings();
  const common: Record<string, string> = useCommonStrings();
  const lang = useLang((st) => st.lang);
  const drill = usePivot((st) => st.drill);
  const close = usePivot((st) => st.closeDrill);
  const [picked, setPicked] = useState<DrillFact | null>(null);
  useEffect(() => setPicked(drill?.result.facts[0] ?? null), [drill]);
  if (!drill) return null;
  const { facts, total } = drill.result;
  return (
    <section className="pivot-drill" aria-label={s.drillTitle} data-testid="pivot-drill">
      <header>
        <strong>{s.drillTitle}</strong> <span data-testid="drill-cell">{drill.title}</span>{' '}
        <span className="muted">{fill(s.drillCount, { n: total })}</span>
        <button type="button" onClick={close}>{s.close}</button>
      </header>
      <div className="pivot-drill-body">
        <table className="pivot-drill-facts">
          <thead>
            <tr><th>{s.colPeriod}</th><th>{s.colKind}</th><th>{s.colValue}</th><th>{s.colReport}</th><th>{s.colQuote}</th></tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr key={f.id} data-testid="drill-fact" data-fact-id={f.id} className={picked?.id === f.id ? 'picked' : undefined}
                onClick={() => setPicked(f)} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && setPicked(f)}>
                <td>{formatPeriod(f.period, lang)}</td>
                <td>{common[`kind_${f.kind}`] ?? f.kind}</td>
                <td className="num">{formatFactValue(f, lang)}</td>
                <td>{f.documentTitle ?? '—'}</td>
                <td className="quote">{f.quote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {picked && (
          <SourcePanel documentId={picked.documentId} selected={picked}
            onPick={(id) => { const f = facts.find((x) => x.id === id); if (f) setPicked(f); }} />
        )}
      </div>
    </section>
  );
}
