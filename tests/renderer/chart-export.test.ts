// The exported chart carries its title (with unit) and a source line under the plot; the file is named by the title.
import { describe, expect, it } from 'vitest';
import { captioned, chartFileName } from '../../renderer/components/chart-export';

describe('chart export caption', () => {
  it('adds the title on top and the source line at the bottom, keeping the chart\'s own annotations and margins', () => {
    const fig = captioned([{ x: ['2023'], y: [1] }], { margin: { l: 56, r: 16, t: 32, b: 40 }, annotations: [{ text: '时序进度' }] },
      { title: '目标与实际 (亿元)', source: '资料来源:《罗湖区2024年计划》。' });
    expect(fig.layout.title).toMatchObject({ text: '目标与实际 (亿元)' });
    const notes = fig.layout.annotations as { text: string; yanchor?: string }[];
    expect(notes.map((a) => a.text)).toEqual(['时序进度', '资料来源:《罗湖区2024年计划》。']);
    expect(notes[1]).toMatchObject({ yanchor: 'top', xanchor: 'left', xref: 'paper', yref: 'paper' });
    const margin = fig.layout.margin as Record<string, number>;
    expect(margin.t).toBeGreaterThanOrEqual(56);
    expect(margin.b).toBeGreaterThan(40); // room for the source line under the axis
    expect(margin.l).toBe(56);
  });
  it('names the file by the title, keeping Chinese', () => {
    expect(chartFileName('目标与实际 (亿元)', 'png')).toBe('目标与实际_(亿元).png');
  });
});
