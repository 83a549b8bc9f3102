// The shell loads every view's code and Plotly while idle: in order, one at a time, past a load that fails, and not
// after it is stopped.
import { describe, expect, it } from 'vitest';
import { preloadWhenIdle } from '../../renderer/shell/preload-views';
import { views } from '../../renderer/features/registry';

describe('preloading the views while idle', () => {
  it('runs each load in turn, goes on past a failed one, and stops when told', async () => {
    const ran: string[] = [];
    const load = (name: string, fail = false) => async () => {
      ran.push(name);
      if (fail) throw new Error('offline');
    };
    await preloadWhenIdle([load('a'), load('b', true), load('c')]).done;
    expect(ran).toEqual(['a', 'b', 'c']);

    ran.length = 0;
    const queue = preloadWhenIdle([load('x'), load('y')]);
    queue.stop();
    await queue.done;
    expect(ran).toEqual([]);
  });

  it('has a load for every view in the navigation', () => {
    for (const v of views) expect(typeof v.preload, v.id).toBe('function');
  });
});
