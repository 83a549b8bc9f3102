// `npm run --silent cli -- forecast --db FILE.db --indicator NAME --measure M --region R --target-period P`:
// the ranked methods, the point forecast with intervals and P(meet target), as one JSON document.
// With --save the best (or --method) forecast is stored in the workspace file, which is saved atomically.
// `forecast --db FILE.db --all --target-period P [--jsonl]`: every series with figures before P, one JSON line
// each (or one JSON array); each line's `summary` is the row the briefing workbook's 预测 sheet shows (rounded there).
// The workspace is opened by the app's workspace.open; one series is built and saved by forecasts.build,
// forecasts.save and workspace.save, through dispatch. The batch has no method of the app's (the briefing's 预测
// sheet reads the same core batch), so --all runs it on the workspace that workspace.open opened.
import { forecastAll } from '../core/forecast/batch';
import { forecastSummary, targetWording, type ForecastSummary } from '../core/forecast/summary';
import { METHOD_NAMES, type ForecastResult } from '../core/forecast/types';
import { parsePeriod, type Measure } from '../core/types';
import { appCaller } from './app-call';
import { parseArgs, requireFlag, UsageError, type CliCommand, type ParsedArgs } from './args';
import { forecastJson } from './score-json';
import { numberFlag } from './score';

const USAGE = 'planscope forecast --db FILE.db (--all | --indicator NAME --measure level|growth|share|rate|count|change --region R) --target-period P [--jsonl] [--tolerance-pp 0.5] [--tolerance-pct 2] [--save [--method NAME]]';
const MEASURES: readonly Measure[] = ['level', 'growth', 'share', 'rate', 'count', 'change'];

const r6 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1e6) / 1e6);

const r6pair = (p: [number, number] | null) => (p ? [r6(p[0]), r6(p[1])] : null);

/** The reading the briefing's 预测 sheet shows for the same series (core/forecast/summary.ts), unrounded to 1e-6. */
export function summaryJson(s: ForecastSummary): Record<string, unknown> {
  return {
    indicator: s.indicator, region: s.region, measure: s.measure, unit: s.unit, target_period: s.targetPeriod,
    target: s.target && { ...s.target, wording: targetWording(s.target, s.unit, 'en') },
    method: s.method, method_form: s.methodForm, subject: s.subject, point: r6(s.point),
    interval_80: r6pair(s.interval80), interval_95: r6pair(s.interval95), p_meet: r6(s.pMeet), p_meet_or_within_tolerance: r6(s.pMeetOrWithin),
    basis: s.basis, backtest_points: s.backtestPoints,
    outcome_known: s.outcomeKnown && { ...s.outcomeKnown, error: r6(s.outcomeKnown.error) },
  };
}

/** The single-series JSON plus what the interval rests on, the common backtest points, a span's average and the summary. */
export function forecastOutput(r: ForecastResult): Record<string, unknown> {
  const best = r.methods.find((m) => m.method === r.best) ?? null;
  return {
    ...forecastJson(r),
    method_form: best?.form ?? null,
    interval_basis: best?.intervalBasis ?? null,
    interval_df: best?.intervalDf ?? null,
    backtest_points: r.backtestPoints,
    outcome_known: r.outcome && {
      period: r.outcome.period, value: r.outcome.value, kind: r.outcome.kind, fact_id: r.outcome.factId,
      error: r6(r.outcome.error), inside_80: r.outcome.inside80, inside_95: r.outcome.inside95,
    },
    span: r.span && {
      period: r.span.period, method: r.span.method, reported: r.span.reported, remaining_years: r.span.remainingYears, missing_years: r.span.missingYears,
      average_point: r6(r.span.averagePoint),
      interval_80: r.span.intervals.filter((i) => i.level === 80).map((i) => [r6(i.low), r6(i.high)])[0] ?? null,
      interval_95: r.span.intervals.filter((i) => i.level === 95).map((i) => [r6(i.low), r6(i.high)])[0] ?? null,
      basis: r.span.basis, p_meet: r6(r.span.pMeet), p_meet_or_within_tolerance: r6(r.span.pMeetOrWithin),
      required_average_remaining: r6(r.span.requiredAverageRemaining),
    },
    summary: summaryJson(forecastSummary(r)),
  };
}

const tolerance = (args: ParsedArgs) => ({ pp: numberFlag(args, 'tolerance-pp', USAGE), pct: numberFlag(args, 'tolerance-pct', USAGE) });

export const forecastCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['save', 'all', 'jsonl']);
  const db = requireFlag(args, 'db', USAGE);
  const targetPeriod = requireFlag(args, 'target-period', USAGE);
  if (!parsePeriod(targetPeriod)) throw new UsageError(`--target-period "${targetPeriod}" is not a period (e.g. 2024, 2024H1, 2021-2025)\nusage: ${USAGE}`);
  if (args.flags.has('all')) {
    if (args.flags.has('save') || args.flags.has('indicator')) throw new UsageError(`--all forecasts every series: it takes neither --indicator nor --save\nusage: ${USAGE}`);
    const app = await appCaller();
    try {
      await app.call('workspace.open', { path: db });
      const rows = forecastAll(app.ctx.session.current(), targetPeriod, tolerance(args)).map(forecastOutput);
      if (args.flags.has('jsonl')) for (const r of rows) io.out(JSON.stringify(r));
      else io.out(JSON.stringify(rows, null, 2));
      return 0;
    } finally {
      app.close();
    }
  }
  const indicator = requireFlag(args, 'indicator', USAGE);
  const measureText = requireFlag(args, 'measure', USAGE);
  const region = requireFlag(args, 'region', USAGE);
  const measure = MEASURES.find((m) => m === measureText);
  if (!measure) throw new UsageError(`--measure must be one of ${MEASURES.join(', ')}, got "${measureText}"\nusage: ${USAGE}`);
  const methodText = args.flags.get('method');
  const method = typeof methodText === 'string' ? METHOD_NAMES.find((m) => m === methodText) : undefined;
  if (typeof methodText === 'string' && !method) throw new UsageError(`--method must be one of ${METHOD_NAMES.join(', ')}\nusage: ${USAGE}`);
  // --save replaces the workspace file atomically, with no .bak beside it (as before).
  const app = await appCaller({ backup: false });
  try {
    await app.call('workspace.open', { path: db });
    const query = { region, indicator, measure, targetPeriod, tolerance: tolerance(args) };
    const out = forecastOutput(await app.call('forecasts.build', query));
    if (args.flags.has('save')) {
      out.saved_id = (await app.call('forecasts.save', { ...query, ...(method ? { method } : {}) })).id;
      await app.call('workspace.save', {});
    }
    io.out(JSON.stringify(out, args.flags.has('jsonl') ? undefined : null, args.flags.has('jsonl') ? undefined : 2));
    return 0;
  } finally {
    app.close();
  }
};
