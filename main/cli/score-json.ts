// The CLI's JSON shapes for scores and forecasts (snake_case, as batch users' scripts expect). Kept apart
// from the commands so tests can check the shapes without a terminal.
import type { ForecastResult, MethodForecast } from '../core/forecast/types';
import type { Score } from '../core/score/types';

const r6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

export function scoreJson(s: Score) {
  const subAnnual = s.actual !== null && s.actual.period !== s.period;
  return {
    region: s.region, indicator: s.indicator, measure: s.measure, period: s.period, direction: s.direction,
    target: { value: s.target.value, low: s.target.low, high: s.target.high, qualifier: s.target.qualifier, unit: s.target.unit, fact_id: s.target.factId },
    actual: s.actual && { value: s.actual.value, period: s.actual.period, kind: s.actual.kind, unit: s.actual.unit, fact_id: s.actual.factId },
    status: s.status,
    reason: s.reason,
    gap: s.gap && { value: s.gap.value, unit: s.gap.unit, relative: s.gap.relative, relative_unit: s.gap.relativeUnit },
    ...(subAnnual || s.timeProgress ? {
      time_progress: s.timeProgress && {
        expected_pct: s.timeProgress.expectedPct, achieved_pct: r6(s.timeProgress.achievedPct), ahead_by_pct: r6(s.timeProgress.aheadByPct),
        verdict: s.timeProgress.verdict, source: s.timeProgress.source, note: s.timeProgress.note,
      },
    } : {}),
    ...(s.path ? { required_path: { from_period: s.path.fromPeriod, from_value: s.path.fromValue, years: s.path.years, required_pct: s.path.requiredPct, historical_pct: s.path.historicalPct, plausible: s.path.plausible } } : {}),
    revisions: s.revisions.map((v) => ({ fact_id: v.factId, value: v.value, kind: v.kind, period: v.period, published: v.published, best: v.best })),
  };
}

function methodJson(m: MethodForecast) {
  const iv = (level: 80 | 95) => {
    const i = m.intervals.find((x) => x.level === level);
    return i ? [r6(i.low), r6(i.high)] : null;
  };
  return {
    rank: m.rank, method: m.method, available: m.available, reason: m.reason, point: r6(m.point),
    interval_80: iv(80), interval_95: iv(95), interval_note: m.intervalNote,
    p_meet: r6(m.pMeet), p_meet_or_within_tolerance: r6(m.pMeetOrWithin),
    backtest: {
      n: m.metrics.n, me: r6(m.metrics.me), mae: r6(m.metrics.mae), rmse: r6(m.metrics.rmse), mape: r6(m.metrics.mape), mape_note: m.metrics.mapeNote, mase: r6(m.metrics.mase),
      theil_u2: r6(m.metrics.theilU2), directional_accuracy: r6(m.metrics.directionalAccuracy),
    },
    params: m.params,
  };
}

export function forecastJson(r: ForecastResult) {
  const i = r.inputs;
  const ranked = r.methods.filter((m) => m.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const best = r.methods.find((m) => m.method === r.best) ?? null;
  return {
    region: i.region, indicator: i.indicator, measure: i.measure, target_period: i.targetPeriod, unit: i.unit, direction: i.direction,
    target: i.target && { value: i.target.value, low: i.target.low, high: i.target.high, qualifier: i.target.qualifier, fact_id: i.target.factId },
    series: i.series.map((p) => ({ period: p.period, value: p.value, kind: p.kind, fact_id: p.factId })),
    partial: i.partial && { period: i.partial.period, value: i.partial.value, fact_id: i.partial.factId },
    horizon_years: r.horizonYears,
    forecast: best && { method: best.method, point: r6(best.point), interval_80: methodJson(best).interval_80, interval_95: methodJson(best).interval_95, interval_note: best.intervalNote },
    p_meet_target: best ? r6(best.pMeet) : null,
    p_meet_target_within_tolerance: best ? r6(best.pMeetOrWithin) : null,
    ranking: ranked.map(methodJson),
    unavailable: r.methods.filter((m) => !m.available).map((m) => ({ method: m.method, reason: m.reason })),
    target_path: r.targetPath && {
      from_period: r.targetPath.fromPeriod, from_value: r.targetPath.fromValue, years: r.targetPath.years,
      required_pct: r.targetPath.requiredPct, historical_pct: r.targetPath.historicalPct, plausible: r.targetPath.plausible, note: r.targetPath.note,
    },
    notes: r.notes,
  };
}
