// Plan tracker strings, both languages.
import { defineStrings } from '../../i18n';

export const usePlanStrings = defineStrings({
  'zh-CN': {
    title: '规划目标跟踪', rows: '共 {n} 项目标', noRows: '工作区里没有多年规划目标(如"十四五"规划或"到2025年"的目标)',
    colIndicator: '指标', colTarget: '目标', colTargetPeriod: '目标年', colBase: '基期值', colLatest: '最新实际', colAchieved: '已实现(年均)',
    colRequired: '尚需(年均)', colProgress: '完成进度', colStatus: '状态',
    status_on_track: '符合进度', status_off_track: '落后于进度', status_met: '已完成', status_no_actual: '尚无实际数', status_not_judged: '不作判断',
    pp: '个百分点', perYear: '/年', total: '累计', timeGone: '时间过半', chartHint: '点击一行查看从基期到目标的路径',
    series_base: '基期', series_outcomes: '实际', series_target: '目标', series_required: '所需路径',
    progressOf: '{p} (时间 {t})',
  },
  en: {
    title: 'Plan tracker', rows: '{n} targets', noRows: 'No multi-year plan target in this workspace (a five-year plan, or a target "by 2025")',
    colIndicator: 'Indicator', colTarget: 'Target', colTargetPeriod: 'Target year', colBase: 'Base', colLatest: 'Latest', colAchieved: 'Achieved (a year)',
    colRequired: 'Required (a year)', colProgress: 'Progress', colStatus: 'Status',
    status_on_track: 'On track', status_off_track: 'Off track', status_met: 'Met', status_no_actual: 'No outcome yet', status_not_judged: 'Not judged',
    pp: 'pp', perYear: '/yr', total: 'total', timeGone: 'time gone', chartHint: 'Click a row to see the path from the base to the target',
    series_base: 'Base', series_outcomes: 'Outcomes', series_target: 'Target', series_required: 'Required path',
    progressOf: '{p} (time {t})',
  },
});

export type PlanStrings = ReturnType<typeof usePlanStrings>;
