// `npm run --silent cli -- score --jsonl FILE.db`: one JSON object per scored (region, indicator, measure,
// period): target, actual, status, gap and, for part-year actuals, time progress. Without --jsonl, one JSON
// document with the rows and the track record.
import { buildScorecard } from '../core/score/scorecard';
import { loadSqlJs } from '../sqljs';
import { openWorkspaceFile } from '../workspace-file/open';
import type { Workspace } from '../core/store/workspace';
import { documentExists, documentIdByFileName } from '../core/store/queries/documents';
import { parseArgs, UsageError, type CliCommand, type ParsedArgs } from './args';
import { scoreJson } from './score-json';

const USAGE = 'planscope score [--jsonl] [--include-pending] [--document ID] [--as-of-report ID|FILE_NAME] [--period P] [--tolerance-pp 0.5] [--tolerance-pct 2] FILE.db';

/** A report named by its id or its file name, as the user sees it in `build-db`'s output. */
function reportId(ws: Workspace, value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError(`--as-of-report needs a report id or file name\nusage: ${USAGE}`);
  const id = /^\d+$/.test(value) ? (documentExists(ws, Number(value)) ? Number(value) : null) : documentIdByFileName(ws, value);
  if (id === null) throw new UsageError(`--as-of-report: no report "${value}" in this workspace (give its id or file name)\nusage: ${USAGE}`);
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
  const ws = await openWorkspaceFile(await loadSqlJs(), file);
  try {
    const asOf = reportId(ws, args.flags.get('as-of-report'));
    const card = buildScorecard(ws, {
      documentId: documentId ?? asOf, asOfReport: asOf, period: typeof period === 'string' ? period : undefined,
      tolerance: { pp: numberFlag(args, 'tolerance-pp', USAGE), pct: numberFlag(args, 'tolerance-pct', USAGE) },
    });
    // A row is "scored" once there is an outcome to judge; targets still waiting for one only on request.
    const rows = card.rows.filter((r) => args.flags.has('include-pending') || r.actual !== null).map(scoreJson);
    if (args.flags.has('jsonl')) for (const r of rows) io.out(JSON.stringify(r));
    else io.out(JSON.stringify({ rows, by_indicator: card.byIndicator, by_region: card.byRegion, tolerance: card.tolerance }, null, 2));
    return 0;
  } finally {
    ws.close();
  }
};
