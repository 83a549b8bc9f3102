// `npm run --silent cli -- forecast --db FILE.db --indicator NAME --measure M --region R --target-period P`:
// the ranked methods, the point forecast with intervals and P(meet target), as one JSON document.
// With --save the best (or --method) forecast is stored in the workspace file, which is saved atomically.
import { buildForecast } from '../core/forecast/build';
import { saveForecast } from '../core/forecast/saved';
import { forecastInputs } from '../core/forecast/series';
import { METHOD_NAMES } from '../core/forecast/types';
import { parsePeriod, type Measure } from '../core/types';
import { loadSqlJs } from '../sqljs';
import { openWorkspaceFile } from '../workspace-file/open';
import { saveWorkspaceFile } from '../workspace-file/save';
import { parseArgs, requireFlag, UsageError, type CliCommand } from './args';
import { forecastJson } from './score-json';
import { numberFlag } from './score';

const USAGE = 'planscope forecast --db FILE.db --indicator NAME --measure level|growth|share|rate|count|change --region R --target-period P [--tolerance-pp 0.5] [--tolerance-pct 2] [--save [--method NAME]]';
const MEASURES: readonly Measure[] = ['level', 'growth', 'share', 'rate', 'count', 'change'];

export const forecastCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['save']);
  const db = requireFlag(args, 'db', USAGE);
  const indicator = requireFlag(args, 'indicator', USAGE);
  const measureText = requireFlag(args, 'measure', USAGE);
  const region = requireFlag(args, 'region', USAGE);
  const targetPeriod = requireFlag(args, 'target-period', USAGE);
  const measure = MEASURES.find((m) => m === measureText);
  if (!measure) throw new UsageError(`--measure must be one of ${MEASURES.join(', ')}, got "${measureText}"\nusage: ${USAGE}`);
  if (!parsePeriod(targetPeriod)) throw new UsageError(`--target-period "${targetPeriod}" is not a period (e.g. 2024, 2024H1, 2021-2025)\nusage: ${USAGE}`);
  const methodText = args.flags.get('method');
  const method = typeof methodText === 'string' ? METHOD_NAMES.find((m) => m === methodText) : undefined;
  if (typeof methodText === 'string' && !method) throw new UsageError(`--method must be one of ${METHOD_NAMES.join(', ')}\nusage: ${USAGE}`);
  const ws = await openWorkspaceFile(await loadSqlJs(), db);
  try {
    const inputs = forecastInputs(ws, {
      region, indicator, measure, targetPeriod,
      tolerance: { pp: numberFlag(args, 'tolerance-pp', USAGE), pct: numberFlag(args, 'tolerance-pct', USAGE) },
    });
    if (!inputs) {
      io.err(`planscope forecast: ${db} has no ${measure} figures and no target for ${indicator} in ${region}.`);
      return 1;
    }
    const result = buildForecast(inputs);
    const out: Record<string, unknown> = forecastJson(result);
    if (args.flags.has('save')) {
      out.saved_id = saveForecast(ws, result, new Date().toISOString(), method);
      await saveWorkspaceFile(db, ws.export());
    }
    io.out(JSON.stringify(out, null, 2));
    return 0;
  } finally {
    ws.close();
  }
};
