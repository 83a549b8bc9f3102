// The workbench window: title bar with the file commands, the view navigation from the registry, the current
// view, and a status bar for progress and messages.
import { Suspense, useEffect } from 'react';
import { views } from './features/registry';
import { preloadPlotly } from './components/PlotlyChart';
import { preloadWhenIdle } from './shell/preload-views';
import { useLang } from './i18n';
import { on } from './bridge';
import { WorkspaceBar } from './shell/WorkspaceBar';
import { StatusBar } from './shell/StatusBar';
import { PathPrompt } from './shell/PathPrompt';
import { DiscardPrompt } from './shell/DiscardPrompt';
import { useNavigation } from './shell/navigation';
import { onProgressEvent } from './shell/progress';
import { useWorkspace } from './shell/workspace';
import { describeError, useNotices } from './shell/notices';
import { useGlobalShortcuts } from './shell/shortcuts';
// Unsaved work left by a crash is offered at start, whatever view opens first.
import { RecoveryBanner } from './features/share/RecoveryBanner';
import { runCommand } from './shell/commands';
import { useShellStrings } from './shell/strings';

export function App() {
  const lang = useLang((s) => s.lang);
  const s = useShellStrings();
  const { viewId, go } = useNavigation();
  const generation = useWorkspace((st) => st.generation);
  const ready = useWorkspace((st) => st.info?.open ?? false);
  useGlobalShortcuts();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const offProgress = on('progress', onProgressEvent);
    // Counts and the unsaved-changes dot follow every write, whichever view made it.
    const offChanged = on('workspace.changed', () => void useWorkspace.getState().refresh());
    const offCommand = on('app.command', ({ command }) => runCommand(command));
    // Crash protection stopped (a full disk …): an error notice that stays until read.
    const offAutosave = on('autosave.failed', (failed) => {
      // Worded in the interface language from its message id (describeError), like any refusal from main.
      const { message, code } = describeError(failed);
      useNotices.getState().push('error', message, code);
    });
    void useWorkspace.getState().start();
    return () => {
      offProgress();
      offChanged();
      offCommand();
      offAutosave();
    };
  }, []);

  // Every view's code and Plotly are fetched while idle, so a first opening does not wait for a download.
  useEffect(() => preloadWhenIdle([...views.map((v) => v.preload), preloadPlotly]).stop, []);

  const current = views.find((v) => v.id === viewId) ?? views[0];
  const View = current?.component;
  return (
    <div className="app">
      <WorkspaceBar />
      <RecoveryBanner />
      <div className="app-body">
        <nav className="view-nav" aria-label={s.views}>
          {views.map((v, i) => (
            <button
              key={v.id}
              type="button"
              className={v.id === current?.id ? 'active' : ''}
              aria-current={v.id === current?.id ? 'page' : undefined}
              title={`Alt+${i + 1}`}
              data-view={v.id}
              onClick={() => go(v.id)}
            >
              {v.label[lang]}
            </button>
          ))}
        </nav>
        <main className="view" data-view={current?.id}>
          {ready && View ? (
            <Suspense fallback={<p className="muted">{s.working}</p>}>
              <View key={generation} />
            </Suspense>
          ) : (
            <p className="muted">{s.working}</p>
          )}
        </main>
      </div>
      <StatusBar />
      <PathPrompt />
      <DiscardPrompt />
    </div>
  );
}
