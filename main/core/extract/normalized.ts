// The one place extraction gets its normalized text from: main/core/normalize (simplified script, pinyin
// annotations and page chrome removed, widths folded, split numbers joined) with a map back to the original.
export { normalizeReport as normalizeForExtraction, type NormalizedText } from '../normalize/index';
