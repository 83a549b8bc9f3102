// Per-fact snapshots: every report of ../shared/seeds and ../shared/real-reports read with the built-in rules,
// one tab-separated line per fact, kept in tests/snapshots/<set>/<report>.facts.txt. `npm run snapshots` rewrites
// them (tests/snapshots/write.ts); tests/core/extract-snapshots.test.ts compares them exactly, so every change the
// engine makes to any fact shows up as a diff someone reviews. Nothing in a line depends on where files live.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../main/cli/eval-sets';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';
import type { ExtractedFact } from '../../main/core/types';

export const snapshotRoot = path.join(repoRoot, 'tests/snapshots');

/** The report folders snapshotted, each under its own name in tests/snapshots. */
export const SNAPSHOT_SETS: readonly { name: string; dir: string }[] = [
  { name: 'seeds', dir: path.resolve(repoRoot, '../shared/seeds') },
  { name: 'real-reports', dir: path.resolve(repoRoot, '../shared/real-reports') },
];

export const COLUMNS = ['start', 'indicator', 'measure', 'value', 'low', 'high', 'unit', 'period', 'kind', 'tier', 'rules'] as const;

/** The reports of a folder (.txt and .html), sorted; a missing folder is an error, never an empty set. */
export function reportsIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no report folder at ${dir}`);
  return readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
}

export const snapshotFile = (set: string, report: string) => path.join(snapshotRoot, set, `${report}.facts.txt`);

const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? 'null' : String(v).replace(/[\t\n]/g, ' '));

function lineOf(f: ExtractedFact): string {
  const fields = [f.start, f.indicator, f.measure, f.value, f.low, f.high, f.unit, f.period, f.kind, f.tier, (f.rules ?? []).join(',')];
  return fields.map(cell).join('\t');
}

/** The snapshot text of one report: a header of column names, then one line per fact in text order. */
export function snapshotOf(bytes: Uint8Array, fileName: string): string {
  const { text } = decodeReport(bytes, fileName);
  const { facts } = readReport(text, fileName, { trace: true });
  return [COLUMNS.join('\t'), ...facts.map(lineOf)].join('\n') + '\n';
}

export const snapshotOfFile = (dir: string, report: string) => snapshotOf(new Uint8Array(readFileSync(path.join(dir, report))), report);

/**
 * A line diff for people: lines only in the stored snapshot as "- ", only in today's reading as "+ ", with
 * `context` unchanged lines around each change ("  "). Longest common subsequence; snapshots are a few
 * hundred lines.
 */
export function lineDiff(stored: string, today: string, context = 2): string {
  const a = stored.split('\n');
  const b = today.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: { mark: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ mark: ' ', line: a[i++]! });
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ mark: '-', line: a[i++]! });
    else ops.push({ mark: '+', line: b[j++]! });
  }
  const near = ops.map((_, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.mark !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (near[k]) out.push(`${o.mark} ${o.line}`);
    else if (k === 0 || near[k - 1]) out.push('  …'); // one mark per run of unchanged lines left out
  });
  return out.join('\n');
}
