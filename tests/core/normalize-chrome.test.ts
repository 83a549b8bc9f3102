// Portal furniture: line rules (chrome.ts) and chrome containers of a raw page (html.ts), each with its examples.
import { describe, expect, it } from 'vitest';
import { DATED_INFO_LINE, isChromeLine, PORTAL_LINES } from '../../main/core/normalize/chrome';
import { CHROME_CONTAINER, isChromeContainer } from '../../main/core/normalize/html';
import { normalizeReport } from '../../main/core/normalize';

describe('portal lines', () => {
  for (const rule of PORTAL_LINES) {
    it(`${rule.id}: drops its examples and keeps report lines`, () => {
      for (const line of rule.examples) expect(isChromeLine(line), line).toBe(true);
      for (const line of rule.keeps) expect(isChromeLine(line), line).toBe(false);
    });
  }
  it(`${DATED_INFO_LINE.id}: keeps the report's date of an info line and drops its counters`, () => {
    for (const [line, kept] of DATED_INFO_LINE.examples) expect(normalizeReport(`${line}\n地区生产总值增长6%。`).text).toBe(`${kept.replace('：', ':')}\n地区生产总值增长6%。`);
  });
  it('never drops a table row, whatever its last cell', () => {
    expect(isChromeLine('重点项目\t2023-10-30')).toBe(false);
  });
});

describe(`${CHROME_CONTAINER.id}`, () => {
  it('knows a chrome container by a whole class or id token', () => {
    for (const tag of CHROME_CONTAINER.examples) expect(isChromeContainer(tag), tag).toBe(true);
    for (const tag of CHROME_CONTAINER.keeps) expect(isChromeContainer(tag), tag).toBe(false);
  });
  it('drops the container with everything nested in it, and nothing after it', () => {
    const page = '<html><body><div class="footer"><div><p>电话：0755-1</p></div><p>增长9%</p></div><div><p>地区生产总值增长6%。</p></div></body></html>';
    expect(normalizeReport(page).text).toBe('地区生产总值增长6%。');
  });
  it('leaves an unclosed container to the line rules instead of dropping the rest of the page', () => {
    expect(normalizeReport('<html><body><div class="share">分享到：微信<p>地区生产总值增长6%。</p></body></html>').text).toBe('地区生产总值增长6%。');
  });
});
