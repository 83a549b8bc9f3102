// Shown when the last session ended with unsaved work (its journal is still beside the file, and this session did not
// write it): the economist recovers it or throws it away. It says what recovering brings back (facts changed, added,
// removed; reports) and when, on one line so the review grid keeps its rows. Recovered work is unsaved until she
// saves; saving without recovering closes the banner for this session (the journal stays, offered at the next start).
import { useEffect, useRef } from 'react';
import type { RecoverableWork } from '../../../main/contract/sharing';
import { fill, useLang } from '../../i18n';
import { formatDateTime } from '../../format/dates';
import { useWorkspace } from '../../shell/workspace';
import { useShare } from './store';
import { useShareStrings } from './strings';

type Strings = ReturnType<typeof useShareStrings>;

/** "修改 1 条数据、新增 2 条数据" — only the kinds of change there are. */
export function changesInWords(changes: RecoverableWork['changes'], s: Strings): string {
  if (!changes) return s.changesUnknown;
  const parts: [number, string][] = [
    [changes.factsChanged, s.changedFacts], [changes.factsAdded, s.addedFacts], [changes.factsRemoved, s.removedFacts],
    [changes.reportsAdded, s.addedReports], [changes.reportsRemoved, s.removedReports],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => fill(words, { n }));
  return said.length ? said.join(s.changesJoin) : s.noDifference;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Closes the banner once the open workspace is saved (dirty → clean) while it is shown. */
function useClosedOnSave(close: () => void): void {
  const dirty = useWorkspace((w) => w.info?.dirty ?? false);
  const wasDirty = useRef(dirty);
  useEffect(() => {
    if (wasDirty.current && !dirty) close();
    wasDirty.current = dirty;
  }, [dirty, close]);
}

export function RecoveryBanner() {
  const s = useShareStrings();
  const lang = useLang((st) => st.lang);
  const { recoverable, loadRecoverable, recover, discardRecovery, dismissRecovery } = useShare();
  useEffect(() => {
    void loadRecoverable();
  }, [loadRecoverable]);
  useClosedOnSave(dismissRecovery);
  if (recoverable.length === 0) return null;
  return (
    <>
      {recoverable.map((r) => {
        const text = fill(s.recoverText, { file: fileName(r.workspacePath), time: formatDateTime(r.journalSavedAt, lang), changes: changesInWords(r.changes, s) });
        return (
          <div key={r.journalPath} className="notice notice-info recovery-banner" role="alert" data-testid="recovery">
            <strong>{s.recoverTitle}</strong>
            <span className="recovery-text" title={`${r.workspacePath}\n${text}`}>{text}</span>
            <button type="button" className="primary" onClick={() => void recover(r.workspacePath)}>{s.recover}</button>
            <button type="button" onClick={() => void discardRecovery(r.workspacePath)}>{s.discard}</button>
          </div>
        );
      })}
    </>
  );
}
