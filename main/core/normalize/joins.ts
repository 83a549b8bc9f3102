// Web copies of reports sometimes break a sentence in the middle of a word with a line break or a blank line
// ("新引进中国燃\n\n气全球总部"): the CMS wrapped a long paragraph, or an editor pasted it in pieces. Chinese
// has no spaces between words, so the break splits a name ("中国燃" + "气全球总部") and the number after it
// loses its indicator and sentence. This step joins such a break back together.
//
// A break is joined only when all of these hold, because a wrong join glues a heading onto its paragraph:
//   – the line before does not end a sentence (。；;！？!?：: possibly followed by a closing quote/bracket);
//   – the line before is prose, not a heading or list item: it does not start with a heading/bullet mark and
//     it either already holds a sentence (。；！？) or ends with a comma/enumeration mark, or is long;
//     a short line without a full stop ("一、发展现状", "知识图谱", "发布时间:2022/02/24") is a heading;
//   – the next line does not start a heading, bullet, numbered item or footnote (——, -, •, (一), 一、, 1.,
//     1、, (1), ①, 一是, 第一章, ¹ …);
//   – neither line is a table row (tab-separated cells).
// Runs after spacing, so lines are already trimmed and blank lines collapsed to one.
import { MappedTextBuilder, type MappedText } from './mapped-text';

const SENTENCE_ENDERS = '。；;！？!?：:';
const CLOSERS = '”’"\')）」』】';
/** One emoji (or the variation selector after one) as its own string. */
const EMOJI = /^[\p{Extended_Pictographic}\u{FE0F}]$/u;

/** The line's last character, a surrogate pair kept whole. */
function lastCharacter(line: string): string {
  const low = line.charCodeAt(line.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && line.length > 1 ? line.slice(-2) : line.slice(-1);
}

/**
 * The line ends a sentence: a sentence end, then maybe closing quotes and brackets; or, in a blog or social-media
 * copy, an emoji ("…增长8%。📈", "展望2024年工作目标🎯"): a line ending in one was not wrapped mid-word. Read
 * backwards from the line's end (a regex ending in `$` would be tried at every character of every line).
 */
function endsSentence(line: string): boolean {
  if (line.length && EMOJI.test(lastCharacter(line))) return true;
  let j = line.length - 1;
  while (j >= 0 && CLOSERS.includes(line[j]!)) j--;
  return j >= 0 && SENTENCE_ENDERS.includes(line[j]!);
}
// Spacing has already folded full-width ；！？ to ASCII.
const HOLDS_SENTENCE = /[。;!?]/;
const ENDS_MID_SENTENCE = /[，,、]$/;
/** A line this long without a sentence end is a wrapped paragraph, not a heading. */
const LONG_LINE = 60;

/** Marks that start a heading, a bullet, a numbered item or a footnote. */
const STARTS_ITEM = new RegExp(
  '^(?:' +
    [
      '[—–－\\-•·▪●■◆◇▲△※★☆○◎→＊*#>]', // bullets, dashes, markdown marks
      '[(（]\\s*(?:[一二三四五六七八九十百零〇]+|\\d{1,3}|[a-zA-Z])\\s*[)）]', // (一) (1) (a)
      '[一二三四五六七八九十百零〇]+\\s*[、.．]', // 一、
      '\\d{1,3}\\s*(?:[、．]|\\.(?!\\d))', // 1、 1. (not 1.5)
      '\\d{1,3}\\s*[)）]', // 1)
      '[①-⑳⑴-⒇⒈-⒛]', // circled and parenthesised digits
      '[¹²³⁴⁵⁶⁷⁸⁹⁰]', // footnotes
      '[一二三四五六七八九十]+是', // 一是 …
      '第[一二三四五六七八九十百零〇\\d]+[章节部分条篇]', // 第一章
      '(?:专栏|表|图)\\s*\\d', // 专栏1, 表2, 图1 captions
      '(?:其[一二三四五六七八九十]|首先|其次|最后)[，,、:：]', // 其一, 首先,
      '(?:附件|附表|附录|注|备注|说明|来源|发布时间|发布日期|索引号|文号|主题词)\\s*[:：\\d一二三四五六七八九十]', // 注:, 附件1
    ].join('|') +
    ')',
);

function isAsciiLetter(c: string): boolean {
  return /^[A-Za-z]$/.test(c);
}

/** What the joining decision needs of a logical line (lines already joined count as one), kept as it grows so
 * a document whose every line is wrapped costs linear time. */
interface Run {
  item: boolean;
  holdsSentence: boolean;
  length: number;
  tab: boolean;
}

function runOf(line: string): Run {
  return { item: STARTS_ITEM.test(line), holdsSentence: HOLDS_SENTENCE.test(line), length: line.length, tab: line.includes('\t') };
}

function extended(run: Run, line: string): Run {
  return { item: run.item, holdsSentence: run.holdsSentence || HOLDS_SENTENCE.test(line), length: run.length + line.length, tab: run.tab || line.includes('\t') };
}

/** `last` is the run's last line, `after` the next non-blank line. */
function joinable(run: Run, last: string, after: string): boolean {
  if (run.tab || after.includes('\t') || run.item || endsSentence(last)) return false;
  // Prose, not a heading: it holds a sentence, stops at a comma, or is too long for a heading.
  if (!run.holdsSentence && !ENDS_MID_SENTENCE.test(last) && run.length < LONG_LINE) return false;
  return !STARTS_ITEM.test(after);
}

/** True when the break between `before` and `after` (two non-empty lines) falls inside a sentence. */
export function breaksMidSentence(before: string, after: string): boolean {
  return before.length > 0 && joinable(runOf(before), before, after);
}

export function joinBrokenLines(input: MappedText): MappedText {
  const text = input.text;
  if (!text.includes('\n')) return input;
  const out = new MappedTextBuilder(input);
  let copied = 0; // source index up to which text is written
  let lineStart = 0;
  // The logical line so far: lines already joined count as one, so a second pass changes nothing.
  let run: Run | null = null;
  let joined = false;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    let next = nl + 1;
    while (text.charCodeAt(next) === 0x0a) next++; // a blank line (spacing keeps at most one)
    if (next >= text.length) break;
    const nextEnd = text.indexOf('\n', next);
    const last = text.slice(lineStart, nl);
    run = run ? extended(run, last) : runOf(last);
    const after = text.slice(next, nextEnd < 0 ? text.length : nextEnd);
    if (last.length > 0 && joinable(run, last, after)) {
      out.copy(copied, nl);
      // Two English words broken apart keep one space between them; Chinese needs none.
      if (isAsciiLetter(last.slice(-1)) && isAsciiLetter(after.charAt(0))) out.emit(' ', nl);
      copied = next;
      joined = true;
    } else run = null;
    lineStart = next;
  }
  if (!joined) return input;
  out.copy(copied, text.length);
  return out.finish();
}
