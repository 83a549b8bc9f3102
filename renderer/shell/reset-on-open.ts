// Every slice forgets the workspace it showed when another is opened: its data back to the slice's initial state
// (filters, selections, loaded lists, results), then — when its view is on screen — loaded again from the new one.
// Reloading only the view that is showing keeps an open cheap; the others load when they are next shown. The
// reload comes after the reset on purpose: main's "workspace changed" event may arrive before the open returns, and a
// view that reloaded on it would otherwise be emptied by a reset that came later.
import type { StoreApi } from 'zustand';
import type { ViewId } from '../features/registry';
import { useNavigation } from './navigation';
import { useWorkspace } from './workspace';
import { idle } from './preload-views';

interface SliceStore<T> extends StoreApi<T> {
  getInitialState(): T;
}

export interface ResetOptions {
  /** The view that shows this slice; reload runs only while it is on screen. */
  view?: ViewId;
  reload?(): unknown;
  /**
   * Also reload while idle when the view is not on screen, so its first opening shows the new workspace at once (the
   * Review: at 20,000 facts fetching them took most of a second). Skipped if yet another workspace opened meanwhile.
   */
  warmWhenIdle?: boolean;
}

/** The slice's data fields (not its actions) as they were when it was created. */
export function initialData<T extends object>(store: SliceStore<T>): Partial<T> {
  return Object.fromEntries(Object.entries(store.getInitialState()).filter(([, v]) => typeof v !== 'function')) as Partial<T>;
}

export function resetOnWorkspaceOpen<T extends object>(store: SliceStore<T>, opts: ResetOptions = {}): () => void {
  const onScreen = () => !opts.view || useNavigation.getState().viewId === opts.view;
  const warm = (generation: number) => {
    if (opts.warmWhenIdle) void idle().then(() => (useWorkspace.getState().generation === generation && !onScreen() ? opts.reload?.() : undefined));
  };
  // A slice whose code loads after the workspace is known (the views' code loads while idle) warms at once.
  const known = useWorkspace.getState();
  if (known.info) warm(known.generation);
  return useWorkspace.subscribe((now, before) => {
    if (now.generation === before.generation) {
      // The workspace the window starts with: nothing to forget, but a slice that warms does so now too.
      if (!before.info && now.info) warm(now.generation);
      return;
    }
    store.setState(initialData(store));
    if (!opts.reload) return;
    if (onScreen()) void opts.reload();
    else warm(now.generation);
  });
}
