// The baseline Planscope has to beat: "every number with a unit". A reader with no grammar of statements takes
// every number written with a unit after it as a fact, dates the whole document's review year, calls it an
// outcome and names no indicator. Eval scores it with the same matching rule as Planscope
// (main/core/extract/scoring.ts), so "Planscope finds more than a regular expression" is a measured claim.
//
// It is kept honest on purpose: it scans the same normalized text Planscope reads (so script, width and spacing
// are not held against it) and reads numbers whole (thousands separators, a sign), but it knows no words around a
// number: no 下降 → negative, no ranges, no 预计/目标, no tiers. Making it weaker would only flatter Planscope.
import { readMeta } from './meta';
import { normalizeReport } from '../normalize/index';
import type { ScoredFact } from './scoring';

/**
 * Units a number may carry (tried longest first, so 万人 wins over 万). Calendar words (年, 月,
 * 日, 号) are left out: "2020年" is a date, not an amount. Everything else a count or measure may be written in
 * is in, projects and meetings too: the naive scan cannot tell a district's indicator from a tally.
 */
const UNITS: readonly string[] = [
  // shares and changes
  '个百分点', '%', '‰',
  // money, and the bare magnitudes reports close amounts with ("超2000万")
  '万亿元', '亿美元', '万美元', '美元', '亿元', '万元', '千元', '元', '亿', '万',
  // area, length, volume, mass, energy, freight
  '万平方米', '平方公里', '平方米', '万亩', '亩', '公顷', '公里', '千米', '米',
  '亿立方米', '万立方米', '微克/立方米', 'μg/m³', 'μg/m3', '立方米', '万吨标准煤', '吨标准煤', '万吨', '吨',
  '亿千瓦时', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '万标箱', '标箱',
  // people, firms and things counted
  '万人次', '人次', '万人', '人', '万户', '户', '万家', '家', '个', '名', '位', '套', '张', '座', '所', '件', '项',
  '次', '场', '条', '批', '辆', '台', '艘', '栋', '间', '床', '例', '种', '类', '倍', '岁', '天', '小时',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A number is read whole: never from the middle of another number (after a digit, a point, or a thousands
// separator: a comma before exactly three digits); a sign only where it cannot be a range's dash ("6.0%-6.5%",
// "5-6%"). A comma before more or fewer digits is a clause's ("约占全国1/10,4386万名").
const NUMBER_WITH_UNIT = new RegExp(
  String.raw`(?<![\d.])(?!(?<=\d,)\d{3}(?!\d))((?<![\d%‰])[-−])?(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(${[...UNITS].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'g',
);

export interface NaiveFact extends ScoredFact {
  indicator: null;
  unit: string;
  kind: 'actual';
}

/** Every number followed by a unit, as a fact of the document's review year; spans index the ORIGINAL text. */
export function naiveScan(originalText: string): NaiveFact[] {
  const normalized = normalizeReport(originalText);
  const period = String(readMeta(normalized.text).reviewYear);
  const facts: NaiveFact[] = [];
  for (const m of normalized.text.matchAll(NUMBER_WITH_UNIT)) {
    const magnitude = Number(m[2]!.replace(/,/g, ''));
    const span = normalized.toOriginalSpan(m.index, m.index + m[0].length);
    facts.push({ indicator: null, value: m[1] ? -magnitude : magnitude, unit: m[3]!, period, kind: 'actual', ...span });
  }
  return facts;
}
