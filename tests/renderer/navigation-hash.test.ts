// @vitest-environment jsdom
// The view follows the URL hash: one typed into the browser preview's address bar (or gone back to) switches the
// view; an unknown one leaves it where it was.
import { describe, expect, it } from 'vitest';
import { useNavigation } from '../../renderer/shell/navigation';

const typeHash = (hash: string) => {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('navigation by the URL hash', () => {
  it('switches to a view named in the hash and ignores one that names none', () => {
    useNavigation.getState().go('review');
    typeHash('#pivot');
    expect(useNavigation.getState().viewId).toBe('pivot');
    typeHash('#no-such-view');
    expect(useNavigation.getState().viewId).toBe('pivot');
    useNavigation.getState().go('forecast');
    expect(location.hash).toBe('#forecast');
  });
});
