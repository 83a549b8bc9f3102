// Chart data -> Plotly traces and shapes (pure, so they can be tested without a browser).
// Targets are bands: a range or 左右 target spans [low, high]; at least / at most is a one-sided band that runs
// to the edge of the plot. Half-year (and quarter) outcomes are drawn as open markers labelled as such, never
// joined to the annual line as if they were a year's figure. Every name and unit from the workspace goes to
// Plotly through plotlyPlainText: Plotly reads a pseudo-HTML subset in labels, and a name is not markup.
import type { AttainmentBar, ChartPoint, ChartSeries } from '../../../main/contract/pivots';
import { comparePeriods } from '../../../main/core/types';
import type { PlotData, PlotLayout } from '../../components/PlotlyChart';
import { plotlyPlainText } from '../../format/text';

export interface ChartWords {
  target: string;
  outcome: string;
  partOfYear: string;
  attainment: string;
  timeProgress: string;
  measure: (m: string) => string;
}

const COLORS = ['#1f5fa8', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d'];

/** The band a target stands for (mirrors main's targetBand; null = open on that side). */
export function band(p: ChartPoint): { low: number | null; high: number | null } {
  const v = p.value;
  switch (p.qualifier) {
    case 'range':
      return { low: p.low ?? v, high: p.high ?? v };
    case 'approx':
      return { low: p.low ?? (v === null ? null : v - Math.abs(v) * 0.05), high: p.high ?? (v === null ? null : v + Math.abs(v) * 0.05) };
    case 'at_least':
    case 'more_than':
      return { low: p.low ?? v, high: null };
    case 'at_most':
      return { low: null, high: p.high ?? v };
    default:
      return { low: v, high: v };
  }
}

/** The legend name, as plain text for Plotly. */
export function seriesName(s: ChartSeries, words: ChartWords): string {
  return plotlyPlainText(`${s.indicator} ${words.measure(s.measure)}`);
}

/** One figure per unit: 亿元 and % never share an axis. */
export function groupByUnit(series: readonly ChartSeries[]): Map<string, ChartSeries[]> {
  const groups = new Map<string, ChartSeries[]>();
  for (const s of series) groups.set(s.unit, [...(groups.get(s.unit) ?? []), s]);
  return groups;
}

export function targetVsActual(series: readonly ChartSeries[], rawUnit: string, words: ChartWords): { data: PlotData[]; layout: PlotLayout } {
  const unit = plotlyPlainText(rawUnit);
  const periods = [...new Set(series.flatMap((s) => [...s.targets, ...s.outcomes].map((p) => p.period)))].sort(comparePeriods);
  const pos = new Map(periods.map((p, i) => [p, i]));
  const values = series.flatMap((s) => [...s.targets, ...s.outcomes].flatMap((p) => [p.value, p.low, p.high])).filter((v): v is number => v !== null);
  const top = values.length ? Math.max(...values) : 1;
  const bottom = values.length ? Math.min(0, ...values) : 0;
  const pad = (top - bottom) * 0.15 || 1;
  const data: PlotData[] = [];
  const shapes: Record<string, unknown>[] = [];
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const name = seriesName(s, words);
    for (const t of s.targets) {
      const b = band(t);
      const x = pos.get(t.period)!;
      const oneSided = b.low === null || b.high === null;
      shapes.push({
        type: 'rect', xref: 'x', yref: 'y', x0: x - 0.35, x1: x + 0.35,
        y0: b.low ?? bottom - pad, y1: b.high ?? top + pad,
        fillcolor: color, opacity: oneSided ? 0.1 : 0.18, line: { width: oneSided ? 0 : 1, color, dash: 'dot' },
      });
    }
    data.push({
      type: 'scatter', mode: 'markers', name: `${name} ${words.target}`, x: s.targets.map((t) => t.period), y: s.targets.map((t) => t.value),
      marker: { symbol: s.targets.map((t) => (t.qualifier === 'at_least' || t.qualifier === 'more_than' ? 'triangle-up' : t.qualifier === 'at_most' ? 'triangle-down' : 'line-ew-open')), size: 14, color, line: { width: 2, color } },
      hovertemplate: `%{x} ${words.target}: %{y} ${unit}<extra>${name}</extra>`,
    });
    const annual = s.outcomes.filter((o) => !o.partOfYear);
    const partial = s.outcomes.filter((o) => o.partOfYear);
    data.push({
      type: 'scatter', mode: 'lines+markers', name: `${name} ${words.outcome}`, x: annual.map((o) => o.period), y: annual.map((o) => o.value),
      line: { color, width: 2 }, marker: { color, size: 7, symbol: annual.map((o) => (o.kind === 'estimate' ? 'circle-open' : 'circle')) },
      hovertemplate: `%{x} ${words.outcome}: %{y} ${unit}<extra>${name}</extra>`,
    });
    if (partial.length) {
      data.push({
        type: 'scatter', mode: 'text+markers', name: `${name} ${words.partOfYear}`, x: partial.map((o) => o.period), y: partial.map((o) => o.value),
        marker: { color, size: 10, symbol: 'diamond-open', line: { color, width: 2 } },
        text: partial.map(() => words.partOfYear), textposition: 'top center', textfont: { color, size: 10 },
        hovertemplate: `%{x} ${words.partOfYear}: %{y} ${unit}<extra>${name}</extra>`,
      });
    }
  });
  return {
    data,
    layout: {
      shapes,
      xaxis: { type: 'category', categoryorder: 'array', categoryarray: periods },
      yaxis: { title: { text: unit || '' }, range: [bottom - pad, top + pad], zeroline: true },
      legend: { orientation: 'h', y: -0.2 },
      margin: { l: 56, r: 16, t: 16, b: 80 },
    },
  };
}

export function attainmentChart(bars: readonly AttainmentBar[], year: string, words: ChartWords): { data: PlotData[]; layout: PlotLayout } {
  const shown = bars.filter((b) => b.percent !== null);
  const labels = shown.map((b) => plotlyPlainText(`${b.indicator} ${words.measure(b.measure)}${b.outcome.partOfYear ? ` (${b.outcome.period})` : ''}`));
  const data: PlotData[] = [{
    type: 'bar', name: words.attainment, x: labels, y: shown.map((b) => b.percent),
    marker: { color: shown.map((b) => ((b.percent ?? 0) >= (b.timeProgress ?? 100) ? '#23733a' : '#a15c00')) },
    text: shown.map((b) => `${(b.percent ?? 0).toFixed(1)}%`), textposition: 'outside',
    hovertemplate: `%{x}: %{y:.1f}%<extra>${year}</extra>`,
  }];
  const progress = shown.map((b) => b.timeProgress);
  if (progress.some((p) => p !== null)) {
    data.push({ type: 'scatter', mode: 'markers', name: words.timeProgress, x: labels, y: progress, marker: { symbol: 'line-ew-open', size: 28, color: '#1d2430', line: { width: 3 } } });
  }
  return {
    data,
    layout: {
      shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: 100, y1: 100, line: { color: '#677184', dash: 'dash', width: 1 } }],
      yaxis: { title: { text: `${words.attainment} (%)` }, rangemode: 'tozero' },
      xaxis: { automargin: true },
      legend: { orientation: 'h', y: -0.35 },
      margin: { l: 56, r: 16, t: 24, b: 120 },
    },
  };
}
