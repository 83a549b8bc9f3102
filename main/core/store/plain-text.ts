// Names that come into the workspace from outside (a report's title, an indicator name typed in a colleague's
// sheet or workspace) are stored without bidi control characters: invisible, they reorder what follows them on
// screen (U+202E before "evil" shows "live"), so two names that look alike could differ, or one could pass
// for another. The renderer drops them at display too (renderer/format/text.ts); this keeps them out of the
// store, so matching, pivots and exports see the name as it reads.

/** LRE RLE PDF LRO RLO (U+202A–202E), LRI RLI FSI PDI (U+2066–2069), LRM RLM (U+200E/200F), ALM (U+061C). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The same for a nullable column. */
export function withoutBidiControlsOrNull(text: string | null): string | null {
  return text === null ? null : withoutBidiControls(text);
}
