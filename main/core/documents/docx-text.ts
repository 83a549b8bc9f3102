// A .docx as text: mammoth turns the document into plain HTML (paragraphs, headings, lists, tables); this turns
// that HTML into the lines a reader sees. A table stays a table: one line per row, a tab between cells, so the
// indicator-table rules read "地区生产总值\t亿元\t5.2" the way they read a web page's table. Pure: HTML in, text out.

/** Elements that end a line: paragraphs, headings, list items, table rows, line breaks. */
const LINE_ENDS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'br', 'table', 'ul', 'ol']);
const CELLS = new Set(['td', 'th']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** The text of mammoth's HTML: a line per block, a tab between a row's cells, line breaks inside a cell as spaces. */
export function docxHtmlToText(html: string): string {
  let out = '';
  let cellsInRow = 0;
  let cellDepth = 0;
  const endLine = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      out += decodeEntities(m[3]).replace(/\s*\n\s*/g, ' ');
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (CELLS.has(tag)) {
      if (!closing) {
        if (cellsInRow++ > 0) out += '\t';
        cellDepth++;
      } else cellDepth = Math.max(0, cellDepth - 1);
    } else if (tag === 'tr') {
      cellsInRow = 0;
      if (closing) endLine();
    } else if (LINE_ENDS.has(tag) && (closing || tag === 'br')) {
      // Inside a cell a paragraph break is a space: the row must stay on one line.
      if (cellDepth > 0) out += ' ';
      else endLine();
    }
  }
  return out.replace(/[ \u00a0]+([\t\n])/g, '$1').replace(/\n+$/, '') + '\n';
}
