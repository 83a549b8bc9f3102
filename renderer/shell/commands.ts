// Commands that arrive from outside the page (the desktop menu) or from window-wide keys run the same flows
// as the buttons, with the same confirmations.
import type { AppCommand } from '../../main/contract/events';
import { useNavigation } from './navigation';
import { useWorkspace } from './workspace';
import { useReports } from '../features/reports/store';
import { useReview } from '../features/review/store';

export function runCommand(command: AppCommand): void {
  const ws = useWorkspace.getState();
  switch (command) {
    case 'new': return void ws.newEmpty();
    case 'newFromSamples': return void ws.newFromSamples();
    case 'open': return void ws.askOpen();
    case 'save': return void ws.save();
    case 'saveAs': return void ws.askSaveAs();
    case 'importReports':
      // The reports view owns the file input; it answers the request when it shows.
      useReports.setState({ importRequested: true });
      return useNavigation.getState().go('reports');
    case 'undo': return void useReview.getState().undo();
    case 'redo': return void useReview.getState().redo();
  }
}
