// The five sample reports through normalization: nothing lost, nothing invented, every character traceable.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { normalizeReport } from '../../main/core/normalize/index';

const samples = readdirSync('assets/samples')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(`assets/samples/${name}`, 'utf8') }));
const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Independent of the normalizer's own pattern: a run of pinyin letters with at least one tone mark, closed by
// a parenthesis (the opening one is sometimes lost in the sample).
const PINYIN = /[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s?[)）]/g;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Is `source` (one original character) a legitimate source of normalized character `char`? */
function explains(source: string, char: string): boolean {
  if (source === char || hk2s(source) === char) return true;
  const u = source.charCodeAt(0);
  if (u >= 0xff01 && u <= 0xff5e) return String.fromCharCode(u - 0xfee0) === char;
  if (/\s/.test(source)) return char === ' ' || char === '\n';
  return false;
}

describe.each(samples)('sample $name', ({ name, text }) => {
  const n = normalizeReport(text);

  it('adds no replacement characters and keeps most of the text', () => {
    expect(count(n.text, /\ufffd/g)).toBeLessThanOrEqual(count(text, /\ufffd/g));
    expect(n.text.length).toBeGreaterThan(text.length * 0.6);
  });

  it('maps every normalized character to an original character that explains it', () => {
    const bad: string[] = [];
    let previous = -1;
    for (let i = 0; i < n.text.length; i++) {
      const at = n.toOriginal(i);
      expect(at).toBeGreaterThan(previous); // origins strictly increase: no reordering, no duplication
      previous = at;
      const char = n.text[i] ?? '';
      if (!explains(text[at] ?? '', char)) bad.push(`${i}:${JSON.stringify(char)}←${JSON.stringify(text.slice(at, at + 3))}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(n.toOriginal(n.text.length)).toBe(text.length);
  });

  it('leaves no traditional characters, pinyin or page chrome behind', () => {
    expect(hk2s(n.text)).toBe(n.text);
    expect(count(n.text, PINYIN)).toBe(0);
    for (const chrome of ['浏览次数', '浏览量', '【打印】', '扫一扫', '首页 >']) expect(n.text, `${name} ${chrome}`).not.toContain(chrome);
    // 无障碍 is also a policy word (无障碍设施); only the accessibility toolbar line must go.
    expect(n.text.split('\n').filter((line) => /^无障碍\s/.test(line))).toEqual([]);
  });

  it('leaves no full-width digits or percent signs and no number split by a space', () => {
    expect(n.text).not.toMatch(/[０-９％．]/);
    expect(n.text).not.toMatch(/\d [%亿万元年]/);
    expect(n.text).not.toMatch(/[\u4e00-\u9fff] \d/);
  });
});

describe('sample 003 (traditional script with pinyin annotations)', () => {
  const sample = samples.find((s) => s.name.startsWith('003'));

  it('had hundreds of pinyin annotations, including ones missing their "(", and has none after', () => {
    expect(sample).toBeDefined();
    const text = sample?.text ?? '';
    expect(count(text, PINYIN)).toBeGreaterThan(900);
    expect(count(text, /[^(（a-zü][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g)).toBeGreaterThan(0);
    const n = normalizeReport(text);
    expect(count(n.text, PINYIN)).toBe(0);
    expect(n.text).toContain('——地区生产总值(GDP)增长3.5%;');
    const at = n.text.indexOf('地区生产总值(GDP)增长3.5%');
    const span = n.toOriginalSpan(at, at + '地区生产总值(GDP)增长3.5%'.length);
    expect(text.slice(span.start, span.end)).toBe('地區(qū)生產總值(GDP)增長3.5%');
  });
});
