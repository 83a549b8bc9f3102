// `npm run snapshots`: rewrites tests/snapshots/<set>/<report>.facts.txt from today's engine (format and
// purpose: tests/helpers/facts-snapshot.ts), removes snapshots of reports that are gone, and names what changed.
// Review the changes with `git diff tests/snapshots` before committing them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportsIn, SNAPSHOT_SETS, snapshotFile, snapshotOfFile, snapshotRoot } from '../helpers/facts-snapshot';

let changed = 0;
for (const set of SNAPSHOT_SETS) {
  const reports = reportsIn(set.dir);
  mkdirSync(path.join(snapshotRoot, set.name), { recursive: true });
  for (const report of reports) {
    const file = snapshotFile(set.name, report);
    const text = snapshotOfFile(set.dir, report);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed++;
    process.stdout.write(`wrote ${path.relative(snapshotRoot, file)}\n`);
  }
  const kept = new Set(reports.map((r) => `${r}.facts.txt`));
  for (const stale of readdirSync(path.join(snapshotRoot, set.name)).filter((f) => f.endsWith('.facts.txt') && !kept.has(f))) {
    rmSync(path.join(snapshotRoot, set.name, stale));
    changed++;
    process.stdout.write(`removed ${set.name}/${stale} (its report is gone)\n`);
  }
}
process.stdout.write(changed ? `${changed} snapshot file(s) changed: review them with git diff tests/snapshots\n` : 'snapshots unchanged\n');
