// Chart data -> Plotly traces and shapes (pure, so they can be tested without a browser). Periods stand on a time
// axis at their dates (time-axis.ts), so gaps between years show and a half-year sits inside its year. Each
// series is one legend entry: its target marks, actual line and part-of-year points are one legend group, and
// the legend's title says which mark is which.
// Targets are bands: a range or 左右 target spans [low, high]; at least / at most is a one-sided band that runs
// to the edge of the plot. Half-year (and quarter) outcomes are drawn as open markers labelled as such, never
// joined to the annual line as if they were a year's figure. Every name and unit from the workspace goes to
// Plotly through plotlyPlainText: Plotly reads a pseudo-HTML subset in labels, and a name is not markup.
import type { AttainmentBar, ChartPoint, ChartSeries } from '../../../main/contract/pivots';
import type { PlotData, PlotLayout } from '../../components/PlotlyChart';
import { plotlyPlainText } from '../../format/text';
import { periodDate, shiftDays, targetDate } from '../../format/period-dates';
import { bandHalfWidthDays, timeAxis } from './time-axis';

export interface ChartWords {
  target: string;
  outcome: string;
  partOfYear: string;
  attainment: string;
  timeProgress: string;
  /** The legend's key to the marks: which is the target band, the actual line, a part-of-year point. */
  legendKey: string;
  measure: (m: string) => string;
  /** A period as the interface writes it ('2024H1' → 2024年上半年), for hover labels and part-of-year marks. */
  period: (p: string) => string;
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

/** The legend name, as plain text for Plotly; with the region when the figure draws several regions. */
export function seriesName(s: ChartSeries, words: ChartWords, withRegion = false): string {
  return plotlyPlainText(`${withRegion ? `${s.region} ` : ''}${s.indicator} ${words.measure(s.measure)}`);
}

/** One figure per unit: 亿元 and % never share an axis. */
export function groupByUnit(series: readonly ChartSeries[]): Map<string, ChartSeries[]> {
  const groups = new Map<string, ChartSeries[]>();
  for (const s of series) groups.set(s.unit, [...(groups.get(s.unit) ?? []), s]);
  return groups;
}

/**
 * Points that can be placed in time (a period that is not one cannot be, and is left out rather than guessed); a
 * span's target (2021-2025) at its last year, as the fan chart draws it.
 */
function placed(points: readonly ChartPoint[]): (ChartPoint & { date: string })[] {
  return points.flatMap((p) => {
    const date = p.kind === 'target' ? targetDate(p.period) : periodDate(p.period);
    return date ? [{ ...p, date }] : [];
  });
}

function targetShape(t: ChartPoint & { date: string }, color: string, bottom: number, top: number): Record<string, unknown> {
  const b = band(t);
  const half = bandHalfWidthDays(t.period);
  const oneSided = b.low === null || b.high === null;
  return {
    type: 'rect', xref: 'x', yref: 'y', x0: shiftDays(t.date, -half), x1: shiftDays(t.date, half),
    y0: b.low ?? bottom, y1: b.high ?? top,
    fillcolor: color, opacity: oneSided ? 0.1 : 0.18, line: { width: oneSided ? 0 : 1, color, dash: 'dot' },
  };
}

function seriesTraces(s: ChartSeries, name: string, color: string, unit: string, words: ChartWords): PlotData[] {
  const targets = placed(s.targets);
  const annual = placed(s.outcomes.filter((o) => !o.partOfYear));
  const partial = placed(s.outcomes.filter((o) => o.partOfYear));
  const hover = (label: string) => `%{hovertext} ${label}: %{y} ${unit}<extra>${name}</extra>`;
  const common = (points: readonly (ChartPoint & { date: string })[]) => ({
    legendgroup: name, name, x: points.map((p) => p.date), y: points.map((p) => p.value),
    customdata: points.map((p) => p.period), hovertext: points.map((p) => plotlyPlainText(words.period(p.period))),
  });
  const traces: PlotData[] = [];
  if (targets.length) {
    traces.push({
      type: 'scatter', mode: 'markers', ...common(targets),
      marker: { symbol: targets.map((t) => (t.qualifier === 'at_least' || t.qualifier === 'more_than' ? 'triangle-up' : t.qualifier === 'at_most' ? 'triangle-down' : 'line-ew-open')), size: 14, color, line: { width: 2, color } },
      hovertemplate: hover(words.target),
    });
  }
  if (annual.length) {
    traces.push({
      type: 'scatter', mode: 'lines+markers', ...common(annual),
      line: { color, width: 2 }, marker: { color, size: 7, symbol: annual.map((o) => (o.kind === 'estimate' ? 'circle-open' : 'circle')) },
      hovertemplate: hover(words.outcome),
    });
  }
  if (partial.length) {
    traces.push({
      type: 'scatter', mode: 'text+markers', ...common(partial),
      marker: { color, size: 10, symbol: 'diamond-open', line: { color, width: 2 } },
      text: partial.map((o) => plotlyPlainText(words.period(o.period))), textposition: 'top center', textfont: { color, size: 10 },
      hovertemplate: hover(words.partOfYear),
    });
  }
  // One legend entry per series: the first of its traces speaks for the group, clicking it hides them all.
  return traces.map((t, i) => ({ ...t, showlegend: i === 0 }));
}

export function targetVsActual(series: readonly ChartSeries[], rawUnit: string, words: ChartWords): { data: PlotData[]; layout: PlotLayout } {
  const unit = plotlyPlainText(rawUnit);
  const periods = [...new Set(series.flatMap((s) => [...s.targets, ...s.outcomes].map((p) => p.period)))];
  const values = series.flatMap((s) => [...s.targets, ...s.outcomes].flatMap((p) => [p.value, p.low, p.high])).filter((v): v is number => v !== null);
  const top = values.length ? Math.max(...values) : 1;
  const bottom = values.length ? Math.min(0, ...values) : 0;
  const pad = (top - bottom) * 0.15 || 1;
  // The same indicator in several regions (region folded in the pivot) would otherwise be several same-named entries.
  const withRegion = new Set(series.map((s) => s.region)).size > 1;
  const data: PlotData[] = [];
  const shapes: Record<string, unknown>[] = [];
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    for (const t of placed(s.targets)) shapes.push(targetShape(t, color, bottom - pad, top + pad));
    data.push(...seriesTraces(s, seriesName(s, words, withRegion), color, unit, words));
  });
  const axis = timeAxis(periods);
  return {
    data,
    layout: {
      shapes,
      xaxis: axis ? { type: 'date', range: axis.range, tickmode: 'array', tickvals: axis.tickvals, ticktext: axis.ticktext, showgrid: true } : { type: 'date' },
      yaxis: { title: { text: unit || '' }, range: [bottom - pad, top + pad], zeroline: true },
      legend: { orientation: 'h', y: -0.2, title: { text: plotlyPlainText(words.legendKey), side: 'top', font: { size: 10, color: '#555' } } },
      margin: { l: 56, r: 16, t: 16, b: 96 },
    },
  };
}

/** A bar's label: the indicator, and the period when it is part of the year (progress, not attainment). */
export function barLabel(b: AttainmentBar, words: ChartWords): string {
  return plotlyPlainText(`${b.indicator} ${words.measure(b.measure)}${b.outcome.partOfYear ? ` (${words.period(b.outcome.period)})` : ''}`);
}

/** Bars for the pairs that compare like with like (each bar's reading); the others are named beside the chart. */
export function attainmentChart(bars: readonly AttainmentBar[], year: string, words: ChartWords): { data: PlotData[]; layout: PlotLayout } {
  const shown = bars.flatMap((b) => {
    const r = b.reading;
    return r.kind === 'not-comparable' ? [] : [{ bar: b, percent: r.percent, elapsed: r.kind === 'progress' ? r.elapsed : null }];
  });
  const labels = shown.map((x) => barLabel(x.bar, words));
  const data: PlotData[] = [{
    type: 'bar', name: words.attainment, x: labels, y: shown.map((x) => x.percent),
    marker: { color: shown.map((x) => (x.percent >= (x.elapsed ?? 100) ? '#23733a' : '#a15c00')) },
    text: shown.map((x) => `${x.percent.toFixed(1)}%`), textposition: 'outside',
    hovertemplate: `%{x}: %{y:.1f}%<extra>${year}</extra>`,
  }];
  if (shown.some((x) => x.elapsed !== null)) {
    data.push({ type: 'scatter', mode: 'markers', name: words.timeProgress, x: labels, y: shown.map((x) => x.elapsed), marker: { symbol: 'line-ew-open', size: 28, color: '#1d2430', line: { width: 3 } } });
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
