// Text from outside shown as it reads: bidi controls dropped at display (the store side: tests/core/plain-text-store.test.ts), and
// names passed to Plotly as plain text, not its pseudo-HTML. The names below are made up, crafted the way the
// issue describes (U+202E before "evil"; an <a href> and a style in an indicator name).
import { describe, expect, it } from 'vitest';
import type { ChartPoint, ChartSeries } from '../../main/contract/pivots';
import { attainmentChart, targetVsActual, type ChartWords } from '../../renderer/features/charts/traces';
import { plotlyPlainText, withoutBidiControls } from '../../renderer/format/text';

const words: ChartWords = { target: '目标', outcome: '实际', partOfYear: '上半年', attainment: '完成率', timeProgress: '时序进度', legendKey: '色带 = 目标', measure: (m) => m, period: (p) => p };
const point = (p: Partial<ChartPoint> & Pick<ChartPoint, 'period' | 'value'>): ChartPoint =>
  ({ low: null, high: null, qualifier: 'exact', kind: 'target', factId: 1, partOfYear: false, ...p });
const EVERY_CONTROL = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';

describe('bidi controls', () => {
  it('are dropped at display, every one of them, and nothing else is', () => {
    expect(withoutBidiControls('\u202Elive')).toBe('live');
    expect(withoutBidiControls(`地区${EVERY_CONTROL}生产总值`)).toBe('地区生产总值');
    expect(withoutBidiControls('（亿元）‰ ± 左右 \u200B')).toBe('（亿元）‰ ± 左右 \u200B');
  });
});

describe('Plotly labels', () => {
  it('escape the pseudo-HTML Plotly would render', () => {
    expect(plotlyPlainText('<b>GDP</b> & <a href="https://evil.example">x</a>')).toBe('&lt;b&gt;GDP&lt;/b&gt; &amp; &lt;a href="https://evil.example"&gt;x&lt;/a&gt;');
    expect(plotlyPlainText('\u202E<span style="font-size:60px">')).toBe('&lt;span style="font-size:60px"&gt;');
  });

  it('legend names, hover labels, axis titles and bar labels carry no markup from a name or unit', () => {
    const evil = '<a href="https://evil.example">GDP</a><span style="font-size:60px">\u202E';
    const s: ChartSeries = {
      region: '罗湖区', indicator: evil, measure: 'level', unit: '<b>亿元</b>', sources: [],
      targets: [point({ period: '2024', value: 410 })],
      outcomes: [point({ period: '2023', value: 385, kind: 'actual' })],
    };
    const { data, layout } = targetVsActual([s], '<b>亿元</b>', words);
    const texts = [...data.flatMap((d) => [d.name, d.hovertemplate]), (layout.yaxis as { title: { text: string } }).title.text].map(String);
    for (const t of texts) {
      expect(t).not.toMatch(/<(?!extra>|\/extra>)/);
      expect(t).not.toContain('\u202E');
    }
    expect(String(data[0]!.name)).toContain('&lt;a href=');
    const bars = attainmentChart([{
      indicator: evil, measure: 'level', unit: '亿元', percent: 95, reading: { kind: 'attainment', percent: 95 },
      target: point({ period: '2024', value: 410 }), outcome: point({ period: '2024', value: 390, kind: 'actual' }),
    }], '2024', words);
    for (const x of bars.data[0]!.x as string[]) expect(x).not.toContain('<');
  });
});
