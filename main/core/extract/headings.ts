// The headings of a report and their depth: parts and chapters ("一、", "第一章", "第一部分"), sub-headings
// ("(一)"), and unnumbered heading lines that open with a year ("2023年经济社会发展主要目标", as a repost of a
// plan's targets is headed). A heading is short and is not a sentence. A newspaper digest or a blog copy marks
// its headings with an ornament before them ("■ 2024年成绩单") or an emoji after them ("展望2024年工作目标🎯"),
// and may open them with the verb of the part ("回顾2023年工作成果"): the marks are no part of the heading's words.

export type HeadingLevel = 1 | 2;

export interface Heading {
  /** Index of the heading's line. */
  line: number;
  level: HeadingLevel;
  text: string;
}

const TOP_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[部分章])/;
const SUB_HEADING = /^\s*(?:[(（][一二三四五六七八九十]+[)）])/;
/** An unnumbered heading opens with the year or plan period it is about, and names what the part holds. */
const YEAR_HEADING = /^\s*(?:回顾|展望)?(?:\d{4}\s*年|[“"]?十[一二三四五]五[”"]?)(?:[^。，,；;：:!！?？]{2,36}(?:目标|任务|指标|情况|回顾|安排|重点|计划|思路|成效|措施|工作|成果)|[^。，,；;：:!！?？]{0,36}成绩单)\s*$/;
/** Ornaments before a heading (■ ● ◆ ★ ▶ …) and emoji or pictographs after it. */
const LEADING_ORNAMENT = /^\s*[■□●○◆◇▲△▼▽★☆▶►▪•◉]+\s*/u;
const PICTOGRAPH_OR_BLANK = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]$/u;
/** Title words: a line naming the document is its title, not one of its headings. */
const DOCUMENT_WORDS = /(报告|公报|规划|纲要|草案)/;
const MAX_HEADING = 60;

/** The heading level of one line, or null when it is no heading. */
export function headingLevel(line: string): HeadingLevel | null {
  const t = headingWords(line);
  if (t.length >= MAX_HEADING) return null;
  if (TOP_HEADING.test(t)) return 1;
  if (SUB_HEADING.test(t)) return 2;
  if (YEAR_HEADING.test(t) && !DOCUMENT_WORDS.test(t)) return 1;
  return null;
}

/** A line without the ornaments that mark it as a heading. */
function headingWords(line: string): string {
  const ornament = LEADING_ORNAMENT.exec(line);
  const start = ornament ? ornament[0].length : 0;
  return line.slice(start, endBeforePictographs(line, start)).trim();
}

/**
 * Where a line's trailing run of pictographs and blanks starts (the line's end when it has none). Read from the
 * end, one character at a time: a regex anchored at the end ("…+$") is tried at every character of the line,
 * and every line of a report is asked whether it is a heading, paragraphs thousands of characters long included.
 */
function endBeforePictographs(line: string, start: number): number {
  let end = line.length;
  while (end > start) {
    const last = line.charCodeAt(end - 1);
    if (last >= 0x4e00 && last <= 0x9fff) break; // a Chinese character, as most lines end: no pictograph
    const pair = last >= 0xdc00 && last <= 0xdfff && end - 2 >= start && isHighSurrogate(line.charCodeAt(end - 2));
    const from = pair ? end - 2 : end - 1;
    if (!PICTOGRAPH_OR_BLANK.test(line.slice(from, end))) break;
    end = from;
  }
  return end;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Every heading of a report's lines, in order. */
export function headingsOf(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((l, line) => {
    const level = headingLevel(l);
    if (level !== null) out.push({ line, level, text: headingWords(l) });
  });
  return out;
}
