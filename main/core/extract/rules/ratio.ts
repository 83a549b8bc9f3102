// Ratios written with colons: "三次产业结构为3.0:40.0:57.0", "二三产业比例为65:35", "由上年的3.1:40.2:56.7调整为
// 2.9:39.8:57.3", "城乡居民收入比从2.50:1缩小至2.27:1". The number scanner never reads a number beside a colon
// (times, dates), so these facts are built here. A structure of industries is one share of GDP per industry;
// a ratio to one ("2.27:1") is the value of the ratio its name ends with (…比).
import { canonicalIndicator } from '../../catalog';
import type { FactKind, Measure, Period } from '../../types';
import { readLeft } from '../phrase';
import type { LineContext } from '../sections';
import type { Candidate, Extractor, ReportView } from '../types';
import { cuesOf, kindOf, periodOf } from '../when';
import { baseYearOf } from './base-year';
import { industriesIn } from './industries';
import { qualifierAfter } from './qualified';
import { sentenceAround } from './sentences';

interface RatioRule {
  id: string;
  examples: readonly string[];
  /** The facts of one ratio, named from the words before it; null when the words name no such ratio. */
  read(parts: readonly number[], before: string, region: string): { names: string[]; measure: Measure; unit: string | null; nameAt: number } | null;
}

// Shares of a structure add up to 100, give or take rounding of each part.
const sumsToWhole = (parts: readonly number[]) => Math.abs(parts.reduce((a, b) => a + b, 0) - 100) <= 1.5;

export const RATIO_RULES: readonly RatioRule[] = [
  {
    id: 'ratio-industry-structure',
    examples: ['三次产业结构为3.0:40.0:57.0', '三次产业比例调整为2.1∶38.5∶59.4', '二三产业比例为65:35', '产业结构调整为2.8:50.9:46.3'],
    read(parts, before, region) {
      // "产业结构调整为2.8:50.9:46.3": three parts of the region's structure of industries are the three industries
      // (not "新兴产业结构", which is a structure of something else).
      const bare = parts.length === 3 ? /产业(?=(?:的)?(?:结构|比例|比重|构成))/.exec(before) : null;
      const ofRegion = bare !== null && readLeft(before.slice(0, bare.index), region).subject === '';
      const list = industriesIn(before) ?? (bare && ofRegion ? { names: ['第一产业', '第二产业', '第三产业'], start: bare.index, end: bare.index + 2 } : null);
      // The shorthand must be followed only by what the ratio is of (结构, 比例 …) and its verb.
      if (!list || list.names.length !== parts.length || !sumsToWhole(parts)) return null;
      if (!/^(?:增加值)?(?:的)?(?:结构|比例|比重|构成|之比|比)/.test(before.slice(list.end))) return null;
      return { names: list.names.map((n) => `${n}增加值占GDP比重`), measure: 'share', unit: '%', nameAt: list.start };
    },
  },
  {
    id: 'ratio-to-one',
    examples: ['城乡居民收入比从2.50:1缩小至2.27:1', '城乡居民收入比为2.3:1'],
    read(parts, before, region) {
      if (parts.length !== 2 || parts[1] !== 1) return null;
      // "城乡收入比缩小到2.2:1": the verb of change goes with the number, not the name.
      const subject = readLeft(before.replace(/(?:由|从)$/, '').replace(/(?:缩小|扩大|调整|优化|下降|降低|提高|变)(?:到|至|为)?$/, ''), region).subject;
      if (!/^[\u4e00-\u9fff]{2,16}比$/.test(subject)) return null;
      return { names: [subject], measure: 'rate', unit: null, nameAt: before.lastIndexOf(subject) };
    },
  },
];

// A ratio: two or three numbers joined by colons (the normalizer folds ∶ and ： to ':').
export const RATIO = /(?<![\d.:])\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,3}(?![\d.])/g;
const RATIO_AT = new RegExp(RATIO.source, 'y');
const RATIO_COLONS = [':', '：', '∶'];
const isDigitOrPoint = (code: number) => (code >= 48 && code <= 57) || code === 46;

/**
 * The ratios of a text, as text.matchAll(RATIO) finds them (in order, not overlapping). A ratio starts where
 * the digits before its first colon start (a digit or point before them would be part of the number), so the
 * pattern is tried only there, sticky, once per colon: not at every digit of the report.
 */
export function ratioMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next = RATIO_COLONS.map((c) => text.indexOf(c));
  let from = 0;
  for (;;) {
    let k = -1;
    for (let x = 0; x < next.length; x++) if (next[x]! >= 0 && (k < 0 || next[x]! < next[k]!)) k = x;
    if (k < 0) break;
    const colon = next[k]!;
    next[k] = text.indexOf(RATIO_COLONS[k]!, colon + 1);
    if (colon < from) continue;
    let digitsEnd = colon;
    while (digitsEnd > 0 && /\s/.test(text[digitsEnd - 1]!)) digitsEnd--;
    let start = digitsEnd;
    while (start > 0 && isDigitOrPoint(text.charCodeAt(start - 1))) start--;
    if (start === digitsEnd || start < from) continue;
    RATIO_AT.lastIndex = start;
    const m = RATIO_AT.exec(text);
    if (!m) continue;
    out.push(m);
    from = start + m[0].length;
  }
  return out;
}
// "由A调整为B", "从A缩小至B": the second ratio is the new one, the first where it started.
// The new ratio's year may be written with it ("调整为2020年的…").
const TO_VERB = /^\s*(?:调整|优化|变化|变动|转变|缩小|扩大|提高|提升|降低|下降|上升|演变)?(?:为|到|至)\s*(?:(\d{4})\s*年(?:底|末)?的?)?\s*$/;
const FROM_WORDS = /(?:由|从)([^由从]{0,8})$/;

interface Ratio {
  start: number;
  end: number;
  parts: { value: number; at: number }[];
}

function partsOf(start: number, written: string): Ratio {
  const parts = [...written.matchAll(/\d+(?:\.\d+)?/g)].map((p) => ({ value: Number(p[0]), at: start + p.index }));
  return { start, end: start + written.length, parts };
}

const tierOf = (ctx: LineContext): 1 | 2 => (ctx.bullet || ctx.headlineSection ? 1 : 2);

/** What the words before a ratio (or a pair of ratios) say: the name, and the words after 由/从 if any. */
interface Lead {
  /** The clause's words before 由/从 (or before the ratio). */
  named: string;
  /** Where `named` starts in the text. */
  at: number;
  /** The words between 由/从 and the first ratio ("上年的"), or null when there is no 由/从. */
  fromWords: string | null;
}

function leadOf(text: string, clauseStart: number, ratioStart: number): Lead {
  const before = text.slice(clauseStart, ratioStart).replace(/\s+$/, '');
  const from = FROM_WORDS.exec(before);
  return { named: from ? before.slice(0, from.index) : before, at: clauseStart, fromWords: from ? from[1]! : null };
}

/** The facts of one ratio; `base` (for the starting ratio of "由A调整为B") dates it from the new one's period. */
function factsOf(report: ReportView, r: Ratio, sentence: { start: number; end: number }, lead: Lead, base: { toPeriod: string } | null, spanEnd: number): Candidate[] {
  const text = report.text;
  const values = r.parts.map((p) => p.value);
  for (const rule of RATIO_RULES) {
    const read = rule.read(values, lead.named, report.meta.region);
    if (!read) continue;
    const ctx = report.contexts[report.lineAt(r.start)]!;
    const s = text.slice(sentence.start, sentence.end);
    const cues = cuesOf(s, report.meta.reviewYear);
    const at = r.start - sentence.start;
    let kind: FactKind = kindOf(ctx, cues, at);
    let period = periodOf(report, ctx, kind, cues, at, text.slice(lead.at, r.start), null, false, read.names[0]!);
    if (base) {
      const year = baseYearOf(report, r.start, lead.fromWords ?? '', base.toPeriod);
      if (year === null) return [];
      kind = 'actual';
      period = year;
    }
    // Each name takes the part in its place ("2.27:1" names only its first part).
    return read.names.map((name, k): Candidate => ({
      indicator: canonicalIndicator(name), measure: read.measure, value: r.parts[k]!.value, low: null, high: null,
      unit: read.unit, qualifier: qualifierAfter(text, r.end, kind), period: period as Period, kind, tier: tierOf(ctx),
      start: lead.at + read.nameAt, end: spanEnd, anchor: r.parts[k]!.at, rules: [rule.id, ...(base ? ['ratio-base-period'] : [])],
    }));
  }
  return [];
}

/** A year written with the new ratio dates it: a target if after the reviewed year, else an outcome. */
function datedBy(year: number, c: Candidate, reviewYear: number): Pick<Candidate, 'period' | 'kind'> {
  return { period: String(year) as Period, kind: year > reviewYear ? 'target' : c.kind === 'estimate' ? 'estimate' : 'actual' };
}

export const ratios: Extractor = {
  name: 'ratio',
  order: 12,
  extract(report, claimed) {
    const out: Candidate[] = [];
    const text = report.text;
    const found = ratioMatches(text).map((m) => partsOf(m.index, m[0]));
    for (let i = 0; i < found.length; i++) {
      const r = found[i]!;
      if (r.parts.some((p) => claimed.has(p.at))) continue;
      const sentence = sentenceAround(text, r.start);
      const clauseStart = Math.max(sentence.start, ...[...'，,；;'].map((c) => text.lastIndexOf(c, r.start - 1) + 1));
      const lead = leadOf(text, clauseStart, r.start);
      const next = found[i + 1];
      const to = next && next.start < sentence.end ? TO_VERB.exec(text.slice(r.end, next.start)) : null;
      const paired = to ? next! : null;
      if (!paired) {
        out.push(...factsOf(report, r, sentence, lead, null, r.end));
        continue;
      }
      // The new ratio first: its period dates the starting one ("由上年的…" is the year before it).
      const year = to?.[1] ? Number(to[1]) : null;
      const now = factsOf(report, paired, sentence, lead, null, paired.end).map((c) => (year === null ? c : { ...c, ...datedBy(year, c, report.meta.reviewYear) }));
      const was = now.length ? factsOf(report, r, sentence, lead, { toPeriod: now[0]!.period }, paired.end) : [];
      out.push(...was, ...now);
      i++;
    }
    return out;
  },
};
