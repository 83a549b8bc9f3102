// Finding the next of a few marker characters in a report ('<', '&', '/' for markup; '[' and '【' for
// footnotes). String.indexOf finds one character many times faster than a loop over code units or a regex class
// that holds an ASCII character, so each character is searched with it; the rest of a set may be one regex of
// a few ranges, which the regex engine also scans fast. A character's next place is searched again only once
// the reader has passed it, so reading every marker of a text stays linear in its length.

export class NextOf {
  /** Per character (then the regex): its next place at or after the last search, -1 for none left, -2 unsearched. */
  private readonly places: number[];

  constructor(private readonly text: string, private readonly chars: readonly string[], private readonly ranges: RegExp | null = null) {
    if (ranges && !ranges.global) throw new Error('NextOf: the ranges regex must be global');
    this.places = new Array<number>(chars.length + (ranges ? 1 : 0)).fill(-2);
  }

  /** The first place at or after `from` holding one of the characters (or a match of the ranges), or -1; `from` never decreases. */
  next(from: number): number {
    let best = -1;
    for (let k = 0; k < this.places.length; k++) {
      let place = this.places[k]!;
      if (place !== -1 && place < from) {
        place = k < this.chars.length ? this.text.indexOf(this.chars[k]!, from) : this.search(from);
        this.places[k] = place;
      }
      if (place >= 0 && (best < 0 || place < best)) best = place;
    }
    return best;
  }

  private search(from: number): number {
    const re = this.ranges!;
    re.lastIndex = from;
    return re.exec(this.text)?.index ?? -1;
  }
}
