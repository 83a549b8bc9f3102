// Shown when the last session ended with unsaved work (its autosave journal is still beside the file): the
// economist recovers it or throws it away. Recovered work is unsaved until she saves.
import { useEffect } from 'react';
import { fill, useLang } from '../../i18n';
import { formatDateTime } from '../../format/dates';
import { useShare } from './store';
import { useShareStrings } from './strings';

export function RecoveryBanner() {
  const s = useShareStrings();
  const lang = useLang((st) => st.lang);
  const { recoverable, loadRecoverable, recover, discardRecovery } = useShare();
  useEffect(() => {
    void loadRecoverable();
  }, [loadRecoverable]);
  if (recoverable.length === 0) return null;
  return (
    <>
      {recoverable.map((r) => (
        <div key={r.journalPath} className="notice notice-info" role="alert" data-testid="recovery" style={{ margin: '6px 10px' }}>
          <strong>{s.recoverTitle}</strong>{' '}
          {fill(s.recoverText, { path: r.workspacePath, time: formatDateTime(r.journalSavedAt, lang) })}
{' '}
          <button type="button" className="primary" onClick={() => void recover(r.workspacePath)}>{s.recover}</button>{' '}
          <button type="button" onClick={() => void discardRecovery(r.workspacePath)}>{s.discard}</button>
        </div>
      ))}
    </>
  );
}
