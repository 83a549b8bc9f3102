// Share view: open a colleague's workspace file (native dialog or typed path), see the safety verdict, decide each
// conflict (keep mine / take theirs / keep both), merge, save. Below: sign the workspace and save a compact copy.
import { useRef } from 'react';
import { isSaid, sayIn } from '../../../main/contract/messages';
import { fill, useLang } from '../../i18n';
import { formatNumber } from '../../format/numbers';
import { useWorkspace } from '../../shell/workspace';
import { ConflictList } from './ConflictList';
import { SharingTools } from './SharingTools';
import { undecided, useShare } from './store';
import { useShareStrings } from './strings';

export default function ShareView() {
  const s = useShareStrings();
  const lang = useLang((st) => st.lang);
  const st = useShare();
  const dirty = useWorkspace((w) => w.info?.dirty ?? false);
  const pathInput = useRef<HTMLInputElement>(null);
  const { verdict, preview, result, error, step } = st;
  const left = undecided(st);
  const busy = step === 'checking' || step === 'merging';
  const n = (x: number) => formatNumber(x, lang);

  const choose = async () => {
    if (!(await st.pick())) pathInput.current?.focus();
  };

  return (
    <div style={{ overflow: 'auto', height: '100%' }} data-recovery-checked={String(st.recoverableChecked)}>
      <div className="view-header">
        <h1>{s.title}</h1>
      </div>
      <section style={{ padding: '8px 10px' }} aria-label={s.openTitle}>
        <h2>{s.openTitle}</h2>
        <p className="muted">{s.openHint}</p>
        <form className="toolbar" onSubmit={(e) => { e.preventDefault(); void st.checkAndPreview(); }}>
          <label>
            {s.pathLabel}{' '}
            <input ref={pathInput} name="colleague-path" value={st.path} placeholder={s.pathPlaceholder} size={50} spellCheck={false}
              onChange={(e) => st.setPath(e.target.value)} disabled={busy} />
          </label>
          <button type="button" onClick={() => void choose()} disabled={busy}>{s.choose}</button>
          <button type="submit" className="primary" disabled={busy || !st.path.trim()}>{step === 'checking' ? s.checking : s.check}</button>
        </form>

        {verdict && (
          <div className={`notice ${verdict.ok ? 'notice-info' : 'notice-error'}`} role={verdict.ok ? 'status' : 'alert'}
            data-testid="share-verdict" data-ok={String(verdict.ok)} data-code={verdict.code ?? ''} style={{ margin: '6px 0' }}>
            {verdict.ok ? s.sound : s.refused} {isSaid(verdict.say) ? sayIn(lang, verdict.say) : verdict.message}
          </div>
        )}
        {error && (
          <div className="notice notice-error" role="alert" data-testid="share-error" data-code={error.code} style={{ margin: '6px 0' }}>
            {preview ? s.mergeFailed : s.refused} {error.message}
          </div>
        )}

        {preview && step !== 'merged' && (
          <div data-testid="merge-preview">
            <p>
              {fill(s.from, { workspace: preview.source.workspace, author: preview.source.author ? ` · ${preview.source.author}` : '' })}
              <br />
              {fill(s.clean, {
                documents: n(preview.clean.documents), facts: n(preview.clean.facts), indicators: n(preview.clean.indicators), aliases: n(preview.clean.aliases),
                pivots: n(preview.clean.pivots), forecasts: n(preview.clean.forecasts), identical: n(preview.identical),
              })}
            </p>
            {preview.conflicts.length === 0 ? <p>{s.noConflicts}</p> : (
              <>
                <div className="toolbar">
                  <strong>{fill(s.conflicts, { n: n(preview.conflicts.length) })}</strong>
                  {left > 0 && <span className="muted" data-testid="undecided">{fill(s.left, { n: n(left) })}</span>}
                  <span className="spacer" />
                  <button type="button" onClick={() => st.decideAll('mine')} disabled={busy}>{s.allMine}</button>
                  <button type="button" onClick={() => st.decideAll('theirs')} disabled={busy}>{s.allTheirs}</button>
                </div>
                <ConflictList conflicts={preview.conflicts} decisions={st.decisions} disabled={busy} onDecide={st.decide} />
              </>
            )}
            <div className="toolbar" style={{ marginTop: 8 }}>
              <button type="button" className="primary" data-testid="merge" disabled={busy || left > 0} onClick={() => void st.merge()}>
                {step === 'merging' ? s.merging : s.merge}
              </button>
            </div>
          </div>
        )}

        {result && step === 'merged' && (
          <div data-testid="merge-result">
            <div className="notice notice-info" role="status">
              {fill(s.merged, {
                facts: n(result.added.facts), documents: n(result.added.documents), mine: n(result.resolved.mine), theirs: n(result.resolved.theirs), both: n(result.resolved.both),
              })}
            </div>
            <div className="toolbar" style={{ marginTop: 8 }}>
              <button type="button" className="primary" disabled={!dirty} onClick={() => void st.saveMerged()}>{s.save}</button>
              <button type="button" onClick={st.reset}>{s.another}</button>
            </div>
          </div>
        )}
      </section>
      <SharingTools />
    </div>
  );
}
