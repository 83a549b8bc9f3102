// Every explanation the forecast, score and plan engines write, in both languages (see explanations.ts). Slots:
// {n} a number, {period} a period id, {x} text kept as written, {kind} {measure} {method} {spread} terms (terms.ts);
// a digit after a slot's name tells two of a kind apart. The engines' own wording is the side they write.
import type { ExplanationTemplate } from './explanations';

const FORECAST: ExplanationTemplate[] = [
  { id: 'needs-points', en: 'needs at least {n} points', zh: '至少需要 {n} 个数据点' },
  { id: 'needs-points-singular', en: 'needs at least {n} point', zh: '至少需要 {n} 个数据点' },
  { id: 'needs-points-to-combine', en: 'needs at least {n} points and two methods to combine', zh: '至少需要 {n} 个数据点和两种可组合的方法' },
  { id: 'needs-points-damped', en: 'needs at least {n} points (damping a shorter series is guesswork)', zh: '至少需要 {n} 个数据点(序列太短,阻尼趋势无从估计)' },
  { id: 'needs-points-ets', en: 'needs at least {n} points (choosing an ETS form by AICc on fewer is guesswork)', zh: '至少需要 {n} 个数据点(点数更少时无法按 AICc 选择 ETS 形式)' },
  { id: 'not-offered', en: 'not offered', zh: '未提供' },
  { id: 'cagr-levels-only', en: 'compound growth applies to levels and counts, not to rates', zh: '复合增长率只适用于总量和数量,不适用于比率' },
  { id: 'cagr-positive', en: 'compound growth needs positive values', zh: '复合增长率需要正值' },
  { id: 'no-sub-annual', en: 'no sub-annual figure for {period} in the workspace yet', zh: '工作区中还没有 {period} 的年内数据' },
  { id: 'no-year-with-both', en: 'unavailable: no earlier year in the workspace has both a {x} figure and a full-year figure', zh: '工作区中没有哪一年同时有 {x} 数据和全年数据' },
  { id: 'full-years-zero', en: 'unavailable: the historical full-year figures are zero', zh: '历年全年数据为零' },
  { id: 'no-interval-backtest', en: 'no interval: the series is too short to backtest this method', zh: '无区间:序列太短,无法回测此方法' },
  { id: 'no-interval-error', en: "no interval: the series is too short to estimate this method's error", zh: '无区间:序列太短,无法估计此方法的误差' },
  { id: 'indicative-errors', en: 'indicative only: the interval rests on {n} backtest error(s); the series is too short for a reliable one', zh: '仅供参考:区间只基于 {n} 个回测误差,序列太短' },
  { id: 'indicative-df', en: 'indicative only: the error scale rests on {n} degree(s) of freedom', zh: '仅供参考:误差尺度只有 {n} 个自由度' },
  { id: 'latest-points', en: 'using the latest {n} of {n2} points', zh: '使用最近 {n} 个数据点(共 {n2} 个)' },
  { id: 'short-series', en: 'the series has only {n} point(s): methods that need 3 are unavailable and intervals are indicative at best', zh: '序列只有 {n} 个数据点:需要 3 个点的方法不可用,区间仅供参考' },
  { id: 'no-backtest', en: 'no backtest: the series is too short for this method', zh: '无回测:序列太短' },
  { id: 'not-ranked', en: 'not ranked: {n} common backtest point(s), {n2} needed; the default method for a {measure} is shown', zh: '未排名:共同回测点只有 {n} 个(需要 {n2} 个),显示{measure}指标的默认方法' },
  { id: 'outcome-known', en: 'outcome known: {period} is {n} ({kind}); the forecast is scored against it, not needed', zh: '结果已知:{period} 为 {n}({kind}),预测只用于检验' },
  { id: 'partial-enters', en: 'the {period} figure {n} enters the forecast with weight {n2}', zh: '{period} 数据 {n} 已计入预测(权重 {n2})' },
  { id: 'span-average', en: "{period} is an average over the span: P(meet) is about the span's average ({x})", zh: '{period} 是整个期间的平均:达标概率针对期间平均值({x})' },
  { id: 'mape-zero', en: 'not shown: an actual value is zero or near zero', zh: '不显示:有实际值为零或接近零' },
  { id: 'mape-rate', en: 'not shown: percentage errors of a rate or share mean nothing (see MASE)', zh: '不显示:比率或增速的百分比误差没有意义(见 MASE)' },
  { id: 'path-compound', en: 'reaching {n} by {period} from {n2} in {period2} needs {n3}% a year', zh: '从 {period2} 的 {n2} 到 {period} 年达到 {n},每年需增长 {n3}%' },
  { id: 'path-growth-target', en: 'the target is itself a growth rate: {n}% against a mean of {n2}% over {n3} reported year(s)', zh: '目标本身是增速:{n}%,已报告的 {n3} 年平均为 {n2}%' },
  { id: 'path-pp', en: 'needs {n} pp a year to reach {n2}', zh: '每年需变动 {n} 个百分点才能达到 {n2}' },
];

/** The pieces of an interval basis (core/forecast: build, conditioning, span, predictive), joined by "; " and ", ". */
const INTERVAL_BASIS: ExplanationTemplate[] = [
  { id: 'basis-t-spread', en: 't({n}) on {spread}', zh: 't({n}) 分布,基于{spread}' },
  { id: 'basis-t-backtest', en: 't({n}) on {n2} backtest errors', zh: 't({n}) 分布,基于 {n2} 个回测误差' },
  { id: 'basis-t-leave-one-out', en: 't({n}) on {n2} leave-one-year-out error(s)', zh: 't({n}) 分布,基于 {n2} 个逐年留一误差' },
  { id: 'basis-t-ets', en: 't({n}) on {x}, AICc {n2}: its analytic variance by maximum likelihood', zh: 't({n}) 分布,基于 {x}(AICc {n2})的极大似然解析方差' },
  { id: 'basis-t-ets-over', en: 't({n}) on {x}, AICc {n2} (over {x2}): its analytic variance by maximum likelihood', zh: 't({n}) 分布,基于 {x}(AICc {n2},优于 {x2})的极大似然解析方差' },
  { id: 'ets-form-over', en: '{x}, AICc {n} (over {x2})', zh: '{x}, AICc {n}(优于 {x2})' },
  { id: 'basis-log-scale', en: 'on the log scale', zh: '在对数尺度上' },
  {
    id: 'basis-recalibrated',
    en: 'recalibrated on its {n} out-of-sample error(s) (scale × {n2}) and widened × {n3} for having been picked among {n4} methods on {n5} backtest points',
    zh: '按其 {n} 个样本外误差重新校准(尺度 × {n2}),并因在 {n5} 个回测点上从 {n4} 种方法中选出而放宽 × {n3}',
  },
  {
    id: 'basis-conditioned',
    en: 'conditioned on {period} = {n} (stated error {n2}: the one-year spread × the {n3}% of the year left; no earlier year has both figures), weight {n4}',
    zh: '以 {period} = {n} 为条件(设定误差 {n2}:一年的离散度 × 全年剩余的 {n3}%;此前没有哪一年同时有两项数据),权重 {n4}',
  },
  { id: 'span-known', en: 'every year of the span is reported: the average is known', zh: '期间每一年都已报告:平均值已知' },
  { id: 'span-no-model', en: '{method} has no model for the average of several years', zh: '{method}没有多年平均值的模型' },
  { id: 'span-average-of', en: "average of {n} reported and {n2} forecast year(s) ({x}); t({n3}) on {method}'s spread of their mean", zh: '{n} 个已报告年份与 {n2} 个预测年份({x})的平均;t({n3}) 分布,基于{method}对其均值的离散度' },
  { id: 'span-left-out', en: 'not reported and left out: {x}', zh: '未报告、未计入:{x}' },
];

const SCORES: ExplanationTemplate[] = [
  { id: 'year-not-over', en: 'the year is not over: {period} figure only', zh: '年度未结束:仅有 {period} 数据' },
  { id: 'no-outcome', en: 'no outcome reported yet', zh: '尚无实际数据' },
  { id: 'completion-share-only', en: 'only a completion share is stated so far', zh: '目前只有报告所述的完成比例' },
  { id: 'units-differ', en: 'units differ: target in {x}, outcome in {x2}', zh: '单位不同:目标为 {x},实际为 {x2}' },
  { id: 'target-in-words', en: 'the target is stated in words, not as a number', zh: '目标是文字表述,没有数值' },
  { id: 'outcome-in-words', en: 'the outcome is stated in words, not as a number', zh: '实际是文字表述,没有数值' },
  { id: 'range-unbounded', en: 'the target range has no bounds', zh: '目标区间没有上下限' },
  { id: 'outcome-exceeds', en: 'the outcome is only known to exceed {n}', zh: '实际值只知道超过 {n}' },
  { id: 'outcome-below', en: 'the outcome is only known to be below {n}', zh: '实际值只知道低于 {n}' },
  { id: 'negative-target', en: 'negative target: {n}% of it reached reads backwards; judged by the distance to the pro-rata path ({n2})', zh: '目标为负:“完成 {n}%”会反向误读,按与时序进度路径({n2})的距离评判' },
  { id: 'completion-as-stated', en: 'completion share as stated in the report', zh: '报告所述完成比例' },
  { id: 'neutral-time-progress', en: 'neutral indicator: read as higher is better for time progress', zh: '中性指标:时序进度按越高越好理解' },
  { id: 'direction-unknown', en: 'the catalogue does not know whether higher or lower is better for this indicator', zh: '指标目录不知道该指标越高越好还是越低越好' },
];

/** The plan check writes Chinese (core/score/plan-path.ts); English is its reading for the English interface. */
const PLANS: ExplanationTemplate[] = [
  { id: 'plan-no-actual', zh: '尚无规划期内的实际数', en: 'no outcome within the plan period yet' },
  { id: 'plan-direction-unknown', zh: '指标方向未知,不作判断', en: 'not judged: whether higher or lower is better is unknown' },
  { id: 'plan-year-passed', zh: '目标年已过,未达到目标', en: 'the target year has passed and the target was not met' },
  { id: 'plan-met-early', zh: '已提前达到目标', en: 'the target is already met' },
  { id: 'plan-no-base', zh: '缺少基期值,无法比较进度', en: 'no base-year value, so progress cannot be compared' },
  { id: 'plan-neutral', zh: '指标无好坏方向,不作判断', en: 'not judged: the indicator has no better direction' },
  { id: 'plan-period-unknown', zh: '目标期间无法识别', en: "the target's period cannot be read" },
  { id: 'plan-average-missed', zh: '规划期已结束,平均增速未达到目标', en: 'the plan period is over and the average growth missed the target' },
  { id: 'plan-not-number', zh: '目标不是数值', en: 'the target is not a number' },
  { id: 'plan-total-missed', zh: '目标年已过,累计未达到目标', en: 'the target year has passed and the total did not reach the target' },
];

export const EXPLANATION_TEMPLATES: readonly ExplanationTemplate[] = [...FORECAST, ...INTERVAL_BASIS, ...SCORES, ...PLANS];
