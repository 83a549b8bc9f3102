// Export a drawn chart as PNG or SVG through Plotly.toImage (the bundled plotly.js-dist-min, no CDN), saved by
// the browser's download (Electron asks where to save it).
type ImageFormat = 'png' | 'svg';
type ToImage = (el: HTMLElement, opts: { format: ImageFormat; width: number; height: number; scale?: number }) => Promise<string>;

function hasToImage(m: unknown): m is { toImage: ToImage } {
  return typeof m === 'object' && m !== null && typeof (m as { toImage?: unknown }).toImage === 'function';
}

async function plotlyToImage(): Promise<ToImage> {
  const mod: unknown = await import('plotly.js-dist-min');
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

export async function exportChart(container: HTMLElement | null, title: string, format: ImageFormat): Promise<void> {
  const plot = container?.querySelector<HTMLElement>('.js-plotly-plot');
  if (!plot) throw new Error('The chart is not drawn yet.');
  const toImage = await plotlyToImage();
  const width = Math.max(640, plot.clientWidth);
  const height = Math.max(360, plot.clientHeight);
  const url = await toImage(plot, { format, width, height, scale: format === 'png' ? 2 : 1 });
  const a = document.createElement('a');
  a.href = url;
  a.download = chartFileName(title, format);
  document.body.appendChild(a);
  a.click();
  a.remove();
}
