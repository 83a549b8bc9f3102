// Alt+N's choice: the next unreviewed row in the grid's order after the selected one, wrapping to the top.
import { describe, expect, it } from 'vitest';
import { nextUnreviewed } from '../../renderer/features/review/next-unreviewed';

const rows = [
  { id: 10, status: 'accepted' }, { id: 11, status: 'unreviewed' }, { id: 12, status: 'rejected' },
  { id: 13, status: 'accepted' }, { id: 14, status: 'unreviewed' },
];
const at = (i: number) => rows[i];

describe('nextUnreviewed', () => {
  it('skips decided rows after the current one', () => {
    expect(nextUnreviewed(at, rows.length, 1)).toBe(14);
    expect(nextUnreviewed(at, rows.length, 2)).toBe(14);
  });
  it('starts from the top when nothing is selected, and wraps round after the last row', () => {
    expect(nextUnreviewed(at, rows.length, -1)).toBe(11);
    expect(nextUnreviewed(at, rows.length, 4)).toBe(11);
  });
  it('comes back to the current row when it is the only unreviewed one, and says none when all are decided', () => {
    const one = [{ id: 1, status: 'accepted' }, { id: 2, status: 'unreviewed' }];
    expect(nextUnreviewed((i) => one[i], 2, 1)).toBe(2);
    expect(nextUnreviewed((i) => [{ id: 1, status: 'accepted' }][i], 1, 0)).toBeNull();
    expect(nextUnreviewed(() => undefined, 0, -1)).toBeNull();
  });
});
