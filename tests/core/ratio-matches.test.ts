// Ratios are found from their colons (rules/ratio.ts ratioMatches); the matches must be exactly those a scan
// of every character finds (text.matchAll of the same pattern). Texts are made up.
import { describe, expect, it } from 'vitest';
import { RATIO, ratioMatches } from '../../main/core/extract/rules/ratio';

const everywhere = (text: string) => [...text.matchAll(RATIO)].map((m) => [m.index, m[0]]);
const fromColons = (text: string) => ratioMatches(text).map((m) => [m.index, m[0]]);

describe('ratios found from their colons', () => {
  it.each([
    '三次产业结构调整为2.8:50.9:46.3。',
    '城乡居民收入比由2.27 : 1缩小到2.2：1,户籍与常住人口之比为1∶3。',
    '时间12:30:45:10:20,版本1.2.3:4,比例3.5.:2与:5:6以及 7 :8。',
    '1:2:3:4:5:6:7:8',
    '第1:2 段, 10.5:　3, 0.25:0.75, :1, 1:, 2::3',
  ])('%s', (text) => {
    expect(fromColons(text)).toEqual(everywhere(text));
    expect(everywhere(text).length).toBeGreaterThan(0);
  });

  it('finds no ratio in a text without colons', () => {
    expect(ratioMatches('地区生产总值增长5.2%，比上年提高0.3个百分点。')).toEqual([]);
  });
});
