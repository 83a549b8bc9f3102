// "金融业、商贸业…增加值分别增长到936.86亿元、389.91亿元…": a list of names, then 分别, then as many numbers.
// The shared head word ("增加值", "数量") written only on the last name belongs to every name.
import { readSentence } from '../statement';
import type { Candidate, Extractor } from '../types';
import { sentencesIn } from './sentences';

const HEAD_WORD = /(增加值|营业收入|营收|收入|总额|数量|申请量|授权量|投资额|投资|规模|产值|比重)$/;

/** The names before one 分别, with their shared head word restored. */
export function namesBefore(clause: string): string[] {
  // "辖区生产安全事故起数、死亡人数…": who the list is about (辖区, 全区, 全年) opens the clause, not the first name.
  const items = clause.replace(/\s+/g, '').replace(/^(辖区内?|全区|我区|本区|全年|今年以来|上半年)+/, '').split(/[、与]/)
    .map((x) => x.replace(/^[一二三四五六七八九十两几各]+[种类个项大]/, '')).filter(Boolean);
  if (items.length < 2) return [];
  const last = items[items.length - 1]!;
  const head = HEAD_WORD.exec(last)?.[0];
  const firstHead = HEAD_WORD.exec(items[0]!);
  return items.map((item) => {
    if (firstHead && HEAD_WORD.test(item) && item === HEAD_WORD.exec(item)![0]) return items[0]!.slice(0, firstHead.index) + item;
    return head && !HEAD_WORD.test(item) ? item + head : item;
  });
}

export const respectivelyLists: Extractor = {
  name: 'respectively',
  order: 30,
  extract(report, claimed) {
    const out: Candidate[] = [];
    for (const m of report.text.matchAll(/分别/g)) {
      const line = report.lines[report.lineAt(m.index)]!;
      const s = sentencesIn(report.text, line.start, line.end).find((x) => x.start <= m.index && m.index < x.end);
      if (!s || out.some((c) => c.anchor >= s.start && c.anchor < s.end)) continue;
      const text = report.text.slice(s.start, s.end);
      const lists: { at: number; names: string[] }[] = [];
      for (const r of text.matchAll(/分别/g)) {
        const clauseStart = Math.max(...[...'，,；;:：'].map((c) => text.lastIndexOf(c, r.index))) + 1;
        const names = namesBefore(text.slice(clauseStart, r.index));
        lists.push({ at: r.index, names: names.length ? names : (lists[lists.length - 1]?.names ?? []) });
      }
      out.push(...readSentence(report, s.start, s.end, claimed, { tier: report.contexts[report.lineAt(s.start)]!.headlineSection ? 1 : 2, respectively: lists }));
    }
    return out;
  },
};
