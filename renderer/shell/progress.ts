// Long work in main (imports, building the sample workspace) reports one 'progress' event per step; the
// status bar shows each running task until it completes.
import { create } from 'zustand';
import type { Events } from '../../main/contract/events';

export type ProgressStep = Events['progress'];

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
