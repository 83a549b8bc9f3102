// One way for a view to follow the workspace: reload when a change touches the tables it shows. Views used to copy
// the same `on('workspace.changed', …)` block with untyped table names; a misspelt table then silently never reloaded.
import { useEffect, useRef } from 'react';
import type { Events, WorkspaceTable } from '../../main/contract/events';
import { on } from './client';

export function useReloadOn(tables: readonly WorkspaceTable[], reload: (change: Events['workspace.changed']) => void): void {
  // The latest reload is called without resubscribing on every render (it closes over the view's current state).
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const key = [...tables].sort().join(',');
  useEffect(() => {
    const watched = new Set(key.split(',') as WorkspaceTable[]);
    return on('workspace.changed', (change) => {
      if (change.tables.some((t) => watched.has(t))) latest.current(change);
    });
  }, [key]);
}
