// The one place extraction gets its normalized text from (main/core/normalize, owned by the normalization
// work). Until that module lands, simplified-script reports are read as they are (identity map).
export interface NormalizedText {
  text: string;
  /** Index in the normalized text → index in the original. For an end offset use toOriginal(end - 1) + 1. */
  toOriginal(index: number): number;
}

export function normalizeForExtraction(original: string): NormalizedText {
  return { text: original, toOriginal: (i) => i };
}
