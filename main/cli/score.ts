// `npm run --silent cli -- score --jsonl FILE.db`: one JSON object per scored (region, indicator, measure,
// period): target, actual, status, gap and, for part-year actuals, time progress. Without --jsonl, one JSON
// document with the rows and the track record.
// The workspace is opened and checked by the app's workspace.open and scored by scores.scorecard, through dispatch.
import { appCaller, type AppCaller } from './app-call';
import { parseArgs, UsageError, type CliCommand, type ParsedArgs } from './args';
import { scoreJson } from './score-json';

const USAGE = 'planscope score [--jsonl] [--include-pending] [--document ID] [--as-of-report ID|FILE_NAME] [--period P] [--tolerance-pp 0.5] [--tolerance-pct 2] FILE.db';

/** A report named by its id or its file name (the first imported when several share it), as `build-db` prints them. */
async function reportId(app: AppCaller, value: string | true | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError(`--as-of-report needs a report id or file name\nusage: ${USAGE}`);
  const reports = await app.call('reports.list', {});
  const byId = /^\d+$/.test(value);
  const id = reports.filter((r) => (byId ? r.id === Number(value) : r.fileName === value)).map((r) => r.id).sort((a, b) => a - b)[0];
  if (id === undefined) throw new UsageError(`--as-of-report: no report "${value}" in this workspace (give its id or file name)\nusage: ${USAGE}`);
  return id;
}

export function numberFlag(args: ParsedArgs, name: string, usage: string): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} needs a non-negative number, got ${v === true ? 'nothing' : `"${v}"`}\nusage: ${usage}`);
  return n;
}

export const scoreCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['jsonl', 'include-pending']);
  const file = args.positional[0] ?? (typeof args.flags.get('db') === 'string' ? String(args.flags.get('db')) : undefined);
  if (!file) throw new UsageError(`no workspace file given\nusage: ${USAGE}`);
  const documentId = numberFlag(args, 'document', USAGE);
  const period = args.flags.get('period');
  const tolerance = { pp: numberFlag(args, 'tolerance-pp', USAGE), pct: numberFlag(args, 'tolerance-pct', USAGE) };
  const app = await appCaller();
  try {
    await app.call('workspace.open', { path: file });
    const asOf = await reportId(app, args.flags.get('as-of-report'));
    // --document alone scores that report's targets against every figure held; --as-of-report limits the figures.
    const card = await app.call('scores.scorecard', {
      documentId: documentId ?? asOf, asOfReport: asOf ?? null, tolerance, ...(typeof period === 'string' ? { period } : {}),
    });
    // A row is "scored" once there is an outcome to judge; targets still waiting for one only on request.
    const rows = card.rows.filter((r) => args.flags.has('include-pending') || r.actual !== null).map(scoreJson);
    if (args.flags.has('jsonl')) for (const r of rows) io.out(JSON.stringify(r));
    else io.out(JSON.stringify({ rows, by_indicator: card.byIndicator, by_region: card.byRegion, tolerance: card.tolerance }, null, 2));
    return 0;
  } finally {
    app.close();
  }
};
