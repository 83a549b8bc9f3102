// Forecast results as they cross into the contract, the CLI and the briefing workbook: plain JSON.
import type { Direction, FactKind, Measure } from '../types';
import type { ScoreStatus, TargetRef } from '../score/types';

export type MethodName = 'naive' | 'drift' | 'linear_trend' | 'ses' | 'theta' | 'ets' | 'combination' | 'damped_holt' | 'cagr' | 'h1_to_full_year';

export const METHOD_NAMES: readonly MethodName[] = ['naive', 'drift', 'linear_trend', 'ses', 'theta', 'ets', 'damped_holt', 'cagr', 'combination', 'h1_to_full_year'];

/** One point of a series: t is the year (a half-year series also counts in years: 2023H1 → 2023). */
export interface SeriesPoint {
  period: string;
  t: number;
  value: number;
  factId: number | null;
  kind: FactKind;
}

export interface Metrics {
  /** Number of backtest forecasts the metrics rest on. */
  n: number;
  me: number | null;
  mae: number | null;
  rmse: number | null;
  /** Null when an actual is zero or near zero (relative errors explode): see mapeNote. */
  mape: number | null;
  mapeNote: string | null;
  /** Mean absolute scaled error: MAE ÷ the in-sample mean absolute one-year change (below 1 beats naive in sample). */
  mase: number | null;
  /** Theil's U2: below 1 beats the no-change forecast. Null when a base value is near zero. */
  theilU2: number | null;
  /** Share of backtest steps whose predicted direction of change matched the actual one. */
  directionalAccuracy: number | null;
}

export interface Interval {
  level: 80 | 95;
  low: number;
  high: number;
}

export interface MethodForecast {
  method: MethodName;
  available: boolean;
  /** Why a method could not be used on this series (too short, not a level, no H1 history…). */
  reason: string | null;
  point: number | null;
  intervals: Interval[];
  /** Says when intervals rest on too few backtest errors, or could not be formed at all. */
  intervalNote: string | null;
  /** What the interval rests on, in words: the model, its degrees of freedom, the scale, any recalibration. */
  intervalBasis: string | null;
  /** Degrees of freedom of the t distribution behind the interval and P(meet). */
  intervalDf: number | null;
  /** The predictive standard error on the working scale (log of the value for positive levels). */
  seWorking?: number;
  /** The one-year error scale the intervals use (root mean square of backtest errors per year of horizon). */
  sigmaPerYear: number | null;
  metrics: Metrics;
  /** P(the outcome is scored met); null without intervals. */
  pMeet: number | null;
  /** P(met or within tolerance). */
  pMeetOrWithin: number | null;
  rank: number | null;
  /** Parameters the method chose (Holt's α, β, φ; the H1 share), for the record. */
  params: Record<string, number>;
  /** The model form a method chose, in words (ETS: "ETS(A,Ad,N), AICc 12.3 (over …)"). */
  form?: string;
}

/** What growth the target implies, against what the series has delivered. */
export interface TargetPath {
  fromPeriod: string;
  fromValue: number;
  years: number;
  /** % a year needed to reach the target (levels), or the target rate itself (growth rates). */
  requiredPct: number | null;
  /** % a year the series has delivered: compound growth of a level, or the mean of a growth rate. */
  historicalPct: number | null;
  plausible: boolean | null;
  note: string;
}

export interface ForecastInputs {
  region: string;
  indicator: string;
  measure: Measure;
  targetPeriod: string;
  unit: string | null;
  direction: Direction;
  series: SeriesPoint[];
  /** The latest cumulative sub-annual figure of the target year, if any. */
  partial: SeriesPoint | null;
  /** Past years with both a sub-annual and a full-year figure: what H1→full-year learns from. */
  partialHistory: { year: number; partial: number; full: number }[];
  target: TargetRef | null;
  /** Every period's target for this series (best statement each), for drawing past targets beside actuals. */
  targets: TargetRef[];
  tolerance: { pp: number; pct: number };
}

export interface ForecastResult {
  inputs: ForecastInputs;
  horizonYears: number;
  methods: MethodForecast[];
  /** The best-ranked method that has intervals (or any point forecast when none has). */
  best: MethodName | null;
  /** How many common backtest origins every method was scored on. */
  backtestPoints: number;
  targetPath: TargetPath | null;
  /** When the target period's figure is already in the workspace: the forecast is scored instead of trusted. */
  outcome: KnownOutcome | null;
  /** For a target that is an average over a span (年均, 2021-2025): the span's average and P(it meets the target). */
  span: SpanForecast | null;
  notes: string[];
}

export interface KnownOutcome {
  period: string;
  value: number;
  kind: FactKind;
  factId: number | null;
  /** The recommended forecast against it, as if made before it was known. */
  error: number | null;
  inside80: boolean | null;
  inside95: boolean | null;
}

export interface SpanForecast {
  period: string;
  method: string;
  /** The span's years already reported, as they are. */
  reported: { period: string; value: number }[];
  /** The span's years still to come, forecast by the method. */
  remainingYears: number[];
  /** Years inside the span before the latest figure that the workspace has no figure for (left out). */
  missingYears: number[];
  averagePoint: number;
  intervals: Interval[];
  basis: string;
  pMeet: number | null;
  pMeetOrWithin: number | null;
  /** The average the remaining years need for the whole span to average the target. */
  requiredAverageRemaining: number | null;
}

export interface SavedForecast {
  id: number;
  createdAt: string;
  region: string;
  indicator: string;
  measure: Measure;
  targetPeriod: string;
  method: MethodName;
  point: number | null;
  intervals: Interval[];
  pMeet: number | null;
  pMeetOrWithin: number | null;
  /** Filled automatically once the target period's outcome is in the workspace. */
  outcome: SavedForecastOutcome | null;
}

export interface SavedForecastOutcome {
  actualFactId: number;
  actual: number;
  kind: FactKind;
  error: number | null;
  absError: number | null;
  inside80: boolean | null;
  inside95: boolean | null;
  targetStatus: ScoreStatus | null;
  /** (P(met) − outcome)², outcome 1 when the target was met: lower is a better-calibrated forecast. */
  brier: number | null;
}
