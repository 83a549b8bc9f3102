// `npm run --silent cli -- plan-check --db FILE.db --jsonl`: one JSON object per target of a multi-year plan —
// the target, its base, the latest outcome, the annual pace achieved and still required, and a status.
// Without --jsonl, one JSON array.
// The workspace is opened and checked by the app's workspace.open and read by scores.planCheck, through dispatch.
import type { PlanRow } from '../core/score/plan-targets';
import { appCaller } from './app-call';
import { parseArgs, UsageError, type CliCommand } from './args';

const USAGE = 'planscope plan-check [--jsonl] --db FILE.db';

/** snake_case, as batch users' scripts expect; growth for levels in percent, change for shares and rates in points. */
export function planJson(r: PlanRow) {
  const points = r.measure === 'share' || r.measure === 'rate';
  return {
    region: r.region, indicator: r.indicator, measure: r.measure, unit: r.unit, tier: r.tier,
    target: { value: r.target.value, low: r.target.low, high: r.target.high, qualifier: r.target.qualifier, period: r.target.period, fact_id: r.target.factId },
    base: r.base && { value: r.base.value, period: r.base.period },
    latest: r.latest && { value: r.latest.value, period: r.latest.period },
    ...(points
      ? { achieved_annual_change_pp: r.achievedAnnualChangePp, required_annual_change_pp: r.requiredAnnualChangePp }
      : { achieved_annual_growth_pct: r.achievedAnnualGrowthPct ?? r.averageSoFarPct, required_annual_growth_pct: r.requiredAnnualGrowthPct ?? r.requiredAnnualChangePp }),
    ...(r.totalSoFar !== null ? { total_so_far: r.totalSoFar, required_per_year: r.requiredPerYear } : {}),
    progress_pct: r.progressPct,
    time_elapsed_pct: r.timeElapsedPct,
    status: r.status,
    reason: r.reason,
  };
}

export const planCheckCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['jsonl']);
  const db = args.flags.get('db');
  const file = typeof db === 'string' ? db : args.positional[0];
  if (!file) throw new UsageError(`no workspace file given\nusage: ${USAGE}`);
  const app = await appCaller();
  try {
    await app.call('workspace.open', { path: file });
    const rows = (await app.call('scores.planCheck', {})).map(planJson);
    if (args.flags.has('jsonl')) for (const r of rows) io.out(JSON.stringify(r));
    else io.out(JSON.stringify(rows, null, 2));
    return 0;
  } finally {
    app.close();
  }
};
