// The fan chart with our own export buttons: the image carries the chart's title with its unit and a source line
// (the figures it rests on, the workspace, the method, when) in the interface language. Plotly's own toolbar is off
// (components/PlotlyChart.tsx): it speaks English only and exports a bare plot.
import { useCallback, useRef, useState } from 'react';
import type { ForecastResult, MethodForecast } from '../../../main/contract/forecasts';
import { exportChart, type ChartCaption } from '../../components/chart-export';
import { PlotlyChart, type PlotData, type PlotLayout } from '../../components/PlotlyChart';
import { formatDateTime } from '../../format/dates';
import { formatPeriod } from '../../format/periods';
import { fill, useLang, type Lang } from '../../i18n';
import { reportError } from '../../shell/notices';
import { useWorkspace } from '../../shell/workspace';
import type { ForecastStrings } from './strings';

/** "地区生产总值 · 增速 · 罗湖区:实际与预测 (%)" and where its numbers come from. */
export function fanChartCaption(r: ForecastResult, best: MethodForecast | null, c: { s: ForecastStrings; lang: Lang; measureWord: string; workspace: string; now: string }): ChartCaption {
  const i = r.inputs;
  const title = fill(c.s.chartTitle, { indicator: i.indicator, measure: c.measureWord, region: i.region }) + (i.unit ? ` (${i.unit})` : '');
  const first = i.series[0]?.period ?? '';
  const last = i.series[i.series.length - 1]?.period ?? '';
  const source = fill(c.s.chartSource, {
    workspace: c.workspace, n: i.series.length + (i.partial ? 1 : 0), from: formatPeriod(first, c.lang),
    to: formatPeriod(i.partial?.period ?? last, c.lang), method: best ? c.s[`m_${best.method}`] : c.s.noP, date: formatDateTime(c.now, c.lang),
  });
  return { title, source };
}

interface FanChartFigureProps {
  result: ForecastResult;
  best: MethodForecast | null;
  chart: { data: PlotData[]; layout: PlotLayout };
  measureWord: string;
  s: ForecastStrings;
}

export function FanChartFigure({ result, best, chart, measureWord, s }: FanChartFigureProps) {
  const lang = useLang((st) => st.lang);
  const workspace = useWorkspace((w) => w.info?.name ?? '');
  const box = useRef<HTMLDivElement>(null);
  // Plotly loads on first use: until it has drawn, there is nothing to export (the buttons wait instead of failing).
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  // The caption is made when the button is pressed, so its export time is the time of the export.
  const save = (format: 'png' | 'svg') => {
    const caption = fanChartCaption(result, best, { s, lang, measureWord, workspace, now: new Date().toISOString() });
    exportChart(box.current, caption, format).catch(reportError);
  };
  return (
    <div className="forecast-figure" ref={box}>
      <div className="forecast-figure-head">
        <span className="chart-export">
          <button type="button" data-testid="forecast-export-png" title={s.exportChart} disabled={!drawn} onClick={() => save('png')}>PNG</button>
          <button type="button" data-testid="forecast-export-svg" title={s.exportChart} disabled={!drawn} onClick={() => save('svg')}>SVG</button>
        </span>
      </div>
      <PlotlyChart label="forecast-fan" data={chart.data} layout={chart.layout} height={340} onDrawn={onDrawn} />
    </div>
  );
}
