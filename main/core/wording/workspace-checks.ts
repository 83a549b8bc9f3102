// The catalogue's part for a workspace file from outside that fails a check (main/core/store/file-checks.ts,
// column-checks.ts, main/workspace-file/open.ts): which file, what is wrong with it, and that it was not opened.
import type { Wording } from '../messages';

const REFUSED_ZH = '文件已被其他程序改动，拒绝打开。';
const REFUSED_EN = 'the file was changed by another program and is refused.';

export const WORKSPACE_CHECKS = {
  'check.empty': { 'zh-CN': '{name} 是空文件（0 字节），不是工作区。', en: '{name} is empty (0 bytes): it is not a workspace.' },
  'check.too-short': {
    'zh-CN': '{name} 只有 {bytes} 字节，太短，不可能是 SQLite 工作区（文件不完整？）。',
    en: '{name} is only {bytes} bytes long: too short to be a SQLite workspace (truncated?).',
  },
  'check.not-sqlite': {
    'zh-CN': '{name} 不是 SQLite 数据库：文件开头没有 SQLite 文件头（“SQLite format 3”）。',
    en: '{name} is not a SQLite database: it does not start with the SQLite header ("SQLite format 3").',
  },
  'check.bad-page-size': { 'zh-CN': '{name} 的 SQLite 文件头已损坏（页大小 {pageSize} 无效）。', en: '{name} has a damaged SQLite header (page size {pageSize} is not valid).' },
  'check.partial-page': {
    'zh-CN': '{name} 不完整或已损坏：文件大小（{bytes} 字节）不是 {pageSize} 字节页的整数倍。',
    en: '{name} is truncated or damaged: its size ({bytes} bytes) is not a whole number of {pageSize}-byte pages.',
  },
  'check.truncated': {
    'zh-CN': '{name} 不完整：文件头记录了 {pages} 页（{expected} 字节），但文件只有 {bytes} 字节。',
    en: '{name} is truncated: its header says {pages} pages ({expected} bytes) but the file has {bytes} bytes.',
  },
  'check.integrity': { 'zh-CN': '{name} 已损坏（SQLite 完整性检查：{lines}）。', en: '{name} is damaged (SQLite integrity check: {lines}).' },
  'check.integrity-index': {
    'zh-CN': '{name} 已损坏（SQLite 完整性检查：{lines}）：索引“{index}”与它索引的行不一致，列表和透视表会显示与数据不同的值。',
    en: '{name} is damaged (SQLite integrity check: {lines}): its index "{index}" does not match the rows it indexes, so lists and pivots would show other values than the facts.',
  },
  'check.sqlite-damaged': { 'zh-CN': '{name} 已损坏：SQLite 报告“{text}”。', en: '{name} is damaged: SQLite says "{text}".' },
  'check.sqlite-failed': { 'zh-CN': '无法检查 {name}：SQLite 报告“{text}”。', en: '{name} could not be checked: SQLite says "{text}".' },
  'check.not-planscope': {
    'zh-CN': '{name} 是 SQLite 数据库，但不是 Planscope 工作区（其中的表：{tables}）。',
    en: '{name} is a SQLite database but not a Planscope workspace (its tables are {tables}).',
  },
  'check.not-planscope-empty': {
    'zh-CN': '{name} 是 SQLite 数据库，但不是 Planscope 工作区（其中没有表）。',
    en: '{name} is a SQLite database but not a Planscope workspace (it has no tables).',
  },
  'check.newer': {
    'zh-CN': '{name} 由更新版本的 Planscope 保存（工作区格式第 {version} 版）；本版本最高读取第 {max} 版。请更新到能读取第 {version} 版格式的 Planscope 后再打开。',
    en: '{name} was saved by a newer Planscope (workspace schema version {version}); this Planscope reads up to version {max}. Update Planscope to a version that reads schema {version} to open it.',
  },
  'check.step-missing': {
    'zh-CN': '{name} 缺少格式步骤 {step}（“{stepName}”）：它不是由 Planscope 写入的。',
    en: '{name} skips schema step {step} ("{stepName}"): it was not written by Planscope.',
  },
  'check.step-differs': {
    'zh-CN': '{name} 记录的格式步骤 {step}（“{stepName}”）与 Planscope 的 SQL 不同：它由其他程序或其他版本写入。',
    en: "{name} records schema step {step} (\"{stepName}\") with different SQL than Planscope's: it was written by another program or build.",
  },
  'check.steps-unknown': { 'zh-CN': '{name} 记录了未知的格式步骤 {steps}：它不是由 Planscope 写入的。', en: '{name} records unknown schema steps {steps}: it was not written by Planscope.' },
  'check.object-differs': {
    'zh-CN': `{name}：其中的{kind}“{object}”与 Planscope 创建的（第 {version} 版格式）不同；${REFUSED_ZH}`,
    en: `{name}: the {kind} "{object}" differs from the one Planscope creates (schema version {version}); ${REFUSED_EN}`,
  },
  'check.foreign-trigger': {
    'zh-CN': `{name} 含有表 {table} 上的触发器“{object}”，Planscope 从不创建触发器；${REFUSED_ZH}`,
    en: `{name} contains a trigger "{object}" on table {table}. Planscope never creates triggers; ${REFUSED_EN}`,
  },
  'check.foreign-view': {
    'zh-CN': `{name} 含有视图“{object}”，Planscope 从不创建视图；${REFUSED_ZH}`,
    en: `{name} contains a view "{object}". Planscope never creates views; ${REFUSED_EN}`,
  },
  'check.foreign-virtual-table': {
    'zh-CN': `{name} 含有不是 Planscope 创建的虚拟表“{object}”；${REFUSED_ZH}`,
    en: `{name} contains a virtual table "{object}" that Planscope did not create; ${REFUSED_EN}`,
  },
  'check.foreign-table': {
    'zh-CN': `{name} 含有不是 Planscope 创建的表“{object}”；${REFUSED_ZH}`,
    en: `{name} contains a table "{object}" that Planscope did not create; ${REFUSED_EN}`,
  },
  'check.foreign-index': {
    'zh-CN': `{name} 含有表 {table} 上不是 Planscope 创建的索引“{object}”；${REFUSED_ZH}`,
    en: `{name} contains an index "{object}" on table {table} that Planscope did not create; ${REFUSED_EN}`,
  },
  'check.foreign-unknown': {
    'zh-CN': `{name} 含有 SQLite 不认识的结构项“{object}”（类型“{type}”）；${REFUSED_ZH}`,
    en: `{name} contains a schema entry "{object}" of type "{type}" that SQLite does not know; ${REFUSED_EN}`,
  },
  'check.object-twice': {
    'zh-CN': `{name} 的结构中{kind}“{object}”出现了两次；${REFUSED_ZH}`,
    en: `{name} lists the {kind} "{object}" twice in its schema; ${REFUSED_EN}`,
  },
  'check.object-missing': { 'zh-CN': '{name} 缺少 Planscope 的{kind}“{object}”，拒绝打开。', en: "{name} lacks Planscope's {kind} \"{object}\"; it is refused." },
  'check.column': {
    'zh-CN': `{name}：表 {table}，{row}，列 {column} 中是{found}，而 Planscope 在这里保存的是{holds}；${REFUSED_ZH}`,
    en: `{name}: table {table}, {row}, column {column} holds {found} where Planscope keeps {holds}; ${REFUSED_EN}`,
  },
  'check.report-too-long': {
    'zh-CN': '{name}：报告“{title}”（第 {id} 号，{file}）有 {length} 个字符；Planscope 导入的报告最多 {max} 个字符（报告大小上限）。拒绝打开该文件。',
    en: '{name}: the report "{title}" (document {id}, {file}) has {length} characters; a report Planscope imports has at most {max} (its size limit). The file is refused.',
  },
  'check.report-fingerprint': {
    'zh-CN': '{name}：报告“{title}”（第 {id} 号，{file}）与它的指纹不符：{what}。指纹被伪造的报告可能冒充真实报告，拒绝打开该文件。',
    en: '{name}: the report "{title}" (document {id}, {file}) does not match its fingerprint: {what}. A report with a forged fingerprint could take the place of a real one; the file is refused.',
  },
  'check.wal-pending': {
    'zh-CN': '{name} 还有改动留在 {name}-wal 中：另一个程序（DB Browser for SQLite、Datasette、sqlite3）正打开着它，或在写入时中断了。请关闭那个程序，让改动写入 {name} 后再打开。',
    en: '{name} has changes still waiting in {name}-wal: another program (DB Browser for SQLite, Datasette, sqlite3) has it open or stopped while writing. Close that program so the changes are written into {name}, then open it again.',
  },
} as const satisfies Record<string, Wording>;
