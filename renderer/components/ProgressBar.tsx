// One task's progress: a native <progress> (screen readers announce it) with the step's label and count.
export interface ProgressBarProps {
  label: string;
  done: number;
  total: number;
}

export function ProgressBar({ label, done, total }: ProgressBarProps) {
  return (
    <div className="progress" data-testid="progress">
      <span className="progress-label">{label}</span>
      <progress max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={label} />
      <span className="progress-count num">{done}/{total}</span>
    </div>
  );
}
