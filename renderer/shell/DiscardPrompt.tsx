// Asked when opening or creating a workspace would drop unsaved changes: save first, discard, or stay.
import { defineStrings } from '../i18n';
import { useWorkspace } from './workspace';

const useStrings = defineStrings({
  'zh-CN': { title: '当前工作区有未保存的修改', save: '先保存', discard: '放弃修改并继续', stay: '取消' },
  en: { title: 'The open workspace has unsaved changes', save: 'Save first', discard: 'Discard changes and continue', stay: 'Cancel' },
});

export function DiscardPrompt() {
  const s = useStrings();
  const { discard, busy, save, closeDiscard } = useWorkspace();
  if (!discard) return null;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && closeDiscard()}>
      <div className="modal" role="alertdialog" aria-label={s.title}>
        <strong>{s.title}</strong>
        <p className="muted">{discard.message}</p>
        <div className="modal-actions">
          <button type="button" disabled={busy} onClick={() => { closeDiscard(); void save(); }}>{s.save}</button>
          <button type="button" className="danger" disabled={busy} onClick={() => void discard.proceed()}>{s.discard}</button>
          <button type="button" autoFocus onClick={closeDiscard}>{s.stay}</button>
        </div>
      </div>
    </div>
  );
}
