// The catalogue's part for what the views ask of main: pivots (their layout, size and saved views) and forecasts.
import type { Wording } from '../messages';

export const VIEWS = {
  'pivot.invalid': { 'zh-CN': '{where}无效：{issues}', en: 'The {where} is not valid: {issues}' },
  'pivot.too-big': {
    'zh-CN': '这个透视表将有 {rows} 行 × {columns} 列，超过 {max} 个单元格。请添加筛选，或把一个字段从列移到行。',
    en: 'This pivot would have {rows} rows × {columns} columns; more than {max} cells. Add a filter or move a field from columns to rows.',
  },
  'pivot.needs-name': { 'zh-CN': '保存透视表需要一个名称。', en: 'A saved pivot needs a name.' },
  'pivot.name-too-long': { 'zh-CN': '透视表名称最多 {max} 个字符，这个名称有 {length} 个。', en: 'A pivot name can have at most {max} characters; this one has {length}.' },
  'pivot.saved-unreadable': {
    'zh-CN': '已保存的透视表“{name}”不是可读的 JSON；请重新保存或删除它。',
    en: 'The saved pivot "{name}" is not readable JSON; save it again or delete it.',
  },
  'pivot.no-such': { 'zh-CN': '没有名为“{name}”的已保存透视表。', en: 'There is no saved pivot named "{name}".' },
  'pivot.default-kept': { 'zh-CN': '内置的默认透视表不能删除。', en: 'The built-in default pivot cannot be deleted.' },
  'forecast.no-series': {
    'zh-CN': '工作区中没有 {indicator}（{region}）的{measure}数据，也没有它的目标；请先导入载有它的报告。',
    en: 'The workspace has no {measure} figures and no target for {indicator} ({region}); import a report that states it first.',
  },
  'forecast.method-unavailable': {
    'zh-CN': '方法 {method} 无法预测 {indicator} {period}：{reason}。',
    en: 'Method {method} cannot forecast {indicator} {period}: {reason}.',
  },
  'forecast.not-found': { 'zh-CN': '没有编号为 {id} 的已保存预测。', en: 'There is no saved forecast with id {id}.' },
} as const satisfies Record<string, Wording>;
