// Text from outside (reports, colleagues' workspaces and sheets) as it is shown. Bidi control characters are
// invisible and reorder what follows them: U+202E before "evil" makes the screen show "live", so an indicator
// name or a title could read as another one. They carry nothing a Chinese report needs, and are dropped at
// display. Plotly renders a pseudo-HTML subset in titles, legends, tick and hover labels (<b>, <a href>,
// style=…), so a name that reaches a chart is escaped to plain text first.

/** LRE RLE PDF LRO RLO (U+202A–202E), LRI RLI FSI PDI (U+2066–2069), LRM RLM (U+200E/200F), ALM (U+061C). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A label Plotly shows as the characters it has: bidi controls dropped, `&`, `<` and `>` as entities. */
export function plotlyPlainText(text: string): string {
  return withoutBidiControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
