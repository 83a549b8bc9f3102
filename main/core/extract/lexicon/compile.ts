// Word lists are data (arrays a reviewer can read and a test can check); these helpers compile them into the
// regexes the readers use. Every list is plain words: no regex syntax, so a word means exactly itself.

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * The words as one regex alternation, in the list's order. Lists are written longest-first where one spelling
 * contains another (tests/core/lexicon.test.ts checks it), so an alternation tried in order takes the whole word.
 */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(SPECIAL, '\\$&')).join('|');
}

/** Matches a text that ends with one of the words (group 1 is the word). */
export const endingWith = (words: readonly string[]): RegExp => new RegExp(`(${alternation(words)})$`);

/** Matches a text that starts with one of the words (group 1 is the word). */
export const startingWith = (words: readonly string[]): RegExp => new RegExp(`^(${alternation(words)})`);

/** Matches a text containing one of the words anywhere. */
export const containing = (words: readonly string[]): RegExp => new RegExp(`(${alternation(words)})`);

/** Matches a text made only of the words, one after another ("累计引进" = 累计 + 引进). */
export const onlyOf = (words: readonly string[]): RegExp => new RegExp(`^(${alternation(words)})+$`);
