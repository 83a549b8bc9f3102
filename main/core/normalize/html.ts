// Web pages saved as .html: drop markup, scripts and styles, decode entities, and keep block boundaries as
// line breaks so "——GDP增长6%" bullets stay on their own lines. Plain-text reports copied out of a browser
// also carry stray tags ("</strong>") and entities ("&nbsp;"); those are removed in text mode too.
import { MappedTextBuilder, type MappedText } from './mapped-text';
import { NextOf } from './next-of';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'center', 'body', 'html', 'head',
]);
/** A plain-text file's stray comment or script block longer than this is report text, not markup. */
const MAX_TEXT_MODE_MARKUP = 4096;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Elements whose content is never report text (site menus and footers included). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea', 'nav', 'footer']);
/**
 * Containers a portal page keeps its furniture in, by class or id token: site menus, footers, sidebars of
 * related articles, share bars. Their lists carry other pages' headlines ("前三季度GDP增长6.1%"), phone
 * numbers and counters, so the whole element is dropped. Whole tokens only: "article-footer" is not matched,
 * and a page's header is kept (its title names the report).
 */
export const CHROME_CONTAINER = {
  id: 'html.chrome-container',
  tokens: new Set(['footer', 'foot', 'bottom', 'sidebar', 'side', 'aside', 'related', 'xgwz', 'xglj', 'xgxx', 'share',
    'bdsharebuttonbox', 'fenxiang', 'nav', 'navbar', 'menu', 'breadcrumb', 'crumb', 'friendlink', 'yqlj', 'copyright']),
  examples: ['<div class="footer">', '<ul id="menu">', '<div class="bdsharebuttonbox">', '<div class="box sidebar">'],
  keeps: ['<div class="article-footer">', '<div id="content">', '<div class="header">'],
};
const CONTAINER_TAGS = new Set(['div', 'ul', 'ol', 'section', 'aside', 'table', 'dl', 'span', 'p']);

export function isChromeContainer(openTag: string): boolean {
  const attr = /\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (let m = attr.exec(openTag); m; m = attr.exec(openTag)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (value.split(/\s+/).some((t) => CHROME_CONTAINER.tokens.has(t.toLowerCase()))) return true;
  }
  return false;
}

/** Index just past the tag closing the `name` element whose content starts at `from` (nesting counted), or -1. */
function matchingClose(text: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const end = text.indexOf('>', m.index);
    if (end < 0) return -1;
    if (m[1]) depth--;
    else if (text.charCodeAt(end - 1) !== 0x2f) depth++;
    if (depth === 0) return end + 1;
    tag.lastIndex = end + 1;
  }
  return -1;
}

/** Tags we dare remove from a plain-text file: real HTML names only, so "<十四五规划>" survives. */
const KNOWN_TAGS = new Set([...BLOCK_TAGS, 'a', 'b', 'i', 'u', 's', 'em', 'strong', 'span', 'font', 'img', 'sup', 'sub',
  'small', 'big', 'strike', 'label', 'meta', 'link', 'o:p', 'u1:p', 'input', 'button', 'col', 'colgroup', ...SKIPPED]);

const ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·',
  mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', divide: '÷',
  plusmn: '±', le: '≤', ge: '≥', yen: '¥', permil: '‰', deg: '°', bull: '•', copy: '©', reg: '®', shy: '', zwj: '',
  zwnj: '', laquo: '«', raquo: '»', rarr: '→', larr: '←', sup2: '²', sup3: '³', frac12: '½', micro: 'µ', para: '¶', sect: '§',
};

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (head.indexOf('<') < 0) return false; // every mark below opens with '<': most plain-text reports have none
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i.test(head)) return true;
  const blocks = head.match(/<(?:p|div|br|td|tr|li|table|span)[\s>/]/gi);
  return blocks !== null && blocks.length >= 5;
}

function decodeEntity(text: string, at: number, html: boolean): { value: string; end: number } | null {
  const head = text.slice(at, at + 12);
  // Sloppy pages write "&nbsp" without ';' — browsers accept the common ones, and so do we (HTML only).
  const m = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/i.exec(head) ?? (html ? /^&(nbsp|amp|lt|gt|quot)/i.exec(head) : null);
  if (!m?.[1]) return null;
  const name = m[1];
  const end = at + m[0].length;
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return { value: '\ufffd', end };
    return { value: code === 0xa0 ? ' ' : String.fromCodePoint(code), end };
  }
  const value = ENTITIES[name] ?? ENTITIES[name.toLowerCase()];
  return value === undefined ? null : { value, end };
}

/**
 * Finds the '>' closing a tag opened at `at`, skipping quoted attribute values. HTML tags may span lines
 * (long attribute lists); a stray tag in a plain-text file may not, so a lone "<" there stays text.
 */
function tagEnd(text: string, at: number, html: boolean): number {
  let quote = 0;
  const limit = Math.min(text.length, at + (html ? 4096 : 512));
  for (let i = at + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c || (c === 0x0a && !html)) return -1;
  }
  return -1;
}

/** Removes markup. In HTML mode, source whitespace is layout only; in text mode newlines are kept. */
export function stripMarkup(input: MappedText, html: boolean): MappedText {
  const text = input.text;
  if (!html && text.indexOf('<') < 0 && text.indexOf('&') < 0 && text.indexOf('/') < 0) return input;
  const out = new MappedTextBuilder(input);
  let copied = 0;
  let i = 0;
  const n = text.length;
  let supDepth = 0;
  let cellsInRow = 0; // cells opened in the current table row: a tab goes between cells, not before the first
  let inCell = false;
  let spanExtra = 0; // empty cells owed after the current cell (its colspan − 1)
  let unclosedContainers = 0;
  let preDepth = 0; // inside <pre>, spaces and line breaks are the layout (a table aligned with spaces)
  // Where the next "-->" or "</script" is: cached so that a text with thousands of unclosed "<!--" is
  // not scanned to its end once per occurrence (the cached answer stays right until we pass it).
  const found = new Map<string, number>();
  const next = (closer: string, from: number): number => {
    const known = found.get(closer);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const re = new RegExp(closer, 'gi');
    re.lastIndex = from;
    const at = re.exec(text)?.index ?? -1;
    found.set(closer, at);
    return at;
  };
  const flushTo = (to: number) => {
    if (to <= copied) return;
    if (supDepth > 0 && /\d/.test(text.slice(copied, to))) {
      // Footnote markers and exponents: "2400<sup>1</sup>亿元" must not read as 24001亿元; m<sup>2</sup> → m².
      out.emitAligned(text.slice(copied, to).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d), copied, to - copied);
    } else if (html && preDepth === 0) copyCollapsingWhitespace(out, text, copied, to);
    else out.copy(copied, to);
  };
  // Only '&', '/' and '<' start markup: the loop jumps from one to the next.
  const markupChars = new NextOf(text, ['&', '/', '<']);
  while (i < n) {
    i = markupChars.next(i);
    if (i < 0) break;
    const c = text.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const ent = decodeEntity(text, i, html);
      if (ent) {
        flushTo(i);
        out.emit(ent.value, i);
        i = copied = ent.end;
        continue;
      }
    } else if (c === 0x2f /* / */ && !html && i > 0 && !/[\w<]/.test(text[i - 1] ?? '')) {
      // A closing tag whose '<' was swallowed by a mojibake character: "?。?/strong>三)".
      const m = /^\/([a-z][a-z0-9]*)>/.exec(text.slice(i, i + 16));
      if (m?.[1] && KNOWN_TAGS.has(m[1])) {
        flushTo(i);
        i = copied = i + m[0].length;
        continue;
      }
    } else if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', i)) {
        const close = next('-->', i + 4);
        // In a plain-text file only a closed comment within one line is markup; anything else is left as text.
        if (html || (close >= 0 && close - i < MAX_TEXT_MODE_MARKUP && !(next('\n', i) >= 0 && next('\n', i) < close))) {
          flushTo(i);
          i = copied = close < 0 ? n : close + 3;
          continue;
        }
      }
      const m = /^<\/?([a-zA-Z][\w:-]*)/.exec(text.slice(i, i + 40));
      const name = m?.[1]?.toLowerCase();
      const end = name !== undefined ? tagEnd(text, i, html) : -1;
      if (name !== undefined && end > 0 && (html || KNOWN_TAGS.has(name))) {
        flushTo(i);
        const closing = text.charCodeAt(i + 1) === 0x2f;
        if (name === 'sup') supDepth = Math.max(0, supDepth + (closing ? -1 : 1));
        if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
        // Table cells of one row stay on one line, separated by a tab; rows and blocks become lines. A cell's
        // own paragraphs and line breaks (Word exports wrap every cell in <p>) stay inside the cell.
        if (name === 'td' || name === 'th') {
          // A cell spanning columns (colspan="2") leaves empty cells after it, so the next sits in its column.
          if (html && !closing && cellsInRow++ > 0) out.emit('\t'.repeat(1 + spanExtra), i);
          if (html && !closing) spanExtra = Math.min(20, Math.max(1, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(text.slice(i, end))?.[1] ?? 1))) - 1;
          inCell = html && !closing;
        } else if (name === 'tr' || name === 'table') {
          cellsInRow = spanExtra = 0;
          inCell = false;
          if (html) out.emit('\n', i);
        } else if (inCell && BLOCK_TAGS.has(name)) out.emit(' ', i);
        else if (BLOCK_TAGS.has(name) && (html || name === 'br' || name === 'p' || name === 'div')) out.emit('\n', i);
        const openTag = text.slice(i, end + 1);
        i = copied = end + 1;
        // An unclosed container is left to the line rules; after a few, pages of them are not searched again.
        if (html && !closing && unclosedContainers < 8 && CONTAINER_TAGS.has(name) && isChromeContainer(openTag)) {
          const close = matchingClose(text, name, i);
          if (close > 0) i = copied = close;
          else unclosedContainers++;
          continue;
        }
        if (!closing && SKIPPED.has(name) && text.charCodeAt(end - 1) !== 0x2f) {
          const closeAt = next(`</${name}`, i);
          const closeEnd = closeAt < 0 ? -1 : text.indexOf('>', closeAt);
          // A page's unclosed <script> runs to the end, as in a browser; in a plain-text file, a stray
          // "<script>" must not swallow the report after it.
          if (closeEnd >= 0 && (html || closeEnd - i < MAX_TEXT_MODE_MARKUP)) i = copied = closeEnd + 1;
          else if (html) i = copied = n;
        }
        continue;
      }
      if (html && text.startsWith('<!', i)) {
        const end2 = text.indexOf('>', i);
        flushTo(i);
        i = copied = end2 < 0 ? n : end2 + 1;
        continue;
      }
    }
    i++;
  }
  if (!html && copied === 0) return input; // nothing to strip: skip the copy
  flushTo(n);
  return out.finish();
}

/** HTML text nodes: runs of source whitespace (including newlines) are one space. */
function copyCollapsingWhitespace(out: MappedTextBuilder, text: string, from: number, to: number): void {
  let runStart = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c) {
      let j = i + 1;
      while (j < to && /[ \n\r\t\f]/.test(text[j] ?? '')) j++;
      if (c !== 0x20 || j - i > 1) {
        out.copy(runStart, i);
        out.emit(' ', i);
        runStart = j;
      }
      i = j;
    } else i++;
  }
  out.copy(runStart, to);
}
