// The catalogue's part for reading a spreadsheet from outside (main/workbook-worker): the checks before the parser
// sees a byte, the limits on size, time and memory, and a reader that went wrong. Each names the file and what to do.
import type { Wording } from '../messages';

const FORMATS_ZH = 'Planscope 可导入 .xlsx、.xls、.ods 和 .csv。';
const FORMATS_EN = 'Planscope imports .xlsx, .xls, .ods and .csv files.';

export const READING = {
  'reader.malformed': {
    'zh-CN': '{reader}读取 {file} 时返回了无效数据（{what}），未导入任何内容。',
    en: '{reader} returned malformed data for {file} ({what}); nothing was imported.',
  },
  'reader.stopped': { 'zh-CN': '{reader}在读完 {file} 之前意外退出（代码 {code}），未导入任何内容。', en: '{reader} stopped (exit {code}) before finishing {file}.' },
  'reader.could-not-read': { 'zh-CN': '无法读取 {file}。', en: '{file} could not be read.' },
  'workbook.empty-file': { 'zh-CN': '{file} 是空文件。', en: '{file} is empty.' },
  'workbook.file-too-big': { 'zh-CN': '{file} 有 {size} MB；Planscope 导入的工作簿最大 {max} MB。', en: '{file} is {size} MB; Planscope imports workbooks up to {max} MB.' },
  'workbook.timeout': {
    'zh-CN': '读取 {file} 超过 {seconds} 秒，Planscope 已停止读取。这个工作簿可能经过特殊构造或过于复杂；请把需要的表格复制到一个新的 .xlsx 文件后导入。',
    en: 'Reading {file} took longer than {seconds} s, so Planscope stopped it. The workbook may be crafted or far too complex; copy the table you need into a new .xlsx and import that.',
  },
  'workbook.out-of-memory': {
    'zh-CN': '读取 {file} 所需内存超过 {max} MB，Planscope 已停止读取。这个工作簿可能经过特殊构造或太大；请把需要的表格复制到一个新的 .xlsx 文件。',
    en: 'Reading {file} needed more than {max} MB of memory, so Planscope stopped it. The workbook may be crafted or too large; copy the table you need into a new .xlsx.',
  },
  'workbook.unreadable': { 'zh-CN': '无法把 {file} 作为工作簿读取：{reason}。', en: '{file} could not be read as a workbook: {reason}.' },
  'workbook.too-much': {
    'zh-CN': '{file} 超出了 Planscope 从一个工作簿读取的上限（{what}）；请拆分工作簿或删除不用的区域。未导入任何内容。',
    en: '{file} holds more than Planscope reads from one workbook ({what}); split the workbook or delete unused areas. Nothing was imported.',
  },
  'workbook.not-xlsx': {
    'zh-CN': '{file} 已损坏或不完整（{why}），无法读取；请重新保存或重新发送该文件。',
    en: '{file} is not an Excel workbook (.xlsx), or it is damaged: {why}.',
  },
  'workbook.zip-not-sheet': {
    'zh-CN': '{file} 是压缩包，但不是 Excel 或 OpenDocument 表格（其中没有工作簿部件）；请另存为 .xlsx、.xls、.ods 或 .csv。',
    en: '{file} is a zip file but not an Excel workbook or OpenDocument spreadsheet (no workbook part inside). Save it as .xlsx, .xls, .ods or .csv.',
  },
  'workbook.too-many-parts': { 'zh-CN': '{file} 内含 {parts} 个部件；Planscope 读取的工作簿最多 {max} 个。', en: '{file} has {parts} parts inside; a workbook Planscope reads has at most {max}.' },
  'workbook.unpacks-too-big': {
    'zh-CN': '{file} 解压后有 {size} MB；Planscope 读取的工作簿解压后最大 {max} MB。',
    en: '{file} unpacks to {size} MB; Planscope reads workbooks up to {max} MB unpacked.',
  },
  'workbook.encrypted': {
    'zh-CN': '{file} 设有密码保护；请在表格软件中取消密码后再导入。',
    en: '{file} is encrypted (password-protected); remove the password in Excel and try again.',
  },
  'workbook.odd-compression': { 'zh-CN': '{file}：部件“{part}”使用了 Excel 不会使用的压缩方式。', en: '{file}: part "{part}" uses a compression Excel does not write.' },
  'workbook.damaged': { 'zh-CN': '{file} 已损坏或不完整：{reason}。', en: '{file} is damaged or truncated: {reason}.' },
  'workbook.zip-bomb': {
    'zh-CN': '{file}：部件“{part}”解压后超过它声明的大小（{size} 字节）——这是“压缩炸弹”，Planscope 不会读取。',
    en: '{file}: part "{part}" unpacks to more than it declares ({size} bytes) — a "zip bomb"; Planscope will not read it.',
  },
  'workbook.part-unpack': { 'zh-CN': '{file} 已损坏或不完整：部件“{part}”无法解压。', en: '{file} is damaged or truncated: part "{part}" cannot be unpacked.' },
  'workbook.part-size': {
    'zh-CN': '{file} 已损坏：部件“{part}”实际有 {real} 字节，但声明为 {size} 字节。',
    en: '{file} is damaged: part "{part}" is {real} bytes but declares {size}.',
  },
  'workbook.too-many-cells': {
    'zh-CN': '{file}：工作表“{sheet}”{where}使工作簿超过了 Planscope 的单元格上限（{max} 个）；请拆分工作簿或删除不用的区域。',
    en: "{file}: sheet \"{sheet}\"{where} takes the workbook past Planscope's limit of cells ({max}); split the workbook or delete unused areas.",
  },
  'workbook.too-much-text': {
    'zh-CN': '{file}：工作表“{sheet}”{where}使工作簿超过了 Planscope 的文本上限（{max} 个字符）；请拆分工作簿或删除不用的文本。',
    en: "{file}: sheet \"{sheet}\"{where} takes the workbook past Planscope's limit of {max} characters of text; split the workbook or delete unused text.",
  },
  'workbook.csv-encoding': {
    'zh-CN': '{file} 不是 UTF-8 或 GB18030 编码的文本，无法作为 CSV 读取；请在表格软件中另存为 .xlsx 或 CSV（UTF-8）。',
    en: '{file} is not text in UTF-8 or GB18030, so it cannot be read as CSV; open it in a spreadsheet program and save it as .xlsx or as CSV (UTF-8).',
  },
  'workbook.csv-too-much-text': { 'zh-CN': '{file} 的文本超过 {max} 个字符；请拆分文件。', en: '{file} holds more than {max} characters of text; split the file.' },
  'workbook.no-sheets': { 'zh-CN': '{file} 中没有工作表。', en: '{file} has no worksheets.' },
  'workbook.no-rows': { 'zh-CN': '{file} 没有任何数据行。', en: '{file} has no rows.' },
  'workbook.merged-too-much': {
    'zh-CN': '{file} 的合并单元格超过了 Planscope 从一个工作簿读取的上限；请把需要的表格复制到一个新文件。',
    en: '{file} covers more merged cells than Planscope reads from one workbook; copy the table you need into a new file.',
  },
  'workbook.xml-encoding': {
    'zh-CN': '{file} 是 Planscope 无法识别编码的 XML 文件；请在表格软件中另存为 .xlsx 或 .ods。',
    en: '{file} is an XML file in an encoding Planscope does not read; save it from the spreadsheet program as .xlsx or .ods.',
  },
  'workbook.unknown-bytes': {
    'zh-CN': `{file} 不是 Excel、OpenDocument 表格或 CSV 文件（可能已损坏或是其他类型的文件）；${FORMATS_ZH}`,
    en: `{file} is not an Excel workbook, OpenDocument spreadsheet or CSV: its bytes are none of these formats (damaged, or another kind of file). ${FORMATS_EN}`,
  },
  'workbook.plain-text': {
    'zh-CN': '{file} 不是 Excel 工作簿，而是纯文本；如果是以 CSV 保存的表格，请把文件名改为 .csv；否则请在表格软件中另存为 .xlsx。',
    en: '{file} is not an Excel workbook: it is plain text. If it is a table saved as CSV, rename it to .csv; otherwise save it from the spreadsheet program as .xlsx.',
  },
  'workbook.not-sheet': { 'zh-CN': `{file} 不是表格文件，而是{what}；${FORMATS_ZH}`, en: `{file} is not a spreadsheet: it is {what}. ${FORMATS_EN}` },
  'mapping.no-sheet': { 'zh-CN': '{file} 中没有工作表“{sheet}”；其工作表为 {sheets}。', en: '{file} has no sheet "{sheet}"; its sheets are {sheets}.' },
  'mapping.no-column': {
    'zh-CN': '{file} 工作表“{sheetName}”（第 {sheet} 张）第 {row} 行（表头）没有作为{field}的“{column}”列；请在列映射中重新选择，或改正表头所在行。',
    en: 'Sheet {sheet} ("{sheetName}") of {file} has no column "{column}" for {field} in header row {row}.',
  },
  'mapping.needs-value': { 'zh-CN': '长表需要选择“数值”列。', en: 'A long-form import needs a value column.' },
  'mapping.needs-period': { 'zh-CN': '长表需要选择“期间”列。', en: 'A long-form import needs a period column.' },
  'mapping.needs-region': {
    'zh-CN': '工作表“{sheetName}”没有地区列：请选择地区列，或填写“缺省地区”（Planscope 不猜测地区）。',
    en: 'Choose a region column or set a default region. Sheet "{sheetName}" has none, and Planscope does not guess regions.',
  },
  'mapping.no-period-columns': {
    'zh-CN': '{file} 工作表“{sheetName}”（第 {sheet} 张）第 {row} 行（表头）没有期间列（如 {examples}）；请改正表头所在行，或改选长表。',
    en: 'Header row {row} of sheet {sheet} ("{sheetName}") of {file} has no period columns ({examples}) for a wide-form import.',
  },
  'workbook.cells-stop-import': {
    'zh-CN': '{file} 中有 {count} {cells}{stop}导入，未导入任何内容。\n{first}',
    en: '{count} {cells} in {file} {stop} the import; nothing was imported.\n{first}',
  },
  'workbook.imported-before': {
    'zh-CN': '{file} 工作表“{sheet}”的 {total} 个数值中有 {count} 个此前已导入（{shown}）；请选择跳过（只导入新的单元格）或替换（删除这些单元格先前导入的数据后重新导入）。未导入任何数据。',
    en: '{count} of the {total} values of sheet "{sheet}" in {file} were imported before ({shown}); choose skip (import only the new cells) or replace (delete the earlier facts from these cells and import them again). Nothing was imported.',
  },
} as const satisfies Record<string, Wording>;
