import { describe, expect, it } from 'vitest';
import { NextOf } from '../../main/core/normalize/next-of';

// Made-up texts: NextOf must find every marker in order, the same as a scan one character at a time.
function everyPlace(text: string, next: NextOf): number[] {
  const out: number[] = [];
  for (let at = next.next(0); at >= 0; at = next.next(at + 1)) out.push(at);
  return out;
}

function scanned(text: string, isMarker: (c: string) => boolean): number[] {
  return [...text].flatMap((c, i) => (isMarker(c) ? [i] : []));
}

describe('NextOf', () => {
  it('finds each of a few characters in text order, however they interleave', () => {
    const text = '收入/支出 <p>&nbsp;人均/年 a<b &amp; c/';
    expect(everyPlace(text, new NextOf(text, ['&', '/', '<']))).toEqual(scanned(text, (c) => '&/<'.includes(c)));
  });

  it('finds the characters and the matches of a ranges regex together', () => {
    const text = '生产总值[2]900309亿元,增长5.2%①,能耗²下降【注1】,⑳';
    const ranges = /[\u2460-\u2473\u00b2]/g;
    expect(everyPlace(text, new NextOf(text, ['[', '【'], ranges))).toEqual(scanned(text, (c) => /[[【\u2460-\u2473\u00b2]/.test(c)));
  });

  it('answers -1 when no marker is left, and jumps forward when asked from further on', () => {
    const text = 'a/b/c';
    const next = new NextOf(text, ['/']);
    expect(next.next(0)).toBe(1);
    expect(next.next(2)).toBe(3);
    expect(next.next(4)).toBe(-1);
    expect(new NextOf('无标记', ['<', '&']).next(0)).toBe(-1);
  });

  it('refuses a ranges regex that is not global', () => {
    expect(() => new NextOf('x', [], /[0-9]/)).toThrow(/global/);
  });
});
