// A Word 97-2003 (.doc) file's text as word-extractor gives it: paragraphs end in line breaks, a table's cells are
// separated by tabs and its rows end in line breaks. What is left to do is Word's own control characters: the
// field codes of page numbers and links, object anchors, and the line, page and column breaks. Pure: text in.

/**
 * Word's field-begin (0x13), separator (0x14) and end (0x15): the code between begin and separator
 * ("PAGE \* MERGEFORMAT", a hyperlink target) is not text; the shown result after the separator is.
 */
const FIELD_CODE = /\u0013[^\u0013\u0014\u0015]*\u0014?|\u0015/g;

/** The body text of a .doc, with Word's control characters turned into line breaks or dropped. */
export function wordBodyToText(body: string): string {
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
