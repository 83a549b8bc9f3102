// One target's chart: base → outcomes → target, with the path still required from the latest outcome drawn
// dashed. A span average shows each year's growth against the target rate; a total shows the running sum.
import type { PlanRow } from '../../../main/contract/scores';
import { parsePeriod } from '../../../main/core/types';
import type { PlotData, PlotLayout } from '../../components/PlotlyChart';
import type { PlanStrings } from './strings';

const yearOf = (period: string) => parsePeriod(period)?.endYear ?? NaN;

/** The value the outcome has to reach: a range's near end on the good side is not known here, so its middle. */
function targetValue(r: PlanRow): number | null {
  if (r.target.qualifier === 'range' && r.target.low !== null && r.target.high !== null) return (r.target.low + r.target.high) / 2;
  return r.target.value;
}

export function planChart(r: PlanRow, s: PlanStrings): { data: PlotData[]; layout: PlotLayout } {
  const data: PlotData[] = [];
  const goal = targetValue(r);
  const endYear = yearOf(r.target.period);
  const running = r.totalSoFar !== null;
  let sum = 0;
  const ys = r.outcomes.map((o) => (running ? (sum += o.value) : o.value));
  const xs = r.outcomes.map((o) => yearOf(o.period));
  if (r.base) data.push({ type: 'scatter', mode: 'markers', name: s.series_base, x: [yearOf(r.base.period)], y: [r.base.value], marker: { color: '#6b7785', size: 10 } });
  const line = r.base && !running ? { x: [yearOf(r.base.period), ...xs], y: [r.base.value, ...ys] } : { x: xs, y: ys };
  data.push({ type: 'scatter', mode: 'lines+markers', name: s.series_outcomes, x: line.x, y: line.y, line: { color: '#1f5fa8' } });
  if (goal !== null) {
    data.push({ type: 'scatter', mode: 'markers', name: s.series_target, x: [endYear], y: [goal], marker: { color: '#c0392b', size: 12, symbol: 'star' } });
    const last = ys.length ? { x: xs[xs.length - 1]!, y: ys[ys.length - 1]! } : null;
    if (last && last.x < endYear && r.measure !== 'growth' && r.measure !== 'change') {
      data.push({ type: 'scatter', mode: 'lines', name: s.series_required, x: [last.x, endYear], y: [last.y, goal], line: { color: '#c0392b', dash: 'dash' } });
    }
    if (r.measure === 'growth' || r.measure === 'change') {
      const from = parsePeriod(r.target.period)?.year ?? endYear;
      data.push({ type: 'scatter', mode: 'lines', name: s.series_target, showlegend: false, x: [from, endYear], y: [goal, goal], line: { color: '#c0392b', dash: 'dot' } });
    }
  }
  const unit = r.measure === 'growth' ? '%' : r.unit ?? '';
  const layout: PlotLayout = {
    margin: { l: 56, r: 16, t: 28, b: 36 },
    title: { text: r.indicator, font: { size: 13 } },
    xaxis: { dtick: 1, tickformat: 'd' },
    yaxis: { title: { text: unit } },
    legend: { orientation: 'h', y: -0.2 },
  };
  return { data, layout };
}
