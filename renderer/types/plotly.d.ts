// plotly.js-basic-dist-min (plotly.js's official partial bundle: scatter, bar and pie, ¼ of the full bundle's size)
// ships no types, and @types/plotly.js would pull the full plotly.js typings. The wrapper
// uses only these two calls; data and layout stay plain JSON-like objects.
declare module 'plotly.js-basic-dist-min' {
  export type PlotData = Record<string, unknown>;
  export type PlotLayout = Record<string, unknown>;
  export type PlotConfig = Record<string, unknown>;
  export function react(el: HTMLElement, data: PlotData[], layout?: PlotLayout, config?: PlotConfig): Promise<HTMLElement>;
  export function purge(el: HTMLElement): void;
  const Plotly: { react: typeof react; purge: typeof purge };
  export default Plotly;
}
