// The title bar: which workspace is open, whether it has unsaved changes, the file commands and the
// language switch.
import { fill, useLang, type Lang } from '../i18n';
import { useShellStrings } from './strings';
import { useWorkspace } from './workspace';
import { formatNumber } from '../format/numbers';

export function WorkspaceBar() {
  const s = useShellStrings();
  const { lang, setLang } = useLang();
  const { info, busy, newEmpty, newFromSamples, askOpen, save, askSaveAs } = useWorkspace();
  const name = info?.path ? info.name : s.untitled;
  return (
    <header className="workspace-bar">
      <strong className="brand">Planscope</strong>
      <span className="workspace-name" data-testid="workspace-name" title={info?.path ?? ''}>
        {name}
        {info?.dirty && <span className="dirty-dot" title={s.unsaved} aria-label={s.unsaved} data-testid="dirty">●</span>}
      </span>
      {info?.open && (
        <span className="workspace-counts" data-testid="workspace-counts">
          {fill(s.counts, {
            documents: formatNumber(info.documents, lang),
            facts: formatNumber(info.facts, lang),
            unreviewed: formatNumber(info.unreviewed, lang),
          })}
        </span>
      )}
      <span className="spacer" />
      <div className="toolbar" role="toolbar" aria-label={s.fileCommands}>
        <button type="button" disabled={busy} title={s.newWorkspaceTitle} onClick={() => void newEmpty()}>{s.newWorkspace}</button>
        <button type="button" disabled={busy} title={s.samplesTitle} onClick={() => void newFromSamples()}>{s.samples}</button>
        <button type="button" disabled={busy} title={s.openTitle} onClick={() => void askOpen()}>{s.open}</button>
        <button type="button" disabled={busy} title={s.saveTitle} onClick={() => void save()}>{s.save}</button>
        <button type="button" disabled={busy} title={s.saveAsTitle} onClick={() => void askSaveAs()}>{s.saveAs}</button>
      </div>
      <select aria-label="语言 / Language" data-both-languages value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : ('zh-CN' satisfies Lang))}>
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
    </header>
  );
}
