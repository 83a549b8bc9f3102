// Decode and normalize together, as the importer does, and a seeded fuzz of the offset map's invariants.
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../main/core/normalize/decode';
import { normalizeReport } from '../../main/core/normalize/index';
import { encodeLegacy } from '../fixtures/reports/legacy-encoder';

describe('bytes → decoded text → normalized text → original span', () => {
  it('reads a GBK web page in traditional script with pinyin, and points facts back at the decoded page', () => {
    const page = [
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>報告</title></head><body>',
      '<div>首頁 &gt; 政務公開 &gt; 計劃總結</div>',
      '<p>——地區生產總值增長 ６．５％ 左右，經(jīng)濟總量達到２４００億元；</p>',
      '<p>——固定資產投資增長10.0%。</p>',
      '</body></html>',
    ].join('\n');
    const decoded = decodeReport(encodeLegacy(page, 'gbk'), '某区报告.html');
    expect(decoded).toEqual({ text: page, encoding: 'gb18030' });
    const n = normalizeReport(decoded.text);
    expect(n.text.split('\n').filter(Boolean)).toEqual(['报告', '——地区生产总值增长6.5%左右,经济总量达到2400亿元;', '——固定资产投资增长10.0%。']);
    const find = (needle: string) => {
      const at = n.text.indexOf(needle);
      const span = n.toOriginalSpan(at, at + needle.length);
      return decoded.text.slice(span.start, span.end);
    };
    expect(find('6.5%左右')).toBe('６．５％ 左右');
    expect(find('经济总量达到2400亿元')).toBe('經(jīng)濟總量達到２４００億元');
    expect(find('10.0%')).toBe('10.0%');
  });
});

describe('offset map invariants on random mixtures', () => {
  const pieces = [
    '地区生产总值', '增长', '6.5', '%', '左右', '億元', '經(jīng)濟', '統tǒng)籌', '發展', '乾淨', '，', '。', '；', '（', '）',
    '７．０％', ' ', '  ', '\u3000', '\n', '\r\n', '\t', '<p>', '</p>', '<br/>', '<strong>', '</strong>', '&nbsp;', '&amp;', '&#37;',
    '<script>var a = 1;</script>', '<!-- 注释 -->', '<sup>2</sup>', '\ufffd', 'Ã©', '?。ㄒ唬', '𠮷', '\ud800', 'GDP', '(GDP)',
    '浏览次数:12\n', '首页 > 新闻 > 通知\n', '——', '-', '2375.28 亿元', '\u200b', '&', '<', '>', 'ā', ')', '(',
    // Pieces of tables aligned with spaces: headers on one or two lines, rows, wrapped names.
    '\n指标          单位    2020年    2025年\n', '地区生产总值  亿元    801       1200\n', '生产总值比重\n', '\n          2023年      2024年\n',
    '目标    完成    目标\n', '(%)\n', '<td>', '</td>', '<tr>', '<td colspan="2">',
  ];
  let seed = 20240601;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };

  it('maps every index inside the original, in order, and the end to the end', () => {
    for (let round = 0; round < 400; round++) {
      let original = round % 5 === 0 ? '<html><body>' : '';
      const length = 1 + random(60);
      for (let k = 0; k < length; k++) original += pieces[random(pieces.length)] ?? '';
      const n = normalizeReport(original);
      let previous = -1;
      for (let i = 0; i < n.text.length; i++) {
        const at = n.toOriginal(i);
        expect(at, `${JSON.stringify(original)} @${i}`).toBeGreaterThanOrEqual(previous);
        expect(at).toBeLessThan(original.length);
        previous = at;
      }
      expect(n.toOriginal(n.text.length)).toBe(original.length);
      const span = n.toOriginalSpan(0, n.text.length);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(original.length);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
    }
  });

  it('is stable: normalizing normalized plain text changes nothing', () => {
    for (let round = 0; round < 200; round++) {
      let original = '';
      const length = 1 + random(40);
      for (let k = 0; k < length; k++) {
        const piece = pieces[random(pieces.length)] ?? '';
        if (!/[<>&]/.test(piece)) original += piece;
      }
      const once = normalizeReport(original).text;
      expect(normalizeReport(once).text, JSON.stringify(original)).toBe(once);
    }
  });
});
