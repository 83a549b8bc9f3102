// The contribution rules' words are found only near their key word (rules/contributions.ts matchesOf); the
// matches must be exactly those a scan of every character finds (text.matchAll). Texts are made up in the
// wording of statistical bulletins unless the rule's own examples.
import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_RULES, matchesOf } from '../../main/core/extract/rules/contributions';

const everywhere = (words: RegExp, text: string) => [...text.matchAll(words)].map((m) => [m.index, m[0], m[3]]);
const nearKey = (rule: (typeof CONTRIBUTION_RULES)[number], text: string) => matchesOf(rule, text).map((m) => [m.index, m[0], m[3]]);

const texts = [
  ...CONTRIBUTION_RULES.flatMap((r) => r.examples),
  '第一、二、三产业分别拉动经济增长0.1、1.9和3.2个百分点，对经济增长的贡献率分别为2.1%、36.5%和61.4%。',
  '消费拉动拉动经济增长1个百分点；投资分别对全区地区生产总值的增长的贡献率分别为超过30%。',
  '拉动消费5亿元，贡献率提高。对GDP增长贡献率达60%，拉动了GDP增长了分别为约2个百分点。',
  '分别分别拉动经济增长0.5个百分点',
];

describe('contribution words found near their key word', () => {
  for (const rule of CONTRIBUTION_RULES) {
    it(`${rule.id}: the same matches as a scan of every character`, () => {
      let matched = 0;
      for (const text of texts) {
        expect(nearKey(rule, text), text).toEqual(everywhere(rule.words, text));
        matched += everywhere(rule.words, text).length;
      }
      expect(matched).toBeGreaterThan(1);
    });

    it(`${rule.id}: every match holds its key within ${rule.lead} characters of its start`, () => {
      for (const text of texts) for (const m of text.matchAll(rule.words)) expect(m[0].indexOf(rule.key)).toBeLessThanOrEqual(rule.lead);
    });
  }
});
