// readLeft takes qualifiers, link words and growth verbs off the end of the words before a number, and skips
// a pattern when the words end with no character its words can end with (words.ts PRE_QUALIFIER_ENDS,
// READ_BACK_WORD_ENDS). These sets must hold every such last character. Phrases are made up.
import { describe, expect, it } from 'vitest';
import * as W from '../../main/core/extract/lexicon/words';
import { GROWTH_VERB, LINK_WORDS, PRE_QUALIFIER_ENDS, PRE_QUALIFIERS, READ_BACK_WORD_ENDS } from '../../main/core/extract/words';
import { readLeft } from '../../main/core/extract/phrase';

const lists = [W.AT_LEAST_BEFORE, W.AT_MOST_BEFORE, W.OVER_BEFORE, [...W.APPROX_BEFORE, '约', '近']];
const last = (w: string) => w.charCodeAt(w.length - 1);

describe('the characters words read back from a number can end with', () => {
  it('has one set per qualifier pattern, holding the last character of every word the pattern takes off', () => {
    expect(PRE_QUALIFIER_ENDS.length).toBe(PRE_QUALIFIERS.length);
    PRE_QUALIFIERS.forEach(([re], k) => {
      for (const w of lists[k]!) {
        const m = re.exec(`地区生产总值${w}`);
        if (m) expect(PRE_QUALIFIER_ENDS[k]!.has(last(m[0])), `${w}`).toBe(true);
      }
    });
  });

  it('holds the last character of every link word and growth verb', () => {
    for (const w of [...W.LINK_WORDS, ...W.GROWTH_VERBS]) {
      const m = LINK_WORDS.exec(`地区生产总值${w}`) ?? GROWTH_VERB.exec(`地区生产总值${w}`);
      expect(m, w).not.toBeNull();
      expect(READ_BACK_WORD_ENDS.has(last(m![0])), w).toBe(true);
    }
  });

  it('still reads the words it skips for nothing and the words it takes off', () => {
    expect(readLeft('地区生产总值', '罗湖区').subject).toBe('地区生产总值');
    const r = readLeft('地区生产总值预计增长约', '罗湖区');
    expect([r.subject, r.growth, r.qualifier]).toEqual(['地区生产总值', true, 'approx']);
  });
});
