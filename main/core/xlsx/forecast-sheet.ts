// The briefing workbook's 预测 sheet. First block: every series with history before the briefing's forecast period,
// exactly the summaries `forecast --all --target-period P` prints (core/forecast/summary.ts: one function for both),
// rounded for reading. Second block: the forecasts the user saved, with their method and interval, as before.
import { savedForecastInputs } from '../store/queries/forecasts';
import { listSavedForecasts } from '../forecast/saved';
import { briefingForecastPeriod, forecastSummaries, targetWording, type ForecastSummary } from '../forecast/summary';
import type { MethodName } from '../forecast/types';
import type { Workspace } from '../store/workspace';
import { tableSheet, type SheetWithPane } from './grid-sheet';
import { explainedIn, valueWord, WORDS, type BriefingLanguage, type BriefingWords } from './labels';
import { METHOD_TITLES } from '../wording/terms';

/** A saved forecast as the briefing shows it. */
export interface ForecastForExport {
  indicator: string;
  region: string;
  measure: string;
  targetPeriod: string;
  method: string;
  point: number | null;
  low: number | null;
  high: number | null;
  /** Interval coverage, e.g. 0.8; null when the series was too short for an interval. */
  level: number | null;
  pMeet: number | null;
  unit: string | null;
  createdAt: string;
}

/** The batch block: the period forecast and one summary per series. */
export interface ForecastBatch {
  period: string;
  rows: ForecastSummary[];
}

const methodWord = (method: MethodName, language: BriefingLanguage) => METHOD_TITLES[method]![language === 'zh' ? 'zh-CN' : 'en'];

const BATCH_WORDS: Record<BriefingLanguage, { columns: string[]; saved: string; inside: string; outside: string; spanAverage: string }> = {
  zh: {
    columns: ['指标', '地区', '口径', '单位', '预测期', '目标', '方法', '点预测', '80%区间下限', '80%区间上限', '95%区间下限', '95%区间上限', '达标概率', '区间依据', '回测点数', '结果已知'],
    saved: '已保存的预测', inside: '落在95%区间内', outside: '落在95%区间外', spanAverage: '(期间平均)',
  },
  en: {
    columns: ['Indicator', 'Region', 'Measure', 'Unit', 'Target period', 'Target', 'Method', 'Point forecast', '80% low', '80% high', '95% low', '95% high', 'P(meet target)', 'Interval basis', 'Backtest points', 'Outcome known'],
    saved: 'Saved forecasts', inside: 'inside the 95% interval', outside: 'outside the 95% interval', spanAverage: ' (span average)',
  },
};

/** The batch for the briefing's period (see briefingForecastPeriod), or null when the workspace has no figures. */
export function forecastBatchOf(ws: Workspace): ForecastBatch | null {
  const period = briefingForecastPeriod(ws);
  return period ? { period, rows: forecastSummaries(ws, period) } : null;
}

export function savedForecastsOf(ws: Workspace, language: BriefingLanguage): ForecastForExport[] {
  const units = new Map<string, string | null>();
  for (const [id, text] of savedForecastInputs(ws)) {
    try {
      const inputs = JSON.parse(text) as { unit?: unknown };
      units.set(id, typeof inputs.unit === 'string' ? inputs.unit : null);
    } catch {
      units.set(id, null);
    }
  }
  return listSavedForecasts(ws).map((f) => {
    const interval = f.intervals.find((i) => i.level === 80) ?? f.intervals[0] ?? null;
    return {
      indicator: f.indicator, region: f.region, measure: valueWord(WORDS[language], 'measure', f.measure), targetPeriod: f.targetPeriod, method: f.method, point: f.point,
      low: interval?.low ?? null, high: interval?.high ?? null, level: interval ? interval.level / 100 : null, pMeet: f.pMeet,
      unit: units.get(String(f.id)) ?? null, createdAt: f.createdAt,
    };
  });
}

// Rounded for reading (a forecast is not known to more places than its unit shows: 3.09, not 3.086994482507677);
// probabilities and interval levels as percentages, 80.0% and 14.0%.
const round = (v: number | null | undefined, d: number) => (v === null || v === undefined ? null : Math.round(v * 10 ** d) / 10 ** d);
const pct = (v: number | null) => (v === null ? null : round(v * 100, 1));

/** One batch row as the sheet shows it: the summary rounded, coded values in words. */
export function batchRow(s: ForecastSummary, language: BriefingLanguage): (string | number | null)[] {
  const bw = BATCH_WORDS[language];
  const method = s.method ? `${methodWord(s.method, language)}${s.methodForm ? ` · ${s.methodForm}` : ''}${s.subject === 'span_average' ? bw.spanAverage : ''}` : null;
  const known = s.outcomeKnown
    ? `${s.outcomeKnown.period}: ${s.outcomeKnown.value}${s.outcomeKnown.inside95 === null ? '' : `, ${s.outcomeKnown.inside95 ? bw.inside : bw.outside}`}`
    : null;
  return [
    s.indicator, s.region, valueWord(WORDS[language], 'measure', s.measure), s.unit, s.targetPeriod, targetWording(s.target, s.unit, language), method,
    round(s.point, 2), round(s.interval80?.[0], 2), round(s.interval80?.[1], 2), round(s.interval95?.[0], 2), round(s.interval95?.[1], 2),
    pct(s.pMeet), explainedIn(s.basis, language), s.backtestPoints, known,
  ];
}

const POINT_COLUMNS = [7, 8, 9, 10, 11];
const P_COLUMN = 12;

export function forecastsSheet(batch: ForecastBatch | null, saved: readonly ForecastForExport[], w: BriefingWords, language: BriefingLanguage): SheetWithPane {
  const bw = BATCH_WORDS[language];
  const c = w.forecastColumns;
  const savedHeader = [c.indicator, c.region, c.measure, c.targetPeriod, c.method, c.point, c.low, c.high, c.level, c.pMeet, c.createdAt];
  const batchRows = (batch?.rows ?? []).map((s) => batchRow(s, language));
  const savedRows = saved.map((f) => [f.indicator, f.region, f.measure, f.targetPeriod, f.method, round(f.point, 2), round(f.low, 2), round(f.high, 2), pct(f.level), pct(f.pMeet), f.createdAt]);
  // The saved block follows the batch after a blank row, under its own title and header.
  const savedStart = batchRows.length + 3;
  const width = bw.columns.length;
  const padded = (r: readonly (string | number | null)[]) => [...r, ...new Array<null>(width - r.length).fill(null)];
  const rows = savedRows.length ? [...batchRows, [], [bw.saved], savedHeader, ...savedRows].map(padded) : batchRows;
  return tableSheet(bw.columns, rows, (r, col) => {
    if (r < batchRows.length) {
      if (POINT_COLUMNS.includes(col)) return batch!.rows[r]!.unit;
      return col === P_COLUMN ? '%' : null;
    }
    if (r < savedStart) return null;
    const f = saved[r - savedStart];
    return col >= 5 && col <= 7 ? (f?.unit ?? null) : col === 8 || col === 9 ? '%' : null;
  });
}
