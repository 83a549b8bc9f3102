// A made-up statement for tests that build a workspace by hand: every field a NewFact needs, with the given
// ones over the defaults (a level in 亿元 of 示例区, an actual, a headline).
import type { NewFact } from '../../main/core/store/workspace';

export function newFact(defaults: Partial<NewFact>): (over: Partial<NewFact>) => NewFact {
  return (over) => ({
    indicator: '地区生产总值', measure: 'level', value: null, low: null, high: null, unit: '亿元', qualifier: 'exact', period: '2021',
    kind: 'actual', region: '示例区', start: null, end: null, tier: 1, quote: null, ...defaults, ...over,
  });
}
