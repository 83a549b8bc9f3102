// The fan chart's traces: actuals, the part-year figure, targets (bands for ranges and 左右, lines for point
// targets), and the forecast with its 80% and 95% intervals fanning out from the last actual.
import type { ForecastResult, MethodForecast } from '../../../main/contract/forecasts';
import type { TargetRef } from '../../../main/contract/scores';
import { parsePeriod } from '../../../main/core/types';
import type { PlotData, PlotLayout } from '../../components/PlotlyChart';
import type { ForecastStrings } from './strings';

/** Where a period sits on a year axis: a full year at its end, H1 at mid-year, quarters in between. */
export function periodX(period: string): number | null {
  const p = parsePeriod(period);
  if (!p) return null;
  const offset = { Y: 0, H1: -0.5, Q2: -0.5, Q1: -0.75, Q3: -0.25, H2: 0, Q4: 0 }[p.sub];
  return p.endYear + offset;
}

/** The outcomes a target accepts, drawn as [low, high]; a one-sided or exact target is a line at its value. */
function targetBand(t: TargetRef, tolerance: { pp: number; pct: number }, percent: boolean): [number, number] | null {
  if (t.qualifier === 'range' && t.low !== null && t.high !== null) return [t.low, t.high];
  if (t.value === null) return null;
  if (t.qualifier === 'approx') {
    const slack = percent ? tolerance.pp : (Math.abs(t.value) * tolerance.pct) / 100;
    return [t.value - slack, t.value + slack];
  }
  return [t.value, t.value];
}

export function fanChart(r: ForecastResult, best: MethodForecast | null, s: ForecastStrings): { data: PlotData[]; layout: PlotLayout } {
  const i = r.inputs;
  const percent = i.unit === '%' || i.measure !== 'level' && i.measure !== 'count';
  const data: PlotData[] = [];
  const T = periodX(i.targetPeriod.includes('-') ? i.targetPeriod.slice(5) : i.targetPeriod) ?? 0;
  i.targets.forEach((t, k) => {
    const band = targetBand(t, i.tolerance, percent);
    const x = periodX(t.period.includes('-') ? t.period.slice(5) : t.period);
    if (!band || x === null) return;
    const common = { name: s.targets, legendgroup: 'targets', showlegend: k === 0, hoverinfo: 'text' as const, text: `${t.period}: ${band[0] === band[1] ? band[0] : `${band[0]}–${band[1]}`}` };
    if (band[0] === band[1]) {
      data.push({ ...common, type: 'scatter', mode: 'lines', x: [x - 0.3, x + 0.3], y: [band[0], band[0]], line: { color: '#c0392b', width: 3, dash: t.qualifier === 'exact' ? 'solid' : 'dot' } });
    } else {
      data.push({ ...common, type: 'scatter', mode: 'lines', x: [x - 0.3, x + 0.3, x + 0.3, x - 0.3, x - 0.3], y: [band[0], band[0], band[1], band[1], band[0]],
        fill: 'toself', fillcolor: 'rgba(192,57,43,0.18)', line: { color: '#c0392b', width: 1 } });
    }
  });
  const xs = i.series.map((p) => periodX(p.period) ?? p.t);
  data.push({ type: 'scatter', mode: 'lines+markers', name: s.actuals, x: xs, y: i.series.map((p) => p.value), line: { color: '#1f5fa8' },
    text: i.series.map((p) => `${p.period} ${p.kind}`), hoverinfo: 'text+y' });
  if (i.partial) {
    data.push({ type: 'scatter', mode: 'markers', name: `${s.partial} ${i.partial.period}`, x: [periodX(i.partial.period)], y: [i.partial.value],
      marker: { color: '#1f5fa8', symbol: 'diamond-open', size: 11 } });
  }
  const last = i.series[i.series.length - 1];
  if (best && best.point !== null && last) {
    const x0 = periodX(last.period) ?? last.t;
    for (const level of [95, 80] as const) {
      const iv = best.intervals.find((x) => x.level === level);
      if (!iv) continue;
      data.push({ type: 'scatter', mode: 'lines', name: level === 95 ? s.band95 : s.band80, x: [x0, T, T, x0], y: [last.value, iv.high, iv.low, last.value],
        fill: 'toself', fillcolor: level === 95 ? 'rgba(31,95,168,0.12)' : 'rgba(31,95,168,0.25)', line: { width: 0 }, hoverinfo: 'skip' });
    }
    data.push({ type: 'scatter', mode: 'lines+markers', name: `${s.forecast} (${s[`m_${best.method}`]})`, x: [x0, T], y: [last.value, best.point],
      line: { color: '#1f5fa8', dash: 'dash' }, marker: { size: [0, 9] } });
  }
  const layout: PlotLayout = {
    title: { text: `${i.indicator} · ${i.region}`, font: { size: 14 } },
    xaxis: { dtick: 1, tickformat: 'd' },
    yaxis: { title: { text: i.unit ?? '' }, zeroline: true },
    legend: { orientation: 'h', y: -0.15 },
  };
  return { data, layout };
}
