// The "same words" key of a report (main/core/store/report-key.ts): each fold's own example pair reads the same,
// and texts that differ in a word or a figure do not. Example sentences are made up.
import { describe, expect, it } from 'vitest';
import { FOLDS, foldedReportText, reportTextKey } from '../../main/core/store/report-key';

describe('report text key', () => {
  it.each(FOLDS.map((f) => [f.id, f] as const))('fold %s makes its examples equal', (_id, fold) => {
    expect(fold.examples.length).toBeGreaterThan(0);
    for (const [a, b] of fold.examples) {
      expect(a).not.toBe(b);
      expect(foldedReportText(a)).toBe(foldedReportText(b));
      expect(reportTextKey(a)).toBe(reportTextKey(b));
    }
  });

  it('folds traditional script and full-width figures, so a repost in either reads the same', () => {
    expect(reportTextKey('全區地區生產總值增長６．５％')).toBe(reportTextKey('全区地区生产总值增长6.5%'));
  });

  it('tells apart texts that differ in one figure or one word', () => {
    expect(reportTextKey('地区生产总值增长6.5%')).not.toBe(reportTextKey('地区生产总值增长6.6%'));
    expect(reportTextKey('地区生产总值增长6.5%')).not.toBe(reportTextKey('工业增加值增长6.5%'));
  });

  it('has no key for a text without words or figures', () => {
    expect(reportTextKey('—— 。。。 \n ***')).toBeNull();
  });
});
