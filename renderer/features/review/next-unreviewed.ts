// "Next unreviewed" (Alt+N): the first unreviewed fact after the selected one in the order the grid shows (its sort
// and filters, not the store's), wrapping round to the top, so a review queue can be walked without the mouse even
// when some facts were decided out of order.
export interface Shown {
  id: number;
  status: string;
}

/** The id of the next unreviewed row after `currentIndex` (−1: from the top), or null when none is left. */
export function nextUnreviewed(rowAt: (index: number) => Shown | undefined, count: number, currentIndex: number): number | null {
  for (let step = 1; step <= count; step++) {
    const row = rowAt((currentIndex + step + count) % count);
    if (row?.status === 'unreviewed') return row.id;
  }
  return null;
}
