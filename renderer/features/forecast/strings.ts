// Forecast builder strings, both languages.
import { defineStrings } from '../../i18n';

/** Both languages; exported so the pure chart and table builders can be tested with the real words. */
export const FORECAST_STRINGS = {
  'zh-CN': {
    title: '预测', series: '指标序列', region: '地区', targetPeriod: '目标期', build: '预测', save: '保存预测', saved: '已保存的预测',
    chooseSeries: '选择一个指标', pointsHeader: '数据点', findSeries: '输入指标或地区查找(共 {n} 个序列)', noSeries: '没有匹配的序列',
    actuals: '实际', partial: '年内累计', targets: '目标', forecast: '预测', band80: '80% 区间', band95: '95% 区间',
    pMeet: '达到{period}目标 {target} 的概率', pMeetTol: '含容差', noP: '无法给出概率', method: '方法', rank: '排名', point: '点预测',
    i80: '80% 区间', i95: '95% 区间', n: '回测数', me: 'ME', mae: 'MAE', rmse: 'RMSE', mape: 'MAPE', mase: 'MASE', u2: 'Theil U2', da: '方向准确率', note: '说明',
    m_naive: '朴素法', m_drift: '漂移法', m_linear_trend: '线性趋势', m_ses: '简单指数平滑', m_theta: 'Theta 法', m_ets: 'ETS(按 AICc 选型)', m_combination: '等权组合', m_damped_holt: '阻尼 Holt', m_cagr: '复合增长率', m_h1_to_full_year: '上半年推全年',
    path: '目标所需', plausible: '按历史可达', implausible: '高于历史表现', created: '保存时间', actual: '实际值', error: '误差', inside95: '落在95%区间',
    status: '目标结果', yes: '是', no: '否', delete: '删除', unavailable: '不可用', noTarget: '该期没有目标', best: '(采用)',
    methodsTitle: '预测方法比较', low: '下限', high: '上限', pMeetColumn: '达标概率',
    exportChart: '导出图片(带标题、单位和资料来源)', chartTitle: '{indicator} · {measure} · {region}:实际与预测', chartSource: '资料来源:Planscope 工作区 {workspace} 中的 {n} 个数据点({from}至{to});预测方法:{method}。{date} 导出。',
    basis: '区间依据', backtestPoints: '各方法共同回测 {n} 个点', outcomeKnown: '结果已知:{period} 为 {value},预测误差 {error}', inside: '落在 95% 区间内', outside: '落在 95% 区间外',
  },
  en: {
    title: 'Forecast', series: 'Series', region: 'Region', targetPeriod: 'Target period', build: 'Forecast', save: 'Save forecast', saved: 'Saved forecasts',
    chooseSeries: 'Choose an indicator', pointsHeader: 'Points', findSeries: 'Type an indicator or region ({n} series)', noSeries: 'No matching series',
    actuals: 'Actual', partial: 'Year to date', targets: 'Target', forecast: 'Forecast', band80: '80% interval', band95: '95% interval',
    pMeet: 'P(meet {period} target {target})', pMeetTol: 'incl. tolerance', noP: 'No probability', method: 'Method', rank: 'Rank', point: 'Point',
    i80: '80% interval', i95: '95% interval', n: 'Backtests', me: 'ME', mae: 'MAE', rmse: 'RMSE', mape: 'MAPE', mase: 'MASE', u2: "Theil's U2", da: 'Direction', note: 'Note',
    m_naive: 'Naive', m_drift: 'Drift', m_linear_trend: 'Linear trend', m_ses: 'Simple exponential smoothing', m_theta: 'Theta', m_ets: 'ETS (chosen by AICc)', m_combination: 'Equal-weight combination', m_damped_holt: 'Damped Holt', m_cagr: 'CAGR', m_h1_to_full_year: 'H1 → full year',
    path: 'Target needs', plausible: 'within past performance', implausible: 'beyond past performance', created: 'Saved', actual: 'Actual', error: 'Error', inside95: 'Inside 95%',
    status: 'Target outcome', yes: 'yes', no: 'no', delete: 'Delete', unavailable: 'unavailable', noTarget: 'No target for this period', best: '(used)',
    methodsTitle: 'forecast methods', low: 'low', high: 'high', pMeetColumn: 'P(meet)',
    exportChart: 'Export the image (with title, unit and source)', chartTitle: '{indicator} · {measure} · {region}: actual and forecast', chartSource: 'Source: {n} figures ({from} to {to}) in Planscope workspace {workspace}; forecast method: {method}. Exported {date}.',
    basis: 'Interval basis', backtestPoints: '{n} backtest points shared by every method', outcomeKnown: 'Outcome known: {period} is {value}, forecast error {error}', inside: 'inside the 95% interval', outside: 'outside the 95% interval',
  },
};

export const useForecastStrings = defineStrings(FORECAST_STRINGS);

export type ForecastStrings = ReturnType<typeof useForecastStrings>;
