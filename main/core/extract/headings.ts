// The headings of a report and their depth: parts and chapters ("一、", "第一章", "第一部分"), sub-headings
// ("(一)"), and unnumbered heading lines that open with a year ("2023年经济社会发展主要目标", as a repost of a
// plan's targets is headed). A heading is short and is not a sentence.

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
const YEAR_HEADING = /^\s*(?:\d{4}\s*年|[“"]?十[一二三四五]五[”"]?)[^。，,；;：:!！?？]{2,36}(?:目标|任务|指标|情况|回顾|安排|重点|计划|思路|成效|措施|工作)\s*$/;
/** Title words: a line naming the document is its title, not one of its headings. */
const DOCUMENT_WORDS = /(报告|公报|规划|纲要|草案)/;
const MAX_HEADING = 60;

/** The heading level of one line, or null when it is no heading. */
export function headingLevel(line: string): HeadingLevel | null {
  const t = line.trim();
  if (t.length >= MAX_HEADING) return null;
  if (TOP_HEADING.test(t)) return 1;
  if (SUB_HEADING.test(t)) return 2;
  if (YEAR_HEADING.test(t) && !DOCUMENT_WORDS.test(t)) return 1;
  return null;
}

/** Every heading of a report's lines, in order. */
export function headingsOf(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((l, line) => {
    const level = headingLevel(l);
    if (level !== null) out.push({ line, level, text: l.trim() });
  });
  return out;
}
