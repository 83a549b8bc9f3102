// Footnote marks beside names and numbers (main/core/normalize/footnotes.ts). Sentences are made up unless cited.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { normalizeReport } from '../../main/core/normalize/index';
import { FOOTNOTE_RULES, dropFootnoteMarks } from '../../main/core/normalize/footnotes';
import { identityMapped } from '../../main/core/normalize/mapped-text';

describe('footnote rules', () => {
  for (const rule of FOOTNOTE_RULES) {
    it(`${rule.id}: ${rule.says}`, () => {
      for (const [input, output] of rule.examples) expect(dropFootnoteMarks(identityMapped(input)).text, input).toBe(output);
    });
  }
});

describe('normalizing a report with footnote marks', () => {
  it('drops the marks and maps every kept character back to the original', () => {
    // The 2018 national bulletin's wording (https://m.iverstown.com/Article/news/politics/2019-03-02/193948.html), full-width brackets.
    const original = '全年国内生产总值［2］900309亿元，比上年增长6.6%①。';
    const n = normalizeReport(original);
    expect(n.text).toBe('全年国内生产总值900309亿元,比上年增长6.6%。');
    const at = n.text.indexOf('900309亿元');
    const span = n.toOriginalSpan(at, at + '900309亿元'.length);
    expect(original.slice(span.start, span.end)).toBe('900309亿元');
    const pct = n.text.indexOf('6.6%');
    expect(original.slice(n.toOriginal(pct), n.toOriginalSpan(pct, pct + 4).end)).toBe('6.6%');
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });
  it('keeps a note line and a numbered list item', () => {
    expect(normalizeReport('主要指标:\n①地区生产总值增长5%\n[1] 按可比价格计算').text).toBe('主要指标:\n①地区生产总值增长5%\n[1]按可比价格计算');
  });
  it('leaves the name before the number whole', () => {
    const report = (body: string) => `深圳市南山区2022年国民经济和社会发展计划执行情况报告\n一、2022年国民经济和社会发展计划执行情况\n${body}`;
    const facts = readReport(report('地区生产总值[3]1234亿元,增长5.2%①。'), 't.txt').facts.map((f) => [f.indicator, f.measure, f.value]);
    expect(facts).toEqual([['地区生产总值', 'level', 1234], ['地区生产总值', 'growth', 5.2]]);
  });
});
