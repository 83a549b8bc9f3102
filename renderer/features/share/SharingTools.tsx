// The two things an economist does before sending her workspace: sign it (name and author travel with merged
// facts as their origin) and save a compacted copy for sharing.
import { useEffect, useState } from 'react';
import { fill, useLang } from '../../i18n';
import { formatNumber } from '../../format/numbers';
import { useShare } from './store';
import { useShareStrings } from './strings';

export function SharingTools() {
  const s = useShareStrings();
  const lang = useLang((st) => st.lang);
  const { identity, shared, loadIdentity, setIdentity, saveForSharing } = useShare();
  const [name, setName] = useState('');
  const [author, setAuthor] = useState('');
  const [copyPath, setCopyPath] = useState('');

  useEffect(() => {
    void loadIdentity();
  }, [loadIdentity]);
  useEffect(() => {
    setName(identity?.name ?? '');
    setAuthor(identity?.author ?? '');
  }, [identity]);

  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', padding: '8px 10px' }}>
      <form aria-label={s.identityTitle} data-testid="identity" onSubmit={(e) => { e.preventDefault(); void setIdentity({ name, author }); }}>
        <h2>{s.identityTitle}</h2>
        <p className="muted">{s.identityHint}</p>
        <label>{s.name} <input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>{' '}
        <label>{s.author} <input name="author" value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={200} /></label>{' '}
        <button type="submit">{s.saveIdentity}</button>
      </form>
      <form aria-label={s.shareTitle} data-testid="share-copy" onSubmit={(e) => { e.preventDefault(); void saveForSharing(copyPath); }}>
        <h2>{s.shareTitle}</h2>
        <p className="muted">{s.shareHint}</p>
        <label>{s.pathLabel} <input name="copy-path" value={copyPath} onChange={(e) => setCopyPath(e.target.value)} spellCheck={false} size={40} /></label>{' '}
        <button type="submit" disabled={!copyPath.trim()}>{s.shareSave}</button>
        {shared && (
          <div className="notice notice-info" role="status" data-testid="shared">
            {fill(s.shared, { path: shared.path, size: `${formatNumber(Math.round(shared.bytes / 1024), lang)} KB` })}
          </div>
        )}
      </form>
    </div>
  );
}
