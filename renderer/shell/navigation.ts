// Which view is showing. Kept in the URL hash (#review) so a reload, a bookmark in the browser preview and a
// test can land on a view directly.
import { create } from 'zustand';
import { isViewId, views, type ViewId } from '../features/registry';

function fromHash(): ViewId {
  const id = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));
  return isViewId(id) ? id : views[0].id;
}

interface NavigationState {
  viewId: ViewId;
  go(id: ViewId): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  viewId: fromHash(),
  go(id) {
    // Typed callers cannot pass another id; a test or the console driving the store can.
    if (!isViewId(id)) return;
    if (typeof location !== 'undefined' && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    set({ viewId: id });
  },
}));

/**
 * A hash typed in the address bar of the browser preview (or set by a link) switches the view too; an unknown one
 * leaves the view where it was rather than jumping to the first.
 */
function followHash(): void {
  const id = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (isViewId(id) && useNavigation.getState().viewId !== id) useNavigation.setState({ viewId: id });
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', followHash);
  window.addEventListener('popstate', followHash);
}
