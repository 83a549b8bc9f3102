// Export a drawn chart as PNG or SVG through Plotly.toImage (the bundled plotly.js-basic-dist-min, no CDN), saved by the
// browser's download (Electron asks where to save it). The image is made for a briefing: it carries the chart's
// title (with its unit) and a source line under the plot, in the interface language — on screen the title sits in
// the panel above the plot, which a bare image of the plot would lose.
type ImageFormat = 'png' | 'svg';
interface Figure {
  data: unknown[];
  layout: Record<string, unknown>;
}
type ToImage = (figure: Figure, opts: { format: ImageFormat; width: number; height: number; scale?: number }) => Promise<string>;

function hasToImage(m: unknown): m is { toImage: ToImage } {
  return typeof m === 'object' && m !== null && typeof (m as { toImage?: unknown }).toImage === 'function';
}

async function plotlyToImage(): Promise<ToImage> {
  const mod: unknown = await import('plotly.js-basic-dist-min');
  const plotly = typeof mod === 'object' && mod !== null && 'default' in mod ? (mod as { default: unknown }).default : mod;
  if (hasToImage(plotly)) return plotly.toImage;
  if (hasToImage(mod)) return mod.toImage;
  throw new Error('Plotly.toImage is not available in this build');
}

/** A file name from a chart title: keeps Chinese, drops characters file systems refuse. */
export function chartFileName(title: string, format: ImageFormat): string {
  const base = title.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'chart';
  return `${base}.${format}`;
}

export interface ChartCaption {
  /** "目标与实际 (亿元)": what the chart shows and in which unit. */
  title: string;
  /** "资料来源:…": where its numbers come from, printed under the plot. */
  source: string;
}

/** The drawn figure with the caption added: a title on top and the source line at the bottom left. */
export function captioned(data: unknown[], layout: Record<string, unknown>, caption: ChartCaption): Figure {
  const margin = (layout.margin ?? {}) as Record<string, number>;
  const annotations = Array.isArray(layout.annotations) ? layout.annotations : [];
  return {
    data,
    layout: {
      ...layout,
      title: { text: caption.title, x: 0.02, xanchor: 'left', font: { size: 15 } },
      margin: { ...margin, t: Math.max(margin.t ?? 0, 56), b: Math.max(margin.b ?? 0, 40) + 36 },
      annotations: [...annotations, {
        text: caption.source, xref: 'paper', yref: 'paper', x: 0, y: 0, yshift: -Math.max(margin.b ?? 0, 40) - 14,
        xanchor: 'left', yanchor: 'top', showarrow: false, align: 'left', font: { size: 10, color: '#555' },
      }],
    },
  };
}

interface DrawnPlot extends HTMLElement {
  data?: unknown[];
  layout?: Record<string, unknown>;
}

export async function exportChart(container: HTMLElement | null, caption: ChartCaption, format: ImageFormat): Promise<void> {
  const plot = container?.querySelector<DrawnPlot>('.js-plotly-plot');
  if (!plot?.data || !plot.layout) throw new Error('The chart is not drawn yet.');
  const toImage = await plotlyToImage();
  const width = Math.max(800, plot.clientWidth);
  const height = Math.max(450, plot.clientHeight + 90);
  const url = await toImage(captioned(plot.data, { ...plot.layout, height, width }, caption), { format, width, height, scale: format === 'png' ? 2 : 1 });
  const a = document.createElement('a');
  a.href = url;
  a.download = chartFileName(caption.title, format);
  document.body.appendChild(a);
  a.click();
  a.remove();
}
