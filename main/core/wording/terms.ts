// Words main puts inside explanations and sheets that differ by language: fact kinds, measures, forecast methods, and
// what a forecast interval's spread is estimated from. One list each, used by explanations, the pivot's labels
// (core/pivot/labels.ts), the briefing sheets and the forecasts service's messages.
import { worded, type Worded } from '../messages';

export type SlotKind = 'kind' | 'measure' | 'method' | 'spread';

/** The Chinese side of a word list, as the pivot's labels and the briefing use it. */
export const inChinese = (words: Record<string, Worded>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).map(([code, w]) => [code, w['zh-CN']]));

export const KIND_WORDS: Record<string, Worded> = {
  actual: worded('实际', 'actual'), estimate: worded('预计', 'estimate'), target: worded('目标', 'target'),
};

export const MEASURE_WORDS: Record<string, Worded> = {
  level: worded('总量', 'level'), growth: worded('增速', 'growth'), share: worded('占比', 'share'), rate: worded('比率', 'rate'),
  count: worded('数量', 'count'), change: worded('变化', 'change'),
};

/** Forecast methods by the names the briefing and the interface give them; in explanations English keeps the id. */
export const METHOD_TITLES: Record<string, Worded> = {
  naive: worded('朴素法', 'Naive'), drift: worded('漂移法', 'Drift'), linear_trend: worded('线性趋势', 'Linear trend'),
  ses: worded('简单指数平滑', 'Simple exponential smoothing'), theta: worded('Theta 法', 'Theta'), ets: worded('ETS', 'ETS'),
  combination: worded('等权组合', 'Equal-weight combination'), damped_holt: worded('阻尼 Holt', 'Damped Holt'), cagr: worded('复合增长率', 'CAGR'),
  h1_to_full_year: worded('上半年推全年', 'H1 → full year'),
};

const METHOD_IN_TEXT: Record<string, Worded> = Object.fromEntries(Object.entries(METHOD_TITLES).map(([id, w]) => [id, worded(w['zh-CN'], id)]));

/** What each method's interval spread is estimated from (core/forecast/build.ts SPREAD_BASIS). */
export const SPREAD_WORDS: Record<string, Worded> = {
  naive: worded('随机游走的残差尺度', "the random walk's residual scale"),
  drift: worded('随机游走的残差尺度加漂移项的标准误', "the random walk's residual scale plus the drift's standard error"),
  linear_trend: worded('趋势回归的预测标准误', "the trend regression's prediction standard error"),
  ses: worded('简单指数平滑的一步误差（ETS(A,N,N)）', "simple exponential smoothing's one-step errors (ETS(A,N,N))"),
  theta: worded('简单指数平滑的一步误差（同 R 的 thetaf）', "simple exponential smoothing's one-step errors, as R's thetaf"),
  ets: worded('所选 ETS 形式的解析方差', "the chosen ETS form's analytic variance"),
  combination: worded('各成员区间宽度的平均（它们的误差同向变动，不按独立合并）', "the mean of its members' spreads (their errors move together, so they are not pooled as independent)"),
  cagr: worded('对数随机游走的残差尺度加增长率的标准误', "the log random walk's residual scale plus the growth rate's standard error"),
  damped_holt: worded('它的回测误差', 'its backtest errors'),
};

export const SLOT_TERMS: Record<SlotKind, Record<string, Worded>> = {
  kind: KIND_WORDS, measure: MEASURE_WORDS, method: METHOD_IN_TEXT, spread: SPREAD_WORDS,
};
