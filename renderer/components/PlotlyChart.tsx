// A small chart wrapper over plotly.js-basic-dist-min: Plotly.react on every change, Plotly.purge on unmount.
// Every chart here is a scatter or a bar, so plotly.js's partial bundle of those (1.2 MB, against 4.8 MB for all trace
// types) is enough: evaluating it is what a first chart waits for. It is loaded on first use, or while idle.
import { useEffect, useRef, useState } from 'react';
import type { PlotConfig, PlotData, PlotLayout } from 'plotly.js-basic-dist-min';

export type { PlotConfig, PlotData, PlotLayout };

type PlotlyModule = typeof import('plotly.js-basic-dist-min');
let plotlyLoad: Promise<PlotlyModule> | null = null;
function loadPlotly(): Promise<PlotlyModule> {
  plotlyLoad ??= import('plotly.js-basic-dist-min');
  return plotlyLoad;
}

/** Loads Plotly ahead of the first chart (the shell calls it while idle); the chart then draws without waiting. */
export const preloadPlotly = (): Promise<unknown> => loadPlotly();

/** Fonts with Chinese glyphs first so axis titles like 亿元 render in screenshots and exports. */
const FONT = { family: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif', size: 12 };

export interface PlotlyChartProps {
  data: PlotData[];
  layout?: PlotLayout;
  config?: PlotConfig;
  /** Names the chart for tests and screen readers. */
  label: string;
  height?: number;
  /** Called each time Plotly has finished drawing (an export button can wait for it). */
  onDrawn?(): void;
}

export function PlotlyChart({ data, layout, config, label, height = 360, onDrawn }: PlotlyChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest callback, without redrawing when only its identity changes.
  const drawn = useRef(onDrawn);
  useEffect(() => {
    drawn.current = onDrawn;
  });

  useEffect(() => {
    let live = true;
    const node = el.current;
    if (!node) return;
    loadPlotly()
      .then((mod) => {
        if (!live) return;
        const plotly = mod.default ?? mod;
        // No Plotly toolbar: its buttons speak English only and its image export has no title or source; each chart
        // has our own export buttons (components/chart-export.ts). Zoom by dragging still works; double-click resets.
        return plotly.react(node, data, { font: FONT, margin: { l: 56, r: 16, t: 32, b: 40 }, height, ...layout },
          { displaylogo: false, displayModeBar: false, responsive: true, ...config });
      })
      .then(() => {
        if (!live) return;
        setError(null);
        drawn.current?.();
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [data, layout, config, height]);

  useEffect(() => {
    const node = el.current;
    return () => {
      // Purge only if Plotly was ever loaded; importing it just to clean up would defeat the lazy load.
      if (node && plotlyLoad) void plotlyLoad.then((mod) => (mod.default ?? mod).purge(node));
    };
  }, []);

  return (
    <figure className="plotly-chart" aria-label={label} data-testid={`chart-${label}`}>
      <div ref={el} style={{ minHeight: height }} />
      {error && <figcaption className="error-text" role="alert">{error}</figcaption>}
    </figure>
  );
}
