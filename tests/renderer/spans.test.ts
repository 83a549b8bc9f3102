import { describe, expect, it } from 'vitest';
import { buildSentences, nextFactAt, sentenceEnds } from '../../renderer/features/source/spans';
// The longest sample report (≈ 60 KB of UTF-8), read as the viewer receives it.
import big from '../../assets/samples/004_338467c9a205d53a.txt?raw';

const join = (sentences: ReturnType<typeof buildSentences>) => sentences.flatMap((s) => s.runs.map((r) => r.text)).join('');

describe('source text cut for highlighting', () => {
  const text = '全区地区生产总值增长4.1%。固定资产投资194.7亿元,增长5%;\n下半年继续努力。';

  it('splits at Chinese sentence ends and line breaks without losing a character', () => {
    expect(sentenceEnds(text).map((e) => text.slice(0, e).slice(-1))).toEqual(['。', ';', '\n', '。']);
    expect(join(buildSentences(text, []))).toBe(text);
  });

  it('marks each fact span and lists overlapping facts on the shared run', () => {
    const gdp = text.indexOf('4.1%');
    const inv = text.indexOf('194.7亿元');
    const growth = text.indexOf('增长5%');
    const sentences = buildSentences(text, [
      { id: 1, start: gdp, end: gdp + 4 },
      { id: 2, start: inv, end: growth + 4 }, // a quote covering both the level and its growth
      { id: 3, start: growth, end: growth + 4 },
    ]);
    const marked = sentences.flatMap((s) => s.runs).filter((r) => r.ids.length);
    expect(marked.map((r) => [r.text, r.ids])).toEqual([
      ['4.1%', [1]],
      ['194.7亿元,', [2]],
      ['增长5%', [2, 3]],
    ]);
    expect(join(sentences)).toBe(text);
  });

  it('drops spans outside the text instead of failing', () => {
    const sentences = buildSentences(text, [{ id: 9, start: 5, end: 9999 }, { id: 8, start: 4, end: 4 }]);
    expect(sentences.flatMap((s) => s.runs).every((r) => r.ids.length === 0)).toBe(true);
  });

  it('keeps a 60 KB sample report whole', () => {
    expect(big.length).toBeGreaterThan(20000);
    const step = Math.floor(big.length / 310);
    const spans = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, start: i * step, end: i * step + 12 }));
    const sentences = buildSentences(big, spans);
    expect(join(sentences)).toBe(big);
    expect(sentences.flatMap((s) => s.runs).filter((r) => r.ids.length).length).toBeGreaterThanOrEqual(300);
  });

  it('walks through overlapping facts on repeated clicks', () => {
    expect(nextFactAt([2, 3], null)).toBe(2);
    expect(nextFactAt([2, 3], 2)).toBe(3);
    expect(nextFactAt([2, 3], 3)).toBe(2);
    expect(nextFactAt([], 3)).toBeNull();
  });
});
