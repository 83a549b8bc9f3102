// The fan chart's traces: actuals, the part-year figure, targets (bands for ranges and 左右, lines for point
// targets), and the forecast with its 80% and 95% intervals fanning out from the last actual.
import type { ForecastResult, MethodForecast } from '../../../main/contract/forecasts';
import type { TargetRef } from '../../../main/contract/scores';
import type { FactKind } from '../../../main/core/types';
import type { PlotData, PlotLayout } from '../../components/PlotlyChart';
import { formatPeriod } from '../../format/periods';
import type { Lang } from '../../i18n';
import { periodDate, shiftDays, targetDate, withMissingYears } from '../../format/period-dates';
import type { ForecastStrings } from './strings';

export interface FanWords {
  s: ForecastStrings;
  lang: Lang;
  /** 实际 / 预计: what kind of figure a point is, in the interface language. */
  kind(k: FactKind): string;
}


/** How far a target's bar reaches either side of its day: about a third of a year, so neighbouring years stay apart. */
const TARGET_HALF_WIDTH_DAYS = 110;

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

export function fanChart(r: ForecastResult, best: MethodForecast | null, { s, lang, kind }: FanWords): { data: PlotData[]; layout: PlotLayout } {
  const i = r.inputs;
  const percent = i.unit === '%' || i.measure !== 'level' && i.measure !== 'count';
  const data: PlotData[] = [];
  const T = targetDate(i.targetPeriod);
  i.targets.forEach((t, k) => {
    const band = targetBand(t, i.tolerance, percent);
    const day = targetDate(t.period);
    if (!band || day === null) return;
    const [from, to] = [shiftDays(day, -TARGET_HALF_WIDTH_DAYS), shiftDays(day, TARGET_HALF_WIDTH_DAYS)];
    const common = { name: s.targets, legendgroup: 'targets', showlegend: k === 0, hoverinfo: 'text' as const,
      text: `${formatPeriod(t.period, lang)}: ${band[0] === band[1] ? band[0] : `${band[0]}–${band[1]}`}` };
    if (band[0] === band[1]) {
      data.push({ ...common, type: 'scatter', mode: 'lines', x: [from, to], y: [band[0], band[0]], line: { color: '#c0392b', width: 3, dash: t.qualifier === 'exact' ? 'solid' : 'dot' } });
    } else {
      data.push({ ...common, type: 'scatter', mode: 'lines', x: [from, to, to, from, from], y: [band[0], band[0], band[1], band[1], band[0]],
        fill: 'toself', fillcolor: 'rgba(192,57,43,0.18)', line: { color: '#c0392b', width: 1 } });
    }
  });
  const actuals = withMissingYears(i.series.flatMap((p) => {
    const x = periodDate(p.period);
    return x ? [{ x, y: p.value, text: `${formatPeriod(p.period, lang)} ${kind(p.kind)}` }] : [];
  }));
  data.push({ type: 'scatter', mode: 'lines+markers', name: s.actuals, x: actuals.map((p) => p.x), y: actuals.map((p) => p.y), line: { color: '#1f5fa8' },
    text: actuals.map((p) => p.text), hoverinfo: 'text+y', connectgaps: false });
  const partialDay = i.partial ? periodDate(i.partial.period) : null;
  if (i.partial && partialDay) {
    const name = `${s.partial} ${formatPeriod(i.partial.period, lang)}`;
    data.push({ type: 'scatter', mode: 'markers', name, x: [partialDay], y: [i.partial.value], text: [name], hoverinfo: 'text+y',
      marker: { color: '#1f5fa8', symbol: 'diamond-open', size: 11 } });
  }
  const last = i.series[i.series.length - 1];
  const x0 = last ? periodDate(last.period) : null;
  if (best && best.point !== null && last && x0 && T) {
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
    // A time axis: one tick per year with the year's label centred on its span, so a point sits under the year it
    // belongs to (H1 in the first half of it) and a year without a figure keeps its width.
    xaxis: { type: 'date', tick0: '2000-01-01', dtick: 'M12', ticklabelmode: 'period', tickformat: lang === 'en' ? '%Y' : '%Y年', hoverformat: '%Y-%m', showgrid: true },
    yaxis: { title: { text: i.unit ?? '' }, zeroline: true },
    legend: { orientation: 'h', y: -0.15 },
    // Room under the axis for the legend, so an exported image's source line goes below it, not over it.
    margin: { l: 56, r: 16, t: 32, b: 80 },
  };
  return { data, layout };
}
