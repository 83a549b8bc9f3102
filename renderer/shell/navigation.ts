// Which view is showing. Kept in the URL hash (#review) so a reload, a bookmark in the browser preview and a
// test can land on a view directly.
import { create } from 'zustand';
import { views } from '../features/registry';

function fromHash(): string {
  const id = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));
  return views.some((v) => v.id === id) ? id : (views[0]?.id ?? '');
}

interface NavigationState {
  viewId: string;
  go(id: string): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  viewId: fromHash(),
  go(id) {
    if (!views.some((v) => v.id === id)) return;
    if (typeof location !== 'undefined' && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    set({ viewId: id });
  },
}));
