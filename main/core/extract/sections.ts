// Where in the report a line sits decides what its numbers are: outcomes of the reviewed period or targets
// for the planned one, and whether a headline list was introduced as estimates ("主要指标预计完成情况").
// Reports are organised by top-level headings ("一、2019年…执行情况", "二、2020年…主要目标", "三、下半年重点工作");
// this file walks the lines once and gives each line its context.
import type { ReportMeta } from './meta';

export type Mode = 'review' | 'plan';

export interface LineContext {
  mode: Mode;
  /** Period of outcomes stated on this line. */
  actualPeriod: string;
  /** Period of targets stated on this line. */
  targetPeriod: string;
  /** Inside a bullet list of headline indicators. */
  bullet: boolean;
  /** The list's introduction called its numbers estimates (预计). */
  estimateList: boolean;
  /** The line sits under a heading about the plan's main targets (主要目标/发展目标/主要指标). */
  headlineSection: boolean;
  /** The report reviews a multi-year span here ("十三五期间"), used for cumulative flows. */
  spanPeriod: string | null;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

const TOP_HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[部分章])/;
const SUB_HEADING = /^\s*(?:[(（][一二三四五六七八九十]+[)）])/;
const REVIEW_WORDS = /(执行情况|完成情况|回顾|现状|发展基础|成效|存在的?问题|面临形势|形势分析|主要特点)/;
const PLAN_WORDS = /(目标|计划|工作安排|重点工作|主要任务|工作思路|总体要求|对策|措施|下半年|展望|指导思想|发展方向|重点工程|工作建议)/;
const HEADLINE_WORDS = /(主要目标|发展目标|预期目标|主要指标|总体目标)/;
const BULLET = /^\s*(?:—{1,2}|-{1,4}|－{1,2}|•|·|▪|●)\s*(?=\S)/;
const FOOTNOTE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

export function isBullet(line: string): boolean {
  return BULLET.test(line) && /[\u4e00-\u9fff]/.test(line.slice(0, 12));
}

export function bulletMarkLength(line: string): number {
  return BULLET.exec(line)?.[0].length ?? 0;
}

function yearIn(s: string): number | null {
  const m = /(\d{4})\s*年/.exec(s);
  return m ? Number(m[1]) : null;
}

/** One context per line, in order. */
export function lineContexts(lines: readonly Line[], meta: ReportMeta): LineContext[] {
  const halfYear = meta.shape === 'half-year';
  const reviewActual = meta.period.includes('-') ? String(meta.reviewYear) : meta.period;
  let mode: Mode = 'review';
  let actualPeriod = reviewActual;
  let targetPeriod = halfYear ? String(meta.reviewYear) : meta.shape === 'five-year' ? String(meta.planYear) : String(meta.reviewYear);
  let headlineSection = false;
  let inList = false;
  let estimateList = false;
  let listTarget = false;
  let lastIntro = '';
  const spanPeriod = meta.shape === 'five-year' ? `${meta.reviewYear - 4}-${meta.reviewYear}` : null;
  const out: LineContext[] = [];

  const enterPlan = (heading: string) => {
    mode = 'plan';
    const y = yearIn(heading);
    targetPeriod = y !== null ? String(y) : meta.shape === 'five-year' ? String(meta.planYear) : halfYear ? String(meta.reviewYear) : String(meta.planYear);
  };

  for (const line of lines) {
    const t = line.text.trim();
    const top = TOP_HEADING.test(t) && t.length < 60;
    const sub = SUB_HEADING.test(t) && t.length < 60;
    if (top) {
      headlineSection = HEADLINE_WORDS.test(t);
      if (REVIEW_WORDS.test(t) && !/(下半年|目标|工作安排)/.test(t)) {
        mode = 'review';
        const y = yearIn(t);
        actualPeriod = y !== null ? (/上半年/.test(t) ? `${y}H1` : y === meta.reviewYear && /^\d{4}[HQ]/.test(meta.period) ? meta.period : String(y)) : reviewActual;
      } else if (PLAN_WORDS.test(t)) enterPlan(t);
    } else if (sub) {
      headlineSection = HEADLINE_WORDS.test(t) || (headlineSection && !/[(（]/.test(t));
      if (HEADLINE_WORDS.test(t) || /^[(（].{0,3}[)）]\s*(发展目标|主要目标)/.test(t)) enterPlan(t);
    }
    const bullet = isBullet(t);
    if (bullet) {
      if (!inList) {
        estimateList = /预计/.test(lastIntro);
        listTarget = /(目标|计划)/.test(lastIntro) && !/(完成情况|执行情况)/.test(lastIntro);
        if (listTarget && mode === 'review') {
          const y = yearIn(lastIntro);
          if (y !== null) targetPeriod = String(y);
        }
      }
      inList = true;
    } else if (t && !FOOTNOTE.test(t)) {
      inList = false;
      estimateList = false;
      listTarget = false;
      lastIntro = t;
      const introYear = /[:：]\s*$/.test(t) && /(主要目标|预期目标|发展目标)/.test(t) ? yearIn(t) : null;
      if (introYear !== null) enterPlan(t);
    }
    out.push({
      mode: inList && listTarget ? 'plan' : mode,
      actualPeriod,
      targetPeriod,
      bullet: inList,
      estimateList: inList && estimateList,
      headlineSection,
      spanPeriod,
    });
  }
  return out;
}
