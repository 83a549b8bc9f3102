// Where a fact comes from, in one line under it: the report and its place in the text (the PDF page is shown beside
// it by the source panel), or the
// workbook, sheet and cell it was imported from, or the colleague's workspace it was merged from and when — and,
// when the economist corrected it, what it said before. Shown in the review's side panel and the pivot drill-down.
import type { EditedFrom, Fact } from '../../../main/core/types';
import { formatDateTime } from '../../format/dates';
import { formatFactValue, formatNumber } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { defineStrings, fill, useLang, type Lang } from '../../i18n';

export const useProvenanceStrings = defineStrings({
  'zh-CN': {
    from: '来源',
    report: '报告《{title}》',
    at: '原文第 {start}–{end} 字',
    workbook: '工作簿 {file}',
    sheet: '工作表 {sheet}',
    cell: '单元格 {cell}',
    merged: '合并自 {workspace}',
    by: '({author})',
    mergedAt: '{date} 合并',
    unknown: '没有记录来源(不是从报告或工作簿读入的)',
    edited: '已修改,原为 {statement}({date})',
  },
  en: {
    from: 'Source',
    report: 'report “{title}”',
    at: 'characters {start}–{end} of the text',
    workbook: 'workbook {file}',
    sheet: 'sheet {sheet}',
    cell: 'cell {cell}',
    merged: 'merged from {workspace}',
    by: ' ({author})',
    mergedAt: 'on {date}',
    unknown: 'no source recorded (not read from a report or a workbook)',
    edited: 'Edited; it said {statement} ({date})',
  },
});

type Strings = ReturnType<typeof useProvenanceStrings>;

/** The parts of the source line, most specific last: report (page, place) · workbook, sheet, cell · merge. */
export function provenanceParts(f: Fact, reportTitle: string | null, s: Strings, lang: Lang): string[] {
  const parts: string[] = [];
  if (f.documentId != null) {
    parts.push(fill(s.report, { title: reportTitle ?? `#${f.documentId}` }));
    if (f.start != null && f.end != null) parts.push(fill(s.at, { start: formatNumber(f.start + 1, lang), end: formatNumber(f.end, lang) }));
  }
  const o = f.origin;
  if (o?.file) parts.push(fill(s.workbook, { file: o.file }));
  if (o?.sheet) parts.push(fill(s.sheet, { sheet: o.sheet }));
  if (o?.cell) parts.push(fill(s.cell, { cell: o.cell }));
  if (o?.workspace) {
    let merged = fill(s.merged, { workspace: o.workspace }) + (o.author ? fill(s.by, { author: o.author }) : '');
    if (o.mergedAt) merged += ' ' + fill(s.mergedAt, { date: formatDateTime(o.mergedAt, lang) });
    parts.push(merged);
  }
  return parts;
}

/** "4.1% · 2023年 · 目标" — the statement before the edit, as the grid would show it. */
export function originalStatement(o: EditedFrom, lang: Lang, kindWord: (k: string) => string): string {
  return [o.indicator, formatFactValue(o, lang), formatPeriod(o.period, lang), kindWord(o.kind)].filter(Boolean).join(' · ');
}

export function Provenance({ fact, reportTitle, kindWord }: { fact: Fact; reportTitle: string | null; kindWord: (k: string) => string }) {
  const s = useProvenanceStrings();
  const lang = useLang((st) => st.lang);
  const parts = provenanceParts(fact, reportTitle, s, lang);
  return (
    <div className="provenance" data-testid="fact-provenance">
      <span className="muted">{s.from}:</span> {parts.length ? parts.join(' · ') : s.unknown}
      {fact.editedFrom && (
        <span className="edited-mark" data-testid="fact-edited">
          {' '}{fill(s.edited, { statement: originalStatement(fact.editedFrom, lang, kindWord), date: formatDateTime(fact.editedFrom.at, lang) })}
        </span>
      )}
    </div>
  );
}
