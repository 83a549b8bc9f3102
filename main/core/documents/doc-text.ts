// A Word 97-2003 (.doc) file's text as word-extractor gives it: paragraphs end in line breaks, a table's cells are
// separated by tabs and its rows end in line breaks. What is left to do is Word's own control characters: the
// field codes of page numbers and links, object anchors, and the line, page and column breaks. Pure: text in.

/**
 * Word's field-begin (0x13), separator (0x14) and end (0x15): the code between begin and separator
 * ("PAGE \* MERGEFORMAT", a hyperlink target) is not text; the shown result after the separator is.
 */
const FIELD_CODE = /\u0013[^\u0013\u0014\u0015]*\u0014?|\u0015/g;

/**
 * word-extractor turns a row's end mark into a tab as often as into a line break, so two rows of a table can come
 * out as one line: "指标\t单位\t目标\t\t地区生产总值\t亿元\t320". Rows of one table have the same number of cells;
 * a line of the table holding j rows of its k cells, each boundary an empty cell, is split back into its rows.
 */
export const DOC_MERGED_TABLE_ROWS = {
  id: 'doc.merged-table-rows',
  examples: [['指标\t单位\t目标\t\t地区生产总值\t亿元\t320\n固定资产投资\t亿元\t90\n', '指标\t单位\t目标\n地区生产总值\t亿元\t320\n固定资产投资\t亿元\t90\n']],
};

function splitMergedRows(text: string): string {
  const lines = text.split('\n');
  const cellCount = (l: string) => (l.includes('\t') ? l.split('\t').length : 0);
  return lines.map((line, i) => {
    const k = [lines[i - 1], lines[i + 1]].map((l) => (l === undefined ? 0 : cellCount(l))).find((n) => n > 1);
    const cells = line.split('\t');
    if (!k || cells.length <= k || (cells.length + 1) % (k + 1) !== 0) return line;
    const rows: string[] = [];
    for (let at = 0; at < cells.length; at += k + 1) {
      if (at + k < cells.length && cells[at + k] !== '') return line; // the boundary must be the row end's empty cell
      rows.push(cells.slice(at, at + k).join('\t'));
    }
    return rows.join('\n');
  }).join('\n');
}

/** The body text of a .doc, with Word's control characters turned into line breaks or dropped. */
export function wordBodyToText(body: string): string {
  return splitMergedRows(cleanBody(body));
}

function cleanBody(body: string): string {
  return body
    .replace(FIELD_CODE, '')
    .replace(/\r\n?|[\u000b\u000c\u000e]/g, '\n') // paragraph, vertical tab (soft line break), page and column breaks
    .replace(/[\u0001\u0007\u0008]/g, '') // picture and object anchors, cell marks already turned into tabs
    .replace(/[ \u00a0]+\n/g, '\n')
    // Each cell's end mark becomes a tab, the last cell's too: a row ends in one tab more than it has separators.
    .replace(/\t\n/g, '\n')
    .replace(/^\n+/, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}
