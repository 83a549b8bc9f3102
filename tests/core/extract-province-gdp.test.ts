// The 2026 GDP-growth target of each of the 31 provinces, as its 2026 government work report states it.
// Every sentence in tests/fixtures/province-gdp-2026.jsonl is verbatim from a public report (source repository, path
// and commit on each line; see tests/fixtures/real/README.md). The two lines wrapped around it here — a title
// "<region>2026年政府工作报告" and the heading "二、2026年主要目标" — are made up by us, so that the sentence sits in a
// small report of the genre it came from.
//
// All 31 are read right (low, high, qualifier, period, kind); each is a plain test, so a regression fails by province.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';

interface ProvinceTarget {
  province: string;
  code: string;
  region: string;
  sentence: string;
  quote: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  period: string;
  kind: string;
}

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/province-gdp-2026.jsonl');
const targets: ProvinceTarget[] = readFileSync(fixture, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ProvinceTarget);

/** Provinces whose target the extractor misses or misreads today (flip a code out when it starts to pass). */

const smallReport = (t: ProvinceTarget) => `${t.region}2026年政府工作报告\n二、2026年主要目标\n${t.sentence}\n`;

describe('2026 GDP-growth targets of the 31 provinces', () => {
  it('has one verbatim target sentence for each of the 31 provinces', () => {
    expect(new Set(targets.map((t) => t.code)).size).toBe(31);
    for (const t of targets) expect(t.sentence).toContain(t.quote);
  });

  for (const t of targets) {
    it(`${t.region}: ${t.quote}`, () => {
      const { facts } = readReport(smallReport(t), `${t.code}-2026.txt`);
      const gdp = facts.filter((f) => f.indicator === '地区生产总值' && f.measure === 'growth');
      expect(gdp.map(({ value, low, high, qualifier, period, kind }) => ({ value, low, high, qualifier, period, kind })))
        .toContainEqual({ value: t.value, low: t.low, high: t.high, qualifier: t.qualifier, period: t.period, kind: t.kind });
    });
  }
});
