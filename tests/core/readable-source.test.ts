// A web page as the source pane shows it (main/core/normalize/readable-source.ts). Made-up snippets.
import { describe, expect, it } from 'vitest';
import { readableSource, shownIndex } from '../../main/core/normalize/readable-source';

const page = '<html><body><h2>一、2025年工作回顾</h2><p>地区生产总值增长&gt;5.5%，</p><p>固定资产投资<b>194.7</b>亿元。</p></body></html>';

describe('readableSource', () => {
  it('shows a page without tags or entities, and carries an index into the page to the same character', () => {
    const { text, runs } = readableSource(page);
    expect(text).not.toMatch(/[<>]p|&gt;/);
    expect(text).toContain('地区生产总值增长>5.5%');
    const at = page.indexOf('194.7');
    expect(text.slice(shownIndex(runs!, at), shownIndex(runs!, at + 5))).toBe('194.7');
    // A span over markup keeps its words and drops the tags: <b>194.7</b>亿元 → 194.7亿元.
    expect(text.slice(shownIndex(runs!, page.indexOf('<b>')), shownIndex(runs!, page.indexOf('元。') + 1))).toBe('194.7亿元');
  });

  it('leaves a plain-text report as stored', () => {
    expect(readableSource('地区生产总值增长5.5%。')).toEqual({ text: '地区生产总值增长5.5%。', runs: null });
  });
});
