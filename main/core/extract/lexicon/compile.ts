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
export const endingWith = (words: readonly string[]): RegExp => new EndingWith(words);

/**
 * `(words)$` that first looks at the text's last character: a match ends with a word, so a text whose last
 * character ends no word cannot match, and the alternation (which the engine tries at every character) is not
 * run. Most texts a reader asks ("…增长", "…企业") end with no word of a given list.
 */
class EndingWith extends RegExp {
  /** null when a word is empty (it would match any text). */
  private readonly lastChars: ReadonlySet<number> | null;

  constructor(words: readonly string[]) {
    super(`(${alternation(words)})$`);
    this.lastChars = words.every((w) => w.length > 0) ? new Set(words.map((w) => w.charCodeAt(w.length - 1))) : null;
  }

  // String methods that copy a regex (split) get a plain one.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    return !this.lastChars || this.lastChars.has(text.charCodeAt(text.length - 1)) ? super.exec(text) : null;
  }
}

/** Matches a text that starts with one of the words (group 1 is the word). */
export const startingWith = (words: readonly string[]): RegExp => new RegExp(`^(${alternation(words)})`);

/** Matches a text containing one of the words anywhere. */
export const containing = (words: readonly string[]): RegExp => new RegExp(`(${alternation(words)})`);

/** Matches a text made only of the words, one after another ("累计引进" = 累计 + 引进). */
export const onlyOf = (words: readonly string[]): RegExp => new RegExp(`^(${alternation(words)})+$`);
