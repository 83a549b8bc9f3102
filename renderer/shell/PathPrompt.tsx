// In the browser preview there is no native file dialog, so open and save-as ask for a path on the machine
// running the bridge server. The desktop app never shows this.
import { useEffect, useRef, useState } from 'react';
import { useShellStrings } from './strings';
import { useWorkspace } from './workspace';

export function PathPrompt() {
  const s = useShellStrings();
  const { prompt, busy, open, saveAs, closePrompt } = useWorkspace();
  const [path, setPath] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!prompt) return;
    setPath(prompt.initial);
    input.current?.focus();
  }, [prompt]);

  if (!prompt) return null;
  const title = prompt.purpose === 'open' ? s.promptOpen : s.promptSave;
  const submit = () => void (prompt.purpose === 'open' ? open(path) : saveAs(path));
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && closePrompt()}>
      <form className="modal" role="dialog" aria-label={title} onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <label>
          <span>{title}</span>
          <input ref={input} name="path" value={path} placeholder={s.promptHint} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        </label>
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy || !path.trim()}>{s.promptOk}</button>
          <button type="button" onClick={closePrompt}>{s.cancel}</button>
        </div>
      </form>
    </div>
  );
}
