// Bottom of the window: running tasks with their progress bars, then messages (errors stay until dismissed).
import { stepLabel, useProgress } from './progress';
import { useNotices } from './notices';
import { useShellStrings } from './strings';
import { ProgressBar } from '../components/ProgressBar';

export function StatusBar() {
  const s = useShellStrings();
  const tasks = Object.values(useProgress((st) => st.tasks));
  const { notices, dismiss } = useNotices();
  return (
    <footer className="status-bar">
      {tasks.map((t) => (
        <ProgressBar key={t.task} label={stepLabel(t, s.page)} done={t.done} total={t.total} />
      ))}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-code={n.code}>
            <span>{n.text}</span>
            <button type="button" className="link" aria-label={s.dismiss} onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
    </footer>
  );
}
