// The catalogue's part for reports as documents: a PDF or Word file read in the document reader worker, a text or
// web page decoded and read in the report reader worker, a report's missing year, deleting a report and taking
// that back, a colleague's oversized reports in a merge, conflicts left undecided, the backup offered when a
// workspace cannot be opened, and autosave stopping. Each says which file or report, what is wrong, and what to do.
import type { Wording } from '../messages';

const NOTHING_IMPORTED_ZH = '未导入任何内容。';
const EXPECTED_ZH = '请提供 UTF-8、GBK/GB18030、Big5 或带字节顺序标记的 UTF-16 编码的 .txt 或 .html 报告';
const EXPECTED_EN = 'expected a .txt or .html report in UTF-8, GBK/GB18030, Big5 or UTF-16 with a byte-order mark';

/** The PDF and Word reader (main/documents-worker): the host's limits and the refusals from inside the worker. */
const DOCUMENT_READER = {
  'document.malformed-reply': {
    'zh-CN': `读取 {file} 时文档读取进程返回了无效数据（{what}），${NOTHING_IMPORTED_ZH}`,
    en: 'The document reader returned malformed data for {file} ({what}); nothing was imported.',
  },
  'document.unreadable': { 'zh-CN': '无法读取 {file}。', en: '{file} could not be read.' },
  'document.unreadable-reason': { 'zh-CN': '无法读取 {file}：{reason}。', en: '{file} could not be read: {reason}.' },
  'document.too-big': { 'zh-CN': '{file} 有 {size} MB；Planscope 读取的{format}最大 {max} MB。', en: '{file} is {size} MB; Planscope reads a {format} of up to {max} MB.' },
  'document.too-slow': {
    'zh-CN': `读取 {file} 超过 {seconds} 秒，Planscope 已停止读取。这个{format}可能经过特殊构造或已损坏；请重新保存（或打印成新的 PDF）后再导入。${NOTHING_IMPORTED_ZH}`,
    en: 'Reading {file} took longer than {seconds} s, so Planscope stopped it. The {format} may be crafted or damaged; save it again (or print it to a new PDF) and import that. Nothing was imported.',
  },
  'document.out-of-memory': {
    'zh-CN': `读取 {file} 所需内存超过 {heap} MB，Planscope 已停止读取。文件可能经过特殊构造，或者太大。${NOTHING_IMPORTED_ZH}`,
    en: 'Reading {file} needed more than {heap} MB of memory, so Planscope stopped it. The file may be crafted or far too large. Nothing was imported.',
  },
  'document.reader-failed': { 'zh-CN': '无法把 {file} 作为{format}读取：{reason}。', en: '{file} could not be read as a {format}: {reason}.' },
  'document.reader-stopped': { 'zh-CN': '文档读取进程在读完 {file} 之前退出了（退出码 {exit}）。', en: 'The document reader stopped (exit {exit}) before finishing {file}.' },
  'document.scanned': {
    'zh-CN': '{file}：这份PDF是扫描图像，没有文字层（{total} 页中有 {without} 页没有可读的文字），Planscope 无法从中读出报告文字。请先用OCR软件把它识别成文字，或改为导入这份报告的Word、网页或文本版本。',
    en: '{file} is a scanned PDF: {without} of its {total} pages are images with no text layer. Run OCR on it first, or import the Word, web or text version of the report.',
  },
  'document.pdf-cut-off': {
    'zh-CN': '{file} 不完整：PDF 文件以“%%EOF”结尾，这个文件没有（下载或复制没有完成）。请重新获取完整的文件。',
    en: '{file} is cut off: a PDF ends with "%%EOF" and this one does not (the download or copy was incomplete). Get the whole file again.',
  },
  'document.pdf-password': {
    'zh-CN': '{file} 有密码保护；请在 PDF 阅读器中打开它，另存一份不带密码的副本，再导入这份副本。',
    en: '{file} is password-protected; open it in a PDF reader, save a copy without the password, and import that.',
  },
  'document.pdf-unreadable': { 'zh-CN': '{file} 不是可读取的 PDF，或已损坏：{reason}。', en: '{file} is not a readable PDF, or it is damaged: {reason}.' },
  'document.pdf-too-many-pages': { 'zh-CN': '{file} 有 {pages} 页；Planscope 读取的报告最多 {max} 页。', en: '{file} has {pages} pages; Planscope reads reports of up to {max} pages.' },
  'document.too-much-text-by-page': {
    'zh-CN': '{file} 到第 {page} 页已有超过 {max} 个字符的文字，这不是一份报告。',
    en: '{file} holds more than {max} characters of text by page {page}; that is not one report.',
  },
  'document.too-much-text': { 'zh-CN': '{file} 的文字超过 {max} 个字符，这不是一份报告。', en: '{file} holds more than {max} characters of text; that is not one report.' },
  'document.docx-unreadable': {
    'zh-CN': '{file} 不是 Word 文档（.docx），或已损坏、不完整：{reason}。',
    en: '{file} is not a Word document (.docx), or it is damaged or cut off: {reason}.',
  },
  'document.zip-not-word': {
    'zh-CN': '{file} 是 zip 压缩文件，但不是 Word 文档（其中没有 word/document.xml）。',
    en: '{file} is a zip file but not a Word document (no word/document.xml inside).',
  },
  'document.docx-too-big-unpacked': {
    'zh-CN': '{file} 解压后有 {size} MB；Planscope 读取的 Word 文档解压后最大 {max} MB。',
    en: '{file} unpacks to {size} MB; Planscope reads Word documents up to {max} MB unpacked.',
  },
  'document.docx-encrypted': {
    'zh-CN': '{file} 已加密（有密码保护）；请在 Word 中取消密码后重试。',
    en: '{file} is encrypted (password-protected); remove the password in Word and try again.',
  },
  'document.docx-compression': { 'zh-CN': '{file}：其中的部件“{part}”使用了 Word 不会使用的压缩方式。', en: '{file}: part "{part}" uses a compression Word does not write.' },
  'document.docx-part-unpack': { 'zh-CN': '{file} 已损坏或不完整：部件“{part}”无法解压。', en: '{file} is damaged or cut off: part "{part}" cannot be unpacked.' },
  'document.docx-part-size': {
    'zh-CN': '{file} 已损坏：部件“{part}”实际有 {real} 字节，但记录的大小是 {declared} 字节。',
    en: '{file} is damaged: part "{part}" is {real} bytes but declares {declared}.',
  },
  'document.doc-cut-off': {
    'zh-CN': '{file} 已损坏或不完整：它不是完整的 Word 97-2003（.doc）文件。请重新获取完整的文件，或在 Word 中另存为 .docx。',
    en: '{file} is damaged or cut off: it is not a complete Word 97-2003 (.doc) file. Get the whole file again, or save it from Word as .docx.',
  },
  'document.doc-unreadable': {
    'zh-CN': '{file} 不是可读取的 Word 97-2003 文档（.doc），或已损坏：{reason}。',
    en: '{file} is not a readable Word 97-2003 document (.doc), or it is damaged: {reason}.',
  },
} as const satisfies Record<string, Wording>;

/** The report reader (main/extract-worker) and a text report's bytes that are not text (main/core/normalize). */
const REPORT_READER = {
  'extract.malformed-reply': {
    'zh-CN': `读取 {file} 时报告解析进程返回了无效数据（{what}），${NOTHING_IMPORTED_ZH}`,
    en: 'The report reader returned malformed data for {file} ({what}); nothing was imported.',
  },
  'extract.too-big': { 'zh-CN': '{file} 有 {size} MB，超过报告的上限 {max} MB，未导入。', en: '{file} is {size} MB; a report is at most {max} MB, so it was not imported.' },
  'extract.too-slow': {
    'zh-CN': '读取 {file} 超过 {seconds} 秒，已停止，未导入；工作区未改变。这可能不是一份报告，或文件经过特殊构造。',
    en: 'Reading {file} took longer than {seconds} s, so Planscope stopped it and imported nothing; the workspace is unchanged. It may not be a report, or it may be crafted.',
  },
  'extract.out-of-memory': {
    'zh-CN': '读取 {file} 所需内存超过上限（{heap} MB），已停止，未导入。',
    en: 'Reading {file} needed more than {heap} MB of memory, so Planscope stopped it; nothing was imported.',
  },
  'extract.reader-stopped': {
    'zh-CN': '{file}：报告解析进程意外退出（{exit}），未导入。',
    en: '{file}: the report reader stopped unexpectedly (exit {exit}); nothing was imported.',
  },
  'report.no-text': { 'zh-CN': '{file}：文件是空的。', en: '{file}: the file is empty.' },
  'report.no-text-in-document': { 'zh-CN': '{file}：这个 {format} 文件中没有文字。', en: '{file}: there is no text in this {format} file.' },
  'decode.empty': { 'zh-CN': `{file}：文件是空的；${EXPECTED_ZH}。`, en: `{file}: the file is empty; ${EXPECTED_EN}.` },
  'decode.blank': { 'zh-CN': `{file}：文件中只有空白；${EXPECTED_ZH}。`, en: `{file}: the file contains only blank space; ${EXPECTED_EN}.` },
  'decode.known-format': { 'zh-CN': `{file}：{what}，不是文本报告；${EXPECTED_ZH}。`, en: `{file}: {what}, not a text report; ${EXPECTED_EN}.` },
  'decode.binary-nul': {
    'zh-CN': `{file}：这是二进制文件（第 {offset} 字节是 NUL）；${EXPECTED_ZH}。`,
    en: `{file}: this is a binary file (NUL byte at offset {offset}); ${EXPECTED_EN}.`,
  },
  'decode.binary-controls': {
    'zh-CN': `{file}：这是二进制文件（前 {bytes} 字节中有 {controls} 个控制字符）；${EXPECTED_ZH}。`,
    en: `{file}: this is a binary file ({controls} control bytes in the first {bytes} bytes); ${EXPECTED_EN}.`,
  },
  'decode.unknown-encoding': { 'zh-CN': `{file}：无法识别文字编码；${EXPECTED_ZH}。`, en: `{file}: unknown text encoding; ${EXPECTED_EN}.` },
  'decode.unknown-encoding-declared': {
    'zh-CN': `{file}：无法识别文字编码（网页声明为 {declared}，但按它读出的不是中文）；${EXPECTED_ZH}。`,
    en: `{file}: unknown text encoding (the page declares {declared}, but the bytes do not read as Chinese in it); ${EXPECTED_EN}.`,
  },
} as const satisfies Record<string, Wording>;

/** Reports in the workspace: the year a report does not say, one report's refusal, deleting and taking it back. */
const REPORTS = {
  'report.year-unknown': {
    'zh-CN': '{file}：无法从标题或章节标题读出报告所属年份，请填写该报告的年份后重新导入。',
    en: "{file}: the year the report is about cannot be read from its title or headings; enter the report's year and import it again.",
  },
  'report.year-unknown-published': {
    'zh-CN': '{file}：无法从标题或章节标题读出报告所属年份，请填写该报告的年份后重新导入（发布日期为{year}年）。',
    en: "{file}: the year the report is about cannot be read from its title or headings; enter the report's year and import it again (it was published in {year}).",
  },
  'report.years-needed': {
    'zh-CN': '无法从标题或章节标题读出以下报告所属的年份，请为每份报告填写年份后重新导入：{files}。',
    en: 'The year of these reports cannot be read from their titles or headings; enter a year for each and import them again: {files}.',
  },
  'report.in-file': { 'zh-CN': '{file} 无法导入：{reason}', en: '{file}: {reason}' },
  'report.delete-other-workspace': { 'zh-CN': '删除前已打开了另一个工作区，未删除任何报告。', en: 'Another workspace was opened before the delete, so no report was deleted.' },
  'report.delete-record-damaged': {
    'zh-CN': '无法撤销或重做删除报告（操作记录 {audit}）：记录中的报告内容不完整或已损坏，工作区未作改动。',
    en: 'Cannot undo or redo deleting a report (history entry {audit}): the report it recorded is incomplete or damaged; the workspace was not changed.',
  },
  'report.undo-delete-taken': {
    'zh-CN': '无法撤销删除报告“{title}”：之后又导入了同一份报告，或它的编号已被另一份报告使用。请先删除那份报告。',
    en: 'Cannot undo deleting the report "{title}": the same report was imported again since, or its id is now used by another report. Delete that report first.',
  },
  'report.undo-delete-fact-taken': {
    'zh-CN': '无法撤销删除报告“{title}”：它的数据编号 {id} 已被之后导入的数据使用。',
    en: 'Cannot undo deleting the report "{title}": its fact id {id} is now used by a fact imported since.',
  },
  'report.redo-delete-changed': {
    'zh-CN': '无法重做删除报告“{title}”：撤销后这份报告或它的数据又有了改动。',
    en: 'Cannot redo deleting the report "{title}": the report or its facts were changed after the undo.',
  },
} as const satisfies Record<string, Wording>;

/** Merging a colleague's workspace, the backup of a workspace that cannot be opened, and autosave. */
const KEEPING = {
  'merge.too-big': {
    'zh-CN': '{file} 中的报告超过 {max} MB 的上限，未合并，您的工作区未改变：{list}。',
    en: '{file} holds reports over the {max} MB limit, so nothing was merged and your workspace is unchanged: {list}.',
  },
  'merge.unresolved': {
    'zh-CN': '还有 {count} 处冲突需要您决定（保留我的、采用对方的或两条都保留）：{ids}',
    en: '{count} conflict(s) still need a decision (keep mine, take theirs or keep both): {ids}',
  },
  'backup.offered': {
    'zh-CN': '{reason}\n上次保存时留下的备份 {backup} 完好，可以改用它打开（损坏的文件会改名保留，不会删除）。',
    en: '{reason}\nThe backup {backup} kept by the last save is sound: Planscope can open it instead (the damaged file is kept under a new name).',
  },
  'backup.none': {
    'zh-CN': '{path} 没有完好的备份：{backup} 不存在或也已损坏，无法用它恢复。',
    en: 'There is no sound backup of {path} to open: {backup} is missing or damaged too.',
  },
  'autosave.failed': {
    'zh-CN': '自动保存失败，崩溃保护已停止（{reason}）。请尽快手动保存。',
    en: 'Autosave failed, so crash protection has stopped ({reason}). Save your work now.',
  },
} as const satisfies Record<string, Wording>;

export const DOCUMENTS = { ...DOCUMENT_READER, ...REPORT_READER, ...REPORTS, ...KEEPING } as const satisfies Record<string, Wording>;
