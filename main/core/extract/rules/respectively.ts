// "金融业、商贸业…增加值分别增长到936.86亿元、389.91亿元…": a list of names, then 分别, then as many numbers.
// The shared head word ("增加值", "数量") written only on the last name belongs to every name; "三次产业增加值"
// names the three industries' value added one by one.
import { jointParts } from '../../catalog/joint-names';
import { findQuantities, type Quantity } from '../numbers';
import { readSentence } from '../statement';
import type { Candidate, Extractor, ReportView } from '../types';
import { industriesIn } from './industries';
import { sentenceAround } from './sentences';

const HEAD_WORD = /(增加值|营业收入|营收|收入|总额|数量|申请量|授权量|投资额|投资|规模|产值|比重|标准|产量|价格)$/;

/** The names before one 分别, with their shared head word restored. */
export function namesBefore(clause: string): string[] {
  // "辖区生产安全事故起数、死亡人数…": who the list is about (辖区, 全区, 全年) opens the clause, not the first name.
  const compact = clause.replace(/\s+/g, '').replace(/^(辖区内?|全区|我区|本区|全年|今年以来|上半年)+/, '');
  // "城乡居民人均可支配收入分别增长5%、6.5%": one subject that stands for the urban and the rural series.
  const joint = jointParts(compact);
  if (joint) return joint;
  const industries = industriesNamed(compact);
  if (industries) return industries;
  const items = compact.split(/[、与]/)
    .map((x) => x.replace(/^[一二三四五六七八九十两几各]+[种类个项大]/, '')).filter(Boolean);
  if (items.length < 2) return [];
  const last = items[items.length - 1]!;
  // "先进制造业、高技术制造业增加值占规模以上工业增加值比重": a share written on the last name is every name's share.
  const share = /(?:增加值|营业收入|收入|产值|投资额?|总额)?占.+(?:比重|比例)$/.exec(last);
  const head = share && share.index > 0 ? share[0] : HEAD_WORD.exec(last)?.[0];
  const firstHead = HEAD_WORD.exec(items[0]!);
  return items.map((item) => {
    if (firstHead && HEAD_WORD.test(item) && item === HEAD_WORD.exec(item)![0]) return items[0]!.slice(0, firstHead.index) + item;
    if (share && share.index > 0) return /占/.test(item) ? item : item + head;
    return head && !HEAD_WORD.test(item) ? item + head : item;
  });
}

/** "三次产业增加值", "第一、二、三产业增加值": each industry with what the clause says of them all. */
function industriesNamed(clause: string): string[] | null {
  const list = industriesIn(clause);
  // Only the shorthand and a head word ("增加值"): "三次产业结构" or "占三次产业比重" say something else.
  // "三次产业增加值占地区生产总值的比重": each industry's share, as the statistics name it (…占GDP比重).
  const head = list ? clause.slice(list.end).replace(/的(?=比重|比例)/, '') : '';
  const share = /^(?:增加值)?占(?:.{2,12}(?:比重|比例)|比)$/.test(head);
  if (!list || list.start > 0 || !(head === '' || share || (HEAD_WORD.test(head) && head.length <= 6))) return null;
  return list.names.map((n) => n + (share && !head.startsWith('增加值') && head !== '占比' ? `增加值${head}` : head));
}

// A run of amounts whose separators were lost ("45.6890.11234.5亿元"): digits and points, then a unit.
const RUN = /\d+(?:\.\d+){2,}/g;

/**
 * Splits a run of `count` decimal numbers written with the same number of decimals (statistical tables round
 * alike) at the only place that works: "45.6890.11234.5" with 3 names is 45.6, 890.1, 1234.5. Null when no
 * or more than one number of decimals fits, or an integer part would start with 0.
 */
export function splitRun(run: string, count: number): string[] | null {
  const segments = run.split('.');
  if (segments.length !== count + 1) return null;
  const fits: string[][] = [];
  for (let d = 1; d <= 3; d++) {
    if (segments[count]!.length !== d) continue;
    const numbers: string[] = [];
    let integer = segments[0]!;
    for (let k = 1; k <= count; k++) {
      const seg = segments[k]!;
      if (k < count && seg.length <= d) break;
      if (integer.length > 1 && integer.startsWith('0')) break;
      numbers.push(`${integer}.${seg.slice(0, d)}`);
      integer = seg.slice(d);
    }
    if (numbers.length === count) fits.push(numbers);
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** Quantities for runs after 分别 that the scanner could not read, split by the number of names listed. */
function splitRuns(report: ReportView, sentence: { start: number; end: number }, lists: readonly { at: number; names: readonly string[] }[]): Quantity[] {
  const out: Quantity[] = [];
  const text = report.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(RUN)) {
    const list = lists.filter((g) => g.at < m.index).pop();
    // Right after 分别 and its verb, and not something the scanner read ("1.2.3" is no amount).
    if (!list || list.names.length < 2 || m.index - list.at > 8) continue;
    const start = sentence.start + m.index;
    if (report.quantitiesIn(start, start + m[0].length).length > 0) continue;
    const parts = splitRun(m[0], list.names.length);
    const unit = parts ? findQuantities(parts[parts.length - 1]! + text.slice(m.index + m[0].length, m.index + m[0].length + 8))[0] : undefined;
    if (!parts || !unit || unit.start !== 0 || unit.unitClass === 'ignore' || unit.low !== null) continue;
    let at = start;
    parts.forEach((p, k) => {
      const last = k === parts.length - 1;
      out.push({ start: at, end: last ? at + unit.end : at + p.length, value: Number(p), low: null, high: null, unit: unit.unit, unitClass: unit.unitClass, more: false });
      at += p.length;
    });
  }
  return out;
}

/**
 * "A、B标准分别从每人每月209元、280元提高到217元、290元": the names serve the starting values, then again the
 * new ones, when the numbers after 分别 are twice as many as the names.
 */
function fromEachTo(report: ReportView, at: number, end: number, names: readonly string[]): string[] {
  const after = report.text.slice(at + 2, end);
  if (names.length < 2 || !/^\s*(?:从|由)[^，,；;]*(?:到|至)/.test(after)) return [...names];
  const clauseEnd = at + 2 + (/[，,；;]/.exec(after)?.index ?? after.length);
  return report.quantitiesIn(at, clauseEnd).length === 2 * names.length ? [...names, ...names] : [...names];
}

// "分别为45.6、890.1、1234.5亿元": bare numbers, each followed by a list separator, before the one with the unit.
const BARE_ITEM = /^\s*(-?\d+(?:\.\d+)?)\s*(?:、|和|及|与|,|，)\s*/;
// 分别 and its verb ("分别为", "分别增长", "分别达到") before a list.
const LIST_VERB = /^分别[\u4e00-\u9fff]{0,4}?(?=\s*-?\d)/;

/**
 * Quantities for the bare numbers of a list written with its unit once, at the end: as many numbers as names,
 * the last read by the scanner, each other number taking its unit.
 */
function sharedUnits(report: ReportView, sentence: { start: number; end: number }, lists: readonly { at: number; names: readonly string[] }[]): Quantity[] {
  const out: Quantity[] = [];
  for (const list of lists) {
    if (list.names.length < 2) continue;
    const verb = LIST_VERB.exec(report.text.slice(sentence.start + list.at, sentence.end));
    if (!verb) continue;
    let at = sentence.start + list.at + verb[0].length;
    const bare: Quantity[] = [];
    for (let m = BARE_ITEM.exec(report.text.slice(at, at + 30)); m && bare.length < list.names.length; m = BARE_ITEM.exec(report.text.slice(at, at + 30))) {
      const start = at + m[0].indexOf(m[1]!);
      // A number the scanner read is no bare number (the list writes a unit on each).
      if (report.quantitiesIn(start, start + 1).length > 0) break;
      bare.push({ start, end: start + m[1]!.length, value: Number(m[1]), low: null, high: null, unit: null, unitClass: 'count', more: false });
      at += m[0].length;
    }
    const last = report.quantitiesIn(at, at + 2)[0];
    if (!last || bare.length + 1 !== list.names.length || last.low !== null) continue;
    out.push(...bare.map((q) => ({ ...q, unit: last.unit, unitClass: last.unitClass })));
  }
  return out;
}

/** The report as readSentence sees it, with the numbers split out of lost-separator runs added. */
function withQuantities(report: ReportView, extra: readonly Quantity[]): ReportView {
  if (extra.length === 0) return report;
  return {
    ...report,
    quantitiesIn: (start, end) => [...report.quantitiesIn(start, end), ...extra.filter((q) => q.start >= start && q.start < end)].sort((a, b) => a.start - b.start),
  };
}

/**
 * "分别增长3.1%4.6%5.9%", "分别下降12%、30%": numbers that follow one another with nothing but separators
 * between them share the verb before the first, so a percentage read as a rate takes the first one's growth
 * (and its sign).
 */
export function withSharedVerb(text: string, facts: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of facts) {
    const prev = out[out.length - 1];
    const adjoining = prev && c.anchor >= prev.end && /^[\s、，,和及与]*$/.test(text.slice(prev.end, c.anchor));
    if (prev && adjoining && c.unit === '%' && prev.unit === '%' && c.measure === 'rate' && (prev.measure === 'growth' || prev.measure === 'change')) {
      out.push({ ...c, measure: prev.measure, value: prev.value !== null && prev.value < 0 && c.value !== null && c.value > 0 ? -c.value : c.value });
    } else out.push(c);
  }
  return out;
}

export const respectivelyLists: Extractor = {
  name: 'respectively',
  order: 30,
  extract(report, claimed) {
    const out: Candidate[] = [];
    let last: { start: number; end: number } | null = null;
    // Every 分别 of the report, found by indexOf (no match object per occurrence).
    for (let at = report.text.indexOf('分别'); at >= 0; at = report.text.indexOf('分别', at + 2)) {
      // The sentence around this 分别 only (not every sentence of its line), so a long paragraph stays linear.
      const s = sentenceAround(report.text, at);
      // A second 分别 of a sentence just read reads it again to the same facts: the first read covered it.
      const same = last !== null && last.start === s.start && last.end === s.end;
      last = s;
      if (same || out.some((c) => c.anchor >= s.start && c.anchor < s.end)) continue;
      const text = report.text.slice(s.start, s.end);
      const lists: { at: number; names: string[] }[] = [];
      for (const r of text.matchAll(/分别/g)) {
        const clauseStart = Math.max(...[...'，,；;:：'].map((c) => text.lastIndexOf(c, r.index))) + 1;
        const names = namesBefore(text.slice(clauseStart, r.index));
        const listed = names.length ? names : (lists[lists.length - 1]?.names ?? []);
        lists.push({ at: r.index, names: fromEachTo(report, s.start + r.index, s.end, listed) });
      }
      const view = withQuantities(report, [...splitRuns(report, s, lists), ...sharedUnits(report, s, lists)]);
      const facts = readSentence(view, s.start, s.end, claimed, { tier: report.contexts[report.lineAt(s.start)]!.headlineSection ? 1 : 2, respectively: lists });
      out.push(...withSharedVerb(report.text, facts));
    }
    return out;
  },
};
