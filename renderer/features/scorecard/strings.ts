// Scorecard strings, both languages.
import { defineStrings } from '../../i18n';

export const useScorecardStrings = defineStrings({
  'zh-CN': {
    title: '目标完成情况', report: '报告', period: '期间', allReports: '全部报告', allPeriods: '全部期间',
    tolerancePp: '容差(百分点)', tolerancePct: '容差(%)', rows: '共 {n} 项',
    colIndicator: '指标', colMeasure: '口径', colPeriod: '目标期', colTarget: '目标', colActual: '实际', colActualPeriod: '实际期',
    colStatus: '状态', colGap: '差距', colProgress: '时序进度', colExpected: '应达', colAhead: '快慢',
    status_met: '完成', status_missed: '未完成', status_within_tolerance: '容差内', status_pending: '待评', status_not_comparable: '不可比', status_direction_unknown: '方向未定，未评分',
    verdict_ahead: '快于进度', verdict_on_track: '符合进度', verdict_behind: '慢于进度', stated: '(报告所述)',
    history: '历年完成率', byIndicator: '按指标', byRegion: '按地区', hitRate: '完成率', scored: '已评', shortfall: '平均差距',
    trace: '数据来源', traceHint: '点击一行查看目标和实际数据的原文出处', targetFact: '目标', actualFact: '实际', revisions: '历次表述', best: '采用',
    noRows: '没有同时具有目标和实际值的指标', noSource: '(没有原文位置)', pp: '个百分点',
    colPath: '目标所需(年均)', pathNeeds: '需', pathSeen: '历史', pathReached: '已达到目标水平',
  },
  en: {
    title: 'Scorecard', report: 'Report', period: 'Period', allReports: 'All reports', allPeriods: 'All periods',
    tolerancePp: 'Tolerance (pp)', tolerancePct: 'Tolerance (%)', rows: '{n} rows',
    colIndicator: 'Indicator', colMeasure: 'Measure', colPeriod: 'Target period', colTarget: 'Target', colActual: 'Actual', colActualPeriod: 'Actual period',
    colStatus: 'Status', colGap: 'Gap', colProgress: 'Time progress', colExpected: 'Expected', colAhead: 'Ahead/behind',
    status_met: 'Met', status_missed: 'Missed', status_within_tolerance: 'Within tolerance', status_pending: 'Pending', status_not_comparable: 'Not comparable', status_direction_unknown: 'Direction unknown, not scored',
    verdict_ahead: 'ahead', verdict_on_track: 'on track', verdict_behind: 'behind', stated: '(as stated)',
    history: 'Track record', byIndicator: 'By indicator', byRegion: 'By region', hitRate: 'Hit rate', scored: 'Scored', shortfall: 'Mean shortfall',
    trace: 'Sources', traceHint: 'Click a row to read the sentences its target and actual came from', targetFact: 'Target', actualFact: 'Actual', revisions: 'Statements', best: 'used',
    noRows: 'No indicator has both a target and an outcome', noSource: '(no position in a report)', pp: 'pp',
    colPath: 'Target needs (a year)', pathNeeds: 'needs', pathSeen: 'seen', pathReached: 'already at the target',
  },
});

export type ScorecardStrings = ReturnType<typeof useScorecardStrings>;
