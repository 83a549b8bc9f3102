// The sentence around a fact's span, with the span located inside it.
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../main/core/score/sources';

describe('sentenceAround', () => {
  const text = '一、总体情况。\n  ——固定资产投资完成194.7亿元(目标410亿元左右);\n下一句。';
  it('expands to the sentence marks and keeps the span inside it', () => {
    const start = text.indexOf('194.7');
    const s = sentenceAround(text, start, start + 5);
    expect(s.sentence).toBe('——固定资产投资完成194.7亿元(目标410亿元左右);');
    expect(s.sentence.slice(s.markStart, s.markEnd)).toBe('194.7');
  });
  it('does not split at commas and stops at a full stop', () => {
    const t = '上半年,全区经济稳中有进,地区生产总值增长4.1%。其他';
    const i = t.indexOf('4.1');
    expect(sentenceAround(t, i, i + 3).sentence).toBe('上半年,全区经济稳中有进,地区生产总值增长4.1%。');
  });
  it('clamps spans outside the text', () => {
    expect(sentenceAround('abc', 10, 20)).toEqual({ sentence: 'abc', markStart: 3, markEnd: 3 });
  });
});
