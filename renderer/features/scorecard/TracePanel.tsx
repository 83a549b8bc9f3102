// Where a score's numbers come from: the target's and the outcome's sentences with the number marked, and
// every other statement of the same numbers (estimates later revised, targets restated).
import type { FactSource, Score } from '../../../main/contract/scores';
import { formatFactValue } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { localizeMessage } from '../forecast/messages';
import type { ScorecardStrings } from './strings';

function Sentence({ src, s }: { src: FactSource; s: ScorecardStrings }) {
  if (!src.sentence) return <span className="muted">{s.noSource}</span>;
  if (src.markStart === null || src.markEnd === null) return <span>{src.sentence}</span>;
  return (
    <span>
      {src.sentence.slice(0, src.markStart)}
      <mark>{src.sentence.slice(src.markStart, src.markEnd)}</mark>
      {src.sentence.slice(src.markEnd)}
    </span>
  );
}

export function TracePanel({ row, sources, s }: { row: Score | null; sources: FactSource[]; s: ScorecardStrings }) {
  const lang = useLang((st) => st.lang);
  const words: Record<string, string> = useCommonStrings();
  if (!row) return <aside className="score-trace muted" aria-label={s.trace}>{s.traceHint}</aside>;
  const byId = new Map(sources.map((x) => [x.fact.id, x]));
  const block = (label: string, id: number | null | undefined, testId: string) => {
    const src = id == null ? undefined : byId.get(id);
    if (!src) return null;
    return (
      <section className="trace-fact" data-testid={testId} data-fact-id={src.fact.id}>
        <h3>{label}: {formatFactValue(src.fact, lang)} · {formatPeriod(src.fact.period, lang)} · {words[`kind_${src.fact.kind}`]}</h3>
        <div className="trace-doc muted">{src.documentTitle ?? ''}</div>
        <p className="trace-sentence"><Sentence src={src} s={s} /></p>
      </section>
    );
  };
  return (
    <aside className="score-trace" aria-label={s.trace} data-testid="score-trace">
      <h2>{row.indicator} · {formatPeriod(row.period, lang)}</h2>
      <div data-testid="trace-status">
        {s[`status_${row.status}`]}{row.reason ? ` · ${localizeMessage(row.reason, lang)}` : ''}
        {row.timeProgress?.note ? ` · ${localizeMessage(row.timeProgress.note, lang)}` : ''}
      </div>
      {block(s.targetFact, row.target.factId, 'trace-target')}
      {block(s.actualFact, row.actual?.factId, 'trace-actual')}
      {row.revisions.length > 2 && (
        <>
          <h3>{s.revisions}</h3>
          <ul className="trace-revisions">
            {row.revisions.map((v) => (
              <li key={v.factId} data-testid="trace-revision">
                {formatPeriod(v.period, lang)} · {words[`kind_${v.kind}`]} · {v.value ?? '—'} · {byId.get(v.factId)?.documentTitle ?? ''} {v.published ?? ''}
                {v.best && <strong> ({s.best})</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
