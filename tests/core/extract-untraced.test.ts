// A read without a trace takes shortcuts a traced read cannot (the trace records which veto refused a number,
// so a traced read runs every veto in order; an untraced one may refuse a number as soon as its refusal is
// certain, and restated-target reuses the list reader's reading). The facts must be the same either way:
// every report of the snapshot sets is read both ways here and compared fact by fact, the trace's rule ids aside.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';
import { reportsIn, SNAPSHOT_SETS } from '../helpers/facts-snapshot';

describe.each(SNAPSHOT_SETS)('reports in $name read with and without a trace', ({ dir }) => {
  it.each(reportsIn(dir))('%s has the same facts both ways', (report) => {
    const { text } = decodeReport(new Uint8Array(readFileSync(path.join(dir, report))), report);
    const traced = readReport(text, report, { trace: true }).facts.map(({ rules: _rules, ...fact }) => fact);
    const untraced = readReport(text, report).facts;
    expect(untraced.length).toBeGreaterThan(0);
    expect(untraced).toEqual(traced);
  });
});
