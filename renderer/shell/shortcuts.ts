// Window-wide keys. View-specific keys (accept, reject, undo) live with their view so they act on what it shows.
import { useEffect } from 'react';
import { views } from '../features/registry';
import { useNavigation } from './navigation';
import { useWorkspace } from './workspace';
import { runCommand } from './commands';

export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const ws = useWorkspace.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        void (e.shiftKey ? ws.askSaveAs() : ws.save());
      } else if (mod && !e.shiftKey && key === 'o') {
        e.preventDefault();
        void ws.askOpen();
      } else if (mod && !e.shiftKey && key === 'n') {
        e.preventDefault();
        void ws.newEmpty();
      } else if (mod && !e.shiftKey && key === 'i') {
        e.preventDefault();
        runCommand('importReports');
      } else if (e.altKey && !mod && /^Digit[1-9]$/.test(e.code)) {
        const v = views[Number(e.code.slice(5)) - 1];
        if (v) {
          e.preventDefault();
          useNavigation.getState().go(v.id);
        }
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
