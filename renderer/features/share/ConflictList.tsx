// The conflicts of a merge, one row each: what the statement is, my version and theirs side by side, and the
// choice (keep mine / take theirs / keep both). Radio groups so the keyboard works and tests can find them.
import type { FactSide, MergeConflict, Resolution } from '../../../main/contract/sharing';
import { formatFactValue } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { fill, useLang, type Lang } from '../../i18n';
import { useShareStrings } from './strings';

type S = ReturnType<typeof useShareStrings>;

/** The economist's words for stored codes (kinds, review states, measures, field names). */
const WORDS: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    actual: '实际', estimate: '预计', target: '目标', unreviewed: '待审核', accepted: '已采纳', rejected: '已驳回',
    level: '总量', growth: '增速', share: '占比', rate: '比率', count: '数量', change: '变化',
    value: '数值', low: '下限', high: '上限', unit: '单位', qualifier: '限定词', period: '期间', kind: '类型', region: '地区',
    indicator: '指标', measure: '口径', status: '审核状态', start: '原文位置', end: '原文位置',
  },
  en: {},
};
const word = (code: string, lang: Lang) => WORDS[lang][code] ?? code;

function factText(f: FactSide, lang: Lang, s: S): string {
  const where = f.report ?? s.handEntered;
  return `${formatFactValue(f, lang)} · ${word(f.kind, lang)} · ${word(f.status, lang)} — ${where}`;
}

function describe(c: MergeConflict, lang: Lang, s: S): { title: string; mine: string; theirs: string; detail: string } {
  switch (c.type) {
    case 'fact':
      return {
        title: `${c.mine.region} ${c.mine.indicator} (${word(c.mine.measure, lang)}) ${formatPeriod(c.mine.period, lang)}`,
        mine: factText(c.mine, lang, s),
        theirs: c.theirs ? factText(c.theirs, lang, s) : s.deletedThere,
        detail: c.reason === 'deleted-there' ? s.deletedThereDetail : `${c.reason === 'same-report' ? s.sameReport : s.sameSeries} · ${fill(s.differs, { fields: [...new Set(c.differences.map((f) => word(f, lang)))].join(lang === 'en' ? ', ' : '、') })}`,
      };
    case 'alias':
      return { title: fill(s.aliasConflict, { alias: c.alias }), mine: c.mine, theirs: c.theirs, detail: '' };
    case 'indicator': {
      const attrs = (a: typeof c.mine) => `${a.unit ?? '—'} · ${a.direction} · ${a.flowStock}`;
      return { title: fill(s.indicatorConflict, { name: c.name }), mine: attrs(c.mine), theirs: attrs(c.theirs), detail: '' };
    }
    case 'pivot':
      return { title: fill(s.pivotConflict, { name: c.name }), mine: c.mine.slice(0, 120), theirs: c.theirs.slice(0, 120), detail: '' };
  }
}

interface Props {
  conflicts: MergeConflict[];
  decisions: Record<string, Resolution>;
  disabled: boolean;
  onDecide(id: string, r: Resolution): void;
}

export function ConflictList({ conflicts, decisions, disabled, onDecide }: Props) {
  const s = useShareStrings();
  const lang = useLang((st) => st.lang);
  const label: Record<Resolution, string> = { mine: s.mine, theirs: s.theirs, both: s.both };
  return (
    <table className="conflicts" data-testid="conflicts" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>{s.statementCol}</th>
          <th style={{ textAlign: 'left' }}>{s.mineCol}</th>
          <th style={{ textAlign: 'left' }}>{s.theirsCol}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => {
          const d = describe(c, lang, s);
          const chosen = decisions[c.id];
          return (
            <tr key={c.id} data-testid="conflict" data-conflict-id={c.id} data-decided={chosen ?? ''} style={{ borderTop: '1px solid #ddd', verticalAlign: 'top' }}>
              <td style={{ padding: '6px 8px' }}>
                <strong>{d.title}</strong>
                {d.detail && <div className="muted">{d.detail}</div>}
              </td>
              <td style={{ padding: '6px 8px' }} data-side="mine">{d.mine}</td>
              <td style={{ padding: '6px 8px' }} data-side="theirs">{d.theirs}</td>
              <td style={{ padding: '6px 8px', whiteSpace: 'nowrap' }}>
                <fieldset role="radiogroup" aria-label={d.title} style={{ border: 0, margin: 0, padding: 0 }}>
                  {c.choices.map((r) => (
                    <label key={r} style={{ marginRight: 10 }}>
                      <input type="radio" name={`decide-${c.id}`} value={r} checked={chosen === r} disabled={disabled} onChange={() => onDecide(c.id, r)} />
                      {' '}{label[r]}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
