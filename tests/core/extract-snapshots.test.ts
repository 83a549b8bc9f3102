// Every fact of every report in ../shared/seeds and ../shared/real-reports, compared exactly with the reviewed
// snapshot in tests/snapshots (format: tests/helpers/facts-snapshot.ts). A change to the engine that changes any
// fact fails here until `npm run snapshots` rewrites the snapshots and someone reviews the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineDiff, reportsIn, SNAPSHOT_SETS, snapshotFile, snapshotOf, snapshotOfFile, snapshotRoot } from '../helpers/facts-snapshot';

const RUN = 'run `npm run snapshots` and review the diff (git diff tests/snapshots) before committing it';

describe.each(SNAPSHOT_SETS)('facts of every report in $name', ({ name, dir }) => {
  const reports = reportsIn(dir);
  it('has reports to snapshot, and no snapshot of a report that is gone', () => {
    expect(reports.length).toBeGreaterThan(0);
    const stored = existsSync(path.join(snapshotRoot, name)) ? readdirSync(path.join(snapshotRoot, name)).filter((f) => f.endsWith('.facts.txt')) : [];
    expect(stored.filter((f) => !reports.includes(f.replace(/\.facts\.txt$/, ''))), `stale snapshots: ${RUN}`).toEqual([]);
  });
  it.each(reports)('%s reads as its snapshot says', (report) => {
    const file = snapshotFile(name, report);
    if (!existsSync(file)) expect.fail(`no snapshot ${path.relative(snapshotRoot, file)}: ${RUN}`);
    const stored = readFileSync(file, 'utf8');
    const today = snapshotOfFile(dir, report);
    if (stored !== today) expect.fail(`${report}: the facts changed (- snapshot, + today):\n${lineDiff(stored, today)}\n\nIf the change is intended, ${RUN}.`);
  });
});

describe('the snapshot format', () => {
  // A made-up two-fact report (not quoted from a real one).
  const report = '深圳市罗湖区2023年国民经济和社会发展计划执行情况的报告\n一、主要经济指标\n地区生产总值增长6.0%,固定资产投资增长10.5%。\n';
  const snapshot = snapshotOf(new TextEncoder().encode(report), 'made-up.txt');
  it('has one tab-separated line per fact under a header, nulls written out, rules listed', () => {
    const [header, ...lines] = snapshot.trimEnd().split('\n');
    expect(header).toBe('start\tindicator\tmeasure\tvalue\tlow\thigh\tunit\tperiod\tkind\ttier\trules');
    expect(lines).toHaveLength(2);
    // start is an offset into the original text; where a span starts, the tier and the rule ids are the engine's to decide.
    const start = expect.stringMatching(/^\d+$/);
    expect(lines.map((l) => l.split('\t'))).toEqual([
      [start, '地区生产总值', 'growth', '6', 'null', 'null', '%', '2023', 'actual', expect.stringMatching(/^[12]$/), expect.stringMatching(/\S/)],
      [start, '固定资产投资', 'growth', '10.5', 'null', 'null', '%', '2023', 'actual', expect.stringMatching(/^[12]$/), expect.stringMatching(/\S/)],
    ]);
  });
  it('does not depend on the machine: the same bytes read the same under any file path', () => {
    expect(snapshotOf(new TextEncoder().encode(report), '/some/where/else/made-up.txt')).toBe(snapshot);
  });
  it('shows a change as - and + lines with a little context', () => {
    expect(lineDiff('a\nb\nc\nd\ne\nf\ng', 'a\nb\nc\nD\ne\nf\ng', 1)).toBe('  …\n  c\n- d\n+ D\n  e\n  …');
  });
});
