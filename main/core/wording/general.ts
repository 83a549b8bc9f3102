// The catalogue's general part: workspaces, files on disk, facts, reports as a whole, merging, recovery.
import type { Wording } from '../messages';

export const GENERAL = {
  'no-workspace': { 'zh-CN': '没有打开的工作区。请新建一个，或打开工作区文件。', en: 'No workspace is open. Create a new one or open a workspace file first.' },
  'internal': {
    'zh-CN': 'Planscope 在执行“{method}”时出现内部错误（{reason}），操作没有完成。已保存的文件没有改变。',
    en: 'Planscope could not finish "{method}" because of an internal error ({reason}). Your saved files were not changed.',
  },
  'unknown-method': { 'zh-CN': '此版本的 Planscope 没有“{method}”这一功能。', en: 'There is no method "{method}" in this version of Planscope.' },
  'invalid-arguments': { 'zh-CN': '“{method}”收到的参数不正确：{issues}', en: '{method}: {issues}' },
  'file.missing': { 'zh-CN': '{path} 不存在。', en: '{path} does not exist.' },
  'file.folder-missing': { 'zh-CN': '无法保存到 {path}：所在文件夹不存在。', en: 'Cannot save to {path}: its folder does not exist.' },
  'file.read-not-allowed': { 'zh-CN': 'Planscope 没有权限读取 {path}（{code}）。', en: 'Planscope is not allowed to read {path} ({code}).' },
  'file.save-not-allowed': { 'zh-CN': 'Planscope 没有权限保存到 {path}（{code}）。', en: 'Planscope is not allowed to save {path} ({code}).' },
  'file.disk-full': {
    'zh-CN': '磁盘空间不足，无法写入 {path}（{code}）；已保存的文件未改变，请释放空间后重试。',
    en: 'The disk has no room to write {path} ({code}); the saved file is unchanged. Free some space and try again.',
  },
  'file.is-folder': { 'zh-CN': '{path} 是文件夹，不是文件。', en: '{path} is a folder, not a file.' },
  'file.cannot-read': { 'zh-CN': '无法读取 {path}：{reason}', en: 'Cannot read {path}: {reason}' },
  'file.cannot-save': { 'zh-CN': '无法保存到 {path}：{reason}', en: 'Cannot save {path}: {reason}' },
  'file.unreadable': { 'zh-CN': '无法读取 {path}（{reason}）。', en: '{path} cannot be read ({reason}).' },
  'workspace.too-big': { 'zh-CN': '{name} 有 {size} GB；Planscope 打开的工作区最大 {max} GB。', en: '{name} is {size} GB; Planscope opens workspaces up to {max} GB.' },
  'workspace.unsaved': {
    'zh-CN': '{name} 有未保存的修改。请先保存，或确认可以放弃这些修改。',
    en: '{name} has unsaved changes. Save it first, or confirm that the changes may be discarded.',
  },
  'workspace.never-saved': { 'zh-CN': '这个工作区还没有保存过：请用“另存为”选择文件名。', en: 'This workspace has never been saved: use Save As and choose a file name.' },
  'workspace.samples-missing': { 'zh-CN': '示例报告文件夹 {folder} 不存在，请重新安装 Planscope。', en: 'The sample reports folder {folder} is missing; reinstall Planscope.' },
  'workspace.samples-empty': { 'zh-CN': '示例报告文件夹 {folder} 中没有报告，请重新安装 Planscope。', en: 'The sample reports folder {folder} has no reports; reinstall Planscope.' },
  'workspace.sound': {
    'zh-CN': '{name} 是完好的 Planscope 工作区（{documents} {reports}、{facts} {factsWord}）。',
    en: '{name} is a sound Planscope workspace ({documents} {reports}, {facts} {factsWord}).',
  },
  'workspace.sound-upgrade': {
    'zh-CN': '{name} 是完好的 Planscope 工作区（{documents} {reports}、{facts} {factsWord}；打开时将从第 {from} 版格式升级）。',
    en: '{name} is a sound Planscope workspace ({documents} {reports}, {facts} {factsWord}; it will be upgraded from schema version {from}).',
  },
  'fact.not-found': { 'zh-CN': '工作区中没有编号为 {id} 的数据（它可能属于另一个工作区）。', en: 'There is no fact with id {id} in this workspace (it may belong to another workspace).' },
  'fact.range-needs-both': { 'zh-CN': '数据 {id}：区间需要同时填写下限和上限。', en: 'Fact {id}: a range needs both a low and a high value.' },
  'fact.range-reversed': { 'zh-CN': '数据 {id}：下限（{low}）大于上限（{high}）。', en: 'Fact {id}: the low end ({low}) is above the high end ({high}).' },
  'fact.changed-since': {
    'zh-CN': '无法{direction}：数据 {id} 之后又被修改过（{when}）。',
    en: 'Cannot {direction}: fact {id} was changed again since ({when}).',
  },
  'report.not-found': { 'zh-CN': '工作区中没有编号为 {id} 的报告。', en: 'There is no report with id {id} in this workspace.' },
  'report.not-base64': { 'zh-CN': '{file} 传送不完整（内容不是有效的 base64），请重新添加。', en: '{file} did not arrive intact (its contents were not valid base64). Try adding it again.' },
  'report.empty': { 'zh-CN': '{file} 是空文件，其中没有报告正文。', en: '{file} is empty: there is no report text in it.' },
  'report.too-big': { 'zh-CN': '{file} 有 {size} MB；一份报告最大 {max} MB。是不是选错了文件？', en: '{file} is {size} MB; a report is at most {max} MB. Is it the right file?' },
  'report.unreadable': { 'zh-CN': '无法把 {file} 作为计划报告读取：{reason}', en: '{file} could not be read as a plan report: {reason}' },
  'merge.file-changed': { 'zh-CN': '预览合并之后 {file} 又有改动。请重新预览后再合并。', en: '{file} changed since the merge was previewed. Preview it again before merging.' },
  'recovery.unsaved': {
    'zh-CN': '当前工作区有未保存的修改。请先保存，或确认可以放弃这些修改。',
    en: 'The open workspace has unsaved changes. Save it first, or confirm that they may be discarded.',
  },
  'recovery.none': { 'zh-CN': '{file} 没有可恢复的未保存工作。', en: 'There is no unsaved work to recover for {file}.' },
  'workbook.gone': { 'zh-CN': '这个工作簿已不在导入中，请重新选择文件。', en: 'That workbook is no longer open for import; choose the file again.' },
  'workbook.no-values': {
    'zh-CN': '按当前的列对应，{file} 的工作表“{sheet}”中没有数值；没有导入任何内容。',
    en: 'Sheet "{sheet}" of {file} has no values under this mapping; nothing was imported.',
  },
  'period.invalid': { 'zh-CN': '“{period}”不是期间（应为 2024、2024H1 或 2021-2025 这样的写法）。', en: '"{period}" is not a period (expected e.g. 2024, 2024H1 or 2021-2025).' },
  'forecast.cannot-save': {
    'zh-CN': '无法保存：方法 {method} 没有 {indicator} {period} 的预测。',
    en: 'Cannot save: method {method} has no forecast for {indicator} {period}.',
  },
  'workspace.newer': {
    'zh-CN': '这个工作区由更新版本的 Planscope 保存（格式第 {current} 版；本版本最高读取第 {max} 版）。请更新 Planscope。',
    en: 'This workspace was written by a newer Planscope (schema {current}; this version reads up to {max}). Update Planscope.',
  },
  'grid.cannot-export': { 'zh-CN': '表格“{title}”无法导出：{problem}。', en: 'The grid "{title}" cannot be exported: {problem}.' },
  'store.damaged-row': {
    'zh-CN': '{which}已损坏：{column} 应为{expected}，{found}。该文件可能被其他程序改动过；本次操作未作任何改动。',
    en: '{which} is damaged: {column} should hold {expected}, {found}. The file may have been changed by another program; this operation changed nothing.',
  },
  'store.unknown-column': {
    'zh-CN': '记录的 {table} 行含有该表没有的列 {column}，未写入。',
    en: 'A recorded {table} row has a column {column} that the table does not have; it was not written.',
  },
} as const satisfies Record<string, Wording>;
