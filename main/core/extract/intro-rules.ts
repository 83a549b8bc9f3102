// What a list's introduction ("主要指标预计完成情况如下:") and a paragraph's opening ("初步预计,", "这是…的五年")
// say about the numbers after them: named rules with examples (asserted in tests/core/extract-document.test.ts).
// Examples are made up in the wording of Chinese plan reports unless a source is given.
import { fiveYearSpan } from './period-rules';

export interface LineRule<T> {
  id: string;
  statement: string;
  read(line: string): T | null;
  examples: readonly { line: string; expect: T | null }[];
}

/** The clause that introduces what follows: the part of a line after its last comma or full stop. */
export function introducingClause(line: string): string {
  const t = line.trim();
  // Back from the end to the last clause mark: the document model asks this of every line.
  let cut = t.length - 1;
  while (cut >= 0 && !'，,；;。'.includes(t[cut]!)) cut--;
  return t.slice(cut + 1);
}

/** The last sentence of a line, its end mark dropped. */
function lastSentence(line: string): string {
  const t = line.trim().replace(/[。;；]+$/, '');
  return t.slice(Math.max(...[...'。;；'].map((c) => t.lastIndexOf(c))) + 1);
}

const yearIn = (s: string): number | null => {
  const m = /(\d{4})\s*年/.exec(s);
  return m ? Number(m[1]) : null;
};

/** A list introduced as estimates: every number of the list is an estimate. */
export const ESTIMATE_LIST: LineRule<true> = {
  id: 'intro.estimate-list',
  statement: 'A list introduced as expected outcomes (预计, 初步预计) holds estimates; the 预计 must be in the last sentence before the list, the one that introduces it (an estimate paragraph that ends on another sentence introduces nothing).',
  read: (line) => (/预计/.test(lastSentence(line)) ? true : null),
  examples: [
    { line: '2022年主要指标预计完成情况如下:', expect: true },
    { line: '2020年主要指标初步统计情况:', expect: null },
    // chifeng_2025 (https://www.cezhidao.com/reports/NjQN): the review paragraph, then "——令人振奋…" paragraphs of outcomes.
    { line: '预计全市地区生产总值增长4%左右,固定资产投资增长10%左右。一般公共预算收入增长11.6%。', expect: null },
    { line: '经济运行稳中有进。预计全年主要指标完成情况如下:', expect: true },
  ],
};

/** A list introduced as targets: its numbers are targets, for the year the introduction names if it names one. */
export const TARGET_LIST: LineRule<{ year: number | null }> = {
  id: 'intro.target-list',
  statement: 'A list introduced as targets or a plan (目标, 计划), not as their execution (完成情况, 执行情况), holds targets.',
  read(line) {
    const clause = introducingClause(line);
    return /(目标|计划)/.test(clause) && !/(完成情况|执行情况)/.test(clause) ? { year: yearIn(clause) } : null;
  },
  examples: [
    { line: '2020年经济社会发展的主要预期目标是:', expect: { year: 2020 } },
    { line: '全区上下紧紧围绕年度计划目标,主要经济指标完成情况如下:', expect: null },
    // sz_guangming_2019_exec_2020_plan: a review paragraph naming 发展目标 mid-sentence introduces no targets.
    { line: '聚焦建设世界一流科学城和深圳北部中心的发展目标,经济社会发展成效显著,主要呈现以下特点:', expect: null },
  ],
};

/** An introduction of a year's main targets turns the report to planning from there on. */
export const TARGETS_OF_YEAR: LineRule<{ year: number }> = {
  id: 'intro.targets-of-year',
  statement: 'A line ending in ":" that introduces a named year\'s main targets starts the plan for that year.',
  read(line) {
    const last = line.trimEnd().slice(-1);
    if (last !== ':' && last !== '：') return null;
    const clause = introducingClause(line);
    const year = yearIn(clause);
    return /(主要目标|预期目标|发展目标)/.test(clause) && year !== null ? { year } : null;
  },
  examples: [
    { line: '2021年全区经济社会发展的主要预期目标是:', expect: { year: 2021 } },
    { line: '2019年,聚焦全年发展目标,主要呈现以下特点:', expect: null },
  ],
};

/** A paragraph opened as an estimate: all its outcomes are estimates. */
export const ESTIMATE_PARAGRAPH: LineRule<true> = {
  id: 'paragraph.estimate-opening',
  statement: 'A paragraph that opens with "预计," or "初步预计," states estimates in every sentence, not only the first.',
  read: (line) => (/^\s*(?:初步|据初步)?(?:预计|预估|测算)\s*[,，:：]/.test(line) || /^\s*(?:到|截至|截止)\s*\d{4}\s*年\s*(?:底|末)\s*[,，]\s*(?:初步)?预计/.test(line) ? true : null),
  examples: [
    // putian_licheng_2022_exec_2023_draft (http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm).
    { line: '初步预计,荔城地区生产总值635亿元,增长2.0%。其中,第一产业增加值18亿元', expect: true },
    { line: '预计全年增长5.8%,增速稳居全市前列。', expect: null },
    // tumotezuoqi_2017_gov_work_report (http://m.ilynn.cn/document_detail/9182.html): a term's review written before the year ends.
    { line: '到2017年底,预计全旗地区生产总值达到259亿元,是2012年的1.2倍,年均增长6%', expect: true },
    { line: '到2025年底,全区地区生产总值达到300亿元', expect: null },
  ],
};

/** A paragraph reviewing the past five years: the span it reviews, given the reviewed year. */
export const FIVE_YEAR_PARAGRAPH: LineRule<(reviewYear: number) => string> = {
  id: 'paragraph.five-year-review',
  statement: 'In a review, a paragraph opening on the past five years (五年来, 过去五年, 这是…的五年, “十四五”时期) reviews the five years ending with the reviewed year.',
  read(line) {
    const opening = line.trim().slice(0, 24);
    // "2020年是“十三五”时期收官之年": a paragraph opened on a year is about that year.
    if (/^\d{4}\s*年/.test(opening)) return null;
    if (!/(五年来|过去五年|经过五年|这是.{0,20}的五年|十[一二三四五]五.{0,2}(时期|期间|以来))/.test(opening)) return null;
    const named = fiveYearSpan(opening);
    return (reviewYear) => {
      const end = named ? Math.min(named.end, reviewYear) : reviewYear;
      return `${named ? named.start : reviewYear - 4}-${end}`;
    };
  },
  examples: [
    // guangdong_2026_gov_work_report_full (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html): read with 2025 reviewed.
    { line: '这是经济实力持续提升的五年。地区生产总值从11.37万亿元提高到14.58万亿元', expect: () => '2021-2025' },
    { line: '“十三五”时期,全区地区生产总值年均增长7%', expect: () => '2016-2020' },
    { line: '2025年,全省地区生产总值增长3.9%', expect: null },
    { line: '2020年是“十三五”时期收官之年,全区地区生产总值增长3%', expect: null },
  ],
};

/** A paragraph opening on one named year reviews that year alone, even inside a review of five years. */
export const YEAR_PARAGRAPH: LineRule<{ year: number }> = {
  id: 'paragraph.year-review',
  statement: 'A paragraph opening on one year (刚刚过去的2025年, 2025年,) reviews that year, even in a part reviewing five years.',
  read(line) {
    const m = /^\s*(?:刚刚过去的|过去的|回顾)?\s*(\d{4})\s*年\s*[,，]/.exec(line);
    return m ? { year: Number(m[1]) } : null;
  },
  examples: [
    // hebei_2026_gov_work_report (http://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/202602/02/87e9bcd8-8ea5-4134-8b54-f006ab87337b.html).
    { line: '刚刚过去的2025年，我们全面贯彻党中央决策部署', expect: { year: 2025 } },
    { line: '过去五年,是极不寻常、极不平凡的五年。', expect: null },
    { line: '2023年,全市地区生产总值增长5.2%', expect: { year: 2023 } },
    { line: '2023年以来,累计新增就业3万人', expect: null },
  ],
};
