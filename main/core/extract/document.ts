// The document model: a report as a tree of sections (its title; parts "一、"/"第一章"; sub-headings "(一)";
// list introductions ending in ":"), each knowing what its numbers are about: the period of its outcomes, the
// period of its targets, and whether they are outcomes, estimates or targets. A section's own words decide
// (section-rules.ts, intro-rules.ts); what it does not say it takes from the part before it, then the title.
// A part that says nothing about time continues the one before: a report goes from review to plan and does not
// turn back without a heading saying so.
import { headingLevel } from './headings';
import { ESTIMATE_LIST, ESTIMATE_PARAGRAPH, FIVE_YEAR_PARAGRAPH, TARGET_LIST, TARGETS_OF_YEAR, YEAR_PARAGRAPH } from './intro-rules';
import type { ReportMeta } from './meta';
import { aboutHeading, HEADLINE_WORDS, reviewedPeriod, type Mode } from './section-rules';

export interface SectionState {
  mode: Mode;
  actualPeriod: string;
  targetPeriod: string;
  /** The multi-year span this part reviews, when its heading names one. */
  span: string | null;
  /** Every paragraph of the part reviews the span (a heading on the past five years alone). */
  wholeSpan: boolean;
  /** Under a heading over the plan's headline indicators. */
  headline: boolean;
}

export type SectionLevel = 0 | 1 | 2 | 3;

export interface Section {
  /** 0 the report (its title), 1 a part, 2 a sub-heading, 3 a list introduction. */
  level: SectionLevel;
  heading: string;
  /** Line of the heading; [line, end) are the section's lines. */
  line: number;
  end: number;
  about: SectionState;
  /** The rule that decided what the section is about; null when it says nothing and continues the part before. */
  rule: string | null;
  children: Section[];
}

/** What the model knows of one line: its section's state, the list it sits in, its paragraph's opening. */
export interface LineModel extends SectionState {
  bullet: boolean;
  /** The list is of targets (its introduction said so). */
  targetList: boolean;
  estimateList: boolean;
  estimateParagraph: boolean;
  /** The span a paragraph about the past five years reviews. */
  spanReviewed: string | null;
  /** Ids of the rules behind this line's state (heading, introduction, paragraph). */
  rules: string[];
}

export interface DocumentModel {
  root: Section;
  lines: LineModel[];
}

const BULLET = /^\s*(?:—{1,2}|-{1,4}|－{1,2}|•|·|▪|●)\s*(?=\S)/;
const FOOTNOTE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

export function isBulletLine(line: string): boolean {
  return BULLET.test(line) && /[\u4e00-\u9fff]/.test(line.slice(0, 12));
}

export function bulletMark(line: string): number {
  return BULLET.exec(line)?.[0].length ?? 0;
}

function initialState(meta: ReportMeta): SectionState {
  const half = meta.shape === 'half-year';
  return {
    mode: 'review',
    actualPeriod: reviewedPeriod(meta),
    // Before any plan heading, a target is the reviewed year's own (a mid-year report's "全年目标").
    targetPeriod: String(half || meta.shape !== 'five-year' ? meta.reviewYear : meta.planYear),
    span: null,
    wholeSpan: false,
    headline: false,
  };
}

/** Reads a report's lines into its section tree and one model per line. */
export function readDocument(lineTexts: readonly string[], meta: ReportMeta): DocumentModel {
  const root: Section = { level: 0, heading: meta.title, line: 0, end: lineTexts.length, about: initialState(meta), rule: meta.yearRule, children: [] };
  const open: Section[] = [root];
  let state: SectionState = { ...root.about };
  // Until a heading decides, what the title (or the supplied year) says holds.
  let sectionRule: string | null = meta.yearRule;
  let inList = false;
  let list = { estimate: false, target: false, rules: [] as string[] };
  let lastIntro = '';
  let paragraph: ParagraphModel = { estimate: false, span: null, year: null, rules: [] };
  const out: LineModel[] = [];

  const openSection = (level: SectionLevel, heading: string, line: number, rule: string | null) => {
    while (open.length > 1 && open[open.length - 1]!.level >= level) open.pop()!.end = line;
    const s: Section = { level, heading, line, end: lineTexts.length, about: { ...state }, rule, children: [] };
    open[open.length - 1]!.children.push(s);
    open.push(s);
  };

  lineTexts.forEach((raw, i) => {
    const t = raw.trim();
    const level = headingLevel(t);
    if (level !== null) {
      const decided = aboutHeading(t, level, meta);
      // Headline-ness is each heading's own: a sub-heading over a task is not under the headline list any more.
      const fresh = level === 1;
      state = {
        ...state, ...(decided?.about ?? {}), headline: HEADLINE_WORDS.test(t),
        span: decided?.about.span ?? (fresh ? null : state.span), wholeSpan: decided?.about.wholeSpan ?? (fresh ? false : state.wholeSpan),
      };
      if (decided) sectionRule = decided.rule;
      openSection(level, t, i, decided?.rule ?? null);
    }
    const bullet = isBulletLine(t);
    if (bullet) {
      if (!inList) {
        const target = TARGET_LIST.read(lastIntro);
        list = { estimate: ESTIMATE_LIST.read(lastIntro) !== null, target: target !== null, rules: [] };
        if (list.estimate) list.rules.push(ESTIMATE_LIST.id);
        if (target) list.rules.push(TARGET_LIST.id);
        // A target list inside a review ("2020年主要目标:" after the outcomes) sets the year its targets are for.
        if (target && state.mode === 'review' && target.year !== null) state = { ...state, targetPeriod: String(target.year) };
        if (lastIntro && list.rules.length) openSection(3, lastIntro, Math.max(0, i - 1), list.rules[0]!);
      }
      inList = true;
    } else if (t && !FOOTNOTE.test(t)) {
      inList = false;
      list = { estimate: false, target: false, rules: [] };
      lastIntro = t;
      const targets = level === null ? TARGETS_OF_YEAR.read(t) : null;
      if (targets) {
        state = { ...state, mode: 'plan', targetPeriod: String(targets.year) };
        sectionRule = TARGETS_OF_YEAR.id;
        openSection(3, t, i, TARGETS_OF_YEAR.id);
      }
      paragraph = paragraphOf(t, level !== null, state, meta);
    }
    // Field by field, not `...state`: spreading the state object (its shape varies with the headings' answers)
    // was the slowest part of reading a report's lines.
    out.push({
      mode: inList && list.target ? 'plan' : state.mode,
      actualPeriod: !inList && paragraph.year ? paragraph.year : state.actualPeriod,
      targetPeriod: state.targetPeriod,
      span: state.span,
      wholeSpan: state.wholeSpan,
      headline: state.headline,
      bullet: inList,
      targetList: inList && list.target,
      estimateList: inList && list.estimate,
      estimateParagraph: !inList && paragraph.estimate,
      spanReviewed: inList ? null : paragraph.span,
      rules: rulesOf(sectionRule, inList ? list.rules : paragraph.rules),
    });
  });
  return { root, lines: out };
}

/**
 * A line's rules: its section's, then its list's or paragraph's. Most lines have only their section's: those share
 * one frozen array per section rule (two new arrays per line were the most of reading a report's lines).
 */
function rulesOf(sectionRule: string | null, more: readonly string[]): string[] {
  if (more.length > 0) return sectionRule ? [sectionRule, ...more] : [...more];
  let shared = SECTION_RULES_ONLY.get(sectionRule);
  if (!shared) {
    shared = Object.freeze(sectionRule ? [sectionRule] : []) as string[];
    SECTION_RULES_ONLY.set(sectionRule, shared);
  }
  return shared;
}
const SECTION_RULES_ONLY = new Map<string | null, string[]>();

/** What a paragraph's opening says about all its sentences. */
interface ParagraphModel {
  estimate: boolean;
  span: string | null;
  /** The one year a paragraph in a review of several years opens on: its outcomes are that year's. */
  year: string | null;
  rules: string[];
}

/** A year a review paragraph may open on: one the report has seen, inside the reviewed span when there is one. */
function reviewedYear(year: number, state: SectionState, meta: ReportMeta): string | null {
  const span = state.span ? /^(\d{4})-(\d{4})$/.exec(state.span) : null;
  if (year > meta.reviewYear) return null;
  if (span && (year < Number(span[1]) || year > Number(span[2]))) return null;
  return String(year);
}

function paragraphOf(t: string, isHeading: boolean, state: SectionState, meta: ReportMeta): ParagraphModel {
  if (isHeading) return { estimate: false, span: null, year: null, rules: [] };
  const rules: string[] = [];
  const estimate = ESTIMATE_PARAGRAPH.read(t) !== null;
  if (estimate) rules.push(ESTIMATE_PARAGRAPH.id);
  // A five-year plan reviews its span everywhere already (LineContext.spanPeriod); a yearly report only where it says so.
  const five = meta.shape !== 'five-year' && state.mode === 'review' ? FIVE_YEAR_PARAGRAPH.read(t) : null;
  const opening = state.wholeSpan && state.mode === 'review' ? YEAR_PARAGRAPH.read(t) : null;
  const year = opening ? reviewedYear(opening.year, state, meta) : null;
  if (year) rules.push(YEAR_PARAGRAPH.id);
  const span = year ? null : state.wholeSpan && state.mode === 'review' ? state.span : five ? (state.span ?? five(meta.reviewYear)) : null;
  if (five && span) rules.push(FIVE_YEAR_PARAGRAPH.id);
  return { estimate, span, year, rules };
}

/** The sections of a report in reading order, depth first (for display and tests). */
export function flatSections(root: Section): Section[] {
  return [root, ...root.children.flatMap(flatSections)];
}
