// Long work in main (imports, building the sample workspace) reports one 'progress' event per step; the
// status bar shows each running task until it completes.
import { create } from 'zustand';
import type { Events } from '../../main/contract/events';

export type ProgressStep = Events['progress'];

/** A step's label as shown: the file, and the page being read when main says which. */
export function stepLabel(p: ProgressStep, pageWords: string): string {
  return p.page ? `${p.label}${pageWords.replace('{page}', String(p.page.done)).replace('{pages}', String(p.page.total))}` : p.label;
}

interface ProgressState {
  tasks: Record<string, ProgressStep>;
  step(p: ProgressStep): void;
  finish(task: string): void;
}

export const useProgress = create<ProgressState>((set) => ({
  tasks: {},
  step(p) {
    set((s) => ({ tasks: { ...s.tasks, [p.task]: p } }));
  },
  finish(task) {
    set((s) => {
      const { [task]: _done, ...rest } = s.tasks;
      return { tasks: rest };
    });
  },
}));

/** Completed tasks linger briefly so a fast import still shows a full bar instead of a flicker. */
export function onProgressEvent(p: ProgressStep): void {
  const { step, finish } = useProgress.getState();
  step(p);
  if (p.total > 0 && p.done >= p.total) {
    setTimeout(() => {
      const current = useProgress.getState().tasks[p.task];
      if (current && current.done >= current.total) finish(p.task);
    }, 800);
  }
}

/**
 * Runs a call that may report progress and, when it ends (also when it fails midway and never sends its last
 * step), removes the tasks that started during it, so no bar is left half full.
 */
export async function withProgress<T>(work: () => Promise<T>): Promise<T> {
  const before = new Set(Object.keys(useProgress.getState().tasks));
  const seen = new Set<string>();
  const stop = useProgress.subscribe((s) => {
    for (const task of Object.keys(s.tasks)) if (!before.has(task)) seen.add(task);
  });
  try {
    return await work();
  } finally {
    stop();
    // A short pause first: the last step may still be on its way, and a full bar should be seen, not flicker.
    setTimeout(() => {
      for (const task of seen) useProgress.getState().finish(task);
    }, 800);
  }
}
