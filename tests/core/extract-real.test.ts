// The seventeen real documents of ../shared/real-reports (nine other governments; gold in its gold/ folder),
// scored as `npm run eval` scores them: each figure held at today's counts minus one fact
// (tests/core/eval-floors.json), and Planscope's recall never below the naive number-with-unit scan's.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSets } from '../../main/cli/eval-sets';
import { describeEvalSet, lazySet } from '../helpers/eval-set';

const set = evalSets().find((s) => s.name === 'real-reports')!;
const scored = lazySet('real-reports');

describe('the real-reports set', () => {
  it('scores every labelled document (no gold file is skipped)', () => {
    const goldFiles = readdirSync(set.goldDir).filter((f) => f.endsWith('.jsonl'));
    expect(goldFiles.length).toBeGreaterThanOrEqual(17);
    expect(scored().documents.map((d) => d.name.replace(/\.\w+$/, '')).sort()).toEqual(goldFiles.map((f) => f.replace(/\.jsonl$/, '')).sort());
  });
  it('marks a document headline-only only with the words of the set README that say so', () => {
    // The README wraps its lines: compare with runs of white space as one space.
    const readme = readFileSync(path.join(set.reportDirs[0]!, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(Object.keys(set.headlineOnly).length).toBeGreaterThan(0);
    for (const [doc, why] of Object.entries(set.headlineOnly)) {
      expect(readme.includes(doc), `${doc} is named in the README`).toBe(true);
      const quoted = /"(.+)"$/.exec(why)?.[1] ?? '';
      expect(quoted.length, `${doc}: the reason quotes the README`).toBeGreaterThan(20);
      expect(readme.includes(quoted), `${doc}: the README says "${quoted}"`).toBe(true);
    }
  });
  it('scores a headline-only document\'s precision over the facts claiming tier 1, and every other one over all facts', () => {
    for (const d of scored().documents) {
      const pool = d.labelling === 'headline-only' ? d.facts.filter((f) => f.tier === 1).length : d.facts.length;
      expect(d.planscope.counts.precisionPool, d.name).toBe(pool);
    }
  });
});

describeEvalSet('real-reports');
