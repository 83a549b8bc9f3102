// What parts of the economy added to its growth: "第一、二、三产业分别拉动经济增长0.1、1.9和3.2个百分点",
// "对经济增长的贡献率分别为2.1%、36.5%和61.4%", "消费对GDP增长的贡献率达到60%". These are facts about each
// part named (an industry, consumption, investment), never a growth of GDP itself. Reports write the unit only
// after the last number of such a list, so the list is read here, not by the number scanner.
import { canonicalIndicator } from '../../catalog';
import type { Measure, Period, Qualifier } from '../../types';
import { postQualifier } from '../judge';
import { qualified } from './qualified';
import { readLeft } from '../phrase';
import type { Candidate, Extractor, ReportView } from '../types';
import { cuesOf, kindOf, periodOf } from '../when';
import { industriesIn } from './industries';
import { sentenceAround } from './sentences';

interface ContributionRule {
  id: string;
  examples: readonly string[];
  /** The words that say what is measured, right before the numbers. */
  words: RegExp;
  /**
   * A word every match of `words` holds, at most `lead` characters after the match starts: the report is
   * searched for it (indexOf), and `words` tried only just before each, not at every character.
   */
  key: string;
  lead: number;
  /** The indicator for one part ("第一产业" → "第一产业对经济增长的拉动"). */
  indicator: (part: string) => string;
  measure: Measure;
  unit: string;
}

// GDP's growth, however the report calls it: 经济, GDP, 地区生产总值, 全区经济.
const GROWTH_OF_ECONOMY = String.raw`(?:全[区市省县旗州])?(?:经济|GDP|地区生产总值|生产总值)(?:的)?增长`;
// "贡献率超过60%", "拉动经济增长近1个百分点": how exact the figure is, said before it.
const ABOUT = String.raw`(超过|超|接近|近|约)?`;

export const CONTRIBUTION_RULES: readonly ContributionRule[] = [
  {
    id: 'contribution-points',
    // Made-up examples in the statistical bulletins' wording.
    examples: ['第一、二、三产业分别拉动经济增长0.1、1.9和3.2个百分点', '第三产业拉动GDP增长3.4个百分点'],
    words: new RegExp(String.raw`(分别)?拉动(?:了)?${GROWTH_OF_ECONOMY}(?:了)?(分别)?(?:为)?${ABOUT}`, 'g'),
    // 分别 before it.
    key: '拉动',
    lead: 2,
    indicator: (part) => `${part}对经济增长的拉动`,
    measure: 'change',
    unit: '个百分点',
  },
  {
    id: 'contribution-share',
    // 内蒙古自治区2023年统计公报 (as quoted by 中新网, 2024-03-21): "第一、二、三产业对地区生产总值增长的贡献率分别为8.7%、45.7%和45.6%".
    examples: ['第一、二、三产业对地区生产总值增长的贡献率分别为8.7%、45.7%和45.6%', '消费对经济增长的贡献率达到60%'],
    words: new RegExp(String.raw`(分别)?对${GROWTH_OF_ECONOMY}的?贡献率(分别)?(?:为|达到|达|是)?${ABOUT}`, 'g'),
    // 分别对全区地区生产总值的增长的: 2 + 1 + 2 + 6 + 1 + 2 + 1 characters before it.
    key: '贡献率',
    lead: 15,
    indicator: (part) => `${part}对经济增长的贡献率`,
    // The parts' contributions add up to the whole growth: each is a share of it.
    measure: 'share',
    unit: '%',
  },
];

interface Listed {
  value: number;
  start: number;
  end: number;
}

// One number of the list, its unit where written, then a separator ("、", "和", or none after a unit: "3.1%4.6%").
const ITEM = /^(\s*)(-?\d+(?:\.\d+)?)(\s*)(%|个百分点)?(\s*(?:、|和|及|与|,|，)\s*)?/;

/**
 * The numbers of a list starting at `from`: "0.1、1.9和3.2个百分点" (the unit on the last only), "2.1%、36.5%和
 * 61.4%" (on each), "3.1%4.6%5.9%" (separators lost in copying). Empty unless its last number carries `unit`.
 */
function listAt(text: string, from: number, unit: string): Listed[] {
  const out: Listed[] = [];
  let at = from;
  let closed = false;
  for (let guard = 0; guard < 12; guard++) {
    const m = ITEM.exec(text.slice(at, at + 40));
    if (!m) break;
    const [, lead, digits, gap, written, separator] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
    // Another unit starts another statement ("…3.2个百分点，增长5%").
    if (written && written !== unit) break;
    // A bare number must be followed by the next one.
    if (!written && !separator) return [];
    const start = at + lead.length;
    out.push({ value: Number(digits), start, end: start + digits.length + (written ? gap.length + written.length : 0) });
    closed = written === unit;
    at += m[0].length;
    if (closed && !separator && !/^\s*-?\d/.test(text.slice(at, at + 3))) break;
  }
  return closed ? out : [];
}

const aboutOf = (word: string | undefined): Qualifier | 'over' | null => (!word ? null : /超/.test(word) ? 'over' : 'approx');

/** The parts named before the words: "第一、二、三产业", "消费、投资和净出口", "第三产业". */
function partsNamed(phrase: string, region: string): { names: string[]; at: number } | null {
  const industries = industriesIn(phrase);
  if (industries && !/[\u4e00-\u9fff]/.test(phrase.slice(industries.end).replace(/^(?:增加值|分别|的)+/, ''))) return { names: industries.names, at: industries.start };
  const subject = readLeft(phrase, region).subject;
  if (!subject || subject.length > 24) return null;
  // "第一产业增加值对经济增长的贡献率": an industry contributes through its value added; the name is the industry's.
  const names = subject.split(/[、和及与]/).filter(Boolean).map((n) => n.replace(/(?<=.{2})增加值$/, ''));
  return { names, at: Math.max(0, phrase.lastIndexOf(subject)) };
}

// "…贡献率为2.1%，第二产业为36.5%，第三产业为61.4%": later clauses name another part and give its figure only.
const NEXT_PART = /^[，,；;]\s*(?:其中)?([\u4e00-\u9fff]{2,10}?)(?:拉动|贡献率|的贡献率)?(?:为|达到|达|是)?\s*(-?\d+(?:\.\d+)?)\s*(%|个百分点)/;
// Only parts of the economy continue such a list (an industry, a sector, a component of demand), not "增速".
const PART_NAME = /(产业|业|消费|投资|出口|支出|资本形成总额)$/;

/** The parts stated after the first in the same sentence, each in its own clause. */
interface Part {
  name: string;
  value: number;
  /** Where the clause's name starts, where its number starts, where its unit ends. */
  nameAt: number;
  start: number;
  end: number;
}

function continuedParts(text: string, from: number, sentenceEnd: number, unit: string): Part[] {
  const out: Part[] = [];
  let at = from;
  for (let m = NEXT_PART.exec(text.slice(at, sentenceEnd)); m && m[3] === unit && PART_NAME.test(m[1]!); m = NEXT_PART.exec(text.slice(at, sentenceEnd))) {
    const start = at + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length - 1);
    out.push({ name: m[1]!.replace(/(?<=.{2})增加值$/, ''), value: Number(m[2]), nameAt: at + m[0].indexOf(m[1]!), start, end: at + m[0].length });
    at += m[0].length;
  }
  return out;
}

const STICKY = new Map(CONTRIBUTION_RULES.map((r) => [r, new RegExp(r.words.source, 'y')]));

/**
 * The matches of a rule's words in the text, as text.matchAll(rule.words) finds them (in order, not
 * overlapping): a match starts at most `lead` characters before an occurrence of its key, so only those
 * places are tried, each with a sticky copy of the pattern, leftmost first.
 */
export function matchesOf(rule: ContributionRule, text: string): RegExpExecArray[] {
  const sticky = STICKY.get(rule) ?? new RegExp(rule.words.source, 'y');
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = text.indexOf(rule.key); k >= 0; k = text.indexOf(rule.key, k + 1)) {
    for (let i = Math.max(from, k - rule.lead); i <= k; i++) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      from = i + Math.max(1, m[0].length);
      break;
    }
  }
  return out;
}

/** Every contribution stated, in text order (a list may borrow the names of the list just before it). */
function contributions(report: ReportView, claimed: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const text = report.text;
  const said = CONTRIBUTION_RULES.flatMap((rule) => matchesOf(rule, text).map((m) => ({ rule, at: m.index, end: m.index + m[0].length, about: m[3] })))
    .sort((a, b) => a.at - b.at);
  // Names said once serve a second list in the same sentence ("…分别拉动…，对经济增长的贡献率分别为…").
  let lastNames = null as { names: string[]; start: number; sentence: number } | null;
  for (const { rule, at: wordsAt, end, about } of said) {
    const list = listAt(text, end, rule.unit);
    if (list.length === 0 || list.some((x) => claimed.has(x.start))) continue;
    const sentence = sentenceAround(text, wordsAt);
    const clauseStart = Math.max(sentence.start, ...[...'，,；;'].map((c) => text.lastIndexOf(c, wordsAt - 1) + 1));
    const phrase = text.slice(clauseStart, wordsAt);
    const named = partsNamed(phrase, report.meta.region);
    const parts: { names: string[]; start: number } | null = named ? { names: named.names, start: clauseStart + named.at } : lastNames?.sentence === sentence.start ? lastNames : null;
    // As many names as numbers, or nothing is known of which is which.
    if (!parts || parts.names.length !== list.length) continue;
    lastNames = { ...parts, sentence: sentence.start };
    const ctx = report.contexts[report.lineAt(wordsAt)]!;
    const cues = cuesOf(text.slice(sentence.start, sentence.end), report.meta.reviewYear);
    const at = wordsAt - sentence.start;
    const kind = kindOf(ctx, cues, at);
    const period = periodOf(report, ctx, kind, cues, at, phrase, null, false, rule.indicator(parts.names[0]!));
    const qualifier = list.length === 1 ? qualified(aboutOf(about) ?? postQualifier(text.slice(list[0]!.end, list[0]!.end + 4)), kind) : 'exact';
    const tier = ctx.bullet || ctx.headlineSection ? 1 : 2;
    list.forEach((x, k) => out.push({
      indicator: canonicalIndicator(rule.indicator(parts.names[k]!)), measure: rule.measure, value: x.value, low: null, high: null, unit: rule.unit,
      qualifier, period: period as Period, kind, tier, start: named ? parts.start : wordsAt, end: list[list.length - 1]!.end, anchor: x.start, rules: [rule.id],
    }));
    for (const c of continuedParts(text, list[list.length - 1]!.end, sentence.end, rule.unit)) {
      if (claimed.has(c.start)) break;
      out.push({
        indicator: canonicalIndicator(rule.indicator(c.name)), measure: rule.measure, value: c.value, low: null, high: null, unit: rule.unit,
        qualifier: 'exact', period: period as Period, kind, tier, start: c.nameAt, end: c.end, anchor: c.start, rules: [rule.id, 'contribution-continued'],
      });
    }
  }
  return out;
}

export const growthContributions: Extractor = {
  name: 'growth-contributions',
  order: 14,
  extract: contributions,
};
