// Chinese for the explanations main writes in English (why a method is unavailable, why an interval is only
// indicative, why a score is pending). main's English stays the reference (the CLI prints it); a message this
// table does not know is shown in English rather than hidden.
import { formatPeriod } from '../../format/periods';
import type { Lang } from '../../i18n';

const N = '(-?[\\d.]+)';
const ANY = '(.+?)';

const ZH: [RegExp, string][] = [
  [new RegExp(`^needs at least ${N} points?$`), '至少需要 $1 个数据点'],
  [/^compound growth applies to levels and counts, not to rates$/, '复合增长率只适用于总量和数量,不适用于比率'],
  [/^compound growth needs positive values$/, '复合增长率需要正值'],
  [new RegExp(`^no sub-annual figure for ${ANY} in the workspace yet$`), '工作区中还没有 $1 的年内数据'],
  [new RegExp(`^unavailable: no earlier year in the workspace has both a ${ANY} figure and a full-year figure$`), '工作区中没有哪一年同时有 $1 数据和全年数据'],
  [/^unavailable: the historical full-year figures are zero$/, '历年全年数据为零'],
  [/^no interval: the series is too short to backtest this method$/, '无区间:序列太短,无法回测此方法'],
  [/^no interval: the series is too short to estimate this method's error$/, '无区间:序列太短,无法估计此方法的误差'],
  [new RegExp(`^indicative only: the interval rests on ${N} backtest error\\(s\\); the series is too short for a reliable one$`), '仅供参考:区间只基于 $1 个回测误差,序列太短'],
  [new RegExp(`^using the latest ${N} of ${N} points$`), '使用最近 $1 个数据点(共 $2 个)'],
  [new RegExp(`^the series has only ${N} point\\(s\\): methods that need 3 are unavailable and intervals are indicative at best$`), '序列只有 $1 个数据点:需要 3 个点的方法不可用,区间仅供参考'],
  [/^no backtest: the series is too short for this method$/, '无回测:序列太短'],
  [new RegExp(`^needs at least ${N} points and two methods to combine$`), '至少需要 $1 个数据点和两个可组合的方法'],
  [new RegExp(`^indicative only: the error scale rests on ${N} degree\\(s\\) of freedom$`), '仅供参考:误差尺度只有 $1 个自由度'],
  [new RegExp(`^not ranked: ${N} common backtest point\\(s\\), ${N} needed; the default method for a ${ANY} is shown$`), '未排名:共同回测点只有 $1 个(需要 $2 个),显示该类指标的默认方法'],
  [new RegExp(`^outcome known: ${ANY} is ${N} \\(${ANY}\\); the forecast is scored against it, not needed$`), '结果已知:$1 为 $2($3),预测只用于检验'],
  [new RegExp(`^the ${ANY} figure ${N} enters the forecast with weight ${N}$`), '$1 数据 $2 已计入预测(权重 $3)'],
  [new RegExp(`^needs at least ${N} points \\(damping a shorter series is guesswork\\)$`), '至少需要 $1 个数据点(序列太短,阻尼趋势无从估计)'],
  [new RegExp(`^needs at least ${N} points \\(choosing an ETS form by AICc on fewer is guesswork\\)$`), '至少需要 $1 个数据点(点数更少时无法按 AICc 选择 ETS 形式)'],
  [/^not shown: an actual value is zero or near zero$/, '不显示:有实际值为零或接近零'],
  [/^not shown: percentage errors of a rate or share mean nothing \(see MASE\)$/, '不显示:比率或增速的百分比误差没有意义(见 MASE)'],
  [new RegExp(`^reaching ${N} by ${N} from ${N} in ${ANY} needs ${N}% a year$`), '从 $4 的 $3 到 $2 年达到 $1,每年需增长 $5%'],
  [new RegExp(`^the target is itself a growth rate: ${N}% against a mean of ${N}% over ${N} reported year\\(s\\)$`), '目标本身是增速:$1%,已报告的 $3 年平均为 $2%'],
  [new RegExp(`^needs ${N} pp a year to reach ${N}$`), '每年需变动 $1 个百分点才能达到 $2'],
  [new RegExp(`^the year is not over: ${ANY} figure only$`), '年度未结束:仅有 $1 数据'],
  [/^no outcome reported yet$/, '尚无实际数据'],
  [/^only a completion share is stated so far$/, '目前只有报告所述的完成比例'],
  [new RegExp(`^units differ: target in ${ANY}, outcome in ${ANY}$`), '单位不同:目标为 $1,实际为 $2'],
  [/^the target is stated in words, not as a number$/, '目标是文字表述,没有数值'],
  [/^the outcome is stated in words, not as a number$/, '实际是文字表述,没有数值'],
  [/^the target range has no bounds$/, '目标区间没有上下限'],
  [new RegExp(`^the outcome is only known to exceed ${N}$`), '实际值只知道超过 $1'],
  [new RegExp(`^the outcome is only known to be below ${N}$`), '实际值只知道低于 $1'],
  [new RegExp(`^negative target: ${N}% of it reached reads backwards; judged by the distance to the pro-rata path \\(${N}\\)$`), '目标为负:“完成 $1%”会反向误读,按与时序进度路径($2)的距离评判'],
  [/^completion share as stated in the report$/, '报告所述完成比例'],
  [/^neutral indicator: read as higher is better for time progress$/, '中性指标:时序进度按越高越好理解'],
  [/^the catalogue does not know whether higher or lower is better for this indicator$/, '指标目录不知道该指标越高越好还是越低越好'],
];

export function localizeMessage(text: string | null | undefined, lang: Lang): string {
  if (!text) return '';
  if (lang !== 'zh-CN') return text;
  for (const [re, zh] of ZH) if (re.test(text)) return text.replace(re, zh);
  return text;
}

// What an interval rests on (main's intervalBasis): "t(df) on <the method's spread>[, on the log scale][, recalibrated
// …]" and, when the part-year figure was taken in, "; conditioned on 2024H1 = 4.1 (…), weight 0.89". Built from
// parts, so it is read back part by part; a basis with a part this table does not know stays in English whole.
const SPREAD_ZH: [RegExp, string][] = [
  [/^the random walk's residual scale$/, '随机游走的残差尺度'],
  [/^the random walk's residual scale plus the drift's standard error$/, '随机游走的残差尺度加漂移项的标准误'],
  [/^the trend regression's prediction standard error$/, '趋势回归的预测标准误'],
  [/^simple exponential smoothing's one-step errors \(ETS\(A,N,N\)\)$/, '简单指数平滑的一步误差(ETS(A,N,N))'],
  [/^simple exponential smoothing's one-step errors, as R's thetaf$/, '简单指数平滑的一步误差(同 R 的 thetaf)'],
  [/^the chosen ETS form's analytic variance$/, '所选 ETS 形式的解析方差'],
  [/^the mean of its members' spreads \(their errors move together, so they are not pooled as independent\)$/, '各成员方法离散度的平均(其误差同向变动,不按独立误差合并)'],
  [/^the log random walk's residual scale plus the growth rate's standard error$/, '对数随机游走的残差尺度加增长率的标准误'],
  [/^its backtest errors$/, '其回测误差'],
  [new RegExp(`^${N} backtest errors$`), '$1 个回测误差'],
  [new RegExp(`^${N} leave-one-year-out error\\(s\\)$`), '$1 个逐年留一误差'],
];

/** The form ETS chose, "ETS(A,Ad,N), AICc -42.0 (over ETS(A,N,N) -18.2, …)": the model names stay, the words do not. */
export function localizeForm(form: string | null | undefined, lang: Lang): string {
  if (!form) return '';
  if (lang !== 'zh-CN') return form;
  const m = /^(.+?) \(over (.+)\)$/.exec(form);
  return m ? `${m[1]}(优于 ${m[2]!.replace(/, /g, '、')})` : form;
}

const BASIS_HEAD = new RegExp(`^t\\(${N}\\) on (.+?)(, on the log scale)?(?:, recalibrated on its ${N} out-of-sample error\\(s\\) \\(scale × ${N}\\) and widened × ${N} for having been picked among ${N} methods on ${N} backtest points)?$`);
const CONDITIONED = new RegExp(`^conditioned on (\\S+) = ${N} \\(stated error ([\\d.e+-]+): the one-year spread × the ${N}% of the year left; no earlier year has both figures\\), weight ${N}$`);

function spreadZh(label: string): string | null {
  for (const [re, zh] of SPREAD_ZH) if (re.test(label)) return label.replace(re, zh);
  const ets = /^(ETS\(.+): its analytic variance by maximum likelihood$/.exec(label);
  return ets ? `${localizeForm(ets[1], 'zh-CN')}:最大似然估计下的解析方差` : null;
}

function basisHeadZh(text: string): string | null {
  const m = BASIS_HEAD.exec(text);
  const spread = m ? spreadZh(m[2]!) : null;
  if (!m || spread === null) return null;
  const [, df, , log, errors, scale, widened, among, points] = m;
  const recalibrated = errors ? `;按 ${errors} 个样本外误差重新校准(尺度 × ${scale}),并因在 ${points} 个回测点上从 ${among} 个方法中选出而放宽 × ${widened}` : '';
  return `t(${df}) 分布,尺度取${spread}${log ? '(对数尺度)' : ''}${recalibrated}`;
}

function conditionedZh(text: string): string | null {
  const m = CONDITIONED.exec(text);
  if (!m) return null;
  const [, period, value, se, left, weight] = m;
  return `以${formatPeriod(period!, 'zh-CN')}数据 ${value} 为条件(设定误差 ${se}:一年离散度 × 年内剩余的 ${left}%;此前没有哪一年同时有两项数据),权重 ${weight}`;
}

export function localizeBasis(text: string | null | undefined, lang: Lang): string {
  if (!text) return '';
  if (lang !== 'zh-CN') return text;
  const at = text.indexOf('; conditioned on ');
  const head = basisHeadZh(at < 0 ? text : text.slice(0, at));
  const conditioned = at < 0 ? '' : conditionedZh(text.slice(at + 2));
  return head === null || conditioned === null ? text : conditioned ? `${head};${conditioned}` : head;
}
